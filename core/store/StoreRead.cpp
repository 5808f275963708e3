// Reading dossiers: one dossier in full, full-text search and the tracking book.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/Clock.h"
#include "core/domain/DossierCode.h"
#include "core/domain/TextFold.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <sqlite3.h>

namespace motcua::store {

using dossier::Dossier;

namespace {

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList parseList(const QString& text)
{
    QStringList l;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        l << v.toString();
    return l;
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? dossier::localIso(t) : QString();
}

QJsonValue isoOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(dossier::localIso(t)) : QJsonValue();
}

} // namespace

QJsonObject SearchHit::toJson() const
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("applicant"), applicantName },
        { QStringLiteral("procedure"), procedureName }, { QStringLiteral("status"), state },
        { QStringLiteral("received"), iso(receivedUtc) } };
}

QJsonObject TrackingRow::toJson() const
{
    return { { QStringLiteral("book_year"), bookYear }, { QStringLiteral("serial"), serial },
        { QStringLiteral("code"), code }, { QStringLiteral("procedure"), procedureName },
        { QStringLiteral("applicant"), applicantName }, { QStringLiteral("contact"), applicantContact },
        { QStringLiteral("processing_unit"), processingUnit }, { QStringLiteral("received"), isoOrNull(receivedUtc) },
        { QStringLiteral("due"), isoOrNull(dueLocal) }, { QStringLiteral("handed_over"), isoOrNull(handedOverUtc) },
        { QStringLiteral("result_back"), isoOrNull(resultBackUtc) },
        { QStringLiteral("returned"), isoOrNull(returnedUtc) }, { QStringLiteral("status"), state },
        { QStringLiteral("note"), note } };
}

qint64 Store::dossierCount()
{
    Statement q = prepare("SELECT count(*) FROM dossiers");
    return q.step() == SQLITE_ROW ? q.i64(0) : -1;
}

Result<qint64> Store::dossierId(const QString& code)
{
    Statement q = prepare("SELECT id FROM dossiers WHERE code = ?1");
    q.bind(1, code.trimmed());
    const int rc = q.step();
    if (rc == SQLITE_ROW)
        return q.i64(0);
    if (rc == SQLITE_DONE)
        return Error::notFound(QStringLiteral("code"),
            tr("No dossier with code \"%1\"; check the code on the receipt").arg(code),
            QStringLiteral("unknown_dossier"));
    return sqlError(tr("looking up the dossier"));
}

Result<Dossier> Store::dossier(const Actor& actor, const QString& code)
{
    if (auto s = authorize(actor, auth::Action::ViewDossier); !s)
        return s.error();
    auto id = dossierId(code);
    if (!id)
        return id.error();
    return load(id.value());
}

// The dossiers row and its procedure version.
Result<Dossier> Store::loadRow(qint64 id)
{
    Dossier d;
    {
        Statement q = prepare("SELECT d.id, d.code, d.procedure_id, d.channel, d.state, d.received_at, d.due_at, "
                              "d.original_due_at, d.applicant, d.owner, d.return_method, d.note, d.reason, d.summary, "
                              "d.extra, u.login, d.book_year, d.book_serial FROM dossiers d "
                              "LEFT JOIN users u ON u.id = d.received_by WHERE d.id = ?1");
        q.bind(1, id);
        const int rc = q.step();
        if (rc != SQLITE_ROW)
            return rc == SQLITE_DONE
                ? Error::notFound(QStringLiteral("code"), tr("Dossier not found"), QStringLiteral("unknown_dossier"))
                : sqlError(tr("reading the dossier"));
        d.id = q.i64(0);
        d.code = q.text(1);
        d.procedureRowId = q.i64(2);
        d.channel = q.text(3);
        d.state = workflow::stateFromName(q.text(4)).value_or(workflow::State::Received);
        d.receivedAtUtc = q.time(5);
        d.dueLocal = q.time(6).toTimeZone(Clock::zone());
        d.originalDueLocal = q.time(7).toTimeZone(Clock::zone());
        if (q.isNull(6))
            d.dueLocal = {};
        if (q.isNull(7))
            d.originalDueLocal = {};
        d.applicant = dossier::Party::fromStoredJson(parseObject(q.text(8)));
        if (!q.isNull(9))
            d.owner = dossier::Party::fromStoredJson(parseObject(q.text(9)));
        d.returnMethod = q.text(10);
        d.note = q.text(11);
        d.reason = q.text(12);
        d.summary = q.text(13);
        d.extra = parseObject(q.text(14));
        d.receivedBy = q.text(15);
        d.bookYear = q.i32(16);
        d.bookSerial = q.i32(17);
    }
    auto p = procedureById(d.procedureRowId);
    if (!p)
        return p.error();
    d.procedureCode = p->code;
    d.procedureVersion = p->version;
    d.procedureName = p->name;
    d.processingUnit = p->agency;
    return d;
}

