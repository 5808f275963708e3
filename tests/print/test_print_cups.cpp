// Printing through a REAL CUPS queue: scripts/start-cups.sh starts cupsd and the cups-pdf queue
// "MotCua_PDF" (output in /var/spool/cups-pdf/motcua); the receipt sent there through libcups (a PDF job)
// comes out as a PDF whose Code 128 and QR decode back to the dossier code.
#include "tests/fixtures/forms/FormFixtures.h"
#include "ui/print/PrinterOutput.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtTest>

using namespace motcua;
using namespace motcua::print;
using namespace motcua::test::forms;

namespace {
const QString kQueue = QStringLiteral("MotCua_PDF");
const QString kOutDir = QStringLiteral("/var/spool/cups-pdf/motcua");

QSet<QString> pdfsIn(const QString& dir)
{
    QSet<QString> out;
    for (const QFileInfo& fi : QDir(dir).entryInfoList({ QStringLiteral("*.pdf") }, QDir::Files))
        out.insert(fi.absoluteFilePath());
    return out;
}
} // namespace

class TestPrintCups : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QProcess script;
        script.start(QStringLiteral("/bin/sh"), { QStringLiteral(MOTCUA_SOURCE_DIR "/scripts/start-cups.sh") });
        QVERIFY(script.waitForFinished(60000));
        QVERIFY2(script.exitCode() == 0,
            qPrintable(
                QStringLiteral("scripts/start-cups.sh failed: ") + QString::fromUtf8(script.readAllStandardError())));
        QVERIFY2(PrinterOutput::availablePrinters().contains(kQueue),
            qPrintable(PrinterOutput::availablePrinters().join(QLatin1Char(','))));
    }

    void unknownPrinterIsAnEnvironmentError()
    {
        PrintRequest request;
        request.dossier = sampleDossier();
        auto report = PrinterOutput::print(request, QStringLiteral("No_Such_Queue"));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Environment);
        QCOMPARE(report.error().field, QStringLiteral("printer"));
        QVERIFY(report.error().message.contains(kQueue)); // lists the queues that exist
    }

    void receiptThroughCupsDecodes()
    {
        const QSet<QString> before = pdfsIn(kOutDir);
        PrintRequest request;
        request.dossier = sampleDossier();
        request.dossier.code = QStringLiteral("000.00.25.G14-250812-0042");
        auto report = PrinterOutput::print(request, kQueue);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->pageCount(), 1);

        // cups-pdf writes the job asynchronously; wait for a new, complete PDF.
        QString produced;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QString& f : pdfsIn(kOutDir) - before) {
                    QFile file(f);
                    if (file.open(QIODevice::ReadOnly) && file.size() > 1000) {
                        file.seek(file.size() - 64);
                        if (file.readAll().contains("%%EOF")) {
                            produced = f;
                            return true;
                        }
                    }
                }
                return false;
            }(),
            90000);
        QString error;
        const auto found = decodePage(produced, 0, 200, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList texts;
        for (const Decoded& d : found)
            texts << d.format + QLatin1Char('=') + d.text;
        QVERIFY2(texts.contains(QStringLiteral("Code128=000.00.25.G14-250812-0042")),
            qPrintable(texts.join(QLatin1Char(' '))));
        QVERIFY2(texts.contains(QStringLiteral("QRCode=000.00.25.G14-250812-0042")),
            qPrintable(texts.join(QLatin1Char(' '))));
        // One A4 page. (cups-pdf re-distils through Ghostscript into Type 3 fonts without a usable
        // ToUnicode map, so the text of its output is not comparable; the barcodes above are.)
        QPdfDocument doc;
        QCOMPARE(doc.load(produced), QPdfDocument::Error::None);
        QCOMPARE(doc.pageCount(), 1);
        QCOMPARE(doc.pagePointSize(0).toSize(), QSize(595, 842));
        QFile::remove(produced);
    }
};

QTEST_MAIN(TestPrintCups)
#include "test_print_cups.moc"
