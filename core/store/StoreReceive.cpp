// Receiving a dossier: code allocation, appointment, documents and stored files, all in one
// transaction with its audit and outbox rows.
#include "core/store/SchemaSql.h"
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include "core/forms/FormSet.h"

#include "core/Clock.h"
#include "core/domain/DossierCode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <sqlite3.h>

namespace motcua::store {

using dossier::IntakeRequest;
using workflow::State;
using workflow::Step;

QJsonObject ReceiveResult::toJson() const
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("status"), workflow::stateName(state) },
        { QStringLiteral("received"), dossier::localIso(receivedUtc) },
        { QStringLiteral("due"), dueLocal.isValid() ? QJsonValue(dossier::localIso(dueLocal)) : QJsonValue() },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) } };
}

Result<QString> Store::storeFile(const QString& sourcePath, QString* sha256, qint64* size)
{
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("files"),
            tr("Cannot read the file %1; check that it exists and is readable").arg(sourcePath),
            QStringLiteral("file_unreadable"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&in))
        return Error::environment(
            QStringLiteral("files"), tr("Reading %1 failed").arg(sourcePath), QStringLiteral("file_unreadable"));
    *size = in.size();
    *sha256 = QString::fromLatin1(h.result().toHex());
    const QString rel = QStringLiteral("files/%1/%2").arg(sha256->left(2), *sha256);
    const QString dest = QDir(dataDir()).filePath(rel);
    if (QFileInfo(dest).size() == *size)
        return rel; // content-addressed: already stored
    if (!QDir().mkpath(QFileInfo(dest).absolutePath()))
        return Error::environment(QStringLiteral("data_dir"),
            tr("Cannot create %1").arg(QFileInfo(dest).absolutePath()), QStringLiteral("storage"));
    in.seek(0);
    QSaveFile out(dest);
    if (!out.open(QIODevice::WriteOnly))
        return Error::environment(
            QStringLiteral("data_dir"), tr("Cannot write %1; check disk space").arg(dest), QStringLiteral("storage"));
    while (!in.atEnd())
        out.write(in.read(1 << 20));
    if (!out.commit())
        return Error::environment(
            QStringLiteral("data_dir"), tr("Cannot write %1; check disk space").arg(dest), QStringLiteral("storage"));
    return rel;
}

Result<QString> Store::allocateCode(const QDateTime& now)
{
    // The desk clock must not run behind the last code it issued, or codes could repeat.
    auto last = metaValue(QStringLiteral("last_code_at"));
    if (!last)
        return last.error();
    if (!last->isEmpty()) {
        const QDateTime lastAt = QDateTime::fromMSecsSinceEpoch(last->toLongLong(), Qt::UTC);
        if (auto s = CodeAllocator::checkClock(now, lastAt); !s)
            return s.error();
    }
    const QDate day = now.toTimeZone(Clock::zone()).date();
    const QString dayKey = day.toString(QStringLiteral("yyMMdd"));
    int lastIssued = 0;
    {
        Statement q = prepare("SELECT last FROM code_counters WHERE agency = ?1 AND day = ?2");
        q.bind(1, m_site.agencyCode).bind(2, dayKey);
        const int rc = q.step();
        if (rc == SQLITE_ROW)
            lastIssued = q.i32(0);
        else if (rc != SQLITE_DONE)
            return sqlError(tr("allocating the dossier code"));
    }
    auto next = m_allocator->next(lastIssued);
    if (!next)
        return next.error();
    {
        Statement q = prepare("INSERT INTO code_counters(agency, day, last) VALUES(?1, ?2, ?3) "
                              "ON CONFLICT(agency, day) DO UPDATE SET last = excluded.last");
        q.bind(1, m_site.agencyCode).bind(2, dayKey).bind(3, next.value());
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("allocating the dossier code"));
    }
    if (auto s = setMetaValue(QStringLiteral("last_code_at"), QString::number(now.toMSecsSinceEpoch())); !s)
        return s.error();
    return DossierCode { m_site.agencyCode, day, next.value() }.toString();
}

Result<int> Store::allocateBookSerial(int year)
{
    Statement q = prepare("INSERT INTO book_counters(year, last) VALUES(?1, 1) "
                          "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last");
    q.bind(1, year);
    if (q.step() != SQLITE_ROW)
        return sqlError(tr("numbering the tracking book"));
    return q.i32(0);
}

