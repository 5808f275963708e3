// Layout robustness through the renderer's own record of drawn boxes: very long names and addresses,
// an unbreakable e-mail, a 40-component procedure and a 120-entry tracking book lay out with no two
// text boxes overlapping, everything inside the printable area, and table headers repeated per page.
#include "tests/fixtures/forms/FormFixtures.h"
#include "ui/print/FormRenderer.h"

#include <QBuffer>
#include <QtTest>

using namespace motcua;
using namespace motcua::print;
using namespace motcua::test::forms;

namespace {

QRectF shrink(const QRectF& r, double by = 0.05)
{
    return r.adjusted(by, by, -by, -by);
}

} // namespace

class TestFormLayout : public QObject
{
    Q_OBJECT
private:
    static RenderReport renderToMemory(const PrintRequest& request)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto report = FormRenderer().renderPdf(request, &buffer);
        if (!report.ok())
            qFatal("render failed: %s", qPrintable(report.error().message));
        if (buffer.data().size() < 1000 || !buffer.data().startsWith("%PDF"))
            qFatal("no PDF produced");
        return report.value();
    }

    static void checkNoOverlap(const RenderReport& report)
    {
        QVERIFY(report.pageCount() >= 1);
        const QRectF area = report.printableMm.adjusted(-0.05, -0.05, 0.05, 0.05);
        for (int p = 0; p < report.pageCount(); ++p) {
            const auto& texts = report.pages.at(p).texts;
            for (int i = 0; i < texts.size(); ++i) {
                const DrawnText& a = texts.at(i);
                QVERIFY2(a.rect.width() > 0 && a.rect.height() > 0, qPrintable(a.text));
                QVERIFY2(area.contains(a.rect),
                    qPrintable(QStringLiteral("page %1: \"%2\" at (%3,%4 %5x%6) is outside")
                                   .arg(p + 1)
                                   .arg(a.text)
                                   .arg(a.rect.x())
                                   .arg(a.rect.y())
                                   .arg(a.rect.width())
                                   .arg(a.rect.height())));
                for (int j = i + 1; j < texts.size(); ++j)
                    QVERIFY2(!shrink(a.rect).intersects(shrink(texts.at(j).rect)),
                        qPrintable(QStringLiteral("page %1: \"%2\" overlaps \"%3\"")
                                       .arg(p + 1)
                                       .arg(a.text, texts.at(j).text)));
            }
            for (const QRectF& cell : report.pages.at(p).cells)
                QVERIFY(area.contains(cell));
            for (const DrawnBarcode& b : report.barcodes)
                if (b.page == p) {
                    QVERIFY(area.contains(b.rect));
                    for (const DrawnText& t : texts)
                        QVERIFY2(!shrink(b.rect).intersects(shrink(t.rect)), qPrintable(t.text));
                }
        }
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
    }

    static int headerRowsOn(const DrawnPage& page, const QString& headerText)
    {
        int n = 0;
        for (const DrawnText& t : page.texts)
            n += t.tableHeader && t.text == headerText;
        return n;
    }

private slots:
    void initTestCase() { QVERIFY(FormRenderer::ensureFonts().ok()); }

    void sampleFormsFitOnePage_data()
    {
        QTest::addColumn<int>("key");
        for (auto key : { forms::FormKey::Receipt, forms::FormKey::SupplementRequest, forms::FormKey::Refusal,
                 forms::FormKey::ControlSlip, forms::FormKey::ApologyExtension, forms::FormKey::StopProcessingNotice,
                 forms::FormKey::FeeNotice })
            QTest::newRow(qPrintable(forms::formKeyName(key))) << int(key);
    }

    void sampleFormsFitOnePage()
    {
        QFETCH(int, key);
        PrintRequest request;
        request.key = forms::FormKey(key);
        request.dossier = sampleDossier();
        const RenderReport report = renderToMemory(request);
        checkNoOverlap(report);
        QCOMPARE(report.pageCount(), 1);
        QCOMPARE(report.pageSizeMm.toSize(), QSize(210, 297));
    }

    void receiptWithLookupUrlFitsOnePage()
    {
        PrintRequest request;
        request.dossier = sampleDossier();
        request.dossier.lookupUrl = QStringLiteral("https://dichvucong.example.gov.vn/tra-cuu?ma={code}");
        const RenderReport report = renderToMemory(request);
        checkNoOverlap(report);
        QCOMPARE(report.pageCount(), 1); // the citizen takes home one sheet
    }

    void longValuesEveryForm_data() { sampleFormsFitOnePage_data(); }

    void longValuesEveryForm()
    {
        QFETCH(int, key);
        PrintRequest request;
        request.key = forms::FormKey(key);
        request.dossier = longDossier();
        const RenderReport report = renderToMemory(request);
        checkNoOverlap(report);
    }

    void fortyComponentsRepeatHeader()
    {
        PrintRequest request;
        request.dossier = longDossier();
        const RenderReport report = renderToMemory(request);
        checkNoOverlap(report);
        QVERIFY2(report.pageCount() >= 3, qPrintable(QString::number(report.pageCount())));
        // Every row of the table is drawn once, and every page the table runs over starts with its header.
        int rows = 0;
        QList<int> pagesWithRows;
        for (int p = 0; p < report.pageCount(); ++p)
            for (const DrawnText& t : report.pages.at(p).texts)
                if (t.text.startsWith(QStringLiteral("Thành phần số ")) && !t.tableHeader) {
                    ++rows;
                    if (!pagesWithRows.contains(p))
                        pagesWithRows << p;
                }
        QCOMPARE(rows, 40);
        QVERIFY(pagesWithRows.size() >= 2);
        for (int p : pagesWithRows) {
            QCOMPARE(headerRowsOn(report.pages.at(p), QStringLiteral("STT")), 1);
            // The header is above every body cell of that page.
            double headerBottom = 0;
            for (const DrawnText& t : report.pages.at(p).texts)
                if (t.tableHeader)
                    headerBottom = std::max(headerBottom, t.rect.bottom());
            for (const DrawnText& t : report.pages.at(p).texts)
                if (t.text.startsWith(QStringLiteral("Thành phần số ")))
                    QVERIFY(t.rect.top() > headerBottom);
        }
    }

    void trackingBookManyPages()
    {
        PrintRequest request;
        request.key = forms::FormKey::TrackingBook;
        request.book = sampleBook(120);
        const RenderReport report = renderToMemory(request);
        checkNoOverlap(report);
        QCOMPARE(report.pageSizeMm.toSize(), QSize(297, 210)); // landscape
        QVERIFY(report.pageCount() >= 4);
        int codes = 0;
        for (int p = 0; p < report.pageCount(); ++p) {
            QCOMPARE(headerRowsOn(report.pages.at(p), QStringLiteral("STT")), 1);
            for (const DrawnText& t : report.pages.at(p).texts)
                codes += t.text.startsWith(QStringLiteral("000.00.25.G14-")) && !t.tableHeader;
        }
        QCOMPARE(codes, 120);
    }

    void emptyTrackingBook()
    {
        PrintRequest request;
        request.key = forms::FormKey::TrackingBook;
        request.book = sampleBook(0);
        const RenderReport report = renderToMemory(request);
        checkNoOverlap(report);
        QCOMPARE(report.pageCount(), 1);
        QCOMPARE(headerRowsOn(report.pages.at(0), QStringLiteral("STT")), 1);
    }
};

QTEST_MAIN(TestFormLayout)
#include "test_form_layout.moc"
