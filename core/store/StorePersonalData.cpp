// Personal data (Decree 13/2023/NĐ-CP, issue 12): export everything the store holds about one person (by
// ID number), erase it on a supervisor's decision, and purge it from finished dossiers past the site's
// retention period. The dossier's administrative record stays: code, procedure, dates, states, history,
// fees, hand-overs; the person's fields become kErasedMarker. docs/personal-data.md.
#include "core/store/SchemaSql.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace motcua::store {

namespace {

QString pdMarker()
{
    return QString::fromUtf8(Store::kErasedMarker);
}

const QStringList kPdPartyFields { QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("phone"),
    QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("birth_date") };

QString pdNormalizedId(const QString& id)
{
    QString key = id.trimmed();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    return key;
}

// The person's values (name, ID, phone, e-mail, address, birth date) of one stored party.
QStringList pdPartyValues(const QJsonObject& party)
{
    QStringList values;
    for (const QString& f : kPdPartyFields) {
        const QString v = party.value(f).toString().trimmed();
        if (v.size() >= 3 && v != pdMarker())
            values << v;
    }
    return values;
}

QJsonObject pdErasedParty(const QJsonObject& party)
{
    QJsonObject out = party;
    for (const QString& f : kPdPartyFields)
        if (party.contains(f))
            out.insert(f, f == QLatin1String("birth_date") ? QJsonValue() : QJsonValue(pdMarker()));
    return out;
}

QString pdScrubText(QString text, const QStringList& values)
{
    for (const QString& v : values)
        text.replace(v, pdMarker(), Qt::CaseInsensitive);
    return text;
}

QJsonValue pdScrubJson(const QJsonValue& v, const QStringList& values)
{
    if (v.isString())
        return pdScrubText(v.toString(), values);
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue& e : v.toArray())
            a.append(pdScrubJson(e, values));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            o.insert(it.key(), pdScrubJson(it.value(), values));
        return o;
    }
    return v;
}

QJsonObject pdParseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString pdCompact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The live FTS statement turned into FTS5's 'delete' of the same row (a contentless table needs the
// values it indexed): run before the dossier's text changes.
const QByteArray& pdFtsDeleteSql()
{
    static const QByteArray sql = QByteArray(MOTCUA_FTS_INSERT_SELECT " WHERE d.id = ?1")
                                      .replace("dossier_fts(rowid,", "dossier_fts(dossier_fts, rowid,")
                                      .replace("SELECT d.id,", "SELECT 'delete', d.id,");
    return sql;
}

// The same for the names' own index (schema 5): FTS5's 'delete' of the row as it was indexed.
const QByteArray& pdNameFtsDeleteSql()
{
    static const QByteArray sql = QByteArray(MOTCUA_NAME_FTS_INSERT_SELECT " WHERE d.id = ?1")
                                      .replace("dossier_name_fts(rowid,", "dossier_name_fts(dossier_name_fts, rowid,")
                                      .replace("SELECT d.id,", "SELECT 'delete', d.id,");
    return sql;
}

} // namespace

QJsonObject PersonalDataReport::toJson() const
{
    return { { QStringLiteral("dossiers"), QJsonArray::fromStringList(dossiers) },
        { QStringLiteral("files_removed"), filesRemoved }, { QStringLiteral("files_kept"), filesKept },
        { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("before"), before.isValid() ? QJsonValue(before.toString(Qt::ISODate)) : QJsonValue() } };
}

Result<QList<Store::PersonMatch>> Store::personDossiers(const QString& idNumber)
{
    Statement q
        = prepare("SELECT d.id, d.code, d.applicant->>'id_number' = ?1, coalesce(d.owner->>'id_number' = ?1, 0), "
                  " coalesce((SELECT r.collector_id = ?1 FROM returns r WHERE r.dossier_id = d.id), 0) "
                  "FROM dossiers d WHERE d.applicant->>'id_number' = ?1 OR d.owner->>'id_number' = ?1 "
                  " OR EXISTS(SELECT 1 FROM returns r WHERE r.dossier_id = d.id AND r.collector_id = ?1) "
                  "ORDER BY d.received_at, d.id");
    if (!q.valid())
        return sqlError(tr("finding a person's dossiers"));
    q.bind(1, idNumber);
    QList<PersonMatch> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.append({ q.i64(0), q.text(1), q.i64(2) != 0, q.i64(3) != 0, q.i64(4) != 0 });
    if (rc != SQLITE_DONE)
        return sqlError(tr("finding a person's dossiers"));
    return out;
}