void Store::loadDocuments(Dossier& d)
{
    const qint64 id = d.id;
    Statement q = prepare("SELECT id, component_id, component_name, originals, certified_copies, photocopies "
                          "FROM documents WHERE dossier_id = ?1 ORDER BY id");
    q.bind(1, id);
    QList<qint64> docIds;
    while (q.step() == SQLITE_ROW) {
        dossier::Document doc;
        docIds << q.i64(0);
        doc.componentId = q.text(1);
        doc.componentName = q.text(2);
        doc.originals = q.i32(3);
        doc.certifiedCopies = q.i32(4);
        doc.photocopies = q.i32(5);
        d.documents << doc;
    }
    for (int i = 0; i < docIds.size(); ++i) {
        Statement f = prepare("SELECT name, sha256, size, path FROM files WHERE document_id = ?1 ORDER BY id");
        f.bind(1, docIds.at(i));
        while (f.step() == SQLITE_ROW)
            d.documents[i].files << dossier::StoredFile { f.text(0), f.text(1), f.i64(2), f.text(3) };
    }
}

// Fee notices and payments.
void Store::loadMoney(Dossier& d)
{
    const qint64 id = d.id;
    {
        Statement q = prepare("SELECT f.number, f.amount_vnd, f.at, u.login FROM fee_notices f JOIN users u ON "
                              "u.id = f.user_id WHERE f.dossier_id = ?1 ORDER BY f.id");
        q.bind(1, id);
        while (q.step() == SQLITE_ROW)
            d.feeNotices << dossier::FeeNotice { q.text(0), q.i64(1), q.time(2), q.text(3) };
    }
    {
        Statement q = prepare("SELECT p.amount_vnd, p.method, p.at, u.login FROM payments p JOIN users u ON "
                              "u.id = p.user_id WHERE p.dossier_id = ?1 ORDER BY p.id");
        q.bind(1, id);
        while (q.step() == SQLITE_ROW)
            d.payments << dossier::Payment { q.i64(0),
                dossier::paymentMethodFromName(q.text(1)).value_or(dossier::PaymentMethod::Cash), q.time(2),
                q.text(3) };
    }
}

