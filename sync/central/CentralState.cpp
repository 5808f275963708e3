#include "sync/central/CentralState.h"

#include "core/Clock.h"
#include "core/domain/DossierCode.h"
#include "core/store/RecordRules.h"
#include "core/store/Statement.h"
#include "sync/central/CentralPayments.h"
#include "sync/central/CodeBlocks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace motcua::sync {

using store::Statement;

namespace {

const char* const kSchema[] = {
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "CREATE TABLE IF NOT EXISTS desks(desk_id TEXT PRIMARY KEY, agency TEXT NOT NULL, secret_hash TEXT NOT NULL, "
    " created_at INTEGER NOT NULL) STRICT",
    "CREATE TABLE IF NOT EXISTS tokens(token_hash TEXT PRIMARY KEY, desk_id TEXT NOT NULL, expires_at INTEGER NOT "
    "NULL) "
    "STRICT",
    "CREATE TABLE IF NOT EXISTS idempotency(key TEXT PRIMARY KEY, desk_id TEXT NOT NULL, body_hash TEXT NOT NULL, "
    " status INTEGER NOT NULL, answer TEXT NOT NULL) STRICT",
    "CREATE TABLE IF NOT EXISTS records(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, desk_id TEXT NOT NULL, "
    " service TEXT NOT NULL, code TEXT NOT NULL, envelope TEXT NOT NULL, received_at INTEGER NOT NULL) STRICT",
    "CREATE TABLE IF NOT EXISTS dossiers(code TEXT PRIMARY KEY, desk_id TEXT NOT NULL, agency TEXT NOT NULL, "
    " status TEXT NOT NULL, record TEXT NOT NULL) STRICT",
    "CREATE TABLE IF NOT EXISTS history(id INTEGER PRIMARY KEY, code TEXT NOT NULL, status TEXT NOT NULL, "
    " at TEXT NOT NULL, service TEXT NOT NULL) STRICT",
    "CREATE INDEX IF NOT EXISTS history_code ON history(code)",
};

QString randomSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32*>(bytes.data()), reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QJsonObject refusal(const QString& key, const QString& code, const QString& field, const QString& message)
{
    return { { QStringLiteral("key"), key }, { QStringLiteral("result"), QStringLiteral("refused") },
        { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("field"), field },
                { QStringLiteral("message"), message } } } };
}

} // namespace

CentralState::~CentralState()
{
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
    if (m_db)
        sqlite3_close(m_db);
}

Result<std::unique_ptr<CentralState>> CentralState::open(const QString& dataDir)
{
    std::unique_ptr<CentralState> state(new CentralState);
    QString path = QStringLiteral(":memory:");
    if (!dataDir.isEmpty()) {
        if (!QDir().mkpath(dataDir))
            return Error::environment(QStringLiteral("data_dir"), tr("Cannot create the folder %1").arg(dataDir));
        path = QDir(dataDir).filePath(QStringLiteral("central.db"));
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &state->m_db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr)
        != SQLITE_OK)
        return state->sqlError(tr("opening %1").arg(path));
    sqlite3_busy_timeout(state->m_db, 5000);
    for (const char* sql : kSchema)
        if (auto s = state->exec(sql); !s)
            return s.error();
    for (auto create : { &CodeBlocks::createTables, &CentralPayments::createTables }) // issue 15
        if (auto s = create(*state); !s)
            return s.error();
    if (auto s = state->openRecordFiles(); !s)
        return s.error();
    return state;
}

Statement CentralState::prepare(const char* sql)
{
    const QByteArray key = QByteArray::fromRawData(sql, qstrlen(sql)); // looked up without a copy
    if (auto it = m_statements.constFind(key); it != m_statements.constEnd())
        return Statement(it.value());
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return Statement(nullptr);
    m_statements.insert(QByteArray(sql), stmt);
    return Statement(stmt);
}

void CentralState::bindUtf8(const char* sql, int index, const QByteArray& utf8)
{
    // The record's JSON as received, bound without a round trip through QString (call after prepare(sql)).
    if (sqlite3_stmt* s = m_statements.value(QByteArray::fromRawData(sql, qstrlen(sql))))
        sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

Status CentralState::exec(const char* sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(QString::fromUtf8(sql));
    return {};
}

Error CentralState::sqlError(const QString& what) const
{
    return Error::environment(QStringLiteral("storage"),
        tr("Central storage failed while %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))),
        QStringLiteral("storage"));
}

Status CentralState::begin()
{
    return exec("BEGIN IMMEDIATE");
}

Status CentralState::commit()
{
    return exec("COMMIT");
}

void CentralState::rollback()
{
    (void)exec("ROLLBACK");
}

Result<QJsonObject> CentralState::addDesk(const QString& deskId, const QString& agency)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!idPattern.match(deskId).hasMatch())
        return Error::invalid(QStringLiteral("desk_id"), tr("A desk id is 1 to 32 letters, digits, - or _"));
    if (!DossierCode::isValidAgencyCode(agency))
        return Error::invalid(QStringLiteral("agency"),
            tr("\"%1\" is not an agency electronic identifier (e.g. 000.00.25.G14)").arg(agency));
    const QString secret = randomSecret();
    Statement q = prepare("INSERT INTO desks(desk_id, agency, secret_hash, created_at) VALUES(?1, ?2, ?3, ?4) "
                          "ON CONFLICT(desk_id) DO UPDATE SET agency = ?2, secret_hash = ?3");
    q.bind(1, deskId).bind(2, agency).bind(3, sha256(secret.toUtf8())).bindTime(4, Clock::current().nowUtc());
    if (q.step() != SQLITE_DONE)
        return sqlError(tr("adding a desk"));
    m_agencies.remove(deskId);
    return QJsonObject { { QStringLiteral("desk_id"), deskId }, { QStringLiteral("agency"), agency },
        { QStringLiteral("credential"), deskId + QLatin1Char('.') + secret } };
}

