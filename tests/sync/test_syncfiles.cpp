// Files wired into the sync engine, against the reference central over loopback: a dossier's scanned
// files go up with tus before the record that refers to them and arrive whole (SHA-256 equal, sizes in
// central's list); an upload cut in the middle resumes in a new engine (as after a restart) from central's
// offset without sending confirmed bytes again (bytes counted at central); a file central already holds is
// not sent again; a record is not complete at central before its file; uploads without a desk's token
// are refused (401); a file the desk cannot read parks its record with the reason. Files stay within their
// agency: another agency's desk can neither read, see nor extend them; the papers of a supplement go up
// with the supplement step's own record and central lists them with the dossier.
#include "sync/SyncEngine.h"
#include "sync/central/CentralFiles.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/TusEndpoint.h"
#include "tests/support/StoreFixture.h"
#include "tests/sync/TusTestSupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
const QString kAgency = QStringLiteral("000.00.25.G14");
const QString kOtherAgency = QStringLiteral("000.00.26.G14");

// Writes these contents as files under the fixture's folder; their paths.
QStringList writeScans(StoreFixture& f, const QList<QByteArray>& contents, const QString& prefix)
{
    QStringList paths;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const QString path = f.dir.filePath(QStringLiteral("%1-%2.pdf").arg(prefix).arg(i));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(contents[i]) != contents[i].size())
            return {};
        paths << path;
    }
    return paths;
}

sync::SyncSettings settingsFor(const StoreFixture& f, const sync::CentralServer& central, const QString& credential)
{
    sync::SyncSettings s;
    s.dbPath = f.dbPath();
    s.central = QUrl(central.baseUrl());
    s.credential = credential;
    s.retry = { 1, 8, 0.5 };
    s.onceAttempts = 50;
    s.uploadChunkSize = kMiB;
    return s;
}

struct Desk {
    StoreFixture f;
    QTemporaryDir centralDir;
    sync::CentralServer central { { QHostAddress::LocalHost, 0, centralDir.filePath(QStringLiteral("central")) } };
    QString credential;

    bool start()
    {
        if (!f.setUp() || !central.start().ok())
            return false;
        credential
            = central.state()->addDesk(QStringLiteral("D01"), kAgency)->value(QStringLiteral("credential")).toString();
        return !credential.isEmpty();
    }
    sync::SyncSettings settings() const
    {
        sync::SyncSettings s;
        s.dbPath = f.dbPath();
        s.central = QUrl(central.baseUrl());
        s.credential = credential;
        s.retry = { 1, 8, 0.5 };
        s.onceAttempts = 50;
        s.uploadChunkSize = kMiB;
        return s;
    }
    // Receives a dossier whose application form has these files (written under the fixture's folder).
    QString receiveWithFiles(const QList<QByteArray>& contents, const QString& name = QStringLiteral("Nguyễn Văn An"))
    {
        dossier::IntakeRequest r = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), name);
        QStringList paths;
        for (qsizetype i = 0; i < contents.size(); ++i) {
            const QString path = f.dir.filePath(QStringLiteral("scan-%1-%2.pdf").arg(name.size()).arg(i));
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(contents[i]) != contents[i].size())
                return {};
            paths << path;
        }
        r.documents << dossier::IntakeDocument { QStringLiteral("new-application-form"), 1, 0, 0, paths };
        return f.receiveOne(r);
    }
    QJsonArray list() const
    {
        const sync::TusFileStore files(sync::TusEndpoint::filesFolder(centralDir.filePath(QStringLiteral("central"))));
        return sync::CentralFiles::withFileStatus(central.state()->list().value(), files);
    }
    QByteArray bearer() const { return "Bearer " + central.state()->issueToken(credential, 900)->toLatin1(); }
};

QByteArray bearerFor(const sync::CentralServer& central, const QString& credential)
{
    return "Bearer " + central.state()->issueToken(credential, 900)->toLatin1();
}

sync::SyncRoundReport runOnce(sync::SyncEngine& engine)
{
    QSignalSpy finished(&engine, &sync::SyncEngine::roundFinished);
    engine.syncOnce();
    if (finished.isEmpty() && !finished.wait(120000))
        return { 0, 0, -1, -1, false, QStringLiteral("no round finished") };
    return finished.first().first().value<sync::SyncRoundReport>();
}