Result<ReceiveResult> Store::receive(const Actor& actor, const IntakeRequest& request)
{
    const Step step = request.decision == QLatin1String("refuse") ? Step::RefuseAtIntake
        : request.decision == QLatin1String("request-supplement") ? Step::AcceptIncomplete
                                                                  : Step::Accept;
    if (auto s = authorize(actor, workflow::actionFor(step)); !s)
        return s.error();
    if (auto s = request.validate(); !s)
        return s.error();
    auto state = workflow::Workflow::initial(step);
    if (!state)
        return state.error();
    const QDateTime now = nowUtc();
    const QDate today = now.toTimeZone(Clock::zone()).date();
    auto proc = procedure(request.procedure, today);
    if (!proc)
        return proc.error();
    const catalogue::Procedure& p = proc.value();
    ReceiveResult result;
    if (!p.acceptsChannel(request.channel))
        return Error::invalid(QStringLiteral("channel"),
            tr("Procedure %1 cannot be received through the %2 channel (allowed: %3)")
                .arg(p.code, request.channel, p.channels->join(QStringLiteral(", "))),
            QStringLiteral("channel_not_allowed"));
    if (!p.channels)
        result.warnings << tr("The catalogue does not say which channels procedure %1 accepts; check before "
                              "accepting")
                               .arg(p.code);

    // Documents must name components of this procedure version (when the catalogue knows them).
    QList<dossier::Document> docs;
    for (int i = 0; i < request.documents.size(); ++i) {
        const dossier::IntakeDocument& in = request.documents.at(i);
        dossier::Document d;
        d.componentId = in.componentId;
        d.originals = in.originals;
        d.certifiedCopies = in.certifiedCopies;
        d.photocopies = in.photocopies;
        if (const catalogue::Component* c = p.component(in.componentId)) {
            d.componentName = c->name;
        } else if (p.components) {
            return Error::invalid(QStringLiteral("documents[%1].component").arg(i),
                tr("Procedure %1 has no component \"%2\"; use a component id listed in the catalogue")
                    .arg(p.code, in.componentId),
                QStringLiteral("unknown_component"));
        } else {
            d.componentName = in.componentId; // catalogue components unknown: keep the desk's label
        }
        for (const QString& path : in.files) {
            dossier::StoredFile f;
            f.name = QFileInfo(path).fileName();
            auto rel = storeFile(path, &f.sha256, &f.size);
            if (!rel)
                return rel.error();
            f.path = rel.value();
            d.files << f;
        }
        docs << d;
    }
    if (p.components)
        for (const QString& m : request.missing)
            if (!p.component(m))
                return Error::invalid(QStringLiteral("missing"),
                    tr("Procedure %1 has no component \"%2\"").arg(p.code, m), QStringLiteral("unknown_component"));
    if (!p.components)
        result.warnings << tr("The catalogue does not list the components of procedure %1; check the papers "
                              "against the published procedure")
                               .arg(p.code);

    // The appointment: only from a known time limit; never invented.
    QDateTime due;
    if (*state == State::Received) {
        const TimeLimit limit = TimeLimit::fromCatalogueJson(p.timeLimit.raw);
        if (limit.isKnown()) {
            auto d = computeDue(*m_calendar, limit, now, {}, m_dueRules);
            if (!d)
                return d.error();
            due = d.value();
        } else {
            result.warnings << tr("The time limit of procedure %1 is unknown: the appointment is \"to be "
                                  "announced\"; a supervisor must set it by rescheduling the dossier")
                                   .arg(p.code);
        }
    }

    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    auto code = allocateCode(now);
    if (!code)
        return code.error();
    if (auto s = fault(QStringLiteral("receive.code")); !s)
        return s.error();
    const int year = now.toTimeZone(Clock::zone()).date().year();
    int serial = 0;
    if (*state == State::Received) {
        auto n = allocateBookSerial(year);
        if (!n)
            return n.error();
        serial = n.value();
    }
    QJsonObject extra;
    if (!request.postal.isEmpty())
        extra.insert(QStringLiteral("postal"), request.postal);
    if (!request.missing.isEmpty())
        extra.insert(QStringLiteral("missing"), QJsonArray::fromStringList(request.missing));
    // The dossier keeps the form set in force on its receipt date, so a reprint looks like the
    // original even after a new circular changes the forms.
    if (const forms::FormSetVersion* set = forms::FormSetCatalog::builtin().inForceOn(today))
        extra.insert(QStringLiteral("form_set"), set->id);
    qint64 id = 0;
    {
        Statement q = prepare(
            "INSERT INTO dossiers(code, procedure_id, channel, state, received_at, due_at, original_due_at, "
            "applicant, owner, return_method, note, reason, summary, extra, received_by, updated_at, book_year, "
            "book_serial) VALUES(?1,?2,?3,?4,?5,?6,?6,?7,?8,?9,?10,?11,?12,?13,?14,?5,?15,?16)");
        q.bind(1, code.value()).bind(2, p.rowId).bind(3, request.channel).bind(4, workflow::stateName(*state));
        q.bindTime(5, now).bindTime(6, due);
        q.bind(7, QString::fromUtf8(QJsonDocument(request.applicant.toJson()).toJson(QJsonDocument::Compact)));
        if (request.owner)
            q.bind(8, QString::fromUtf8(QJsonDocument(request.owner->toJson()).toJson(QJsonDocument::Compact)));
        else
            q.bindNull(8);
        q.bind(9, request.returnMethod).bind(10, request.note).bind(11, request.reason).bind(12, request.summary);
        if (extra.isEmpty())
            q.bindNull(13);
        else
            q.bind(13, QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)));
        q.bind(14, actor.userId);
        if (serial) {
            q.bind(15, year).bind(16, serial);
        } else {
            q.bindNull(15).bindNull(16);
        }
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("saving the dossier"));
        id = sqlite3_last_insert_rowid(m_db);
    }
    if (auto s = fault(QStringLiteral("receive.dossier")); !s)
        return s.error();
    for (const dossier::Document& d : std::as_const(docs)) {
        Statement q = prepare("INSERT INTO documents(dossier_id, component_id, component_name, originals, "
                              "certified_copies, photocopies) VALUES(?1,?2,?3,?4,?5,?6)");
        q.bind(1, id).bind(2, d.componentId).bind(3, d.componentName).bind(4, d.originals);
        q.bind(5, d.certifiedCopies).bind(6, d.photocopies);
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("saving the documents"));
        const qint64 docId = sqlite3_last_insert_rowid(m_db);
        for (const dossier::StoredFile& f : d.files) {
            Statement fq = prepare("INSERT INTO files(document_id, name, sha256, size, path) VALUES(?1,?2,?3,?4,?5)");
            fq.bind(1, docId).bind(2, f.name).bind(3, f.sha256).bind(4, f.size).bind(5, f.path);
            if (fq.step() != SQLITE_DONE)
                return sqlError(tr("saving the documents"));
        }
    }
    if (auto s = fault(QStringLiteral("receive.documents")); !s)
        return s.error();
    if (auto s
        = writeHistory(id, {}, workflow::stateName(*state), workflow::stepName(step), actor, request.reason, now);
        !s)
        return s.error();
    if (*state == State::Incomplete) {
        Statement q = prepare("INSERT INTO supplement_rounds(dossier_id, round, requested_at, requested_by, "
                              "reason, missing, resume_state) VALUES(?1, 1, ?2, ?3, ?4, ?5, 'received')");
        q.bind(1, id).bindTime(2, now).bind(3, actor.userId).bind(4, request.reason);
        q.bind(5,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(request.missing)).toJson(QJsonDocument::Compact)));
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("saving the supplement request"));
    }
    {
        Statement q = prepare(MOTCUA_FTS_INSERT_SELECT " WHERE d.id = ?1");
        q.bind(1, id);
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("indexing the dossier for search"));
    }
    QJsonObject details { { QStringLiteral("procedure"), p.code }, { QStringLiteral("procedure_version"), p.version },
        { QStringLiteral("state"), workflow::stateName(*state) }, { QStringLiteral("channel"), request.channel },
        { QStringLiteral("documents"), int(docs.size()) } };
    if (due.isValid())
        details.insert(QStringLiteral("due"), dossier::localIso(due));
    if (auto s = appendAudit(actor, workflow::stepName(step), QStringLiteral("dossier"), code.value(), details); !s)
        return s.error();
    if (auto s = fault(QStringLiteral("receive.audit")); !s)
        return s.error();
    // Guidance on an incomplete dossier is not synced: the dossier is not registered yet.
    if (*state != State::Incomplete) {
        auto d = load(id);
        if (!d)
            return d.error();
        const QJsonObject envelope { { QStringLiteral("service"), QStringLiteral("DongBoHoSoMC") },
            { QStringLiteral("isUpdating"), QStringLiteral("False") },
            { QStringLiteral("data"), QJsonArray { dossierRecord(d.value()) } } };
        if (auto s = appendOutbox(id, QStringLiteral("DongBoHoSoMC"), envelope); !s)
            return s.error();
    }
    if (auto s = fault(QStringLiteral("receive.outbox")); !s)
        return s.error();
    if (auto s = fault(QStringLiteral("receive.commit")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    result.code = code.value();
    result.state = *state;
    result.receivedUtc = now;
    result.dueLocal = due;
    return result;
}

Status Store::writeHistory(qint64 dossierId, const QString& from, const QString& to, const QString& step,
    const Actor& actor, const QString& note, const QDateTime& at)
{
    Statement q = prepare("INSERT INTO status_history(dossier_id, at, from_state, to_state, step, user_id, note) "
                          "VALUES(?1,?2,?3,?4,?5,?6,?7)");
    q.bind(1, dossierId).bindTime(2, at).bindText(3, from).bind(4, to).bind(5, step).bind(6, actor.userId);
    q.bind(7, note.isNull() ? QStringLiteral("") : note);
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("writing the status history"));
    return {};
}

} // namespace motcua::store