Result<QString> CentralState::issueToken(const QString& credential, int ttlSeconds)
{
    const qsizetype dot = credential.indexOf(QLatin1Char('.'));
    const QString deskId = credential.left(dot);
    Statement q = prepare("SELECT secret_hash FROM desks WHERE desk_id = ?1");
    q.bind(1, deskId);
    const bool known = dot > 0 && q.step() == SQLITE_ROW && q.text(0) == sha256(credential.mid(dot + 1).toUtf8());
    if (!known)
        return Error::permission(
            QStringLiteral("credential"), tr("Unknown desk credential"), QStringLiteral("credential"));
    const QString token = randomSecret();
    const QDateTime now = Clock::current().nowUtc();
    Statement clean = prepare("DELETE FROM tokens WHERE expires_at < ?1");
    clean.bindTime(1, now);
    (void)clean.step();
    Statement ins = prepare("INSERT INTO tokens(token_hash, desk_id, expires_at) VALUES(?1, ?2, ?3)");
    ins.bind(1, sha256(token.toUtf8())).bind(2, deskId).bindTime(3, now.addSecs(ttlSeconds));
    if (ins.step() != SQLITE_DONE)
        return sqlError(tr("issuing a token"));
    return token;
}

QString CentralState::deskForToken(const QString& token)
{
    Statement q = prepare("SELECT desk_id FROM tokens WHERE token_hash = ?1 AND expires_at > ?2");
    q.bind(1, sha256(token.toUtf8())).bindTime(2, Clock::current().nowUtc());
    return q.step() == SQLITE_ROW ? q.text(0) : QString();
}

QString CentralState::agencyOf(const QString& deskId)
{
    if (auto it = m_agencies.constFind(deskId); it != m_agencies.constEnd())
        return it.value();
    Statement q = prepare("SELECT agency FROM desks WHERE desk_id = ?1");
    q.bind(1, deskId);
    const QString agency = q.step() == SQLITE_ROW ? q.text(0) : QString();
    m_agencies.insert(deskId, agency);
    return agency;
}

RecordAnswer CentralState::acceptRecord(
    const QString& deskId, const QString& key, const QJsonObject& envelope, const QByteArray& raw)
{
    if (key.isEmpty() || key.size() > 100)
        return { 400,
            refusal(key, QStringLiteral("idempotency_key"), QStringLiteral("key"),
                tr("Every record carries an idempotency key of at most 100 characters")) };
    const QByteArray body = raw.isEmpty() ? QJsonDocument(envelope).toJson(QJsonDocument::Compact) : raw;
    const QString hash = sha256(body);
    Statement seen = prepare("SELECT body_hash, status, answer FROM idempotency WHERE key = ?1 AND desk_id = ?2");
    seen.bind(1, key).bind(2, deskId);
    if (seen.step() == SQLITE_ROW) {
        if (seen.text(0) != hash)
            return { 422,
                refusal(key, QStringLiteral("idempotency_key_reused"), QStringLiteral("key"),
                    tr("This idempotency key was used for a different record")) };
        QJsonObject answer = QJsonDocument::fromJson(seen.text(2).toUtf8()).object();
        return { 200, answer };
    }
    if (auto s = store::RecordRules::checkEnvelope(envelope); !s)
        return { 400, refusal(key, s.error().code, s.error().field, s.error().message) };
    if (auto s = CodeBlocks(*this).checkRecord(deskId, envelope); !s) // issue 15: leased blocks, static slice
        return { 403, refusal(key, s.error().code, s.error().field, s.error().message) };
    return store(deskId, key, hash.toLatin1(), envelope, body);
}

