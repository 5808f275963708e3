#include "sync/central/Notices.h"

#include "core/Clock.h"
#include "core/store/Statement.h"
#include "sync/central/CentralState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sqlite3.h>

namespace motcua::sync {

using store::Statement;

namespace {

const char* const kNoticeSchema[] = {
    "CREATE TABLE IF NOT EXISTS notices(id INTEGER PRIMARY KEY, code TEXT NOT NULL, event TEXT NOT NULL, "
    " source TEXT NOT NULL, channel TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, "
    " body TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'queued', attempts INTEGER NOT NULL DEFAULT 0, "
    " last_error TEXT NOT NULL DEFAULT '', queued_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
    " sent_at INTEGER, UNIQUE(source, channel)) STRICT",
    "CREATE INDEX IF NOT EXISTS notices_code ON notices(code)",
    "CREATE INDEX IF NOT EXISTS notices_status ON notices(status, id)",
    // What the notices last knew of each dossier: its national status and appointment (yyyyMMddHHmmss).
    "CREATE TABLE IF NOT EXISTS notice_dossiers(code TEXT PRIMARY KEY, status TEXT NOT NULL, due TEXT NOT NULL) "
    "STRICT",
    // The last status-history row looked at; a new table starts at the history already there.
    "CREATE TABLE IF NOT EXISTS notice_cursor(name TEXT PRIMARY KEY, last INTEGER NOT NULL) STRICT",
    "INSERT OR IGNORE INTO notice_cursor(name, last) SELECT 'history', coalesce(max(id), 0) FROM history",
};

// National status codes (codes-and-integration.md §4.5) that call for a notice.
const QString kStatusResultReady = QStringLiteral("9");
const QString kStatusSupplement = QStringLiteral("5");

QString noticeIso(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(Clock::zone()).toString(Qt::ISODate) : QString();
}

// "yyyyMMddHHmmss" (local) as the applicant reads it: "15/04/2025" or "14:00 ngày 15/04/2025".
QString noticeDate(const QString& portal)
{
    const QDateTime t = QDateTime::fromString(portal, QStringLiteral("yyyyMMddHHmmss"));
    if (!t.isValid())
        return portal;
    const QString day = t.date().toString(QStringLiteral("dd/MM/yyyy"));
    return t.time() == QTime(0, 0) ? day : QStringLiteral("%1 ngày %2").arg(t.time().toString(u"HH:mm"), day);
}

QString maskRecipient(const QString& to)
{
    const qsizetype at = to.indexOf(QLatin1Char('@'));
    if (at > 0)
        return to.left(1) + QStringLiteral("***") + to.mid(at);
    if (to.size() > 6)
        return to.left(3) + QString(to.size() - 6, QLatin1Char('*')) + to.right(3);
    return QStringLiteral("***");
}

// Only plain addresses and phone numbers: nothing that could smuggle a header or a path.
bool plainEmail(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,}$"));
    return re.match(s).hasMatch();
}

QString plainPhone(const QString& s)
{
    QString digits;
    for (const QChar c : s)
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits += c;
    return digits.size() >= 9 && digits.size() <= 15 ? digits : QString();
}

} // namespace

// What happened to a dossier, as the applicant is told.
struct Notices::Event {
    QString kind; // result_ready | supplement_requested | appointment_moved
    QString note; // result ready: the unit's note
    QString reason; // supplement: why
    QStringList missing; // supplement: papers to bring
    QString due; // appointment: the new one (yyyyMMddHHmmss)
};

