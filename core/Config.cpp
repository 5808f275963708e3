#include "core/Config.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace motcua {

namespace {

struct KeyInfo {
    Config::Key key;
    const char* name;
    QMetaType::Type type;
    QVariant defaultValue;
    QStringList choices; // allowed values for strings; empty = any
    int minimum = 0; // for ints
    int maximum = 0;
};

const QList<KeyInfo>& table()
{
    static const QList<KeyInfo> keys = {
        { Config::Key::Language, "ui/language", QMetaType::QString, QStringLiteral("vi"),
            { QStringLiteral("vi"), QStringLiteral("en") } },
        { Config::Key::SiteFile, "site/file", QMetaType::QString, QString(), {} },
        { Config::Key::DataDir, "site/dataDir", QMetaType::QString, QString(), {} },
        { Config::Key::ScannerDevice, "scanner/device", QMetaType::QString, QStringLiteral("test:0"), {} },
        { Config::Key::ScannerSource, "scanner/source", QMetaType::QString, QStringLiteral("flatbed"),
            { QStringLiteral("flatbed"), QStringLiteral("adf"), QStringLiteral("duplex") } },
        { Config::Key::ScannerResolution, "scanner/resolution", QMetaType::Int, 300, {}, 75, 1200 },
        { Config::Key::ScannerMode, "scanner/mode", QMetaType::QString, QStringLiteral("gray"),
            { QStringLiteral("color"), QStringLiteral("gray"), QStringLiteral("lineart") } },
        { Config::Key::PrinterName, "print/printer", QMetaType::QString, QString(), {} },
        { Config::Key::SyncIntervalSecs, "sync/intervalSecs", QMetaType::Int, 30, {}, 5, 3600 },
        { Config::Key::OverdueWarningDays, "workflow/overdueWarningDays", QMetaType::Int, 2, {}, 0, 30 },
        { Config::Key::IdleLockMinutes, "ui/idleLockMinutes", QMetaType::Int, 5, {}, 0, 240 },
    };
    return keys;
}

const KeyInfo& info(Config::Key key)
{
    for (const auto& entry : table()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

// Converts and range-checks; nullopt when the value does not fit the key.
std::optional<QVariant> coerce(const KeyInfo& entry, const QVariant& value)
{
    if (entry.type == QMetaType::Int) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < entry.minimum || number > entry.maximum)
            return std::nullopt;
        return number;
    }
    if (!value.canConvert<QString>())
        return std::nullopt;
    const QString text = value.toString();
    if (!entry.choices.isEmpty() && !entry.choices.contains(text))
        return std::nullopt;
    return text;
}

} // namespace

Config::Config(const QString& path) : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat)) { }

Config::~Config() = default;

QString Config::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("motcua.ini"));
}

QString Config::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Config::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QList<Config::Key> Config::allKeys()
{
    QList<Key> keys;
    for (const auto& entry : table())
        keys.append(entry.key);
    return keys;
}

QVariant Config::get(Key key) const
{
    const KeyInfo& entry = info(key);
    const QVariant stored = m_settings->value(QLatin1String(entry.name));
    if (!stored.isValid())
        return entry.defaultValue;
    return coerce(entry, stored).value_or(entry.defaultValue);
}

Status Config::set(Key key, const QVariant& value)
{
    const KeyInfo& entry = info(key);
    const auto converted = coerce(entry, value);
    if (!converted) {
        QString allowed;
        if (entry.type == QMetaType::Int)
            allowed = QCoreApplication::translate("motcua::Config", "a whole number from %1 to %2")
                          .arg(entry.minimum)
                          .arg(entry.maximum);
        else
            allowed = entry.choices.join(QStringLiteral(", "));
        return Error::invalid(keyName(key),
            QCoreApplication::translate("motcua::Config", "Setting %1: \"%2\" is not allowed; use %3.")
                .arg(keyName(key), value.toString(), allowed),
            QStringLiteral("bad_setting"));
    }
    m_settings->setValue(QLatin1String(entry.name), *converted);
    return {};
}

void Config::reset(Key key)
{
    m_settings->remove(QLatin1String(info(key).name));
}

Status Config::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error::environment(QStringLiteral("settings"),
            QCoreApplication::translate("motcua::Config", "Cannot save the settings file %1.").arg(path()));
    return {};
}

QString Config::path() const
{
    return m_settings->fileName();
}

} // namespace motcua