Result<QJsonObject> Store::exportPerson(const Actor& actor, const QString& idNumber)
{
    if (auto s = authorize(actor, auth::Action::ManagePersonalData); !s)
        return s.error();
    const QString id = pdNormalizedId(idNumber);
    auto matches = personDossiers(id);
    if (!matches)
        return matches.error();
    QJsonArray dossiers;
    QJsonObject party;
    for (const PersonMatch& m : std::as_const(matches.value())) {
        auto d = load(m.id);
        if (!d)
            return d.error();
        const QJsonObject full = d->toJson();
        QJsonArray roles;
        if (m.applicant) {
            roles.append(QStringLiteral("applicant"));
            party = full.value(QStringLiteral("applicant")).toObject();
        }
        if (m.owner) {
            roles.append(QStringLiteral("owner"));
            party = full.value(QStringLiteral("owner")).toObject();
        }
        if (m.collector)
            roles.append(QStringLiteral("collector"));
        QJsonObject entry = full;
        entry.insert(QStringLiteral("roles"), roles);
        dossiers.append(entry);
    }
    if (auto s = [&]() -> Status {
            Transaction tx(*this);
            if (!tx.begun())
                return tx.begun();
            if (auto a = appendAudit(actor, QStringLiteral("personal_data_export"), QStringLiteral("person"),
                    QString::number(dossiers.size()), { { QStringLiteral("dossiers"), dossiers.size() } });
                !a)
                return a;
            return tx.commit();
        }();
        !s)
        return s.error();
    return QJsonObject { { QStringLiteral("id_number"), id }, { QStringLiteral("party"), party },
        { QStringLiteral("dossiers"), dossiers }, { QStringLiteral("exported"), nowUtc().toString(Qt::ISODate) } };
}