namespace {

struct NoticeText {
    QString subject;
    QString email;
    QString sms;
};

// The texts (Vietnamese only: they go to the applicant, not to the operator).
NoticeText noticeText(const QString& code, const QString& procedure, const QString& kind, const QString& note,
    const QString& reason, const QStringList& missing, const QString& due)
{
    const QString shortProcedure = procedure.size() > 80 ? procedure.left(77) + QStringLiteral("...") : procedure;
    const QString what = procedure.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, procedure);
    const QString whatShort = procedure.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, shortProcedure);
    const QString footer = QStringLiteral("\n\nĐây là thông báo tự động của Bộ phận Một cửa; vui lòng không trả "
                                          "lời thư này.\n");
    NoticeText t;
    if (kind == QLatin1String("result_ready")) {
        t.subject = QStringLiteral("Hồ sơ %1 đã có kết quả").arg(code);
        t.email = QStringLiteral("Kính gửi ông/bà,\n\nHồ sơ %1 đã có kết quả.\nMời ông/bà đến Bộ phận Một cửa nhận "
                                 "kết quả, mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả cùng giấy tờ tùy thân.")
                      .arg(what);
        if (!note.isEmpty())
            t.email += QStringLiteral("\nGhi chú: %1").arg(note);
        t.sms = QStringLiteral("Hồ sơ %1 đã có kết quả. Mời ông/bà đến Bộ phận Một cửa nhận kết quả, mang theo giấy "
                               "tiếp nhận hồ sơ.")
                    .arg(whatShort);
    } else if (kind == QLatin1String("supplement_requested")) {
        t.subject = QStringLiteral("Hồ sơ %1 cần bổ sung giấy tờ").arg(code);
        const QString why = reason.isEmpty() ? QString() : QStringLiteral(" Lý do: %1.").arg(reason);
        const QString bring = missing.isEmpty()
            ? QStringLiteral("Mời ông/bà liên hệ Bộ phận Một cửa để biết giấy tờ cần bổ sung.")
            : QStringLiteral("Giấy tờ cần mang đến: %1.").arg(missing.join(QStringLiteral("; ")));
        t.email = QStringLiteral("Kính gửi ông/bà,\n\nHồ sơ %1 cần được bổ sung.%2\n%3\nMời ông/bà mang giấy tờ bổ "
                                 "sung và giấy tiếp nhận hồ sơ đến Bộ phận Một cửa.")
                      .arg(what, why, bring);
        t.sms = QStringLiteral("Hồ sơ %1 cần bổ sung.%2 %3").arg(whatShort, why, bring);
    } else {
        t.subject = QStringLiteral("Hồ sơ %1: thay đổi ngày hẹn trả kết quả").arg(code);
        t.email = QStringLiteral("Kính gửi ông/bà,\n\nNgày hẹn trả kết quả của hồ sơ %1 được dời đến %2.\nMời ông/bà "
                                 "đến nhận kết quả theo ngày hẹn mới, mang theo giấy tiếp nhận hồ sơ.")
                      .arg(what, noticeDate(due));
        t.sms = QStringLiteral("Ngày hẹn trả kết quả hồ sơ %1 được dời đến %2.").arg(whatShort, noticeDate(due));
    }
    t.email += footer;
    return t;
}

} // namespace

Notices::Notices(CentralState& state) : m_state(state) { }

Status Notices::open()
{
    for (const char* sql : kNoticeSchema)
        if (auto s = m_state.exec(sql); !s)
            return s;
    return {};
}

Result<int> Notices::collect()
{
    if (auto s = m_state.begin(); !s)
        return s.error();
    const auto count = [this] {
        Statement c = m_state.prepare("SELECT count(*) FROM notices");
        return c.step() == SQLITE_ROW ? c.i64(0) : 0;
    };
    const qint64 before = count();
    qint64 last = 0;
    QList<std::tuple<qint64, QString, QString, QString>> rows;
    {
        Statement cursor = m_state.prepare("SELECT last FROM notice_cursor WHERE name = 'history'");
        last = cursor.step() == SQLITE_ROW ? cursor.i64(0) : 0;
    }
    {
        Statement q
            = m_state.prepare("SELECT id, code, status, service FROM history WHERE id > ?1 ORDER BY id LIMIT 500");
        q.bind(1, last);
        while (q.step() == SQLITE_ROW)
            rows.append({ q.i64(0), q.text(1), q.text(2), q.text(3) });
    }
    Status s;
    for (const auto& [id, code, status, service] : rows) {
        if (s = collectRow(id, code, status, service); !s)
            break;
        last = id;
    }
    if (s) {
        Statement up = m_state.prepare("UPDATE notice_cursor SET last = ?1 WHERE name = 'history'");
        up.bind(1, last);
        if (up.step() != SQLITE_DONE)
            s = m_state.sqlError(tr("moving the notices' cursor"));
    }
    const qint64 queued = count() - before;
    if (s)
        s = m_state.commit();
    if (!s) {
        m_state.rollback();
        return s.error();
    }
    return int(queued);
}