std::optional<sync::HttpResponse> exchange(sync::HttpTransport& transport, const sync::HttpRequest& request)
{
    std::optional<sync::HttpResponse> answer;
    transport.send(request, nullptr, [&answer](const sync::HttpResponse& response) { answer = response; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        return std::nullopt;
    return answer;
}

// One tus or file request as a desk with that bearer would make it.
sync::HttpResponse tusExchange(sync::HttpTransport& transport, const QByteArray& method, const QUrl& url,
    const QByteArray& bearer, sync::HttpHeaders extra = {}, const QByteArray& body = {})
{
    sync::HttpRequest r;
    r.method = method;
    r.url = url;
    r.headers = { { "Authorization", bearer }, { "Tus-Resumable", "1.0.0" } };
    r.headers += extra;
    r.body = body;
    return exchange(transport, r).value_or(sync::HttpResponse {});
}

sync::HttpHeaders creationHeaders(const QByteArray& content)
{
    return { { "Upload-Length", QByteArray::number(content.size()) },
        { "Upload-Metadata",
            "filename " + QByteArray("x.pdf").toBase64() + ",sha256 " + sha256Hex(content).toBase64() } };
}

qsizetype lastIndexOf(const QList<sync::HttpRequest>& requests, const QByteArray& method, const QString& pathPart)
{
    for (qsizetype i = requests.size() - 1; i >= 0; --i)
        if (requests[i].method == method && requests[i].url.path().contains(pathPart))
            return i;
    return -1;
}

qsizetype firstIndexOf(const QList<sync::HttpRequest>& requests, const QByteArray& method, const QString& pathPart)
{
    for (qsizetype i = 0; i < requests.size(); ++i)
        if (requests[i].method == method && requests[i].url.path().contains(pathPart))
            return i;
    return -1;
}

} // namespace

class TestSyncFiles : public QObject
{
    Q_OBJECT

private slots:
    void dossierWithFilesReachesCentralWhole()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QByteArray big = knownBytes(3 * kMiB + 5, 21);
        const QByteArray small = knownBytes(70000, 22);
        const QString code = desk.receiveWithFiles({ big, small });
        QVERIFY(!code.isEmpty());
        QCOMPARE(desk.f.store->pendingFileBytes(desk.f.admin).value(), big.size() + small.size());

        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::SyncEngine engine(desk.settings(), &transport);
        QVERIFY(engine.open());
        QVERIFY(engine.state().pendingBytes > big.size() + small.size()); // files and the record itself
        const auto report = runOnce(engine);
        QVERIFY2(report.reachable && report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.pushed, qint64(1));
        QCOMPARE(report.uploadedBytes, big.size() + small.size());
        QCOMPARE(engine.state().pendingBytes, qint64(0));
        QCOMPARE(desk.f.store->pendingFileBytes(desk.f.admin).value(), qint64(0));
        // Every file went up before the record that refers to it.
        const qsizetype lastPatch = lastIndexOf(transport.requests, "PATCH", QStringLiteral("/files/"));
        const qsizetype record = firstIndexOf(transport.requests, "POST", QStringLiteral("/api/v1/records"));
        QVERIFY(lastPatch >= 0 && record > lastPatch);

        const QJsonArray list = desk.list();
        QCOMPARE(list.size(), 1);
        const QJsonObject held = list.first().toObject();
        QCOMPARE(held.value(QStringLiteral("code")).toString(), code);
        QVERIFY(held.value(QStringLiteral("complete")).toBool());
        QCOMPARE(held.value(QStringLiteral("waiting_for_files")).toInt(), 0);
        const QJsonArray files = held.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QSet<QString> shas;
        for (const QJsonValue f : files) {
            const QJsonObject file = f.toObject();
            shas << file.value(QStringLiteral("sha256")).toString();
            QVERIFY(file.value(QStringLiteral("received")).toBool());
            const QByteArray& content
                = file.value(QStringLiteral("sha256")).toString().toLatin1() == sha256Hex(big) ? big : small;
            QCOMPARE(file.value(QStringLiteral("size")).toInteger(), content.size());
        }
        QCOMPARE(shas, (QSet<QString> { QString::fromLatin1(sha256Hex(big)), QString::fromLatin1(sha256Hex(small)) }));
        // The record's DuongDanTaiTepTin (default {central}/files/sha256/{sha256}) serves the bytes.
        sync::HttpRequest get = sync::HttpRequest::get(
            QUrl(desk.central.baseUrl() + QStringLiteral("/files/sha256/") + QString::fromLatin1(sha256Hex(big))));
        get.headers = { { "Authorization", desk.bearer() } };
        const auto fetched = exchange(curl, get);
        QVERIFY(fetched);
        QCOMPARE(fetched->status, 200);
        QCOMPARE(sha256Hex(fetched->body), sha256Hex(big));
        get.headers.clear();
        QCOMPARE(exchange(curl, get)->status, 401);

        // A second dossier with the same scan: central holds it already, no byte is sent again.
        QVERIFY(!desk.receiveWithFiles({ big }, QStringLiteral("Lê Văn Bình")).isEmpty());
        const qint64 before = desk.central.files()->bytesReceived();
        sync::SyncEngine restarted(desk.settings()); // knows nothing: central answers the creation with the file
        const auto again = runOnce(restarted);
        QVERIFY2(again.reachable && again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.pushed, qint64(1));
        QCOMPARE(again.uploadedBytes, qint64(0));
        QCOMPARE(desk.central.files()->bytesReceived(), before);
        QVERIFY(desk.list().at(1).toObject().value(QStringLiteral("complete")).toBool());
    }

    void filesStayWithinTheirAgency()
    {
        QTemporaryDir centralDir;
        sync::CentralServer central({ QHostAddress::LocalHost, 0, centralDir.filePath(QStringLiteral("central")) });
        QVERIFY(central.start().ok());
        StoreFixture a;
        QVERIFY(a.setUp());
        StoreFixture b;
        QVERIFY(b.setUp());
        SiteConfig other = SiteConfig::demo();
        other.agencyCode = kOtherAgency;
        other.deskId = QStringLiteral("D02");
        QVERIFY(b.store->setSite(other));
        const QString credA
            = central.state()->addDesk(QStringLiteral("D01"), kAgency)->value(QStringLiteral("credential")).toString();
        const QString credB = central.state()
                                  ->addDesk(QStringLiteral("D02"), kOtherAgency)
                                  ->value(QStringLiteral("credential"))
                                  .toString();
        const QByteArray bearerA = bearerFor(central, credA);
        const QByteArray bearerB = bearerFor(central, credB);

        // Desk A sends a dossier with a scan: A reads it back by its SHA-256, B (another agency) cannot.
        const QByteArray scan = knownBytes(300000, 31);
        auto intakeA = StoreFixture::citizenIntake();
        intakeA.documents << dossier::IntakeDocument { QStringLiteral("new-application-form"), 1, 0, 0,
            writeScans(a, { scan }, QStringLiteral("a")) };
        QVERIFY(!a.receiveOne(intakeA).isEmpty());
        sync::SyncEngine deskA(settingsFor(a, central, credA));
        const auto sentA = runOnce(deskA);
        QVERIFY2(sentA.reachable && sentA.error.isEmpty(), qPrintable(sentA.error));
        QCOMPARE(sentA.uploadedBytes, scan.size());
        sync::CurlTransport curl;
        const QUrl bySha(central.baseUrl() + QStringLiteral("/files/sha256/") + QString::fromLatin1(sha256Hex(scan)));
        QCOMPARE(tusExchange(curl, "GET", bySha, bearerA).status, 200);
        QCOMPARE(tusExchange(curl, "GET", bySha, bearerB).status, 404);
        QCOMPARE(tusExchange(curl, "HEAD", bySha, bearerB).status, 404);

        // An upload of A in progress: B can neither see nor extend it; A can.
        const QByteArray part = knownBytes(1000, 32);
        const QUrl files(central.baseUrl() + QStringLiteral("/files/"));
        const auto created = tusExchange(curl, "POST", files, bearerA, creationHeaders(part));
        QCOMPARE(created.status, 201);
        const QUrl upload = files.resolved(QUrl(QString::fromLatin1(created.header("Location"))));
        QCOMPARE(tusExchange(curl, "HEAD", upload, bearerB).status, 404);
        const sync::HttpHeaders patchHeaders { { "Content-Type", "application/offset+octet-stream" },
            { "Upload-Offset", "0" } };
        QCOMPARE(tusExchange(curl, "PATCH", upload, bearerB, patchHeaders, part).status, 404);
        const auto headA = tusExchange(curl, "HEAD", upload, bearerA);
        QCOMPARE(headA.status, 200);
        QCOMPARE(headA.header("Upload-Offset"), QByteArray("0"));
        QCOMPARE(tusExchange(curl, "PATCH", upload, bearerA, patchHeaders, part).status, 204);

        // B creating the file A holds is not told central has it: it gets an empty upload of its own.
        const auto createdB = tusExchange(curl, "POST", files, bearerB, creationHeaders(scan));
        QCOMPARE(createdB.status, 201);
        QCOMPARE(createdB.header("Upload-Offset"), QByteArray("0"));
        // Once B's own dossier names that scan, B sends its own copy and may read it.
        auto intakeB = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Lê Thị Bình"));
        intakeB.documents << dossier::IntakeDocument { QStringLiteral("new-application-form"), 1, 0, 0,
            writeScans(b, { scan }, QStringLiteral("b")) };
        QVERIFY(b.receiveOne(intakeB).startsWith(kOtherAgency));
        sync::SyncEngine deskB(settingsFor(b, central, credB));
        const auto sentB = runOnce(deskB);
        QVERIFY2(sentB.reachable && sentB.error.isEmpty(), qPrintable(sentB.error));
        QCOMPARE(sentB.pushed, qint64(1));
        QCOMPARE(sentB.uploadedBytes, scan.size());
        const auto readB = tusExchange(curl, "GET", bySha, bearerB);
        QCOMPARE(readB.status, 200);
        QCOMPARE(sha256Hex(readB.body), sha256Hex(scan));
    }

    void supplementPapersReachCentralAtOnce()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QByteArray form = knownBytes(120000, 41);
        const QString code = desk.receiveWithFiles({ form });
        QVERIFY(!code.isEmpty());
        sync::SyncEngine engine(desk.settings());
        QVERIFY(runOnce(engine).error.isEmpty());
        store::StepRequest handOver;
        handOver.step = workflow::Step::HandOver;
        handOver.unit = QStringLiteral("Phòng Cấp phép");
        QVERIFY(desk.f.store->apply(desk.f.clerk, code, handOver));
        store::StepRequest request;
        request.step = workflow::Step::RequestSupplement;
        request.reason = QStringLiteral("Thiếu sơ đồ vị trí");
        request.missing = { QStringLiteral("new-mofa-request-letter") };
        QVERIFY(desk.f.store->apply(desk.f.clerk, code, request));
        QVERIFY(runOnce(engine).error.isEmpty());
        const int waiting = desk.list().first().toObject().value(QStringLiteral("status")).toInt();

        // The applicant brings the missing paper; one sync round later central lists it with the dossier.
        const QByteArray added = knownBytes(90000, 42);
        store::StepRequest received;
        received.step = workflow::Step::SupplementReceived;
        received.files = writeScans(desk.f, { added }, QStringLiteral("supplement"));
        QVERIFY(desk.f.store->apply(desk.f.clerk, code, received));
        const auto report = runOnce(engine);
        QVERIFY2(report.reachable && report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.uploadedBytes, added.size()); // only the new paper: the form is at central already
        const QJsonObject held = desk.list().first().toObject();
        QCOMPARE(held.value(QStringLiteral("code")).toString(), code);
        QVERIFY(held.value(QStringLiteral("complete")).toBool());
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue f : held.value(QStringLiteral("files")).toArray())
            byName.insert(f.toObject().value(QStringLiteral("name")).toString(), f.toObject());
        QCOMPARE(byName.size(), 2);
        const QJsonObject paper = byName.value(QStringLiteral("supplement-0.pdf"));
        QCOMPARE(paper.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha256Hex(added)));
        QVERIFY(paper.value(QStringLiteral("received")).toBool());
        QCOMPARE(paper.value(QStringLiteral("size")).toInteger(), added.size());
        // The dossier's own record brought it: central's status left "supplement requested" with it.
        const QJsonObject last = held.value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("service")).toString(), QStringLiteral("DongBoHoSoMC"));
        QVERIFY(held.value(QStringLiteral("status")).toInt() != waiting);
    }

    void interruptedUploadResumesInANewEngine()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QByteArray content = knownBytes(5 * kMiB + 3, 23);
        QVERIFY(!desk.receiveWithFiles({ content }).isEmpty());
        {
            sync::CurlTransport curl;
            HookTransport transport(curl);
            int patches = 0;
            transport.setHook([&patches](sync::HttpRequest& sent) -> std::optional<sync::HttpResponse> {
                if (sent.method != "PATCH" || ++patches < 3)
                    return std::nullopt;
                sync::HttpResponse dropped;
                dropped.error = sync::TransportError::ConnectionLost;
                dropped.errorMessage = QStringLiteral("cut");
                return dropped; // from the third chunk on, the line is down
            });
            auto settings = desk.settings();
            settings.onceAttempts = 2;
            sync::SyncEngine engine(settings, &transport);
            const auto report = runOnce(engine);
            QCOMPARE(report.error, QStringLiteral("cut"));
            QVERIFY(!report.reachable);
            QCOMPARE(report.pushed, qint64(0));
            QCOMPARE(desk.central.state()->recordCount(), qint64(0)); // no record without its file
        } // the engine and its transport are gone, as after the desk was stopped
        QCOMPARE(desk.central.files()->bytesReceived(), 2 * kMiB); // two chunks confirmed
        QCOMPARE(desk.list().size(), 0);
        QCOMPARE(sync::TusUploadState(sync::TusUploadState::defaultPath(desk.f.dir.path())).size(), 1);

        sync::CurlTransport curl;
        HookTransport transport(curl);
        sync::SyncEngine engine(desk.settings(), &transport);
        const auto report = runOnce(engine);
        QVERIFY2(report.reachable && report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.pushed, qint64(1));
        QCOMPARE(report.uploadedBytes, content.size() - 2 * kMiB);
        QCOMPARE(transport.patchBytes, content.size() - 2 * kMiB);
        QCOMPARE(firstIndexOf(transport.requests, "POST", QStringLiteral("/files")), -1); // resumed, not created
        QCOMPARE(desk.central.files()->bytesReceived(), content.size()); // every byte exactly once
        const QJsonObject held = desk.list().first().toObject();
        QVERIFY(held.value(QStringLiteral("complete")).toBool());
        QCOMPARE(
            held.value(QStringLiteral("files")).toArray().first().toObject().value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(sha256Hex(content)));
        QCOMPARE(sync::TusUploadState(sync::TusUploadState::defaultPath(desk.f.dir.path())).size(), 0);
    }

    void recordIsNotCompleteBeforeItsFile()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QByteArray content = knownBytes(300000, 24);
        QVERIFY(!desk.receiveWithFiles({ content }).isEmpty());
        // The record reaches central alone (as from a desk that sends records and files side by side).
        const store::OutboxItem item = desk.f.store->pendingOutbox(desk.f.admin)->first();
        QVERIFY(desk.central.state()->begin());
        QCOMPARE(desk.central.state()->acceptRecord(QStringLiteral("D01"), item.key, item.envelope).status, 201);
        QVERIFY(desk.central.state()->commit());
        QJsonObject held = desk.list().first().toObject();
        QVERIFY(!held.value(QStringLiteral("complete")).toBool());
        QCOMPARE(held.value(QStringLiteral("waiting_for_files")).toInt(), 1);
        QVERIFY(
            held.value(QStringLiteral("files")).toArray().first().toObject().value(QStringLiteral("size")).isNull());

        // An upload without a desk's token is refused.
        sync::CurlTransport curl;
        sync::HttpRequest create;
        create.method = "POST";
        create.url = QUrl(desk.central.baseUrl() + QStringLiteral("/files/"));
        create.headers = { { "Tus-Resumable", "1.0.0" }, { "Upload-Length", QByteArray::number(content.size()) },
            { "Upload-Metadata", sync::tus::encodeMetadata({ { "sha256", sha256Hex(content) } }) } };
        QCOMPARE(exchange(curl, create)->status, 401);
        create.headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer not-a-token") });
        QCOMPARE(exchange(curl, create)->status, 401);
        QCOMPARE(desk.list().first().toObject().value(QStringLiteral("waiting_for_files")).toInt(), 1);

        // With the file, the record is complete.
        sync::TusUploadOptions options;
        options.endpoint = QUrl(desk.central.baseUrl() + QStringLiteral("/files/"));
        const QByteArray bearer = desk.bearer();
        options.authorization = [bearer] { return bearer; };
        sync::TusUploader uploader(curl, options);
        sync::TusUploadRequest request;
        request.filePath = sync::FileUploads::storedPath(desk.f.dir.path(), sha256Hex(content));
        const auto result = runUpload(uploader, request);
        QVERIFY(result && result->ok());
        held = desk.list().first().toObject();
        QVERIFY(held.value(QStringLiteral("complete")).toBool());
        QCOMPARE(
            held.value(QStringLiteral("files")).toArray().first().toObject().value(QStringLiteral("size")).toInteger(),
            content.size());
    }

    void unreadableFileParksItsRecord()
    {
        Desk desk;
        QVERIFY(desk.start());
        const QByteArray content = knownBytes(1000, 25);
        const QString code = desk.receiveWithFiles({ content });
        QVERIFY(QFile::remove(sync::FileUploads::storedPath(desk.f.dir.path(), sha256Hex(content))));
        sync::SyncEngine engine(desk.settings());
        const auto report = runOnce(engine);
        QCOMPARE(report.pushed, qint64(0));
        QCOMPARE(report.parked, qint64(1));
        QCOMPARE(engine.state().parkedRecords.size(), 1);
        QCOMPARE(engine.state().parkedRecords.first().code, code);
        QVERIFY2(engine.state().parkedRecords.first().reason.startsWith(QStringLiteral("TaiLieuNop: ")),
            qPrintable(engine.state().parkedRecords.first().reason));
        QCOMPARE(desk.list().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFiles)
#include "test_syncfiles.moc"
