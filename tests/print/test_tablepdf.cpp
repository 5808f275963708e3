// TablePdf: a report table printed to PDF; pdftotext (poppler-utils) reads back the title, period,
// headers and cells, and a long table flows onto more pages with the headers repeated.
#include "tests/support/TempDataDir.h"
#include "ui/print/TablePdf.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTest>

using namespace motcua;
using namespace motcua::report;

class TestTablePdf : public QObject
{
    Q_OBJECT

    static QString pdfText(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static ReportTable table(int rows)
    {
        ReportTable t;
        t.title = QStringLiteral("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ");
        t.subtitle = QStringLiteral("Từ ngày 01/11/2026 đến ngày 30/11/2026");
        t.headers = { QStringLiteral("STT"), QStringLiteral("Thủ tục"), QStringLiteral("Ngày nhận"),
            QStringLiteral("Lệ phí") };
        for (int i = 1; i <= rows; ++i)
            t.rows << QList<ReportCell> { ReportCell::ofInteger(i),
                ReportCell::ofText(QStringLiteral("Cấp giấy phép tần số số %1").arg(i)),
                ReportCell::ofDate(QDate(2026, 11, 2)), ReportCell::ofMoney(1500000) };
        return t;
    }

private slots:
    void textReadsBack()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        auto pages = print::TablePdf::writePdf(table(3), path);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
        QCOMPARE(pages.value(), 1);
        const QString text = pdfText(path);
        for (const QString& s :
            { table(0).title, table(0).subtitle, QStringLiteral("Thủ tục"), QStringLiteral("Cấp giấy phép tần số số 3"),
                QStringLiteral("02/11/2026"), QStringLiteral("1.500.000") })
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" missing in:\n") + text));
    }

    void longTableFlowsOntoPagesWithHeaders()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        auto pages = print::TablePdf::writePdf(table(120), path);
        QVERIFY(pages.ok());
        QVERIFY(pages.value() > 1);
        const QString text = pdfText(path);
        QCOMPARE(text.count(QStringLiteral("Thủ tục")), pages.value());
        QCOMPARE(text.count(QLatin1Char('\f')), pages.value());
        QVERIFY(text.contains(QStringLiteral("Cấp giấy phép tần số số 120")));
    }

    void unwritablePath()
    {
        auto r = print::TablePdf::writePdf(table(1), QStringLiteral("/nonexistent-dir/r.pdf"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("pdf_unwritable"));
    }
};

QTEST_MAIN(TestTablePdf)
#include "test_tablepdf.moc"