// One row of central's history: the event it means, if any, and the dossier's status and appointment
// as far as the notices know. A record's row is matched with its record, and a unit's with its change,
// by their order among the same dossier's rows of the same service (they are written together).
Status Notices::collectRow(qint64 historyId, const QString& code, const QString& status, const QString& service)
{
    QString prevStatus, prevDue;
    qint64 n = 0;
    {
        Statement prev = m_state.prepare("SELECT status, due FROM notice_dossiers WHERE code = ?1");
        prev.bind(1, code);
        if (prev.step() == SQLITE_ROW) {
            prevStatus = prev.text(0);
            prevDue = prev.text(1);
        }
        Statement nth = m_state.prepare("SELECT count(*) FROM history WHERE code = ?1 AND service = ?2 AND id < ?3");
        nth.bind(1, code).bind(2, service).bind(3, historyId);
        n = nth.step() == SQLITE_ROW ? nth.i64(0) : 0;
    }
    Event base;
    QString due = prevDue;
    if (service.startsWith(QLatin1String("unit:"))) {
        Statement c
            = m_state.prepare("SELECT data FROM changes WHERE code = ?1 AND kind = ?2 ORDER BY seq LIMIT 1 OFFSET ?3");
        c.bind(1, code).bind(2, service.mid(5)).bind(3, n);
        const QJsonObject data
            = c.step() == SQLITE_ROW ? QJsonDocument::fromJson(c.text(0).toUtf8()).object() : QJsonObject();
        base.note = data.value(QStringLiteral("note")).toString();
        base.reason = data.value(QStringLiteral("reason")).toString();
        for (const QJsonValue m : data.value(QStringLiteral("missing")).toArray())
            base.missing << m.toString();
    } else {
        Statement r = m_state.prepare(
            "SELECT envelope FROM records WHERE code = ?1 AND service = ?2 ORDER BY id LIMIT 1 OFFSET ?3");
        r.bind(1, code).bind(2, service).bind(3, n);
        const QJsonObject record = r.step() == SQLITE_ROW ? CentralState::firstRecord(r.text(0)) : QJsonObject();
        const QString carried = record.contains(QStringLiteral("NgayHenTra"))
            ? record.value(QStringLiteral("NgayHenTra")).toString()
            : record.value(QStringLiteral("NgayKetThucTheoQuyDinh")).toString();
        if (!carried.isEmpty())
            due = carried;
        const QJsonArray rounds = record.value(QStringLiteral("DanhSachHoSoBoSung")).toArray();
        if (!rounds.isEmpty())
            base.reason = rounds.last().toObject().value(QStringLiteral("NoiDungBoSung")).toString();
    }
    const QString source = QStringLiteral("history:%1").arg(historyId);
    if (status != prevStatus && status == kStatusResultReady) {
        Event e = base;
        e.kind = QStringLiteral("result_ready");
        if (auto s = queue(code, source, e); !s)
            return s;
    }
    if (status != prevStatus && status == kStatusSupplement) {
        Event e = base;
        e.kind = QStringLiteral("supplement_requested");
        if (auto s = queue(code, source, e); !s)
            return s;
    }
    if (!prevDue.isEmpty() && due != prevDue) {
        Event e;
        e.kind = QStringLiteral("appointment_moved");
        e.due = due;
        if (auto s = queue(code, source + QStringLiteral(":due"), e); !s)
            return s;
    }
    Statement up = m_state.prepare("INSERT INTO notice_dossiers(code, status, due) VALUES(?1, ?2, ?3) "
                                   "ON CONFLICT(code) DO UPDATE SET status = ?2, due = ?3");
    up.bind(1, code).bind(2, status).bind(3, due);
    if (up.step() != SQLITE_DONE)
        return m_state.sqlError(tr("keeping what the notices know of a dossier"));
    return {};
}

// One notice per channel the dossier's registration record gives an address for.
Status Notices::queue(const QString& code, const QString& source, const Event& event)
{
    QJsonObject record;
    {
        Statement d = m_state.prepare("SELECT record FROM dossiers WHERE code = ?1");
        d.bind(1, code);
        if (d.step() != SQLITE_ROW)
            return {};
        record = CentralState::firstRecord(d.text(0));
    }
    const NoticeText text = noticeText(code, record.value(QStringLiteral("TenTTHC")).toString(), event.kind, event.note,
        event.reason, event.missing, event.due);
    const QString email = record.value(QStringLiteral("Email")).toString().trimmed();
    const QString phone = plainPhone(record.value(QStringLiteral("SoDienThoai")).toString());
    const QDateTime now = Clock::current().nowUtc();
    const auto add = [&](const QString& channel, const QString& to, const QString& subject, const QString& body) {
        Statement ins
            = m_state.prepare("INSERT INTO notices(code, event, source, channel, recipient, subject, body, queued_at, "
                              "updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) ON CONFLICT DO NOTHING");
        ins.bind(1, code).bind(2, event.kind).bind(3, source).bind(4, channel).bind(5, to).bind(6, subject);
        ins.bind(7, body).bindTime(8, now);
        return ins.step() == SQLITE_DONE;
    };
    if (plainEmail(email) && !add(QStringLiteral("email"), email, text.subject, text.email))
        return m_state.sqlError(tr("queuing an e-mail notice"));
    if (!phone.isEmpty() && !add(QStringLiteral("sms"), phone, QString(), text.sms))
        return m_state.sqlError(tr("queuing an SMS notice"));
    return {};
}

