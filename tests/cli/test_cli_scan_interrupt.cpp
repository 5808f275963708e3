// Ctrl-C (SIGINT) on a running `motcua scan`, end to end: the real binary scans a slow feeder batch on
// the SANE test backend, gets SIGINT while a page is being read, and must answer with the cancel
// contract of docs/cli.md (status "cancelled", exit 1) and keep every page finished before Ctrl-C.
#include "tests/support/CliRunner.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSize>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <signal.h>

using namespace motcua::test;

namespace {

constexpr int kPagesAsked = 6;
constexpr int kDpi = 200;
// Failure guards only: nothing waits for them to pass.
constexpr int kFirstPageGuardMs = 90000;
constexpr int kStopGuardMs = 20000;

// The Vietnamese progress line `motcua scan` prints on stderr when a page has been read completely.
const QRegularExpression kPageScannedLine(QStringLiteral("Trang (\\d+) đã quét xong\\."));

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_LANG"), QStringLiteral("vi"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SANE_CONFIG_DIR"), QStringLiteral(MOTCUA_SOURCE_DIR "/resources/sane"));
    env.remove(QStringLiteral("MOTCUA_DATA_DIR"));
    env.remove(QStringLiteral("MOTCUA_PASSWORD"));
    return env;
}

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

// Width and height from a JPEG's frame header (SOFn); invalid when the file is not a whole JPEG.
QSize jpegSize(const QByteArray& d)
{
    const auto byte = [&d](qsizetype i) { return quint8(d.at(i)); };
    if (d.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8 || byte(d.size() - 2) != 0xFF || byte(d.size() - 1) != 0xD9)
        return {};
    qsizetype i = 2;
    while (i + 9 < d.size()) {
        if (byte(i) != 0xFF)
            return {};
        const quint8 marker = byte(i + 1);
        const int length = byte(i + 2) << 8 | byte(i + 3);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return QSize(byte(i + 7) << 8 | byte(i + 8), byte(i + 5) << 8 | byte(i + 6));
        i += 2 + length;
    }
    return {};
}

// Width and height from a TIFF's first directory; invalid when a strip of the image lies beyond the
// end of the file (a cut-off page).
QSize tiffSize(const QByteArray& d)
{
    if (d.size() < 8)
        return {};
    const bool little = d.startsWith("II*");
    if (!little && !(d.at(0) == 'M' && d.at(1) == 'M' && d.at(2) == 0 && d.at(3) == '*'))
        return {};
    const auto u16 = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 2 > d.size())
            return 0;
        const auto* p = reinterpret_cast<const uchar*>(d.constData() + at);
        return little ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
    };
    const auto u32 = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 4 > d.size())
            return 0;
        const auto* p = reinterpret_cast<const uchar*>(d.constData() + at);
        return little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    };
    // Value `index` of a SHORT or LONG entry (inline when it fits in 4 bytes, else at the offset).
    const auto value = [&](qsizetype entry, quint32 index) -> quint32 {
        const quint32 type = u16(entry + 2), count = u32(entry + 4);
        const int size = type == 3 ? 2 : 4;
        const qsizetype base = count * size <= 4 ? entry + 8 : qsizetype(u32(entry + 8));
        return size == 2 ? u16(base + index * 2) : u32(base + index * 4);
    };
    const qsizetype ifd = u32(4);
    const quint32 entries = u16(ifd);
    quint32 width = 0, height = 0;
    qsizetype offsetsEntry = -1, countsEntry = -1;
    for (quint32 i = 0; i < entries; ++i) {
        const qsizetype entry = ifd + 2 + qsizetype(i) * 12;
        switch (u16(entry)) {
        case 256:
            width = value(entry, 0);
            break;
        case 257:
            height = value(entry, 0);
            break;
        case 273:
            offsetsEntry = entry;
            break;
        case 279:
            countsEntry = entry;
            break;
        }
    }
    if (offsetsEntry < 0 || countsEntry < 0 || u32(offsetsEntry + 4) != u32(countsEntry + 4))
        return {};
    for (quint32 i = 0; i < u32(offsetsEntry + 4); ++i)
        if (qint64(value(offsetsEntry, i)) + value(countsEntry, i) > d.size())
            return {};
    return QSize(int(width), int(height));
}

