// The audit key of a store: 32 random bytes in a user-only (0600) file outside the database, in a
// user-only folder, named after the store's id (meta "store_id"). Rows from the key's "from_seq" on
// are sealed with HMAC-SHA-256 under it (AuditChain::Key), so an edited and re-sealed database fails
// verification. A store made before keys existed gets its key on first open, from its next row on.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcAuditKey, "motcua.core.store.auditkey")

namespace motcua::store {

QString Store::defaultAuditKeyDir()
{
    const QString env = qEnvironmentVariable("MOTCUA_AUDIT_KEY_DIR");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("audit-keys"));
}

namespace {

// {"key": hex of 32 bytes, "from_seq": N}; nullopt when the file is not a key file.
std::optional<audit::AuditChain::Key> readKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    audit::AuditChain::Key key;
    key.secret = QByteArray::fromHex(o.value(QStringLiteral("key")).toString().toLatin1());
    key.fromSeq = qint64(o.value(QStringLiteral("from_seq")).toDouble(0));
    if (key.secret.size() != 32 || key.fromSeq < 1)
        return std::nullopt;
    return key;
}

bool writeKeyFile(const QString& path, const audit::AuditChain::Key& key)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return false;
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject o { { QStringLiteral("key"), QString::fromLatin1(key.secret.toHex()) },
        { QStringLiteral("from_seq"), key.fromSeq } };
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return f.commit();
}

} // namespace

Status Store::loadAuditKey(const QString& dir)
{
    if (schemaVersion() < 1)
        return {}; // no meta table yet (a migration test's version 0)
    auto id = metaValue(QStringLiteral("store_id"));
    if (!id)
        return id.error();
    QString storeId = id.value();
    if (storeId.isEmpty()) {
        storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!setMetaValue(QStringLiteral("store_id"), storeId)) {
            qCWarning(lcAuditKey) << "cannot give the store an id (read-only?); the audit chain stays unkeyed";
            return {};
        }
    }
    m_auditKeyFile = QDir(dir.isEmpty() ? defaultAuditKeyDir() : dir).filePath(storeId + QStringLiteral(".key"));
    if (QFileInfo::exists(m_auditKeyFile)) {
        if (auto key = readKeyFile(m_auditKeyFile)) {
            m_auditKey = *key;
            return {};
        }
        m_auditKeyProblem = tr("The audit key %1 cannot be read; restore it from the backup of the "
                               "configuration folder. Nothing is written to the audit log until then")
                                .arg(m_auditKeyFile);
        return {};
    }
    if (m_readOnly)
        return {}; // no key is made for a store that cannot be written (nor any audit row)
    auto keyedFrom = metaValue(QStringLiteral("audit_keyed_from"));
    if (!keyedFrom)
        return keyedFrom.error();
    if (!keyedFrom->isEmpty()) {
        m_auditKeyProblem = tr("The audit key %1 of this database is missing; restore it from the backup of "
                               "the configuration folder. Nothing is written to the audit log until then")
                                .arg(m_auditKeyFile);
        return {};
    }
    // First open of a store without a key: rows from the next one on are keyed.
    auto head = auditHead();
    if (!head)
        return head.error();
    if (sodium_init() < 0)
        return {};
    audit::AuditChain::Key key;
    key.secret.resize(32);
    randombytes_buf(key.secret.data(), size_t(key.secret.size()));
    key.fromSeq = head->seq + 1;
    if (!writeKeyFile(m_auditKeyFile, key)) {
        qCWarning(lcAuditKey) << "cannot write the audit key file; the audit chain stays unkeyed";
        return {};
    }
    if (!setMetaValue(QStringLiteral("audit_keyed_from"), QString::number(key.fromSeq))) {
        QFile::remove(m_auditKeyFile);
        return {};
    }
    m_auditKey = key;
    return {};
}

} // namespace motcua::store