// Supplement rounds, hand-overs, status history and pauses.
void Store::loadProgress(Dossier& d)
{
    const qint64 id = d.id;
    {
        Statement q = prepare("SELECT s.round, s.requested_at, u.login, s.reason, s.missing, s.received_at, v.login "
                              "FROM supplement_rounds s JOIN users u ON u.id = s.requested_by LEFT JOIN users v ON "
                              "v.id = s.received_by WHERE s.dossier_id = ?1 ORDER BY s.round");
        q.bind(1, id);
        while (q.step() == SQLITE_ROW)
            d.supplements << dossier::SupplementRound { q.i32(0), q.time(1), q.text(2), q.text(3), parseList(q.text(4)),
                q.time(5), q.text(6) };
    }
    {
        Statement q = prepare("SELECT h.seq, h.from_unit, h.to_unit, h.at, u.login, h.note, h.result FROM hand_overs h "
                              "JOIN users u ON u.id = h.user_id WHERE h.dossier_id = ?1 ORDER BY h.seq");
        q.bind(1, id);
        while (q.step() == SQLITE_ROW)
            d.handOvers << dossier::HandOver { q.i32(0), q.text(1), q.text(2), q.time(3), q.text(4), q.text(5),
                q.text(6) };
    }
    {
        Statement q = prepare("SELECT s.at, s.from_state, s.to_state, s.step, u.login, s.note FROM status_history s "
                              "JOIN users u ON u.id = s.user_id WHERE s.dossier_id = ?1 ORDER BY s.id");
        q.bind(1, id);
        while (q.step() == SQLITE_ROW)
            d.history << dossier::StatusChange { q.time(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5) };
    }
    {
        Statement q = prepare("SELECT kind, from_at, to_at FROM pauses WHERE dossier_id = ?1 ORDER BY id");
        q.bind(1, id);
        while (q.step() == SQLITE_ROW)
            d.pauses << dossier::Pause { q.text(0), q.time(1), q.time(2) };
    }
}

// The return record and the rating.
void Store::loadOutcome(Dossier& d)
{
    const qint64 id = d.id;
    {
        Statement q = prepare("SELECT r.at, r.collector_name, r.collector_id, r.authorised, u.login FROM returns r "
                              "JOIN users u ON u.id = r.user_id WHERE r.dossier_id = ?1");
        q.bind(1, id);
        if (q.step() == SQLITE_ROW)
            d.returned = dossier::ReturnRecord { q.time(0), q.text(1), q.text(2), q.i64(3) != 0, q.text(4),
                d.extra.value(QStringLiteral("return_postal_item")).toString() };
    }
    {
        Statement q = prepare("SELECT value, scale, at FROM ratings WHERE dossier_id = ?1");
        q.bind(1, id);
        if (q.step() == SQLITE_ROW)
            d.rating = dossier::Rating { q.i32(0), q.text(1), q.time(2) };
    }
}

Result<Dossier> Store::load(qint64 id)
{
    auto row = loadRow(id);
    if (!row)
        return row.error();
    Dossier& d = row.value();
    loadDocuments(d);
    loadMoney(d);
    loadProgress(d);
    loadOutcome(d);
    d.lookupSecret = lookupSecret(d.id);
    return row;
}

namespace {

// The queries of one search, from the folded words typed. Words are [a-z0-9]+ only, so they can never be
// FTS syntax.
struct SearchQueries {
    QString all; // every word anywhere, the last one as a prefix (as you type) when ≥ 3 characters
    QString names; // every word in the applicant's or owner's name (dossier_name_fts)
    QString nameStart; // the applicant's name begins with the words, in order
    QString key; // the words joined: an ID number, tax code or phone exactly (dossier_keys)
    bool letters = false; // names hold letters only: without a letter typed there is no name to rank
};

SearchQueries searchQueries(const QStringList& tokens)
{
    const bool prefix = tokens.last().size() >= 3;
    const QString star = prefix ? QStringLiteral("*") : QString();
    QStringList terms;
    for (const QString& t : tokens)
        terms << QLatin1Char('"') + t + QLatin1Char('"');
    terms.last() += star;
    const QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
    static const QRegularExpression letter(QStringLiteral("[a-z]"));
    SearchQueries q;
    q.all = terms.join(QLatin1Char(' '));
    q.names = q.all;
    q.nameStart = QStringLiteral("^%1%2").arg(phrase, star);
    q.key = tokens.join(QString());
    q.letters = q.all.contains(letter);
    return q;
}

// Rows of (code, applicant name, procedure name, state, received_at, tier) for the ranked ids of `r`.
#define MOTCUA_SEARCH_ROWS                                                                                             \
    "SELECT d.code, d.applicant->>'name', p.name, d.state, d.received_at, r.tier FROM r "                              \
    "JOIN dossiers d ON d.id = r.id JOIN procedures p ON p.id = d.procedure_id ORDER BY r.tier, d.id DESC"

} // namespace

