// Blocks of the day's dossier sequence leased from central (issue 15; docs/dossier-codes.md, "Leased
// blocks"; schema version 10). The sync engine leases ahead of need (sync/SyncEngineCodes.cpp) and keeps
// the blocks here; receiving takes the next number of a block of the day before the static slice, inside
// its own transaction, so it never waits on the network.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/DateFormat.h"

#include <sqlite3.h>

namespace motcua::store {

QJsonObject Store::CodeLease::toJson() const
{
    return { { QStringLiteral("agency"), agency }, { QStringLiteral("day"), day }, { QStringLiteral("first"), first },
        { QStringLiteral("last"), last }, { QStringLiteral("next"), next }, { QStringLiteral("left"), left() },
        { QStringLiteral("leased_at"), leasedUtc.isValid() ? localIso(leasedUtc) : QString() } };
}

Status Store::addCodeLease(const Actor& actor, const QString& agency, const QString& day, int first, int last)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s;
    if (first < 1 || last < first || last > 9999 || day.size() != 6)
        return Error::invalid(QStringLiteral("codes"),
            tr("Central leased an impossible block %1-%2 for %3; not kept").arg(first).arg(last).arg(day),
            QStringLiteral("bad_block"));
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    Statement q = prepare("INSERT INTO code_leases(agency, day, first, last, next, leased_at) VALUES(?1, ?2, ?3, ?4, "
                          "?3, ?5) ON CONFLICT(agency, day, first) DO NOTHING");
    q.bind(1, agency).bind(2, day).bind(3, first).bind(4, last).bindTime(5, nowUtc());
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("keeping the leased code block"));
    if (auto s = appendAudit(actor, QStringLiteral("code_lease"), QStringLiteral("codes"), agency,
            { { QStringLiteral("day"), day }, { QStringLiteral("first"), first }, { QStringLiteral("last"), last } });
        !s)
        return s;
    return tx.commit();
}

Result<int> Store::leasedCodesLeft(const Actor& actor, const QString& agency, const QString& day)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Statement q = prepare("SELECT coalesce(sum(max(last - next + 1, 0)), 0) FROM code_leases WHERE agency = ?1 AND "
                          "day = ?2");
    q.bind(1, agency).bind(2, day);
    if (q.step() != SQLITE_ROW)
        return sqlError(tr("reading the leased code blocks"));
    return q.i32(0);
}

Result<QList<Store::CodeLease>> Store::codeLeases(const Actor& actor, const QString& day)
{
    if (auto s = authorize(actor, auth::Action::Sync); !s)
        return s.error();
    Statement q = prepare("SELECT agency, day, first, last, next, leased_at FROM code_leases WHERE ?1 = '' OR day = "
                          "?1 ORDER BY day DESC, agency, first LIMIT 50");
    q.bind(1, day);
    QList<CodeLease> list;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        list << CodeLease { q.text(0), q.text(1), q.i32(2), q.i32(3), q.i32(4), q.time(5) };
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the leased code blocks"));
    return list;
}

Result<int> Store::takeLeasedCode(const QString& agency, const QString& day)
{
    Statement q = prepare("UPDATE code_leases SET next = next + 1 WHERE (agency, day, first) = "
                          "(SELECT agency, day, first FROM code_leases WHERE agency = ?1 AND day = ?2 AND next <= last "
                          "ORDER BY first LIMIT 1) RETURNING next - 1");
    q.bind(1, agency).bind(2, day);
    const int rc = q.step();
    if (rc == SQLITE_DONE)
        return 0;
    if (rc != SQLITE_ROW)
        return sqlError(tr("issuing a number of a leased block"));
    const int number = q.i32(0);
    (void)q.step();
    return number;
}

} // namespace motcua::store
