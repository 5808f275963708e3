// The receipt's barcodes: drawn from ZXing's writer with scanner-friendly sizes, and the PDF rasterised
// at 150, 200 and 300 dpi (Qt Pdf) decodes back to the dossier code with ZXing's reader (both symbols).
#include "tests/fixtures/forms/FormFixtures.h"
#include "ui/print/Barcode.h"
#include "ui/print/FormRenderer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::print;
using namespace motcua::test::forms;

class TestReceiptBarcodes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_pdfWithUrl;
    RenderReport m_report;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        PrintRequest request;
        request.dossier = sampleDossier();
        m_pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        auto report = FormRenderer().renderPdf(request, m_pdf);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        m_report = report.value();

        request.dossier.lookupUrl = QStringLiteral("https://dichvucong.example.gov.vn/tra-cuu?ma={code}");
        m_pdfWithUrl = m_dir.filePath(QStringLiteral("receipt-url.pdf"));
        QVERIFY(FormRenderer().renderPdf(request, m_pdfWithUrl).ok());
    }

    void writerMatrices()
    {
        auto linear
            = BarcodeMatrix::encode(BarcodeMatrix::Format::Code128, QStringLiteral("000.00.25.G14-250812-0007"));
        QVERIFY(linear.ok());
        QCOMPARE(linear->height(), 1);
        QVERIFY(linear->dark(0, 0)); // starts with a bar (no quiet zone in the matrix)
        QVERIFY(linear->dark(linear->width() - 1, 0)); // ends with the stop pattern's bar
        auto qr = BarcodeMatrix::encode(BarcodeMatrix::Format::QRCode, QStringLiteral("000.00.25.G14-250812-0007"));
        QVERIFY(qr.ok());
        QCOMPARE(qr->width(), qr->height());
        QCOMPARE((qr->width() - 17) % 4, 0); // a real QR version size (21, 25, 29, ...)
        // Non-ASCII cannot go into Code 128: an error value, not an exception.
        auto bad = BarcodeMatrix::encode(BarcodeMatrix::Format::Code128, QStringLiteral("Mã hồ sơ"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("code"));
    }

    void sizedForHandheldScanners()
    {
        QCOMPARE(m_report.barcodes.size(), 2);
        const DrawnBarcode& linear = m_report.barcodes.at(0);
        const DrawnBarcode& qr = m_report.barcodes.at(1);
        QCOMPARE(linear.format, QStringLiteral("Code128"));
        QCOMPARE(linear.text, QStringLiteral("000.00.25.G14-250812-0007"));
        QVERIFY2(linear.moduleMm >= 0.25, qPrintable(QString::number(linear.moduleMm)));
        QVERIFY(linear.quietModules >= 10);
        QVERIFY(linear.rect.height() >= 10.0);
        QCOMPARE(qr.format, QStringLiteral("QRCode"));
        QVERIFY(qr.quietModules >= 4);
        QVERIFY(qr.moduleMm >= 0.4);
        // Quiet zones are free of anything else on the page, and both symbols sit in the printable area.
        for (const DrawnBarcode& b : m_report.barcodes) {
            QVERIFY(m_report.printableMm.contains(b.rect));
            for (const DrawnText& t : m_report.pages.at(b.page).texts)
                QVERIFY2(!b.rect.intersects(t.rect), qPrintable(t.text));
        }
        QVERIFY(!linear.rect.intersects(qr.rect));
        // The human-readable code is printed right under the bars.
        bool below = false;
        for (const DrawnText& t : m_report.pages.at(0).texts)
            below |= t.text == linear.text && t.rect.top() >= linear.rect.bottom()
                && t.rect.top() < linear.rect.bottom() + 3;
        QVERIFY(below);
    }

    void decodesAtResolutions_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("150 dpi") << 150;
        QTest::newRow("200 dpi") << 200;
        QTest::newRow("300 dpi") << 300;
    }

    void decodesAtResolutions()
    {
        QFETCH(int, dpi);
        QString error;
        const auto found = decodePage(m_pdf, 0, dpi, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        bool code128 = false, qr = false;
        for (const Decoded& d : found) {
            if (d.format == QLatin1String("Code128"))
                code128 = d.text == QLatin1String("000.00.25.G14-250812-0007");
            if (d.format == QLatin1String("QRCode"))
                qr = d.text == QLatin1String("000.00.25.G14-250812-0007");
        }
        QVERIFY2(code128, qPrintable(QStringLiteral("Code 128 not decoded at %1 dpi").arg(dpi)));
        QVERIFY2(qr, qPrintable(QStringLiteral("QR not decoded at %1 dpi").arg(dpi)));
    }

    void qrCarriesLookupUrl_data() { decodesAtResolutions_data(); }

    void qrCarriesLookupUrl()
    {
        QFETCH(int, dpi);
        const auto found = decodePage(m_pdfWithUrl, 0, dpi);
        QStringList qrTexts, linearTexts;
        for (const Decoded& d : found)
            (d.format == QLatin1String("QRCode") ? qrTexts : linearTexts) << d.text;
        QCOMPARE(qrTexts,
            QStringList { QStringLiteral("https://dichvucong.example.gov.vn/tra-cuu?ma=000.00.25.G14-250812-0007") });
        QCOMPARE(linearTexts, QStringList { QStringLiteral("000.00.25.G14-250812-0007") });
    }

    // The public status page's address (issue 15) is what the QR carries when the dossier has one,
    // before the site's lookup_url; the printed code (Code 128) stays the code.
    void qrCarriesPublicLookupUrl()
    {
        PrintRequest request;
        request.dossier = sampleDossier();
        request.dossier.lookupUrl = QStringLiteral("https://dichvucong.example.gov.vn/tra-cuu?ma={code}");
        const QString url = QStringLiteral("http://127.0.0.1:8765/tra-cuu?ma=000.00.25.G14-250812-0007&k=7KQ4M2XH");
        request.dossier.publicLookupUrl = url;
        const QString pdf = m_dir.filePath(QStringLiteral("receipt-public.pdf"));
        QVERIFY(FormRenderer().renderPdf(request, pdf).ok());
        QStringList qrTexts, linearTexts;
        for (const Decoded& d : decodePage(pdf, 0, 300))
            (d.format == QLatin1String("QRCode") ? qrTexts : linearTexts) << d.text;
        QCOMPARE(qrTexts, QStringList { url });
        QCOMPARE(linearTexts, QStringList { QStringLiteral("000.00.25.G14-250812-0007") });
    }

    void feeNoticeVietQrDecodes()
    {
        PrintRequest request;
        request.key = forms::FormKey::FeeNotice;
        request.dossier = sampleDossier();
        const QString pdf = m_dir.filePath(QStringLiteral("fee.pdf"));
        auto report = FormRenderer().renderPdf(request, pdf);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->barcodes.size(), 1);
        const auto found = decodePage(pdf, report->barcodes.at(0).page, 200);
        QCOMPARE(found.size(), 1);
        const QString payload = found.at(0).text;
        QVERIFY2(payload.startsWith(QStringLiteral("000201010212")), qPrintable(payload)); // dynamic QR
        QVERIFY(payload.contains(QStringLiteral("0006970418"))); // BIN
        QVERIFY(payload.contains(QStringLiteral("01101234567890"))); // account
        QVERIFY(payload.contains(QStringLiteral("5407375000"))); // amount 3.750.000
        QVERIFY(payload.contains(QStringLiteral("LE PHI HS 250812-0007")));
        QCOMPARE(payload.mid(payload.size() - 8, 4), QStringLiteral("6304"));
    }
};

QTEST_MAIN(TestReceiptBarcodes)
#include "test_receipt_barcodes.moc"