// Reads rows of (code, applicant name, procedure name, state, received_at[, tier]).
Result<QList<SearchHit>> Store::readHits(Statement& q, bool ranked, const QString& doing)
{
    QList<SearchHit> hits;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        SearchHit h { q.text(0), q.text(1), q.text(2), q.text(3), q.time(4) };
        if (ranked)
            h.match = static_cast<SearchHit::Match>(qBound(0, q.i32(5), int(SearchHit::Match::Other)));
        hits << h;
    }
    if (rc != SQLITE_DONE)
        return sqlError(doing);
    return hits;
}

Result<QList<SearchHit>> Store::search(const Actor& actor, const QString& text, int limit)
{
    if (auto s = authorize(actor, auth::Action::SearchDossiers); !s)
        return s.error();
    // Fold the query exactly like the indexed text.
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    const QStringList tokens = foldVietnamese(text).split(nonWord, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return Error::invalid(QStringLiteral("text"),
            tr("Type part of a name, code, identity number or phone to search"), QStringLiteral("empty_query"));
    const SearchQueries m = searchQueries(tokens);
    limit = qMax(1, limit);
    // An exact code (a receipt scanned or typed), ID number, tax code or phone: two B-tree lookups, and
    // the dossiers found are the answer, without the ranks below.
    {
        Statement q = prepare(
            "WITH r(id, tier) AS (SELECT id, 0 FROM dossiers WHERE code = upper(?1) UNION "
            " SELECT dossier_id, 0 FROM dossier_keys WHERE key = ?2 ORDER BY 1 DESC LIMIT ?3) " MOTCUA_SEARCH_ROWS);
        if (!q.valid())
            return sqlError(tr("searching"));
        q.bind(1, text.trimmed()).bind(2, m.key).bind(3, limit);
        auto exact = readHits(q, true, tr("searching"));
        if (!exact || !exact->isEmpty())
            return exact;
    }
    // Each rank is its own FTS5 query answered newest first and cut at the limit (FTS5 walks rowids
    // backwards and stops), so a common name never makes the store rank every match; the names ranks
    // read the names' own index. The catch-all takes twice the limit: when the better ranks hold fewer
    // than `limit` dossiers, at least `limit` others remain among them.
    const char* names = "SELECT * FROM (SELECT rowid, 1 FROM dossier_name_fts WHERE dossier_name_fts MATCH ?3 "
                        " ORDER BY rowid DESC LIMIT ?2) UNION ALL "
                        "SELECT * FROM (SELECT rowid, 2 FROM dossier_name_fts WHERE dossier_name_fts MATCH ?4 "
                        " ORDER BY rowid DESC LIMIT ?2) UNION ALL ";
    const QByteArray sql = QByteArray("WITH m(id, tier) AS (") + (m.letters ? names : "")
        + "SELECT * FROM (SELECT rowid, 3 FROM dossier_fts WHERE dossier_fts MATCH ?1 "
          " ORDER BY rowid DESC LIMIT 2 * ?2)), "
          "r AS (SELECT id, min(tier) AS tier FROM m GROUP BY id ORDER BY tier, id DESC LIMIT ?2) " MOTCUA_SEARCH_ROWS;
    Statement q = prepare(sql.constData());
    if (!q.valid())
        return sqlError(tr("searching"));
    q.bind(1, m.all).bind(2, limit);
    if (m.letters)
        q.bind(3, m.nameStart).bind(4, m.names);
    return readHits(q, true, tr("searching"));
}

Result<QList<SearchHit>> Store::receivedToday(const Actor& actor, int limit)
{
    if (auto s = authorize(actor, auth::Action::SearchDossiers); !s)
        return s.error();
    const QDate today = Clock::current().today();
    Statement q = prepare("SELECT d.code, d.applicant->>'name', p.name, d.state, d.received_at FROM dossiers d "
                          "JOIN procedures p ON p.id = d.procedure_id WHERE d.received_at >= ?1 AND d.received_at < ?2 "
                          "ORDER BY d.received_at DESC, d.id DESC LIMIT ?3");
    if (!q.valid())
        return sqlError(tr("listing today's dossiers"));
    q.bind(1, Clock::local(today).toMSecsSinceEpoch()).bind(2, Clock::local(today.addDays(1)).toMSecsSinceEpoch());
    q.bind(3, qMax(1, limit));
    return readHits(q, false, tr("listing today's dossiers"));
}

Result<QList<SearchHit>> Store::inState(const Actor& actor, workflow::State state, int limit)
{
    if (auto s = authorize(actor, auth::Action::SearchDossiers); !s)
        return s.error();
    Statement q = prepare("SELECT d.code, d.applicant->>'name', p.name, d.state, d.received_at FROM dossiers d "
                          "JOIN procedures p ON p.id = d.procedure_id WHERE d.state = ?1 "
                          "ORDER BY d.received_at DESC, d.id DESC LIMIT ?2");
    if (!q.valid())
        return sqlError(tr("listing the dossiers in a state"));
    q.bind(1, workflow::stateName(state)).bind(2, qMax(1, limit));
    return readHits(q, false, tr("listing the dossiers in a state"));
}

Result<QList<TrackingRow>> Store::trackingBook(const Actor& actor, const QDate& from, const QDate& to)
{
    if (auto s = authorize(actor, auth::Action::ViewReports); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QStringLiteral("to"), tr("The period must run from a date to the same or a later date"),
            QStringLiteral("invalid_period"));
    const qint64 start = Clock::local(from).toMSecsSinceEpoch();
    const qint64 end = Clock::local(to.addDays(1)).toMSecsSinceEpoch();
    Statement q = prepare(
        "SELECT d.book_year, d.book_serial, d.code, p.name, d.applicant, p.agency, d.received_at, d.due_at, "
        " (SELECT min(h.at) FROM hand_overs h WHERE h.dossier_id = d.id), "
        " (SELECT max(s.at) FROM status_history s WHERE s.dossier_id = d.id AND s.step = 'mark_result_ready'), "
        " (SELECT r.at FROM returns r WHERE r.dossier_id = d.id), d.state, d.note "
        "FROM dossiers d JOIN procedures p ON p.id = d.procedure_id "
        "WHERE d.received_at >= ?1 AND d.received_at < ?2 AND d.book_serial IS NOT NULL "
        "ORDER BY d.book_year, d.book_serial");
    if (!q.valid())
        return sqlError(tr("reading the tracking book"));
    q.bind(1, start).bind(2, end);
    QList<TrackingRow> rows;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        TrackingRow r;
        r.bookYear = q.i32(0);
        r.serial = q.i32(1);
        r.code = q.text(2);
        r.procedureName = q.text(3);
        const dossier::Party a = dossier::Party::fromStoredJson(parseObject(q.text(4)));
        r.applicantName = a.name;
        r.applicantContact = QStringList { a.address, a.phone }.join(QStringLiteral(" - "));
        r.processingUnit = q.text(5);
        r.receivedUtc = q.time(6);
        r.dueLocal = q.isNull(7) ? QDateTime() : q.time(7).toTimeZone(Clock::zone());
        r.handedOverUtc = q.time(8);
        r.resultBackUtc = q.time(9);
        r.returnedUtc = q.time(10);
        r.state = q.text(11);
        r.note = q.text(12);
        rows << r;
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("reading the tracking book"));
    return rows;
}

} // namespace motcua::store
