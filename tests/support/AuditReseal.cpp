#include "tests/support/AuditReseal.h"

#include "core/store/Store.h"
#include "tests/support/SqlProbe.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::test {

bool resealAuditLog(store::Store& s, qint64 seq, const audit::AuditChain::Key& key)
{
    SqlProbe probe(s.handle());
    if (!probe.exec(
            QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;")))
        return false;
    const QList<QStringList> rows = probe.rows("SELECT seq, at, actor, action, entity, entity_id, details, "
                                               "lower(hex(prev_hash)), lower(hex(hash)) FROM audit_log ORDER BY id");
    audit::AuditChain::Head head = audit::AuditChain::emptyHead();
    for (const QStringList& row : rows) {
        audit::AuditRecord r;
        r.seq = row[0].toLongLong();
        r.atUtc = QDateTime::fromMSecsSinceEpoch(row[1].toLongLong(), Qt::UTC);
        r.actor = row[2];
        r.action = row[3];
        r.entity = row[4];
        r.entityId = row[5];
        r.details = audit::AuditChain::parseDetails(row[6].toUtf8());
        if (r.seq < seq) {
            head = { r.seq, row[8].toLatin1() };
            continue;
        }
        const audit::AuditRecord sealed = audit::AuditChain::seal(r, head, key);
        if (!probe.exec(QStringLiteral("UPDATE audit_log SET prev_hash = x'%1', hash = x'%2' WHERE seq = %3")
                            .arg(QString::fromLatin1(sealed.prevHash), QString::fromLatin1(sealed.hash))
                            .arg(r.seq)))
            return false;
        head = audit::AuditChain::headOf(sealed);
    }
    return probe.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'audit_head_seq'; "
                                     "UPDATE meta SET value = '%2' WHERE key = 'audit_head_hash';")
                          .arg(head.seq)
                          .arg(QString::fromLatin1(head.hash)));
}

std::optional<audit::AuditChain::Key> storeAuditKey(store::Store& s)
{
    QFile k(s.auditKeyFile());
    if (!k.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject keyJson = QJsonDocument::fromJson(k.readAll()).object();
    return audit::AuditChain::Key { QByteArray::fromHex(keyJson.value(QStringLiteral("key")).toString().toLatin1()),
        qint64(keyJson.value(QStringLiteral("from_seq")).toDouble()) };
}

} // namespace motcua::test
