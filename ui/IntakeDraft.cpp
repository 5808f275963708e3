#include "ui/IntakeDraft.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace motcua::ui {

namespace {
const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

IntakeDraft::IntakeDraft(const QString& dataDir, const QString& login)
{
    // A login is plain text chosen by an administrator: keep only what is safe in a file name.
    QString safe = login;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.')))
        safe.prepend(QLatin1Char('_'));
    m_path = QDir(dataDir).filePath(QStringLiteral("drafts/") + safe + QStringLiteral(".json"));
}

bool IntakeDraft::exists() const
{
    return QFileInfo::exists(m_path);
}

Result<QJsonObject> IntakeDraft::load() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("draft"),
            tr("Cannot read the intake draft %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString()),
            QStringLiteral("draft_unreadable"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("draft"),
            tr("The intake draft %1 is damaged (%2)").arg(QDir::toNativeSeparators(m_path), err.errorString()),
            QStringLiteral("draft_damaged"));
    return doc.object();
}

Status IntakeDraft::save(const QJsonObject& state) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::environment(QStringLiteral("draft"),
            tr("Cannot create the drafts folder %1").arg(QDir::toNativeSeparators(info.absolutePath())),
            QStringLiteral("draft_unwritable"));
    QFile::setPermissions(info.absolutePath(), kOwnerOnly | QFileDevice::ExeOwner);
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(kOwnerOnly)
        || f.write(QJsonDocument(state).toJson(QJsonDocument::Compact)) < 0 || !f.commit())
        return Error::environment(QStringLiteral("draft"),
            tr("Cannot save the intake draft %1: %2").arg(QDir::toNativeSeparators(m_path), f.errorString()),
            QStringLiteral("draft_unwritable"));
    return {};
}

Status IntakeDraft::remove() const
{
    if (QFileInfo::exists(m_path) && !QFile::remove(m_path))
        return Error::environment(QStringLiteral("draft"),
            tr("Cannot delete the intake draft %1").arg(QDir::toNativeSeparators(m_path)),
            QStringLiteral("draft_unwritable"));
    return {};
}

} // namespace motcua::ui
