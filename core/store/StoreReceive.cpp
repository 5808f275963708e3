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
#include <QLoggingCategory>
#include <QSaveFile>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace motcua::store {

using dossier::IntakeRequest;
using workflow::State;
using workflow::Step;

QJsonObject ReceiveResult::toJson() const
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("status"), workflow::stateName(state) },
        { QStringLiteral("received"), dossier::localIso(receivedUtc) },
        { QStringLiteral("due"), dueLocal.isValid() ? QJsonValue(dossier::localIso(dueLocal)) : QJsonValue() },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
        { QStringLiteral("replayed"), replayed } };
}

Result<QString> Store::storeFile(const QString& sourcePath, QString* sha256, qint64* size)
{
    // Checked again here (the intake JSON's parser checked it first): only a regular file is copied.
    const QFileInfo info(sourcePath);
    if (info.isSymLink() || !info.isFile())
        return Error::invalid(QStringLiteral("files"),
            tr("%1 is not a regular file (a link, folder or device is not accepted)").arg(info.fileName()),
            QStringLiteral("file_not_regular"));
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

Result<QString> Store::allocateCode(const QDateTime& now, const QString& agencyCode)
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
    auto leased = takeLeasedCode(agencyCode, dayKey); // issue 15: a block leased from central first
    if (!leased)
        return leased.error();
    if (leased.value() > 0) {
        if (auto s = setMetaValue(QStringLiteral("last_code_at"), QString::number(now.toMSecsSinceEpoch())); !s)
            return s.error();
        return DossierCode { agencyCode, day, leased.value() }.toString();
    }
    int lastIssued = 0;
    {
        Statement q = prepare("SELECT last FROM code_counters WHERE agency = ?1 AND day = ?2");
        q.bind(1, agencyCode).bind(2, dayKey);
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
        q.bind(1, agencyCode).bind(2, dayKey).bind(3, next.value());
        if (q.step() != SQLITE_DONE)
            return sqlError(tr("allocating the dossier code"));
    }
    if (auto s = setMetaValue(QStringLiteral("last_code_at"), QString::number(now.toMSecsSinceEpoch())); !s)
        return s.error();
    return DossierCode { agencyCode, day, next.value() }.toString();
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

namespace {

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compactJson(const QStringList& l)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

} // namespace

// Receives one dossier: check() looks at the request against the procedure version (channel, papers,
// appointment) and stores the files; record() writes the dossier inside the store's transaction with
// its documents, history, search entry, audit and outbox rows, with a fault point after each part.
class IntakeRecorder
{
public:
    IntakeRecorder(Store& store, const Actor& actor, const IntakeRequest& request, const catalogue::Procedure& p,
        Step step, State state, const QDateTime& now)
        : m_store(store), m_actor(actor), m_request(request), m_p(p), m_step(step), m_state(state), m_now(now)
    { }

    Status check();
    Status record();
    const ReceiveResult& result() const { return m_result; }

private:
    Status checkChannel();
    Status collectDocuments();
    Status checkMissing();
    Status appoint();
    Status insertDossier();
    Status insertDocuments();
    Status insertSupplementRound();
    Status index();
    Status audit();
    Status queueOutbox();
    Status rememberKey();

    Store& m_store;
    const Actor& m_actor;
    const IntakeRequest& m_request;
    const catalogue::Procedure& m_p;
    const Step m_step;
    const State m_state;
    const QDateTime m_now;
    ReceiveResult m_result;
    QList<dossier::Document> m_docs;
    QDateTime m_due;
    int m_year = 0;
    int m_serial = 0;
    qint64 m_id = 0;
    QString m_codeAgency; // the agency the code is issued under (site option "desk_option")
};

Status IntakeRecorder::check()
{
    // A shared desk codes (and so routes) each dossier under the agency that decides it.
    auto agency = m_store.m_site.codeAgencyFor(m_p.agency);
    if (!agency)
        return agency.error();
    m_codeAgency = agency.value();
    if (auto s = checkChannel(); !s)
        return s;
    if (auto s = collectDocuments(); !s)
        return s;
    if (auto s = checkMissing(); !s)
        return s;
    return appoint();
}

Status IntakeRecorder::checkChannel()
{
    if (!m_p.acceptsChannel(m_request.channel))
        return Error::invalid(QStringLiteral("channel"),
            Store::tr("Procedure %1 cannot be received through the %2 channel (allowed: %3)")
                .arg(m_p.code, m_request.channel, m_p.channels->join(QStringLiteral(", "))),
            QStringLiteral("channel_not_allowed"));
    if (!m_p.channels)
        m_result.warnings << Store::tr("The catalogue does not say which channels procedure %1 accepts; check "
                                       "before accepting")
                                 .arg(m_p.code);
    return {};
}

// Documents must name components of this procedure version (when the catalogue knows them).
Status IntakeRecorder::collectDocuments()
{
    for (int i = 0; i < m_request.documents.size(); ++i) {
        const dossier::IntakeDocument& in = m_request.documents.at(i);
        dossier::Document d;
        d.componentId = in.componentId;
        d.originals = in.originals;
        d.certifiedCopies = in.certifiedCopies;
        d.photocopies = in.photocopies;
        if (const catalogue::Component* c = m_p.component(in.componentId)) {
            d.componentName = c->name;
        } else if (m_p.components) {
            return Error::invalid(QStringLiteral("documents[%1].component").arg(i),
                Store::tr("Procedure %1 has no component \"%2\"; use a component id listed in the catalogue")
                    .arg(m_p.code, in.componentId),
                QStringLiteral("unknown_component"));
        } else {
            d.componentName = in.componentId; // catalogue components unknown: keep the desk's label
        }
        for (const QString& path : in.files) {
            dossier::StoredFile f;
            f.name = QFileInfo(path).fileName();
            auto rel = m_store.storeFile(path, &f.sha256, &f.size);
            if (!rel)
                return rel.error();
            f.path = rel.value();
            d.files << f;
        }
        m_docs << d;
    }
    return {};
}

Status IntakeRecorder::checkMissing()
{
    if (m_p.components)
        for (const QString& m : m_request.missing)
            if (!m_p.component(m))
                return Error::invalid(QStringLiteral("missing"),
                    Store::tr("Procedure %1 has no component \"%2\"").arg(m_p.code, m),
                    QStringLiteral("unknown_component"));
    if (!m_p.components)
        m_result.warnings << Store::tr("The catalogue does not list the components of procedure %1; check the "
                                       "papers against the published procedure")
                                 .arg(m_p.code);
    return {};
}

// The appointment: only from a known time limit; never invented.
Status IntakeRecorder::appoint()
{
    if (m_state != State::Received)
        return {};
    const TimeLimit limit = TimeLimit::fromCatalogueJson(m_p.timeLimit.raw);
    if (!limit.isKnown()) {
        m_result.warnings << Store::tr("The time limit of procedure %1 is unknown: the appointment is \"to be "
                                       "announced\"; a supervisor must set it by rescheduling the dossier")
                                 .arg(m_p.code);
        return {};
    }
    auto d = computeDue(*m_store.m_calendar, limit, m_now, {}, m_store.m_dueRules);
    if (!d)
        return d.error();
    m_due = d.value();
    return {};
}

Status IntakeRecorder::record()
{
    auto code = m_store.allocateCode(m_now, m_codeAgency);
    if (!code)
        return code.error();
    m_result.code = code.value();
    if (auto s = m_store.fault(QStringLiteral("receive.code")); !s)
        return s;
    m_year = m_now.toTimeZone(Clock::zone()).date().year();
    if (m_state == State::Received) {
        auto n = m_store.allocateBookSerial(m_year);
        if (!n)
            return n.error();
        m_serial = n.value();
    }
    if (auto s = insertDossier(); !s)
        return s;
    if (auto s = m_store.assignLookupSecret(m_id); !s) // before the record that carries it (queueOutbox)
        return s;
    if (auto s = m_store.fault(QStringLiteral("receive.dossier")); !s)
        return s;
    if (auto s = insertDocuments(); !s)
        return s;
    if (auto s = m_store.fault(QStringLiteral("receive.documents")); !s)
        return s;
    if (auto s = m_store.writeHistory(
            m_id, {}, workflow::stateName(m_state), workflow::stepName(m_step), m_actor, m_request.reason, m_now);
        !s)
        return s;
    if (auto s = insertSupplementRound(); !s)
        return s;
    if (auto s = index(); !s)
        return s;
    if (auto s = audit(); !s)
        return s;
    if (auto s = m_store.fault(QStringLiteral("receive.audit")); !s)
        return s;
    if (auto s = queueOutbox(); !s)
        return s;
    if (auto s = m_store.fault(QStringLiteral("receive.outbox")); !s)
        return s;
    if (auto s = rememberKey(); !s)
        return s;
    m_result.state = m_state;
    m_result.receivedUtc = m_now;
    m_result.dueLocal = m_due;
    return {};
}

Status IntakeRecorder::insertDossier()
{
    QJsonObject extra;
    if (!m_request.postal.isEmpty())
        extra.insert(QStringLiteral("postal"), m_request.postal);
    if (!m_request.missing.isEmpty())
        extra.insert(QStringLiteral("missing"), QJsonArray::fromStringList(m_request.missing));
    // Where the postal service runs the desk, the postal worker who took the dossier in is named with it.
    if (m_store.m_site.deskOption == DeskOption::Postal)
        extra.insert(QStringLiteral("postal_worker"),
            QJsonObject { { QStringLiteral("login"), m_actor.login }, { QStringLiteral("name"), m_actor.name } });
    if (m_store.m_site.deskOption == DeskOption::Shared)
        extra.insert(QStringLiteral("agency_code"), m_codeAgency);
    // The dossier keeps the form set in force on its receipt date, so a reprint looks like the
    // original even after a new circular changes the forms.
    const QDate today = m_now.toTimeZone(Clock::zone()).date();
    if (const forms::FormSetVersion* set = forms::FormSetCatalog::builtin().inForceOn(today))
        extra.insert(QStringLiteral("form_set"), set->id);
    Statement q = m_store.prepare(
        "INSERT INTO dossiers(code, procedure_id, channel, state, received_at, due_at, original_due_at, "
        "applicant, owner, return_method, note, reason, summary, extra, received_by, updated_at, book_year, "
        "book_serial) VALUES(?1,?2,?3,?4,?5,?6,?6,?7,?8,?9,?10,?11,?12,?13,?14,?5,?15,?16)");
    q.bind(1, m_result.code).bind(2, m_p.rowId).bind(3, m_request.channel).bind(4, workflow::stateName(m_state));
    q.bindTime(5, m_now).bindTime(6, m_due);
    q.bind(7, compactJson(m_request.applicant.toJson()));
    if (m_request.owner)
        q.bind(8, compactJson(m_request.owner->toJson()));
    else
        q.bindNull(8);
    q.bind(9, m_request.returnMethod).bind(10, m_request.note).bind(11, m_request.reason).bind(12, m_request.summary);
    if (extra.isEmpty())
        q.bindNull(13);
    else
        q.bind(13, compactJson(extra));
    q.bind(14, m_actor.userId);
    if (m_serial) {
        q.bind(15, m_year).bind(16, m_serial);
    } else {
        q.bindNull(15).bindNull(16);
    }
    if (q.step() != SQLITE_DONE)
        return m_store.sqlError(Store::tr("saving the dossier"));
    m_id = sqlite3_last_insert_rowid(m_store.m_db);
    return {};
}

Status IntakeRecorder::insertDocuments()
{
    for (const dossier::Document& d : std::as_const(m_docs)) {
        Statement q = m_store.prepare("INSERT INTO documents(dossier_id, component_id, component_name, originals, "
                                      "certified_copies, photocopies) VALUES(?1,?2,?3,?4,?5,?6)");
        q.bind(1, m_id).bind(2, d.componentId).bind(3, d.componentName).bind(4, d.originals);
        q.bind(5, d.certifiedCopies).bind(6, d.photocopies);
        if (q.step() != SQLITE_DONE)
            return m_store.sqlError(Store::tr("saving the documents"));
        const qint64 docId = sqlite3_last_insert_rowid(m_store.m_db);
        for (const dossier::StoredFile& f : d.files) {
            Statement fq
                = m_store.prepare("INSERT INTO files(document_id, name, sha256, size, path) VALUES(?1,?2,?3,?4,?5)");
            fq.bind(1, docId).bind(2, f.name).bind(3, f.sha256).bind(4, f.size).bind(5, f.path);
            if (fq.step() != SQLITE_DONE)
                return m_store.sqlError(Store::tr("saving the documents"));
        }
    }
    return {};
}

Status IntakeRecorder::insertSupplementRound()
{
    if (m_state != State::Incomplete)
        return {};
    Statement q = m_store.prepare("INSERT INTO supplement_rounds(dossier_id, round, requested_at, requested_by, "
                                  "reason, missing, resume_state) VALUES(?1, 1, ?2, ?3, ?4, ?5, 'received')");
    q.bind(1, m_id).bindTime(2, m_now).bind(3, m_actor.userId).bind(4, m_request.reason);
    q.bind(5, compactJson(m_request.missing));
    if (q.step() != SQLITE_DONE)
        return m_store.sqlError(Store::tr("saving the supplement request"));
    return {};
}

Status IntakeRecorder::index()
{
    for (const char* sql : { MOTCUA_FTS_INSERT_SELECT " WHERE d.id = ?1",
             MOTCUA_NAME_FTS_INSERT_SELECT " WHERE d.id = ?1", MOTCUA_KEYS_INSERT_SELECT " WHERE d.id = ?1" }) {
        Statement q = m_store.prepare(sql);
        q.bind(1, m_id);
        if (q.step() != SQLITE_DONE)
            return m_store.sqlError(Store::tr("indexing the dossier for search"));
    }
    return {};
}

Status IntakeRecorder::audit()
{
    QJsonObject details { { QStringLiteral("procedure"), m_p.code },
        { QStringLiteral("procedure_version"), m_p.version }, { QStringLiteral("state"), workflow::stateName(m_state) },
        { QStringLiteral("channel"), m_request.channel }, { QStringLiteral("documents"), int(m_docs.size()) } };
    if (m_due.isValid())
        details.insert(QStringLiteral("due"), dossier::localIso(m_due));
    return m_store.appendAudit(m_actor, workflow::stepName(m_step), QStringLiteral("dossier"), m_result.code, details);
}

// Guidance on an incomplete dossier is not synced: the dossier is not registered yet.
Status IntakeRecorder::queueOutbox()
{
    if (m_state == State::Incomplete)
        return {};
    auto d = m_store.load(m_id);
    if (!d)
        return d.error();
    const QJsonObject envelope { { QStringLiteral("service"), outboxServiceName(OutboxService::DongBoHoSoMC) },
        { QStringLiteral("isUpdating"), QStringLiteral("False") },
        { QStringLiteral("data"), QJsonArray { m_store.dossierRecord(d.value()) } } };
    return m_store.appendOutbox(m_id, OutboxService::DongBoHoSoMC, envelope);
}

Status IntakeRecorder::rememberKey()
{
    if (m_request.idempotencyKey.isEmpty())
        return {};
    Statement q = m_store.prepare("INSERT INTO intake_keys(key, fingerprint, dossier_id, at) VALUES(?1,?2,?3,?4)");
    q.bind(1, m_request.idempotencyKey).bind(2, m_request.fingerprint()).bind(3, m_id).bindTime(4, m_now);
    if (q.step() != SQLITE_DONE)
        return m_store.sqlError(Store::tr("saving the idempotency key"));
    return {};
}

Result<ReceiveResult> Store::replayIntake(const IntakeRequest& request)
{
    ReceiveResult r;
    if (request.idempotencyKey.isEmpty())
        return r;
    qint64 id = 0;
    {
        Statement q = prepare("SELECT fingerprint, dossier_id FROM intake_keys WHERE key = ?1");
        if (!q.valid())
            return sqlError(tr("reading the idempotency keys"));
        q.bind(1, request.idempotencyKey);
        const int rc = q.step();
        if (rc == SQLITE_DONE)
            return r;
        if (rc != SQLITE_ROW)
            return sqlError(tr("reading the idempotency keys"));
        if (q.text(0) != request.fingerprint())
            return Error::invalid(QStringLiteral("idempotency_key"),
                tr("The idempotency key \"%1\" was already used for another intake; use a new key for a new "
                   "dossier")
                    .arg(request.idempotencyKey),
                QStringLiteral("idempotency_conflict"));
        id = q.i64(1);
    }
    auto d = load(id);
    if (!d)
        return d.error();
    r.code = d->code;
    r.state = d->state;
    r.receivedUtc = d->receivedAtUtc;
    r.dueLocal = d->dueLocal;
    r.replayed = true;
    r.warnings
        << tr("This intake was already received as %1 (same idempotency key); nothing new was saved").arg(d->code);
    return r;
}

Result<ReceiveResult> Store::receive(const Actor& actor, const IntakeRequest& request)
{
    const Step step = request.decision == dossier::IntakeDecision::Refuse ? Step::RefuseAtIntake
        : request.decision == dossier::IntakeDecision::RequestSupplement  ? Step::AcceptIncomplete
                                                                          : Step::Accept;
    if (auto s = authorize(actor, workflow::actionFor(step)); !s)
        return s.error();
    if (auto s = request.validate(); !s)
        return s.error();
    if (auto replay = replayIntake(request); !replay || !replay->code.isEmpty())
        return replay;
    auto state = workflow::Workflow::initial(step);
    if (!state)
        return state.error();
    const QDateTime now = nowUtc();
    auto proc = procedure(request.procedure, now.toTimeZone(Clock::zone()).date());
    if (!proc)
        return proc.error();
    IntakeRecorder intake(*this, actor, request, proc.value(), step, *state, now);
    if (auto s = intake.check(); !s)
        return s.error();

    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    // Again inside the write transaction: another process may have received the same key meanwhile.
    if (auto replay = replayIntake(request); !replay || !replay->code.isEmpty())
        return replay;
    if (auto s = intake.record(); !s)
        return s.error();
    if (auto s = fault(QStringLiteral("receive.commit")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    // Logs name dossiers by code only, never a person (Decree 13/2023): tests/cli scans them.
    qCDebug(lcStore) << "received" << intake.result().code << "procedure" << proc->code << "by user" << actor.userId;
    return intake.result();
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