// The pixel size recorded in a stored page file (JPEG or TIFF, as `motcua scan` writes them).
QSize pageFileSize(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray d = f.readAll();
    const QString suffix = QFileInfo(path).suffix();
    if (suffix == QLatin1String("jpg"))
        return jpegSize(d);
    if (suffix == QLatin1String("tif"))
        return tiffSize(d);
    return {};
}

// Every file under `dir`, as paths relative to it.
QSet<QString> filesUnder(const QString& dir)
{
    QSet<QString> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.insert(QDir(dir).relativeFilePath(it.next()));
    return out;
}

} // namespace

class TestCliScanInterrupt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ctrlCMidPageKeepsFinishedPagesAndReleasesTheDevice()
    {
        QTemporaryDir data, out;
        QVERIFY(data.isValid() && out.isValid());
        // A feeder batch of gray A4 pages at 200 dpi. The test backend's reader thread waits 50 ms before
        // each buffer of a page, so a page takes ~1 s and the batch far longer than the test needs to see
        // the first page and interrupt the second.
        const QStringList args { "--data-dir", data.path(), "scan", "--device", "test:0", "--source", "adf",
            "--resolution", QString::number(kDpi), "--mode", "gray", "--pages", QString::number(kPagesAsked),
            "--option", "test-picture=Grid", "--option", "read-delay=yes", "--option", "read-delay-duration=50000",
            "--out", out.path() };
        QProcess scan;
        scan.setProcessEnvironment(cliEnvironment());
        scan.setReadChannel(QProcess::StandardError);
        scan.start(cliPath(), args);
        QVERIFY2(scan.waitForStarted(10000), qPrintable(scan.errorString()));
        scan.closeWriteChannel();

        // Wait for the events "page 1 is read" (stderr) and "page 1 is stored" (its file under the data
        // dir, written by the pipeline while the scan loop already reads page 2): SIGINT then lands while
        // the scan loop is blocked reading page 2, not at a page boundary.
        QByteArray err;
        QElapsedTimer guard;
        guard.start();
        const QString storeDir = data.filePath(QStringLiteral("pages"));
        const auto failBeforeInterrupt = [&](const char* what) {
            scan.kill();
            scan.waitForFinished(5000);
            err += scan.readAllStandardError();
            return QString::fromLatin1(what) + "; stderr:\n" + QString::fromUtf8(err) + "\nstdout:\n"
                + QString::fromUtf8(scan.readAllStandardOutput());
        };
        while (!kPageScannedLine.match(QString::fromUtf8(err)).hasMatch()) {
            if (guard.elapsed() > kFirstPageGuardMs || scan.state() != QProcess::Running)
                QFAIL(qPrintable(failBeforeInterrupt("no page was reported before Ctrl-C")));
            scan.waitForReadyRead(1000);
            err += scan.readAllStandardError();
        }
        while (filesUnder(storeDir).isEmpty()) {
            if (guard.elapsed() > kFirstPageGuardMs || scan.state() != QProcess::Running)
                QFAIL(qPrintable(failBeforeInterrupt("page 1 was not stored before Ctrl-C")));
            scan.waitForFinished(20); // a poll step that ends early if the process dies
            err += scan.readAllStandardError();
        }
        const qint64 firstPageMs = guard.elapsed();

        QCOMPARE(::kill(pid_t(scan.processId()), SIGINT), 0);
        QElapsedTimer stop;
        stop.start();
        if (!scan.waitForFinished(kStopGuardMs)) {
            scan.kill();
            scan.waitForFinished(5000);
            QFAIL(
                qPrintable(QStringLiteral("motcua scan did not stop within %1 s of Ctrl-C").arg(kStopGuardMs / 1000)));
        }
        const qint64 stopMs = stop.elapsed();
        err += scan.readAllStandardError();
        const QByteArray stdoutBytes = scan.readAllStandardOutput();
        const QString errText = QString::fromUtf8(err);
        qInfo("first page after %lld ms, stopped %lld ms after SIGINT", firstPageMs, stopMs);

        // Exit: the handler turned SIGINT into a cancel (no death by signal), and cancel exits 1.
        QVERIFY2(scan.exitStatus() == QProcess::NormalExit, qPrintable("killed by the signal; stderr:\n" + errText));
        QVERIFY2(scan.exitCode() == 1,
            qPrintable(QStringLiteral("exit code %1, stdout:\n%2\nstderr:\n%3")
                           .arg(scan.exitCode())
                           .arg(QString::fromUtf8(stdoutBytes), errText)));
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(stdoutBytes, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError && doc.isObject(), stdoutBytes.constData());
        const QJsonObject root = doc.object();
        QCOMPARE(root.value("device").toString(), QStringLiteral("test:0"));
        QCOMPARE(root.value("status").toString(), QStringLiteral("cancelled"));
        QVERIFY2(root.value("message").toString().contains(QStringLiteral("hủy")),
            qPrintable(root.value("message").toString()));

        // The pages finished before Ctrl-C (each announced on stderr) are listed, in order; the page being
        // read when Ctrl-C came is not.
        QList<int> announced;
        for (auto it = kPageScannedLine.globalMatch(errText); it.hasNext();)
            announced << it.next().captured(1).toInt();
        QVERIFY2(!announced.isEmpty() && announced.size() < kPagesAsked, qPrintable(errText));
        for (int i = 0; i < announced.size(); ++i)
            QCOMPARE(announced[i], i + 1);
        const QJsonArray pages = root.value("pages").toArray();
        QCOMPARE(pages.size(), announced.size());

        QSet<QString> storedExpected, outExpected;
        for (int i = 0; i < pages.size(); ++i) {
            const QJsonObject p = pages[i].toObject();
            const QString file = p.value("file").toString();
            const QString sha = p.value("sha256").toString();
            QCOMPARE(QFileInfo(file).completeBaseName(), QStringLiteral("page-%1").arg(i + 1, 3, 10, QChar('0')));
            QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(out.path()).absoluteFilePath());
            const QString suffix = QFileInfo(file).suffix();
            QVERIFY2(suffix == QLatin1String("jpg") || suffix == QLatin1String("tif"), qPrintable(file));
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(sha256Of(file), sha);
            QCOMPARE(QFileInfo(file).size(), qint64(p.value("bytes").toInteger()));
            const QString stored = QStringLiteral("pages/%1/%2.%3").arg(sha.left(2), sha, suffix);
            QCOMPARE(sha256Of(data.filePath(stored)), sha);
            // A whole A4 page (210 x 297 mm), in the JSON and in the file itself.
            QCOMPARE(p.value("dpi").toInt(), kDpi);
            QVERIFY(qAbs(p.value("width").toInt() - qRound(210 * kDpi / 25.4)) <= 2);
            QVERIFY(qAbs(p.value("height").toInt() - qRound(297 * kDpi / 25.4)) <= 2);
            QCOMPARE(pageFileSize(file), QSize(p.value("width").toInt(), p.value("height").toInt()));
            storedExpected.insert(stored);
            outExpected.insert(QFileInfo(file).fileName());
        }
        // Nothing of the interrupted page was stored or written, and no temporary file was left behind.
        QCOMPARE(filesUnder(data.filePath(QStringLiteral("pages"))).size(), storedExpected.size());
        QSet<QString> storedFound;
        for (const QString& f : filesUnder(data.filePath(QStringLiteral("pages"))))
            storedFound.insert(QStringLiteral("pages/") + f);
        QCOMPARE(storedFound, storedExpected);
        QSet<QString> outFound = filesUnder(out.path());
        QList<int> inDocuments;
        for (const auto& v : root.value("documents").toArray()) {
            const QJsonObject d = v.toObject();
            QVERIFY(QFileInfo(d.value("file").toString()).size() > 1000);
            outFound.remove(QFileInfo(d.value("file").toString()).fileName());
            for (const auto& index : d.value("pages").toArray())
                inDocuments << index.toInt();
        }
        QCOMPARE(outFound, outExpected);
        QCOMPARE(inDocuments, announced);

        // The device was released: a second scan right after works.
        QTemporaryDir out2;
        const CliResult again = runCli({ "--data-dir", data.path(), "scan", "--device", "test:0", "--resolution", "50",
                                           "--mode", "gray", "--pages", "1", "--out", out2.path() },
            {}, cliEnvironment(), 60000);
        QVERIFY2(again.exitCode == 0 && !again.crashed, qPrintable(again.errText()));
        QCOMPARE(again.json.object().value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(again.json.object().value("pages").toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliScanInterrupt)
#include "test_cli_scan_interrupt.moc"
