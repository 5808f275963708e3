// Store: the facts behind the period-level reports (issue 14): which accepted dossiers count in a period
// and when each was resolved or ended, and the ratings of a period. The counting itself is in
// core/report (PeriodReport, SatisfactionSummary), so it can be tested without SQL.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <QHash>

#include <sqlite3.h>

namespace motcua::store {

namespace {

Error invalidPeriod()
{
    return Error::invalid(QStringLiteral("to"),
        Store::tr("The period must run from a date to the same or a later date"), QStringLiteral("invalid_period"));
}

// Candidates: received in the period; received before it and still open; received before it and
// resolved or ended on or after its first day (status_history_step_at finds those without a full scan).
const char* const kPeriodFactsSql = "WITH cand(id) AS ("
                                    " SELECT id FROM dossiers WHERE received_at >= ?1 AND received_at < ?2"
                                    "  AND book_serial IS NOT NULL"
                                    " UNION SELECT id FROM dossiers WHERE state IN ('received', 'processing', "
                                    "  'supplement_requested', 'awaiting_payment') AND received_at < ?1"
                                    "  AND book_serial IS NOT NULL"
                                    " UNION SELECT s.dossier_id FROM status_history s JOIN dossiers d0 ON "
                                    "  d0.id = s.dossier_id WHERE s.step IN ('mark_result_ready', 'withdraw', "
                                    "  'stop', 'refuse') AND s.at >= ?1 AND d0.received_at < ?1 "
                                    "  AND d0.book_serial IS NOT NULL) "
                                    "SELECT d.procedure_id, d.channel, d.state, d.received_at, d.due_at, "
                                    " d.original_due_at, "
                                    " EXISTS(SELECT 1 FROM status_history s WHERE s.dossier_id = d.id "
                                    "  AND s.step = 'reschedule'), "
                                    " (SELECT min(s.at) FROM status_history s WHERE s.dossier_id = d.id "
                                    "  AND s.step = 'mark_result_ready'), "
                                    " (SELECT min(s.at) FROM status_history s WHERE s.dossier_id = d.id "
                                    "  AND s.step IN ('withdraw', 'stop', 'refuse')), "
                                    " (SELECT min(z.from_at) FROM pauses z WHERE z.dossier_id = d.id "
                                    "  AND z.from_at < ?3 AND (z.to_at IS NULL OR z.to_at > ?3)) "
                                    "FROM cand JOIN dossiers d ON d.id = cand.id "
                                    "WHERE d.received_at < ?2";

// The few distinct texts of a column (procedure fields, channels, states) read once and shared by every
// fact (QString is implicitly shared): a year's report reads hundreds of thousands of rows.
class SharedTexts
{
public:
    const QString& get(const Statement& q, int column)
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(q.raw(), column));
        const QByteArrayView key(p ? p : "", p ? sqlite3_column_bytes(q.raw(), column) : 0);
        for (const auto& [bytes, text] : m_texts)
            if (bytes == key)
                return text;
        m_texts.append({ key.toByteArray(), QString::fromUtf8(key) });
        return m_texts.last().second;
    }

private:
    QList<std::pair<QByteArray, QString>> m_texts;
};

} // namespace

Result<QList<PeriodFact>> Store::periodFacts(
    const Actor& actor, const QDate& from, const QDate& to, const QDateTime& cutoffUtc)
{
    if (auto s = authorize(actor, auth::Action::ViewReportCounts); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return invalidPeriod();
    Statement q = prepare(kPeriodFactsSql);
    if (!q.valid())
        return sqlError(tr("reading the periodic report"));
    q.bind(1, Clock::local(from).toMSecsSinceEpoch()).bind(2, Clock::local(to.addDays(1)).toMSecsSinceEpoch());
    q.bind(3, cutoffUtc.toMSecsSinceEpoch());
    QHash<qint64, PeriodFact> procedures; // code, name and agency of each procedure id
    {
        Statement p = prepare("SELECT id, code, name, agency FROM procedures");
        while (p.step() == SQLITE_ROW) {
            PeriodFact& f = procedures[p.i64(0)];
            f.procedureCode = p.text(1);
            f.procedureName = p.text(2);
            f.agency = p.text(3);
        }
    }
    SharedTexts channels, states;
    QList<PeriodFact> facts;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        PeriodFact f = procedures.value(q.i64(0));
        f.channel = channels.get(q, 1);
        f.state = states.get(q, 2);
        f.receivedUtc = q.time(3);
        f.dueUtc = q.time(4);
        f.originalDueUtc = q.time(5);
        f.rescheduled = q.i32(6) != 0;
        f.resolvedUtc = q.time(7);
        f.endedUtc = q.time(8);
        f.pausedSinceUtc = q.time(9);
        facts << f;
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the periodic report"));
    return facts;
}

Result<QList<RatingFact>> Store::ratingFacts(const Actor& actor, const QDate& from, const QDate& to)
{
    if (auto s = authorize(actor, auth::Action::ViewReportCounts); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return invalidPeriod();
    Statement q = prepare("SELECT r.value, r.at, p.code, p.name, p.agency, u.name FROM ratings r "
                          "JOIN dossiers d ON d.id = r.dossier_id JOIN procedures p ON p.id = d.procedure_id "
                          "JOIN users u ON u.id = d.received_by WHERE r.at >= ?1 AND r.at < ?2");
    if (!q.valid())
        return sqlError(tr("reading the satisfaction ratings"));
    q.bind(1, Clock::local(from).toMSecsSinceEpoch()).bind(2, Clock::local(to.addDays(1)).toMSecsSinceEpoch());
    QList<RatingFact> facts;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        RatingFact f;
        f.value = q.i32(0);
        f.atUtc = q.time(1);
        f.procedureCode = q.text(2);
        f.procedureName = q.text(3);
        f.agency = q.text(4);
        f.clerk = q.text(5);
        facts << f;
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the satisfaction ratings"));
    return facts;
}

} // namespace motcua::store