RecordAnswer CentralState::store(const QString& deskId, const QString& key, const QByteArray& hash,
    const QJsonObject& envelope, const QByteArray& body)
{
    const QString service = envelope.value(QStringLiteral("service")).toString();
    const bool registration = service == QLatin1String("DongBoHoSoMC");
    const QJsonObject record = envelope.value(QStringLiteral("data")).toArray().first().toObject();
    const QString code = record.value(QStringLiteral("MaHoSo")).toString();
    const QString agency = agencyOf(deskId);
    if (!code.startsWith(agency + QLatin1Char('-')))
        return { 403,
            refusal(key, QStringLiteral("agency"), QStringLiteral("MaHoSo"),
                tr("Dossier %1 is not of this desk's agency %2").arg(code, agency)) };
    Statement owner = prepare("SELECT desk_id FROM dossiers WHERE code = ?1");
    owner.bind(1, code);
    const bool known = owner.step() == SQLITE_ROW;
    if (!registration && !known && ++m_outOfOrder)
        return { 409,
            refusal(key, QStringLiteral("not_registered"), QStringLiteral("MaHoSo"),
                tr("Progress for dossier %1 came before its registration; send the registration first").arg(code)) };
    const QString status
        = record.value(registration ? QStringLiteral("TrangThaiHoSo") : QStringLiteral("TrangThai")).toString();
    const QString at
        = record.value(registration ? QStringLiteral("NgayTiepNhan") : QStringLiteral("ThoiDiemXuLy")).toString();
    static const char* const insertRecord = "INSERT INTO records(key, desk_id, service, code, envelope, received_at) "
                                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6)";
    static const char* const upsertDossier
        = "INSERT INTO dossiers(code, desk_id, agency, status, record) VALUES(?1, ?2, ?3, ?4, ?5) "
          "ON CONFLICT(code) DO UPDATE SET status = ?4, record = ?5";
    static const char* const updateDossier
        = "UPDATE dossiers SET status = ?4 WHERE code = ?1 AND ?2 = ?2 AND ?3 = ?3 AND ?5 = ?5";
    Statement ins = prepare(insertRecord);
    ins.bind(1, key).bind(2, deskId).bind(3, service).bind(4, code).bindTime(6, Clock::current().nowUtc());
    bindUtf8(insertRecord, 5, body);
    Statement dossier = prepare(registration ? upsertDossier : updateDossier);
    dossier.bind(1, code).bind(2, deskId).bind(3, agency).bind(4, status);
    bindUtf8(registration ? upsertDossier : updateDossier, 5, body);
    Statement hist = prepare("INSERT INTO history(code, status, at, service) VALUES(?1, ?2, ?3, ?4)");
    hist.bind(1, code).bind(2, status).bind(3, at).bind(4, service);
    const QJsonObject answer { { QStringLiteral("key"), key }, { QStringLiteral("result"), QStringLiteral("accepted") },
        { QStringLiteral("code"), code }, { QStringLiteral("service"), service } };
    Statement idem
        = prepare("INSERT INTO idempotency(key, desk_id, body_hash, status, answer) VALUES(?1, ?2, ?3, 201, ?4)");
    idem.bind(1, key)
        .bind(2, deskId)
        .bind(3, QString::fromLatin1(hash))
        .bind(4, QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    if (ins.step() != SQLITE_DONE || dossier.step() != SQLITE_DONE || hist.step() != SQLITE_DONE
        || idem.step() != SQLITE_DONE || (registration && !noteRecordFiles(agency, code, record)))
        return { 500, refusal(key, QStringLiteral("storage"), {}, sqlError(tr("storing a record")).message) };
    return { 201, answer };
}

Result<QJsonArray> CentralState::list(const QString& agency)
{
    Statement q
        = prepare("SELECT code, desk_id, status, record FROM dossiers WHERE ?1 = '' OR agency = ?1 ORDER BY code");
    q.bind(1, agency);
    QJsonArray out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const QString code = q.text(0);
        QJsonArray files;
        const QJsonObject envelope = QJsonDocument::fromJson(q.text(3).toUtf8()).object();
        for (const QJsonValue f : envelope.value(QStringLiteral("data"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("TaiLieuNop"))
                                      .toArray())
            files.append(QJsonObject { { QStringLiteral("sha256"), f.toObject().value(QStringLiteral("TepDinhKemId")) },
                { QStringLiteral("name"), f.toObject().value(QStringLiteral("TenTepDinhKem")) } });
        QJsonArray history;
        Statement h = prepare("SELECT status, at, service FROM history WHERE code = ?1 ORDER BY id");
        h.bind(1, code);
        while (h.step() == SQLITE_ROW)
            history.append(QJsonObject { { QStringLiteral("status"), h.text(0).toInt() },
                { QStringLiteral("at"), h.text(1) }, { QStringLiteral("service"), h.text(2) } });
        out.append(QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("desk_id"), q.text(1) },
            { QStringLiteral("status"), q.text(2).toInt() }, { QStringLiteral("files"), files },
            { QStringLiteral("history"), history } });
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("listing dossiers"));
    return out;
}

qint64 CentralState::recordCount()
{
    Statement q = prepare("SELECT count(*) FROM records");
    return q.step() == SQLITE_ROW ? q.i64(0) : -1;
}

QJsonObject CentralState::firstRecord(const QString& envelopeJson)
{
    return QJsonDocument::fromJson(envelopeJson.toUtf8())
        .object()
        .value(QStringLiteral("data"))
        .toArray()
        .first()
        .toObject();
}

} // namespace motcua::sync
