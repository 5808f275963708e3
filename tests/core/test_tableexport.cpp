// TableExport: CSV bytes exactly (BOM, RFC 4180 quoting, CRLF), XLSX read back with openpyxl cell by cell.
#include "core/report/TableExport.h"
#include "tests/support/TempDataDir.h"
#include "tests/support/XlsxReadBack.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace motcua;
using namespace motcua::report;

class TestTableExport : public QObject
{
    Q_OBJECT

    static ReportTable sample()
    {
        ReportTable t;
        t.title = QStringLiteral("Sổ theo dõi hồ sơ");
        t.subtitle = QStringLiteral("Từ ngày 01/11/2026 đến ngày 30/11/2026");
        t.headers = { QStringLiteral("STT"), QStringLiteral("Người nộp"), QStringLiteral("Ngày nhận"),
            QStringLiteral("Lệ phí (đồng)") };
        t.rows << QList<ReportCell> { ReportCell::ofInteger(1), ReportCell::ofText(QStringLiteral("Nguyễn Văn Ánh")),
            ReportCell::ofDate(QDate(2026, 11, 2)), ReportCell::ofMoney(1500000) };
        t.rows << QList<ReportCell> { ReportCell::ofInteger(2),
            ReportCell::ofText(QStringLiteral("Công ty \"Sao Mai\", chi nhánh\nĐà Nẵng")), ReportCell::ofDate({}),
            ReportCell::ofMoney(0) };
        return t;
    }

private slots:
    void csvBytesExactly()
    {
        const QByteArray expected = QByteArray("\xEF\xBB\xBF") + "STT,Người nộp,Ngày nhận,Lệ phí (đồng)\r\n"
            + "1,Nguyễn Văn Ánh,2026-11-02,1500000\r\n" + "2,\"Công ty \"\"Sao Mai\"\", chi nhánh\nĐà Nẵng\",,0\r\n";
        QCOMPARE(TableExport::toCsv(sample()), expected);
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("book.csv"));
        QVERIFY(TableExport::writeCsv(sample(), path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), expected);
    }

    void displayTexts()
    {
        QCOMPARE(ReportCell::ofMoney(1500000).displayText(), QStringLiteral("1.500.000"));
        QCOMPARE(ReportCell::ofMoney(-1000).displayText(), QStringLiteral("-1.000"));
        QCOMPARE(ReportCell::ofMoney(999).displayText(), QStringLiteral("999"));
        QCOMPARE(ReportCell::ofDate(QDate(2026, 1, 5)).displayText(), QStringLiteral("05/01/2026"));
    }

    void xlsxReadBackCellByCell()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        QVERIFY(TableExport::writeXlsx(sample(), path, QStringLiteral("Sổ: 11/2026")).ok());
        const test::XlsxSheet s = test::readXlsx(path);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.sheetName, QStringLiteral("Sổ- 11-2026"));
        QCOMPARE(s.rows.size(), 6);
        QCOMPARE(s.rows[0].toArray()[0].toString(), sample().title);
        QCOMPARE(s.rows[1].toArray()[0].toString(), sample().subtitle);
        QVERIFY(s.rows[2].toArray()[0].isNull());
        const QJsonArray headers = s.rows[3].toArray();
        QCOMPARE(headers.size(), 4);
        for (int c = 0; c < 4; ++c)
            QCOMPARE(headers[c].toString(), sample().headers[c]);
        const QJsonArray r1 = s.rows[4].toArray();
        QCOMPARE(r1[0].toDouble(), 1.0);
        QCOMPARE(r1[1].toString(), QStringLiteral("Nguyễn Văn Ánh"));
        QCOMPARE(r1[2].toString(), QStringLiteral("date:2026-11-02"));
        QCOMPARE(r1[3].toDouble(), 1500000.0);
        const QJsonArray f1 = s.numberFormats[4].toArray();
        QCOMPARE(f1[2].toString(), QStringLiteral("dd/mm/yyyy"));
        QCOMPARE(f1[3].toString(), QStringLiteral("#,##0"));
        const QJsonArray r2 = s.rows[5].toArray();
        QCOMPARE(r2[0].toDouble(), 2.0);
        QCOMPARE(r2[1].toString(), QStringLiteral("Công ty \"Sao Mai\", chi nhánh\nĐà Nẵng"));
        QVERIFY(r2[2].isNull());
        QCOMPARE(r2[3].toDouble(), 0.0);
        QCOMPARE(TableExport::kXlsxFirstDataRow, 5);
    }

    void unwritablePathIsAnError()
    {
        const auto csv = TableExport::writeCsv(sample(), QStringLiteral("/nonexistent-dir/x.csv"));
        QVERIFY(!csv.ok());
        QCOMPARE(csv.error().code, QStringLiteral("export_unwritable"));
        const auto xlsx = TableExport::writeXlsx(sample(), QStringLiteral("/nonexistent-dir/x.xlsx"));
        QVERIFY(!xlsx.ok());
        QCOMPARE(xlsx.error().code, QStringLiteral("export_unwritable"));
    }

    void formatNames()
    {
        QCOMPARE(exportFormatFromName(QStringLiteral(" XLSX ")), ExportFormat::Xlsx);
        QCOMPARE(exportFormatFromName(QStringLiteral("odt")), std::nullopt);
        for (auto f : { ExportFormat::Json, ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf })
            QCOMPARE(exportFormatFromName(exportFormatName(f)), f);
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "test_tableexport.moc"