Status Store::scrubDossier(const PersonMatch& m, QStringList values, PersonalDataReport& report, QSet<QString>& freed)
{
    Statement row = prepare("SELECT applicant, owner FROM dossiers WHERE id = ?1");
    row.bind(1, m.id);
    if (row.step() != SQLITE_ROW)
        return sqlError(tr("erasing personal data"));
    const QJsonObject applicant = pdParseObject(row.text(0));
    const QJsonObject owner = pdParseObject(row.text(1));
    sqlite3_reset(row.raw());
    if (m.applicant)
        values << pdPartyValues(applicant);
    if (m.owner)
        values << pdPartyValues(owner);
    values.removeDuplicates();
    // Longest first, so a full name is replaced before a part of it.
    std::sort(values.begin(), values.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    // Every search index forgets the person: the catch-all and the names' (FTS5 'delete' of the indexed
    // values), and the numbers kept as exact keys.
    for (const char* sql : { pdFtsDeleteSql().constData(), pdNameFtsDeleteSql().constData(),
             "DELETE FROM dossier_keys WHERE dossier_id = ?1" }) {
        Statement out = prepare(sql);
        out.bind(1, m.id);
        if (out.step() != SQLITE_DONE)
            return sqlError(tr("erasing personal data"));
    }
    Statement upd = prepare("UPDATE dossiers SET applicant = ?2, owner = ?3, note = ?4, reason = ?5, summary = ?6 "
                            "WHERE id = ?1");
    Statement texts = prepare("SELECT note, reason, summary FROM dossiers WHERE id = ?1");
    texts.bind(1, m.id);
    if (texts.step() != SQLITE_ROW)
        return sqlError(tr("erasing personal data"));
    const QString note = pdScrubText(texts.text(0), values), reason = pdScrubText(texts.text(1), values),
                  summary = pdScrubText(texts.text(2), values);
    sqlite3_reset(texts.raw());
    upd.bind(1, m.id)
        .bind(2, pdCompact(m.applicant ? pdErasedParty(applicant) : applicant))
        .bind(4, note)
        .bind(5, reason)
        .bind(6, summary);
    if (owner.isEmpty())
        upd.bindNull(3);
    else
        upd.bind(3, pdCompact(m.owner ? pdErasedParty(owner) : owner));
    if (upd.step() != SQLITE_DONE)
        return sqlError(tr("erasing personal data"));
    if (auto s = scrubSideTables(m, values); !s)
        return s;
    for (const char* sql : { MOTCUA_FTS_INSERT_SELECT " WHERE d.id = ?1",
             MOTCUA_NAME_FTS_INSERT_SELECT " WHERE d.id = ?1", MOTCUA_KEYS_INSERT_SELECT " WHERE d.id = ?1" }) {
        Statement in = prepare(sql);
        in.bind(1, m.id);
        if (in.step() != SQLITE_DONE)
            return sqlError(tr("erasing personal data"));
    }
    // The papers are the person's own when they are the applicant and no other party is named.
    const bool ownPapers = m.applicant && (owner.isEmpty() || m.owner);
    return eraseFiles(m.id, ownPapers, report, freed);
}

Status Store::scrubSideTables(const PersonMatch& m, const QStringList& values)
{
    if (m.collector) {
        Statement q = prepare("UPDATE returns SET collector_name = ?2, collector_id = ?2 WHERE dossier_id = ?1");
        q.bind(1, m.id).bind(2, pdMarker());
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("erasing personal data"));
    }
    // Free text written about the dossier: its history notes, hand-over notes, supplement reasons.
    struct Column {
        const char* select;
        const char* update;
    };
    static const Column columns[] = {
        { "SELECT id, note FROM status_history WHERE dossier_id = ?1",
            "UPDATE status_history SET note = ?2 WHERE id = ?1" },
        { "SELECT id, note FROM hand_overs WHERE dossier_id = ?1", "UPDATE hand_overs SET note = ?2 WHERE id = ?1" },
        { "SELECT id, reason FROM supplement_rounds WHERE dossier_id = ?1",
            "UPDATE supplement_rounds SET reason = ?2 WHERE id = ?1" },
        { "SELECT id, payload FROM outbox WHERE dossier_id = ?1", "UPDATE outbox SET payload = ?2 WHERE id = ?1" },
    };
    for (const Column& c : columns) {
        QList<QPair<qint64, QString>> changed;
        Statement q = prepare(c.select);
        q.bind(1, m.id);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            const QString before = q.text(1);
            const bool json = QByteArray(c.select).contains("payload");
            const QString after
                = json ? pdCompact(pdScrubJson(pdParseObject(before), values).toObject()) : pdScrubText(before, values);
            if (after != before)
                changed.append({ q.i64(0), after });
        }
        if (rc != SQLITE_DONE)
            return sqlError(tr("erasing personal data"));
        sqlite3_reset(q.raw());
        for (const auto& [rowId, text] : std::as_const(changed)) {
            Statement u = prepare(c.update);
            u.bind(1, rowId).bind(2, text);
            if (u.step() != SQLITE_DONE)
                return sqlError(tr("erasing personal data"));
        }
    }
    return {};
}

Status Store::eraseFiles(qint64 dossierId, bool ownPapers, PersonalDataReport& report, QSet<QString>& freed)
{
    Statement q = prepare("SELECT f.id, f.path FROM files f JOIN documents d ON d.id = f.document_id "
                          "WHERE d.dossier_id = ?1 AND f.path <> ''");
    q.bind(1, dossierId);
    QList<QPair<qint64, QString>> files;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        files.append({ q.i64(0), q.text(1) });
    if (rc != SQLITE_DONE)
        return sqlError(tr("erasing personal data"));
    sqlite3_reset(q.raw());
    for (const auto& [fileId, path] : std::as_const(files)) {
        if (!ownPapers) {
            ++report.filesKept;
            continue;
        }
        // The row stays (a paper of that size and hash was received), without its name or content.
        Statement u = prepare("UPDATE files SET name = ?2, path = '' WHERE id = ?1");
        u.bind(1, fileId).bind(2, pdMarker());
        if (u.step() != SQLITE_DONE)
            return sqlError(tr("erasing personal data"));
        freed.insert(path);
        ++report.filesRemoved;
    }
    return {};
}

