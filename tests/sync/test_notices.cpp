// Notices to applicants end to end over loopback: a desk registers dossiers with the reference central
// (libcurl against QHttpServer), a processing unit marks a result ready and asks for a supplement, a
// supervisor moves an appointment; central sends each notice by e-mail to a real SMTP server this test
// starts (aiosmtpd, Debian python3-aiosmtpd: tests/smtp-sink/smtp_sink.py saves each message parsed by
// Python's e-mail package) and writes each SMS to its spool folder; the desk shows in the dossier's
// history whether the notice went out. With the SMTP server down the notice fails with the error, then
// goes out when the server comes up; without a channel it stays queued (`motcua-central notices`).
#include "sync/SyncEngine.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/ChangeFeed.h"
#include "sync/central/NoticeWorker.h"
#include "tests/support/CliRunner.h"
#include "tests/support/StoreFixture.h"
#include "tests/support/TempDataDir.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kAgency = QStringLiteral("000.00.25.G14"); // the demo site's
const QString kUnit = QStringLiteral("Phòng Cấp phép");
const QString kEmail = QStringLiteral("an.nguyen@example.vn");
const QString kPhone = QStringLiteral("0912345678"); // StoreFixture::citizenIntake's

sync::SyncSettings noticeSettings(const QString& dbPath, const QString& url, const QString& credential)
{
    sync::SyncSettings s;
    s.dbPath = dbPath;
    s.central = QUrl(url);
    s.credential = credential;
    s.batchSize = 50;
    s.retry = { 1, 8, 0.5 }; // milliseconds: the test waits on signals, never on a sleep
    s.onceAttempts = 10000;
    return s;
}

sync::SyncRoundReport round(sync::SyncEngine& engine)
{
    QSignalSpy finished(&engine, &sync::SyncEngine::roundFinished);
    engine.syncOnce();
    if (finished.isEmpty() && !finished.wait(120000))
        return { 0, 0, -1, -1, false, QStringLiteral("no round finished") };
    return finished.first().first().value<sync::SyncRoundReport>();
}

QString credentialFor(sync::CentralServer& central, const QString& desk)
{
    return central.state()->addDesk(desk, kAgency).value().value(QStringLiteral("credential")).toString();
}

dossier::IntakeRequest intakeWithEmail(const QString& name)
{
    auto r = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), name);
    r.applicant.email = kEmail;
    return r;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QJsonArray noticesOf(sync::CentralServer& central, const QString& code = {})
{
    auto list = central.notices()->notices().list(code);
    return list ? list.value() : QJsonArray();
}

QJsonObject emailNotice(sync::CentralServer& central, const QString& code)
{
    for (const QJsonValue n : noticesOf(central, code))
        if (n.toObject().value(QStringLiteral("channel")).toString() == QLatin1String("email"))
            return n.toObject();
    return {};
}

bool allSent(sync::CentralServer& central, int expected)
{
    (void)central.notices()->poll();
    const QJsonArray list = noticesOf(central);
    if (list.size() != expected)
        return false;
    for (const QJsonValue n : list)
        if (n.toObject().value(QStringLiteral("status")).toString() != QLatin1String("sent"))
            return false;
    return true;
}

QList<QJsonObject> jsonFiles(const QString& folder)
{
    QList<QJsonObject> out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out << QJsonDocument::fromJson(f.readAll()).object();
    }
    return out;
}

QJsonObject withCode(const QList<QJsonObject>& list, const char* field, const QString& code)
{
    for (const QJsonObject& o : list)
        if (o.value(QLatin1String(field)).toString().contains(code))
            return o;
    return {};
}

QList<dossier::StatusChange> noticeRows(StoreFixture& f, const QString& code)
{
    QList<dossier::StatusChange> rows;
    const auto d = f.store->dossier(f.clerk, code);
    if (!d)
        return rows;
    for (const auto& h : d->history)
        if (h.step == QLatin1String("notice"))
            rows << h;
    return rows;
}