Result<QList<Notice>> Notices::pending(bool email, bool sms, int limit)
{
    Statement q = m_state.prepare(
        "SELECT id, code, event, channel, recipient, subject, body, attempts FROM notices WHERE (status = 'queued' "
        "OR (status = 'failed' AND attempts < ?1)) AND ((channel = 'email' AND ?2) OR (channel = 'sms' AND ?3)) "
        "ORDER BY id LIMIT ?4");
    q.bind(1, kMaxAttempts).bind(2, email).bind(3, sms).bind(4, limit);
    QList<Notice> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.append({ q.i64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), int(q.i64(7)) });
    if (rc != SQLITE_DONE)
        return m_state.sqlError(tr("reading the notices to send"));
    return out;
}

Status Notices::recordAttempt(qint64 id, const QString& error)
{
    if (auto s = m_state.begin(); !s)
        return s;
    int attempts = 0;
    {
        Statement up = m_state.prepare(
            "UPDATE notices SET status = ?2, attempts = attempts + 1, last_error = ?3, updated_at = ?4, "
            "sent_at = CASE WHEN ?2 = 'sent' THEN ?4 ELSE sent_at END WHERE id = ?1 RETURNING attempts");
        up.bind(1, id)
            .bind(2, error.isEmpty() ? QStringLiteral("sent") : QStringLiteral("failed"))
            .bind(3, error.left(500))
            .bindTime(4, Clock::current().nowUtc());
        if (up.step() != SQLITE_ROW) {
            m_state.rollback();
            return m_state.sqlError(tr("recording a notice's attempt"));
        }
        attempts = int(up.i64(0));
        (void)up.step();
    }
    if (error.isEmpty() || attempts == 1 || attempts == kMaxAttempts)
        if (auto s = report(id); !s) {
            m_state.rollback();
            return s;
        }
    if (auto s = m_state.commit(); !s) {
        m_state.rollback();
        return s;
    }
    return {};
}

// The outcome as a feed change for the dossier's desk (docs/sync-protocol.md, "Pull feed", kind notice).
Status Notices::report(qint64 id)
{
    Statement n = m_state.prepare(
        "SELECT n.code, n.event, n.channel, n.status, n.attempts, n.last_error, n.updated_at, d.agency, d.desk_id "
        "FROM notices n JOIN dossiers d ON d.code = n.code WHERE n.id = ?1");
    n.bind(1, id);
    if (n.step() != SQLITE_ROW)
        return {};
    const QString status = n.text(3);
    const bool givenUp = status == QLatin1String("failed") && n.i64(4) >= kMaxAttempts;
    const QJsonObject data { { QStringLiteral("notice_id"), id }, { QStringLiteral("event"), n.text(1) },
        { QStringLiteral("channel"), n.text(2) }, { QStringLiteral("status"), status },
        { QStringLiteral("attempts"), n.i64(4) }, { QStringLiteral("error"), n.text(5) },
        { QStringLiteral("final"), status == QLatin1String("sent") || givenUp },
        { QStringLiteral("at"), noticeIso(QDateTime::fromMSecsSinceEpoch(n.i64(6), Qt::UTC)) } };
    Statement ins = m_state.prepare(
        "INSERT INTO changes(agency, desk_id, kind, code, unit, data, at) VALUES(?1, ?2, 'notice', ?3, '', ?4, ?5)");
    ins.bind(1, n.text(7))
        .bind(2, n.text(8))
        .bind(3, n.text(0))
        .bind(4, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)))
        .bindTime(5, Clock::current().nowUtc());
    if (ins.step() != SQLITE_DONE)
        return m_state.sqlError(tr("reporting a notice to the desk"));
    return {};
}

Result<QJsonArray> Notices::list(const QString& code)
{
    Statement q = m_state.prepare(
        "SELECT id, code, event, channel, recipient, status, attempts, last_error, queued_at, sent_at, subject "
        "FROM notices WHERE ?1 = '' OR code = ?1 ORDER BY id");
    q.bind(1, code);
    QJsonArray out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.append(QJsonObject { { QStringLiteral("id"), q.i64(0) }, { QStringLiteral("code"), q.text(1) },
            { QStringLiteral("event"), q.text(2) }, { QStringLiteral("channel"), q.text(3) },
            { QStringLiteral("to"), maskRecipient(q.text(4)) }, { QStringLiteral("status"), q.text(5) },
            { QStringLiteral("attempts"), q.i64(6) }, { QStringLiteral("last_error"), q.text(7) },
            { QStringLiteral("queued_at"), noticeIso(QDateTime::fromMSecsSinceEpoch(q.i64(8), Qt::UTC)) },
            { QStringLiteral("sent_at"),
                q.isNull(9) ? QJsonValue() : noticeIso(QDateTime::fromMSecsSinceEpoch(q.i64(9), Qt::UTC)) },
            { QStringLiteral("subject"), q.text(10) } });
    if (rc != SQLITE_DONE)
        return m_state.sqlError(tr("listing the notices"));
    return out;
}

} // namespace motcua::sync