Result<PersonalDataReport> Store::erasePerson(const Actor& actor, const QString& idNumber, const QString& reason)
{
    if (auto s = authorize(actor, auth::Action::ManagePersonalData); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"),
            tr("Give the reason for the erasure (the person's request and its reference)"), QStringLiteral("required"));
    const QString id = pdNormalizedId(idNumber);
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    auto matches = personDossiers(id);
    if (!matches)
        return matches.error();
    if (matches->isEmpty())
        return Error::notFound(QStringLiteral("id"), tr("No dossier holds the ID number %1").arg(id));
    PersonalDataReport report;
    QSet<QString> freed;
    for (const PersonMatch& m : std::as_const(matches.value())) {
        if (auto s = scrubDossier(m, { id }, report, freed); !s)
            return s.error();
        report.dossiers << m.code;
    }
    // The audit row names the dossiers, never the person.
    if (auto s = appendAudit(actor, QStringLiteral("personal_data_erase"), QStringLiteral("dossiers"),
            QString::number(report.dossiers.size()),
            { { QStringLiteral("dossiers"), QJsonArray::fromStringList(report.dossiers) },
                { QStringLiteral("reason"), reason.trimmed().left(500) },
                { QStringLiteral("files_removed"), report.filesRemoved } });
        !s)
        return s.error();
    if (auto s = fault(QStringLiteral("personal_data_erase.commit")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    removeFreedFiles(freed);
    return report;
}

void Store::removeFreedFiles(const QSet<QString>& freed)
{
    // After the commit: a file still referenced by another dossier (same content) stays.
    for (const QString& path : freed) {
        Statement q = prepare("SELECT EXISTS(SELECT 1 FROM files WHERE path = ?1)");
        q.bind(1, path);
        if (q.step() == SQLITE_ROW && q.i64(0) == 0)
            QFile::remove(QDir(dataDir()).filePath(path));
    }
}

Result<int> Store::retentionDays() const
{
    const QJsonObject section = m_site.section(QStringLiteral("personal_data"));
    const int days = section.value(QStringLiteral("retention_days")).toInt(0);
    if (days < 1)
        return Error::invalid(QStringLiteral("retention_days"),
            tr("The site file sets no retention period for personal data (\"personal_data\": {\"retention_days\": N}); "
               "nothing is purged"),
            QStringLiteral("no_retention"));
    return days;
}

Result<PersonalDataReport> Store::purgePersonalData(const Actor& actor, bool dryRun)
{
    if (auto s = authorize(actor, auth::Action::PurgePersonalData); !s)
        return s.error();
    auto days = retentionDays();
    if (!days)
        return days.error();
    PersonalDataReport report;
    report.dryRun = dryRun;
    report.before = nowUtc().toTimeZone(Clock::zone()).date().addDays(-days.value());
    const QDateTime cutoff = report.before.startOfDay(Clock::zone()).toUTC();
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    // Finished dossiers (refused, returned, withdrawn, stopped) untouched since the cut-off, not yet purged.
    Statement q
        = prepare("SELECT id, code, owner IS NOT NULL, EXISTS(SELECT 1 FROM returns r WHERE r.dossier_id = d.id) "
                  "FROM dossiers d WHERE state IN ('refused', 'returned', 'withdrawn', 'stopped') "
                  " AND updated_at < ?1 AND applicant->>'name' <> ?2 ORDER BY id");
    q.bindTime(1, cutoff).bind(2, pdMarker());
    QList<PersonMatch> due;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        due.append({ q.i64(0), q.text(1), true, q.i64(2) != 0, q.i64(3) != 0 });
    if (rc != SQLITE_DONE)
        return sqlError(tr("finding dossiers past the retention period"));
    sqlite3_reset(q.raw());
    QSet<QString> freed;
    for (const PersonMatch& m : std::as_const(due)) {
        report.dossiers << m.code;
        if (!dryRun)
            if (auto s = scrubDossier(m, {}, report, freed); !s)
                return s.error();
    }
    if (dryRun || due.isEmpty())
        return report;
    if (auto s = appendAudit(actor, QStringLiteral("personal_data_purge"), QStringLiteral("dossiers"),
            QString::number(report.dossiers.size()),
            { { QStringLiteral("dossiers"), QJsonArray::fromStringList(report.dossiers) },
                { QStringLiteral("before"), report.before.toString(Qt::ISODate) },
                { QStringLiteral("files_removed"), report.filesRemoved } });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    removeFreedFiles(freed);
    return report;
}

} // namespace motcua::store