// The SMTP server: aiosmtpd under Debian's python3, on a port of our choosing (0 = any).
class SmtpSink
{
public:
    explicit SmtpSink(QString folder) : m_folder(std::move(folder)) { }
    ~SmtpSink() { stop(); }

    QString start(quint16 port)
    {
        const QString python = QStringLiteral(MOTCUA_PYTHON3);
        if (python.isEmpty() || !QFileInfo(python).isExecutable())
            return QStringLiteral("python3 is missing (Debian: python3)");
        QProcess check;
        check.start(python, { QStringLiteral("-c"), QStringLiteral("import aiosmtpd") });
        if (!check.waitForFinished(30000) || check.exitCode() != 0)
            return QStringLiteral("python3-aiosmtpd is missing: install the Debian package python3-aiosmtpd (%1)")
                .arg(python);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(python, { QStringLiteral(MOTCUA_SMTP_SINK), m_folder, QString::number(port) });
        if (!m_process.waitForStarted(10000))
            return m_process.errorString();
        QByteArray out;
        while (!out.contains('\n') && m_process.state() == QProcess::Running) {
            if (!m_process.waitForReadyRead(20000))
                break;
            out += m_process.readAllStandardOutput();
        }
        m_port = quint16(out.trimmed().toUInt());
        return m_port > 0 ? QString() : QStringLiteral("the SMTP sink did not start: %1").arg(QString::fromUtf8(out));
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    quint16 port() const { return m_port; }
    QList<QJsonObject> messages() const { return jsonFiles(m_folder); }

private:
    QString m_folder;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT

private slots:
    void resultSupplementAndAppointmentReachTheApplicant()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        TempDataDir data;
        SmtpSink sink(data.filePath(QStringLiteral("mail")));
        const QString started = sink.start(0);
        QVERIFY2(started.isEmpty(), qPrintable(started));

        const QString ready = f.receiveOne(intakeWithEmail(QStringLiteral("Nguyễn Văn An")));
        const QString supplement = f.receiveOne(intakeWithEmail(QStringLiteral("Trần Thị Bình")));
        const QString moved = f.receiveOne(intakeWithEmail(QStringLiteral("Lê Văn Cường")));
        QVERIFY(!ready.isEmpty() && !supplement.isEmpty() && !moved.isEmpty());
        const QString procedure = f.store->dossier(f.clerk, ready)->procedureName;
        QVERIFY(!procedure.isEmpty());

        sync::CentralServerOptions options;
        options.dataDir = data.filePath(QStringLiteral("central"));
        options.notices.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(sink.port());
        options.notices.mailFrom = QStringLiteral("motcua@dvc.example.vn");
        options.notices.smsSpool = data.filePath(QStringLiteral("sms"));
        options.notices.pollMs = 10;
        sync::CentralServer central(options);
        QVERIFY(central.start().ok());
        sync::SyncEngine engine(
            noticeSettings(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        QVERIFY(round(engine).reachable);
        QVERIFY(central.notices()->poll());
        QCOMPARE(noticesOf(central).size(), 0); // registering a dossier tells nobody anything

        // A unit's result and supplement request; a supervisor moves the third appointment at the desk.
        QVERIFY(central.feed()->unitChange(QStringLiteral("result_ready"), ready,
            { { QStringLiteral("note"), QStringLiteral("Giấy phép số 12/GP") } }, kUnit));
        QVERIFY(central.feed()->unitChange(QStringLiteral("supplement_requested"), supplement,
            { { QStringLiteral("reason"), QStringLiteral("Thiếu sơ đồ mạng") },
                { QStringLiteral("missing"), QJsonArray { QStringLiteral("Sơ đồ mạng"), QStringLiteral("Bản vẽ") } } },
            kUnit));
        const QDate newDue = f.store->dossier(f.clerk, moved)->dueLocal.date().addDays(3);
        store::StepRequest later;
        later.step = workflow::Step::Reschedule;
        later.reason = QStringLiteral("Cần xác minh thêm");
        later.newDueDate = newDue;
        QVERIFY(f.store->apply(f.supervisor, moved, later));
        const auto report = round(engine); // the new appointment goes up; the unit's changes come down
        QVERIFY2(report.reachable, qPrintable(report.error));

        QTRY_VERIFY_WITH_TIMEOUT(allSent(central, 6), 30000); // e-mail and SMS for each of the three
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 3, 10000);
        const QList<QJsonObject> mail = sink.messages();
        for (const QJsonObject& m : mail) {
            QCOMPARE(m.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray { kEmail });
            QCOMPARE(m.value(QStringLiteral("mail_from")).toString(), QStringLiteral("motcua@dvc.example.vn"));
            QCOMPARE(m.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
            QCOMPARE(m.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
            QCOMPARE(m.value(QStringLiteral("defects")).toArray(), QJsonArray());
            const QJsonObject headers = m.value(QStringLiteral("headers")).toObject();
            QCOMPARE(
                headers.value(QStringLiteral("Date")).toString(), QStringLiteral("Wed, 12 Mar 2025 09:05:00 +0700"));
            QVERIFY(
                headers.value(QStringLiteral("Message-ID")).toString().endsWith(QStringLiteral("@dvc.example.vn>")));
            const QString raw = m.value(QStringLiteral("raw_headers")).toString();
            QVERIFY2(raw.contains(QStringLiteral("Subject: =?UTF-8?B?")), qPrintable(raw)); // RFC 2047 on the wire
            const QString body = m.value(QStringLiteral("body")).toString();
            QVERIFY(body.contains(procedure));
            QVERIFY(!body.contains(QStringLiteral("Nguyễn")) && !body.contains(QStringLiteral("001090012345")));
        }
        const QJsonObject readyMail = withCode(mail, "subject", ready);
        QCOMPARE(
            readyMail.value(QStringLiteral("subject")).toString(), QStringLiteral("Hồ sơ %1 đã có kết quả").arg(ready));
        QVERIFY(readyMail.value(QStringLiteral("body")).toString().contains(QStringLiteral("Giấy phép số 12/GP")));
        QVERIFY(readyMail.value(QStringLiteral("body")).toString().contains(QStringLiteral("giấy tiếp nhận hồ sơ")));
        const QJsonObject supplementMail = withCode(mail, "subject", supplement);
        QCOMPARE(supplementMail.value(QStringLiteral("subject")).toString(),
            QStringLiteral("Hồ sơ %1 cần bổ sung giấy tờ").arg(supplement));
        const QString supplementBody = supplementMail.value(QStringLiteral("body")).toString();
        QVERIFY2(supplementBody.contains(QStringLiteral("Lý do: Thiếu sơ đồ mạng.")), qPrintable(supplementBody));
        QVERIFY(supplementBody.contains(QStringLiteral("Giấy tờ cần mang đến: Sơ đồ mạng; Bản vẽ.")));
        const QJsonObject movedMail = withCode(mail, "subject", moved);
        QCOMPARE(movedMail.value(QStringLiteral("subject")).toString(),
            QStringLiteral("Hồ sơ %1: thay đổi ngày hẹn trả kết quả").arg(moved));
        QVERIFY2(
            movedMail.value(QStringLiteral("body")).toString().contains(newDue.toString(QStringLiteral("dd/MM/yyyy"))),
            qPrintable(movedMail.value(QStringLiteral("body")).toString()));

        const QList<QJsonObject> sms = jsonFiles(options.notices.smsSpool);
        QCOMPARE(sms.size(), 3);
        for (const QJsonObject& s : sms) {
            QCOMPARE(s.value(QStringLiteral("phone")).toString(), kPhone);
            QCOMPARE(s.value(QStringLiteral("time")).toString(), QStringLiteral("2025-03-12T09:05:00+07:00"));
        }
        QVERIFY(withCode(sms, "text", ready)
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("đã có kết quả")));
        QVERIFY(withCode(sms, "text", supplement)
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("Thiếu sơ đồ mạng")));
        QVERIFY(withCode(sms, "text", moved)
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(newDue.toString(QStringLiteral("dd/MM/yyyy"))));
        QVERIFY(QDir(options.notices.smsSpool).entryList({ QStringLiteral("*.tmp*") }, QDir::Files).isEmpty());

        // The desk's next round brings the outcomes into each dossier's history (and `dossier show`).
        QVERIFY(round(engine).reachable);
        for (const QString& code : { ready, supplement, moved }) {
            const auto rows = noticeRows(f, code);
            QCOMPARE(rows.size(), 2);
            for (const auto& h : rows) {
                QCOMPARE(h.by, QStringLiteral("@central"));
                QCOMPARE(h.fromState, h.toState);
                QVERIFY2(h.note.contains(QStringLiteral(": sent at 12/03/2025 09:05")), qPrintable(h.note));
            }
            const QJsonArray shown
                = f.store->dossier(f.clerk, code)->toJson().value(QStringLiteral("history")).toArray();
            QCOMPARE(shown.last().toObject().value(QStringLiteral("step")).toString(), QStringLiteral("notice"));
        }
        QVERIFY(noticeRows(f, ready).first().note.contains(QStringLiteral("result ready")));
        QVERIFY(noticeRows(f, moved).first().note.contains(QStringLiteral("appointment moved")));

        // Nothing is sent twice: another round and more polls change nothing.
        QVERIFY(round(engine).reachable);
        QVERIFY(central.notices()->poll());
        QCOMPARE(noticesOf(central).size(), 6);
        QCOMPARE(noticeRows(f, ready).size(), 2);
    }

    void smtpDownThenUpIsRetried()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        TempDataDir data;
        const quint16 port = freePort();
        QVERIFY(port > 0);
        const QString code = f.receiveOne(intakeWithEmail(QStringLiteral("Phạm Thị Dung")));

        sync::CentralServerOptions options;
        options.dataDir = data.filePath(QStringLiteral("central"));
        options.notices.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
        options.notices.mailFrom = QStringLiteral("motcua@dvc.example.vn");
        options.notices.pollMs = 10;
        options.notices.retryMs = 50; // then 100, 200, ... 3200 ms: about 20 s before it gives up
        sync::CentralServer central(options);
        QVERIFY(central.start().ok());
        sync::SyncEngine engine(
            noticeSettings(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        QVERIFY(round(engine).reachable);
        QVERIFY(central.feed()->unitChange(QStringLiteral("result_ready"), code, {}, kUnit));

        // Nobody listens: the notice fails with the error and stays to be retried. There is no SMS
        // channel here: the SMS stays queued.
        QTRY_COMPARE_WITH_TIMEOUT(
            emailNotice(central, code).value(QStringLiteral("status")).toString(), QStringLiteral("failed"), 20000);
        const QJsonObject failed = emailNotice(central, code);
        QCOMPARE(failed.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(failed.value(QStringLiteral("to")).toString(), QStringLiteral("a***@example.vn"));
        QVERIFY(failed.value(QStringLiteral("attempts")).toInteger() >= 1);
        QVERIFY2(failed.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("SMTP")),
            qPrintable(failed.value(QStringLiteral("last_error")).toString()));
        QVERIFY(round(engine).reachable); // the desk hears of the first failure
        QVERIFY(!noticeRows(f, code).isEmpty());
        QVERIFY2(noticeRows(f, code).first().note.contains(QStringLiteral("not sent")),
            qPrintable(noticeRows(f, code).first().note));

        // The server comes up on that port: the next retry delivers it.
        SmtpSink sink(data.filePath(QStringLiteral("mail")));
        const QString started = sink.start(port);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTRY_COMPARE_WITH_TIMEOUT(
            emailNotice(central, code).value(QStringLiteral("status")).toString(), QStringLiteral("sent"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 1, 10000);
        QCOMPARE(sink.messages().first().value(QStringLiteral("subject")).toString(),
            QStringLiteral("Hồ sơ %1 đã có kết quả").arg(code));
        QVERIFY(emailNotice(central, code).value(QStringLiteral("attempts")).toInteger() >= 2);
        QCOMPARE(noticesOf(central, code).last().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("queued")); // the SMS, without a spool folder
        QVERIFY(round(engine).reachable);
        QVERIFY2(noticeRows(f, code).last().note.contains(QStringLiteral(": sent at")),
            qPrintable(noticeRows(f, code).last().note));
    }

    void withoutAChannelNoticesStayQueued()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        TempDataDir data;
        const QString code = f.receiveOne(intakeWithEmail(QStringLiteral("Hoàng Văn Em")));
        sync::CentralServerOptions options;
        options.dataDir = data.filePath(QStringLiteral("central"));
        sync::CentralServer central(options);
        QVERIFY(central.start().ok());
        sync::SyncEngine engine(
            noticeSettings(f.dbPath(), central.baseUrl(), credentialFor(central, QStringLiteral("D01"))));
        QVERIFY(round(engine).reachable);
        QVERIFY(central.feed()->unitChange(QStringLiteral("supplement_requested"), code,
            { { QStringLiteral("reason"), QStringLiteral("Thiếu bản sao") } }, kUnit));

        // The command line sees the notices the server has not collected yet (it collects them itself).
        QProcessEnvironment env;
        env.insert(QStringLiteral("MOTCUA_LANG"), QStringLiteral("en"));
        const CliResult listed = runProgram(QStringLiteral(MOTCUA_CENTRAL_PATH),
            { QStringLiteral("--data-dir"), options.dataDir, QStringLiteral("notices"), QStringLiteral("--code"),
                code },
            {}, env);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray list = listed.json.array();
        QCOMPARE(list.size(), 2);
        QStringList channels;
        for (const QJsonValue v : list) {
            const QJsonObject n = v.toObject();
            channels << n.value(QStringLiteral("channel")).toString();
            QCOMPARE(n.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
            QCOMPARE(n.value(QStringLiteral("attempts")).toInteger(), 0);
            QCOMPARE(n.value(QStringLiteral("event")).toString(), QStringLiteral("supplement_requested"));
            QCOMPARE(n.value(QStringLiteral("code")).toString(), code);
        }
        QCOMPARE(channels, (QStringList { QStringLiteral("email"), QStringLiteral("sms") }));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("091****678"));

        QVERIFY(central.notices()->poll()); // the server does not send them twice over, nor at all
        QCOMPARE(noticesOf(central, code).size(), 2);
        QCOMPARE(noticesOf(central, code).first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("queued"));
        const CliResult none = runProgram(QStringLiteral(MOTCUA_CENTRAL_PATH),
            { QStringLiteral("--data-dir"), options.dataDir, QStringLiteral("notices"), QStringLiteral("--code"),
                QStringLiteral("000.00.25.G14-250312-9999") },
            {}, env);
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json.array().size(), 0);
    }

    void subjectsAreEncodedWords()
    {
        sync::Notice n;
        n.id = 7;
        n.recipient = kEmail;
        n.subject = QStringLiteral("Hồ sơ 000.00.25.G14-250312-0001 đã có kết quả, mời ông/bà đến nhận ngay hôm nay");
        n.body = QStringLiteral("Dòng một\nDòng hai");
        const QByteArray mail = sync::NoticeSender::emailMessage(
            n, QStringLiteral("a@b.vn"), QDateTime(QDate(2025, 3, 12), QTime(2, 5), Qt::UTC));
        const QByteArray headers = mail.left(mail.indexOf("\r\n\r\n"));
        for (const QByteArray& line : headers.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData()); // folded (RFC 5322 §2.1.1, RFC 2047 §2)
        for (const char c : mail)
            QVERIFY(uchar(c) < 0x80); // 7-bit on the wire: words in the header, base64 in the body
        QCOMPARE(sync::NoticeSender::encodedWords(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "test_notices.moc"
