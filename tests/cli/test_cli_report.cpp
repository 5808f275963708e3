// `motcua report period|satisfaction|tracking-book` over the seeded March 2025 mix (tests/support/ReportMix):
// the JSON figures, the XLSX export read back with openpyxl cell by cell, CSV and PDF exports, the
// period options, and who may run which report.
#include "tests/support/CliRunner.h"
#include "tests/support/ReportMix.h"
#include "tests/support/XlsxReadBack.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

class TestCliReport : public QObject
{
    Q_OBJECT

    StoreFixture m_f;
    QString m_data;

    CliResult report(const QString& user, const QStringList& args)
    {
        const QStringList base { QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"),
            QStringLiteral("2025-04-15T09:00:00"), QStringLiteral("--user"), user, QStringLiteral("report") };
        return runCli(base + args, {}, passwordEnv(kTestPassword));
    }

    static QStringList march() { return { QStringLiteral("--month"), QStringLiteral("2025-03") }; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.setUp());
        const ReportMix mix = seedReportMix(m_f);
        QVERIFY2(mix.error.isEmpty(), qPrintable(mix.error));
        m_data = m_f.dir.path(); // the fixture's store is <dir>/motcua.db, the CLI's data folder layout
        m_f.store.reset(); // the command line opens the file itself
    }

    void periodJson()
    {
        const CliResult r = report(QStringLiteral("super"),
            QStringList { QStringLiteral("period"), QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                QStringLiteral("--to"), QStringLiteral("2025-03-31") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json.object();
        QCOMPARE(j.value("received").toInt(), 7);
        QCOMPARE(j.value("carried_over").toInt(), 3);
        const QJsonObject resolved = j.value("resolved").toObject();
        QCOMPARE(resolved.value("early").toInt(), 2);
        QCOMPARE(resolved.value("on_time").toInt(), 1);
        QCOMPARE(resolved.value("late").toInt(), 2);
        const QJsonObject progress = j.value("in_progress").toObject();
        QCOMPARE(progress.value("within_limit").toInt(), 2);
        QCOMPARE(progress.value("overdue").toInt(), 2);
        QCOMPARE(j.value("withdrawn_stopped_refused").toInt(), 1);
        const QJsonObject channels = j.value("received_by_channel").toObject();
        QCOMPARE(channels.value("desk").toInt(), 5);
        QCOMPARE(channels.value("postal").toInt(), 1);
        QCOMPARE(channels.value("online").toInt(), 1);
        const QJsonArray procs = j.value("by_procedure").toArray();
        QCOMPARE(procs.size(), 3);
        QCOMPARE(procs[2].toObject().value("code").toString(), QStringLiteral("LOCAL-VT-001"));
        QCOMPARE(procs[2].toObject().value("resolved").toObject().value("late").toInt(), 2);
        QCOMPARE(j.value("by_channel").toArray().size(), 3);
        // --month gives the same figures as --from/--to.
        const CliResult m = report(QStringLiteral("super"), QStringList { QStringLiteral("period") } + march());
        QCOMPARE(m.json.object(), j);
    }

    void periodXlsxReadBack()
    {
        const QString out = m_f.dir.filePath(QStringLiteral("period.xlsx"));
        const CliResult r = report(QStringLiteral("super"),
            QStringList { QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("period") } + march()
                + QStringList { QStringLiteral("--out"), out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.object().value("rows").toInt(), 4);
        const XlsxSheet s = readXlsx(out);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.rows.size(), 8); // title, period, blank, headers, 3 procedures, total
        QCOMPARE(s.rows[0].toArray()[0].toString(),
            QStringLiteral("BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"));
        QCOMPARE(s.rows[1].toArray()[0].toString(), QStringLiteral("Từ ngày 01/03/2025 đến ngày 31/03/2025"));
        QCOMPARE(s.rows[3].toArray().size(), 16);
        QCOMPARE(s.rows[3].toArray()[7].toString(), QStringLiteral("Mới tiếp nhận trực tuyến"));
        const QList<QList<double>> expected { { 5, 2, 1, 1, 1, 2, 1, 1, 0, 2, 1, 1, 1 },
            { 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0 }, { 4, 1, 3, 0, 0, 2, 0, 0, 2, 2, 1, 1, 0 },
            { 10, 3, 5, 1, 1, 5, 2, 1, 2, 4, 2, 2, 1 } };
        const QStringList codes { QStringLiteral("LOCAL-RF-001"), QStringLiteral("LOCAL-RF-002"),
            QStringLiteral("LOCAL-VT-001"), QString() };
        for (int i = 0; i < 4; ++i) {
            const QJsonArray row = s.rows[4 + i].toArray();
            QCOMPARE(row.size(), 16);
            if (i < 3) {
                QCOMPARE(row[0].toDouble(), double(i + 1));
                QCOMPARE(row[1].toString(), codes[i]);
            } else {
                QVERIFY(row[0].isNull());
                QCOMPARE(row[2].toString(), QStringLiteral("Tổng cộng"));
            }
            for (int c = 0; c < 13; ++c)
                QCOMPARE(row[3 + c].toDouble(), expected[i][c]);
        }
    }

    void trackingBookCsvAndPdf()
    {
        const QString csv = m_f.dir.filePath(QStringLiteral("book.csv"));
        const CliResult r = report(QStringLiteral("super"),
            QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("tracking-book") } + march()
                + QStringList { QStringLiteral("--out"), csv });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.object().value("rows").toInt(), 7);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 9); // header, 7 entries, and the empty piece after the last CRLF
        QVERIFY(lines[1].contains("Người nộp E"));
        QVERIFY(lines[1].contains(",2025-03-03,"));

        const QString pdf = m_f.dir.filePath(QStringLiteral("book.pdf"));
        const CliResult p = report(QStringLiteral("super"),
            QStringList { QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("tracking-book") } + march()
                + QStringList { QStringLiteral("--out"), pdf });
        QVERIFY2(p.exitCode == 0, p.err.constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QString t = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(t.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")), qPrintable(t));
        QVERIFY2(t.simplified().contains(QStringLiteral("Người nộp K")), qPrintable(t));
    }

    void satisfactionAndPeriodPdf()
    {
        const CliResult s = report(QStringLiteral("super"), QStringList { QStringLiteral("satisfaction") } + march());
        QVERIFY2(s.exitCode == 0, s.err.constData());
        const QJsonObject total = s.json.object().value("total").toObject();
        QCOMPARE(total.value("1").toInt(), 2);
        QCOMPARE(total.value("2").toInt(), 1);
        QCOMPARE(total.value("3").toInt(), 1);
        QCOMPARE(s.json.object().value("by_clerk").toArray().size(), 3);

        const QString pdf = m_f.dir.filePath(QStringLiteral("period.pdf"));
        const CliResult p = report(QStringLiteral("super"),
            QStringList { QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("period") } + march()
                + QStringList { QStringLiteral("--out"), pdf });
        QVERIFY2(p.exitCode == 0, p.err.constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QString t = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(t.contains(QStringLiteral("Tổng cộng")) && t.simplified().contains(QStringLiteral("LOCAL-VT-001")),
            qPrintable(t));
    }

    void administratorGetsCountsOnly()
    {
        const CliResult counts = report(QStringLiteral("admin"), QStringList { QStringLiteral("period") } + march());
        QVERIFY2(counts.exitCode == 0, counts.err.constData());
        QCOMPARE(counts.json.object().value("received").toInt(), 7);
        const CliResult book
            = report(QStringLiteral("admin"), QStringList { QStringLiteral("tracking-book") } + march());
        QCOMPARE(book.exitCode, 4);
        QCOMPARE(book.error().value("code").toString(), QStringLiteral("permission_denied"));
        const CliResult clerk = report(QStringLiteral("clerk"), QStringList { QStringLiteral("period") } + march());
        QCOMPARE(clerk.exitCode, 4);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        QTest::newRow("no period") << QStringList { "period" } << "period_required";
        QTest::newRow("two periods") << QStringList { "period", "--year", "2025", "--month", "2025-03" }
                                     << "period_required";
        QTest::newRow("bad quarter") << QStringList { "period", "--quarter", "2025-Q5" } << "invalid_period";
        QTest::newRow("reversed") << QStringList { "period", "--from", "2025-03-31", "--to", "2025-03-01" }
                                  << "invalid_period";
        QTest::newRow("unknown report") << QStringList { "weekly", "--year", "2025" } << "unknown_report";
        QTest::newRow("xlsx without out")
            << QStringList { "--format", "xlsx", "period", "--year", "2025" } << "out_required";
        QTest::newRow("odt") << QStringList { "--format", "odt", "period", "--year", "2025" } << "unknown_format";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, code);
        const CliResult r = report(QStringLiteral("super"), args);
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.error().value("code").toString(), code);
    }

    void quarterAndYear()
    {
        const CliResult q = report(QStringLiteral("super"),
            { QStringLiteral("period"), QStringLiteral("--quarter"), QStringLiteral("2025-Q1") });
        QVERIFY2(q.exitCode == 0, q.err.constData());
        QCOMPARE(q.json.object().value("from").toString(), QStringLiteral("2025-01-01"));
        QCOMPARE(q.json.object().value("to").toString(), QStringLiteral("2025-03-31"));
        QCOMPARE(q.json.object().value("received").toInt(), 11);
        const CliResult y = report(
            QStringLiteral("super"), { QStringLiteral("period"), QStringLiteral("--year"), QStringLiteral("2025") });
        QVERIFY2(y.exitCode == 0, y.err.constData());
        QCOMPARE(y.json.object().value("received").toInt(), 12);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
