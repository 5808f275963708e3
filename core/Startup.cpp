#include "core/Startup.h"

#include "core/Clock.h"
#include "core/Translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/stat.h>

namespace motcua {

QString Startup::organizationName()
{
    return QStringLiteral("MotCua");
}

QString Startup::applicationName()
{
    return QStringLiteral("motcua");
}

void Startup::prepareProcess()
{
    // Citizens' personal data: nothing the programs create is readable by other local users.
    ::umask(077);
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(applicationName());
}

bool Startup::testClockEnabled()
{
    return qEnvironmentVariable("MOTCUA_TEST_CLOCK") == QLatin1String("1");
}

QString Startup::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Status Startup::ensureDataDir(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error::environment(QStringLiteral("data_dir"),
            tr("Cannot create the data folder %1. Check that its parent folder exists and is writable.")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("storage"));
    return {};
}

QString Startup::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("motcua.db"));
}

Result<Startup> Startup::resolve(const StartupOptions& options)
{
    Startup s;
    s.m_config = std::make_shared<Config>(options.configFile.isEmpty() ? Config::defaultPath() : options.configFile);

    QString language = options.language;
    if (language.isEmpty())
        language = qEnvironmentVariable("MOTCUA_LANG");
    if (language.isEmpty())
        language = s.m_config->language();
    if (!Translations::install(language)) {
        Translations::install(Translations::defaultLanguage());
        Error error = Error::usage(tr("The language must be vi or en, not \"%1\".").arg(language.left(16)),
            QStringLiteral("unknown_language"));
        error.field = QStringLiteral("lang");
        return error;
    }
    s.m_language = language;

    if (!options.now.isEmpty()) {
        if (!testClockEnabled()) {
            Error error = Error::usage(tr("A fixed time is a test seam: it is honoured only when the environment "
                                          "has MOTCUA_TEST_CLOCK=1. The desk always works at the real time."),
                QStringLiteral("now_not_allowed"));
            error.field = QStringLiteral("now");
            return error;
        }
        auto now = Clock::parseNow(options.now);
        if (!now)
            return now.error();
        Clock::setCurrent(std::make_shared<FixedClock>(now.value()));
    }

    const QString siteFile
        = options.siteFile.isEmpty() ? s.m_config->get(Config::Key::SiteFile).toString() : options.siteFile;
    s.m_site = SiteConfig::demo();
    if (!siteFile.isEmpty()) {
        auto loaded = SiteConfig::load(siteFile);
        if (!loaded)
            return loaded.error();
        s.m_site = loaded.value();
        s.m_siteFile = QFileInfo(siteFile).absoluteFilePath();
    }

    QString dataDir = options.dataDir;
    if (dataDir.isEmpty())
        dataDir = s.m_config->get(Config::Key::DataDir).toString();
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("MOTCUA_DATA_DIR");
    if (dataDir.isEmpty())
        dataDir = defaultDataDir();
    s.m_dataDir = QDir(dataDir).absolutePath();
    return s;
}

} // namespace motcua
