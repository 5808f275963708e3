// `motcua devices`, `motcua scan` and `motcua decode` against the SANE test backend and the ZXing sample
// images in tests/fixtures/zxing.
#include "tests/support/CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <tuple>

using namespace motcua::test;

namespace {

QProcessEnvironment saneEnv()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SANE_CONFIG_DIR"), QStringLiteral(MOTCUA_SOURCE_DIR "/resources/sane"));
    return env;
}

const QString kCorpus = QStringLiteral(MOTCUA_SOURCE_DIR "/tests/fixtures/zxing");

} // namespace

class TestCliScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void devicesListsTheTestBackend()
    {
        const CliResult r = runCli({ QStringLiteral("devices") }, {}, saneEnv());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.json.isArray(), r.out.constData());
        const QJsonObject first = r.json.array().first().toObject();
        QCOMPARE(first.value("name").toString(), QStringLiteral("test:0"));
        QCOMPARE(first.value("vendor").toString(), QStringLiteral("Noname"));
        QCOMPARE(first.value("model").toString(), QStringLiteral("frontend-tester"));
        QCOMPARE(first.value("type").toString(), QStringLiteral("virtual device"));
    }

    void feederScanWritesPagesAndOnePdf()
    {
        QTemporaryDir data, out;
        const CliResult r = runCli(
            { "--data-dir", data.path(), "scan", "--device", "test:0", "--source", "adf", "--resolution", "100",
                "--mode", "gray", "--pages", "4", "--option", "test-picture=Grid", "--out", out.path() },
            {}, saneEnv(), 120000);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = r.json.object();
        QCOMPARE(root.value("device").toString(), QStringLiteral("test:0"));
        QCOMPARE(root.value("status").toString(), QStringLiteral("ok"));
        const QJsonArray pages = root.value("pages").toArray();
        QCOMPARE(pages.size(), 4);
        for (const auto& v : pages) {
            const QJsonObject p = v.toObject();
            QVERIFY(QFile::exists(p.value("file").toString()));
            QCOMPARE(p.value("dpi").toInt(), 100);
            QVERIFY(qAbs(p.value("width").toInt() - 827) <= 2);
            QCOMPARE(p.value("blank").toBool(), false);
            QVERIFY(p.value("barcodes").isArray());
            const QString sha = p.value("sha256").toString();
            QVERIFY(QFile::exists(data.path() + "/pages/" + sha.left(2) + "/" + sha + ".jpg"));
        }
        const QJsonArray docs = root.value("documents").toArray();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().toObject().value("pages").toArray().size(), 4);
        QVERIFY(QFile(docs.first().toObject().value("file").toString()).size() > 1000);
        // progress in Vietnamese on stderr
        QVERIFY2(r.errText().contains(QStringLiteral("Trang 4")), qPrintable(r.errText()));
    }

    // At 300 dpi a colour page is stored as mixed raster (a TIFF) and a lineart page as JBIG2; the DIR copies
    // are real files (not links into the data dir), the PDF holds them as they are, and `decode` reads them.
    void pageFormatsAt300Dpi()
    {
        QTemporaryDir data, out;
        QStringList files;
        for (const auto& [mode, suffix, magic] : { std::tuple { "color", "tif", QByteArray("II*\0") },
                 std::tuple { "lineart", "jb2", QByteArray("\x97JB2\r\n\x1A\n") } }) {
            const QString dir = out.filePath(QString::fromLatin1(mode));
            const CliResult r = runCli({ "--data-dir", data.path(), "scan", "--device", "test:0", "--resolution", "300",
                                           "--mode", mode, "--out", dir },
                {}, saneEnv(), 120000);
            QCOMPARE(r.exitCode, 0);
            const QJsonObject page = r.json.object().value("pages").toArray().first().toObject();
            const QString file = page.value("file").toString();
            QCOMPARE(QFileInfo(file).suffix(), QString::fromLatin1(suffix));
            QVERIFY2(!QFileInfo(file).isSymLink(), qPrintable(file));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.startsWith(magic));
            QCOMPARE(qint64(bytes.size()), qint64(page.value("bytes").toInteger()));
            const QString sha = page.value("sha256").toString();
            QVERIFY(QFile::exists(data.path() + "/pages/" + sha.left(2) + "/" + sha + "." + suffix));
            const QString pdf
                = r.json.object().value("documents").toArray().first().toObject().value("file").toString();
            QVERIFY(QFileInfo(pdf).size() < bytes.size() + 4096);
            files << file;
        }
        const CliResult decoded = runCli({ "decode", files[0], files[1] });
        QCOMPARE(decoded.exitCode, 0);
        for (const auto& v : decoded.json.array()) {
            QVERIFY2(!v.toObject().contains("error"), qPrintable(QJsonDocument(v.toObject()).toJson()));
            QVERIFY(v.toObject().value("barcodes").isArray());
        }
    }

    void deviceErrorExitsThreeWithJson()
    {
        QTemporaryDir data, out;
        const CliResult r
            = runCli({ "--data-dir", data.path(), "scan", "--device", "test:0", "--resolution", "75", "--option",
                         "read-return-value=SANE_STATUS_JAMMED",
                         // a frame that fits in the backend's pipe (see test_sane_backend's errorSettings)
                         "--option", "br-x=40", "--option", "br-y=40", "--out", out.path() },
                {}, saneEnv());
        QCOMPARE(r.exitCode, 3);
        const QJsonObject root = r.json.object();
        QCOMPARE(root.value("status").toString(), QStringLiteral("jammed"));
        QVERIFY(root.value("pages").isArray());
        QCOMPARE(root.value("pages").toArray().size(), 0);
        QVERIFY2(root.value("message").toString().contains(QStringLiteral("kẹt giấy")),
            qPrintable(root.value("message").toString()));
    }

    void unknownDeviceAndUsageErrors()
    {
        QTemporaryDir data, out;
        CliResult r
            = runCli({ "--data-dir", data.path(), "scan", "--device", "test:9", "--out", out.path() }, {}, saneEnv());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json.object().value("status").toString(), QStringLiteral("not_found"));
        r = runCli({ "--data-dir", data.path(), "scan", "--device", "test:0", "--source", "tray", "--out", out.path() },
            {}, saneEnv());
        QCOMPARE(r.exitCode, 2);
        r = runCli({ "--data-dir", data.path(), "scan", "--device", "test:0" }, {}, saneEnv());
        QCOMPARE(r.exitCode, 2);
    }

    void decodeReadsCorpusFilesAndReportsUnreadable()
    {
        QVERIFY2(QFileInfo::exists(kCorpus + "/baseline.tsv"), qPrintable("fixtures missing at " + kCorpus));
        QTemporaryDir dir;
        QFile junk(dir.filePath("junk.png"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a png");
        junk.close();
        const CliResult r = runCli({ "decode", kCorpus + "/code128-1/4.png", kCorpus + "/qrcode-1/1.png",
            kCorpus + "/falsepositives-1/01.png", junk.fileName() });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray entries = r.json.array();
        QCOMPARE(entries.size(), 4);
        // code128-1/4.png aborts ZXing 1.4.0 in its downscaling path: we still read it and do not crash.
        const QJsonArray code = entries[0].toObject().value("barcodes").toArray();
        QCOMPARE(code.size(), 1);
        QCOMPARE(code[0].toObject().value("format").toString(), QStringLiteral("Code128"));
        QCOMPARE(code[0].toObject().value("text").toString(), QStringLiteral("123456"));
        const QJsonArray qr = entries[1].toObject().value("barcodes").toArray();
        QCOMPARE(qr[0].toObject().value("format").toString(), QStringLiteral("QRCode"));
        QCOMPARE(entries[2].toObject().value("barcodes").toArray().size(), 0);
        QVERIFY(entries[3].toObject().contains("error"));
        QVERIFY(!entries[3].toObject().contains("barcodes"));
        const CliResult ok = runCli({ "decode", kCorpus + "/qrcode-1/1.png" });
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(runCli({ "decode" }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "test_cli_scan.moc"
