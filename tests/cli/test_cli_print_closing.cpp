// `motcua print closing-sheet` (issue 14) on the known day of tests/support/DashboardSeed.h: the PDF read
// back with pdftotext holds every clerk's cash and transfer takings, the totals, the mismatching
// payments, both signature blocks and the audit chain's head as the store has it; --clerk narrows the
// sheet to one clerk; an administrator and a clerk are refused (exit 4); a bad date is a usage error.
#include "tests/support/CliRunner.h"
#include "tests/support/DashboardSeed.h"

#include <QProcess>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

class TestCliPrintClosing : public QObject
{
    Q_OBJECT

    StoreFixture m_f;
    DashboardSeed m_s;

    CliResult print(const QString& login, const QStringList& extra)
    {
        QStringList args { "--data-dir", m_f.dir.path(), "--now", "2025-03-12T17:05:00", "--user", login, "print",
            "closing-sheet" };
        return runCli(args + extra, {}, passwordEnv(kTestPassword));
    }

    static QString pdfText(const QString& pdf)
    {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        if (!text.waitForFinished(60000))
            return {};
        return QString::fromUtf8(text.readAllStandardOutput());
    }

    // The line of `t` that holds `what`, spaces collapsed.
    static QString lineWith(const QString& t, const QString& what)
    {
        for (const QString& line : t.split(QLatin1Char('\n')))
            if (line.contains(what))
                return line.simplified();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.setUp());
        QVERIFY(seedDashboard(m_f, m_s));
    }

    void everyClerkOfTheDay()
    {
        const QString pdf = m_f.dir.filePath(QStringLiteral("sheet.pdf"));
        const CliResult r = print(QStringLiteral("super"), { "--out", pdf });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json.object();
        QCOMPARE(j.value("form").toString(), QStringLiteral("closing-sheet"));
        QCOMPARE(j.value("date").toString(), QStringLiteral("2025-03-12"));
        QCOMPARE(j.value("clerks").toInt(), 3);
        QCOMPARE(j.value("cash").toInt(), 500000);
        QCOMPARE(j.value("transfer").toInt(), 150000);
        QCOMPARE(j.value("total").toInt(), 650000);
        QCOMPARE(j.value("mismatches").toInt(), 3);
        QCOMPARE(j.value("pages").toInt(), 1);
        QCOMPARE(j.value("pdf").toString(), QFileInfo(pdf).absoluteFilePath());

        const QString t = pdfText(pdf);
        QVERIFY2(t.contains(QStringLiteral("12/03/2025")), qPrintable(t));
        // Each clerk's row: cash, transfer, total (đồng, dots between thousands).
        QVERIFY2(lineWith(t, QStringLiteral("(clerk)")).contains(QStringLiteral("350.000 0 350.000")), qPrintable(t));
        QVERIFY2(
            lineWith(t, QStringLiteral("(clerk2)")).contains(QStringLiteral("50.000 150.000 200.000")), qPrintable(t));
        QVERIFY2(lineWith(t, QStringLiteral("(postal)")).contains(QStringLiteral("100.000 0 100.000")), qPrintable(t));
        QVERIFY2(t.simplified().contains(QStringLiteral("500.000 150.000 650.000 5")), qPrintable(t));
        // The mismatches: one line per dossier.
        for (const QString& code : { m_s.pausedPayment, m_s.dayB1, m_s.dayOverpaid })
            QVERIFY2(!lineWith(t, code).isEmpty(), qPrintable(code + QLatin1Char('\n') + t));
        QVERIFY2(lineWith(t, m_s.dayOverpaid).contains(QStringLiteral("150.000 200.000")), qPrintable(t));
        QVERIFY2(lineWith(t, m_s.pausedPayment).contains(QStringLiteral("200.000 50.000")), qPrintable(t));
        QVERIFY(lineWith(t, m_s.dayA1).isEmpty()); // paid what it owed
        // Two signature blocks and the chain's head as the store holds it after the command.
        QCOMPARE(
            t.count(QStringLiteral("(Ký, ghi rõ họ tên)")) + t.count(QStringLiteral("(signature and full name)")), 2);
        auto head = m_f.store->auditChainHead(m_f.supervisor);
        QVERIFY(head);
        QCOMPARE(j.value("audit_seq").toInteger(), head->seq);
        QVERIFY2(t.contains(QString::fromLatin1(head->hash)), qPrintable(t));
    }

    void oneClerk()
    {
        const QString pdf = m_f.dir.filePath(QStringLiteral("clerk2.pdf"));
        const CliResult r
            = print(QStringLiteral("super"), { "--clerk", "clerk2", "--date", "2025-03-12", "--out", pdf });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json.object();
        QCOMPARE(j.value("clerk").toString(), QStringLiteral("clerk2"));
        QCOMPARE(j.value("clerks").toInt(), 1);
        QCOMPARE(j.value("cash").toInt(), 50000);
        QCOMPARE(j.value("transfer").toInt(), 150000);
        QCOMPARE(j.value("payments").toInt(), 2);
        QCOMPARE(j.value("mismatches").toInt(), 1);
        const QString t = pdfText(pdf);
        QVERIFY2(lineWith(t, QStringLiteral("(clerk)")).isEmpty(), qPrintable(t));
        QVERIFY2(
            lineWith(t, QStringLiteral("(clerk2)")).contains(QStringLiteral("50.000 150.000 200.000")), qPrintable(t));
        QVERIFY2(!lineWith(t, m_s.pausedPayment).isEmpty(), qPrintable(t));
        QVERIFY2(lineWith(t, m_s.dayOverpaid).isEmpty(), qPrintable(t));
    }

    void anotherDay()
    {
        const QString pdf = m_f.dir.filePath(QStringLiteral("11.pdf"));
        const CliResult r = print(QStringLiteral("super"), { "--date", "2025-03-11", "--out", pdf });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.object().value("cash").toInt(), 0);
        QCOMPARE(r.json.object().value("transfer").toInt(), 30000);
        QVERIFY2(pdfText(pdf).contains(QStringLiteral("11/03/2025")), "the day printed");
    }

    void refusedAndUsage()
    {
        const QString pdf = m_f.dir.filePath(QStringLiteral("no.pdf"));
        for (const QString& login : { QStringLiteral("admin"), QStringLiteral("clerk") }) {
            const CliResult r = print(login, { "--out", pdf });
            QCOMPARE(r.exitCode, 4);
            QCOMPARE(r.error().value("code").toString(), QStringLiteral("permission_denied"));
        }
        QVERIFY(!QFile::exists(pdf));
        const CliResult bad = print(QStringLiteral("super"), { "--date", "12/03/2025", "--out", pdf });
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.error().value("code").toString(), QStringLiteral("invalid_date"));
    }
};

QTEST_GUILESS_MAIN(TestCliPrintClosing)
#include "test_cli_print_closing.moc"
