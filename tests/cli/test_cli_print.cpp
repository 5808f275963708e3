// `motcua print` end to end through the real binary: from a JSON file (--from-json) and from the store
// (init -> dossier receive -> print receipt / tracking book), output JSON, PDF text, and exit codes.
#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua::test;

namespace {
const QString kFixture = QStringLiteral(MOTCUA_SOURCE_DIR "/tests/fixtures/forms/dossier.json");
const QString kBook = QStringLiteral(MOTCUA_SOURCE_DIR "/tests/fixtures/forms/book.json");
const QString kCode = QStringLiteral("000.00.25.G14-250812-0007");

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}
} // namespace

class TestCliPrint : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString out(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyFormFromJson_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("expected");
        QTest::newRow("receipt") << "receipt"
                                 << "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
        QTest::newRow("supplement-request") << "supplement-request"
                                            << "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
        QTest::newRow("refusal") << "refusal"
                                 << "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
        QTest::newRow("control-slip") << "control-slip"
                                      << "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
        QTest::newRow("apology") << "apology"
                                 << "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";
        QTest::newRow("fee-notice") << "fee-notice"
                                    << "THÔNG BÁO PHÍ, LỆ PHÍ";
    }

    void everyFormFromJson()
    {
        QFETCH(QString, form);
        QFETCH(QString, expected);
        const QString pdf = out(form + QStringLiteral(".pdf"));
        const CliResult r = runCli({ QStringLiteral("print"), form, kCode, QStringLiteral("--from-json"), kFixture,
            QStringLiteral("--pdf"), pdf });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = r.json.object();
        QCOMPARE(json.value(QStringLiteral("form")).toString(), form);
        QCOMPARE(json.value(QStringLiteral("code")).toString(), kCode);
        QCOMPARE(json.value(QStringLiteral("form_set")).toString(), QStringLiteral("TT03-2025"));
        QCOMPARE(json.value(QStringLiteral("pages")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("pdf")).toString(), pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Phương Thảo")));
        QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    }

    void formSetOption()
    {
        const QString pdf = out(QStringLiteral("receipt-2018.pdf"));
        const CliResult r
            = runCli({ QStringLiteral("print"), QStringLiteral("receipt"), kCode, QStringLiteral("--from-json"),
                kFixture, QStringLiteral("--form-set"), QStringLiteral("TT01-2018"), QStringLiteral("--pdf"), pdf });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.object().value(QStringLiteral("form_set")).toString(), QStringLiteral("TT01-2018"));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Thông tư số 01/2018/TT-VPCP")));
        const CliResult bad = runCli({ QStringLiteral("print"), QStringLiteral("receipt"), kCode,
            QStringLiteral("--from-json"), kFixture, QStringLiteral("--form-set"), QStringLiteral("TT99"),
            QStringLiteral("--pdf"), out(QStringLiteral("x.pdf")) });
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.json.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
            QStringLiteral("form_set"));
    }

    void trackingBookFromJson()
    {
        const QString pdf = out(QStringLiteral("book.pdf"));
        const CliResult r = runCli({ QStringLiteral("print"), QStringLiteral("tracking-book"),
            QStringLiteral("--from-json"), kBook, QStringLiteral("--pdf"), pdf });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.object().value(QStringLiteral("entries")).toInt(), 2);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
        QVERIFY(text.contains(QStringLiteral("000.00.25.G14-250813-0008")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString pdf = QStringLiteral("/tmp/motcua-cli-print-never.pdf");
        QTest::newRow("no form") << QStringList { QStringLiteral("print") } << 2;
        QTest::newRow("unknown form") << QStringList { QStringLiteral("print"), QStringLiteral("invoice"), kCode,
            QStringLiteral("--pdf"), pdf }
                                      << 2;
        QTest::newRow("no code") << QStringList { QStringLiteral("print"), QStringLiteral("receipt"),
            QStringLiteral("--pdf"), pdf }
                                 << 2;
        QTest::newRow("no output") << QStringList { QStringLiteral("print"), QStringLiteral("receipt"), kCode } << 2;
        QTest::newRow("two outputs") << QStringList { QStringLiteral("print"), QStringLiteral("receipt"), kCode,
            QStringLiteral("--pdf"), pdf, QStringLiteral("--printer"), QStringLiteral("X") }
                                     << 2;
        QTest::newRow("unknown option") << QStringList { QStringLiteral("print"), QStringLiteral("receipt"), kCode,
            QStringLiteral("--pdf"), pdf, QStringLiteral("--colour") }
                                        << 2;
        QTest::newRow("missing json") << QStringList { QStringLiteral("print"), QStringLiteral("receipt"), kCode,
            QStringLiteral("--from-json"), QStringLiteral("/nonexistent.json"), QStringLiteral("--pdf"), pdf }
                                      << 1;
        QTest::newRow("code mismatch") << QStringList { QStringLiteral("print"), QStringLiteral("receipt"),
            QStringLiteral("000.00.25.G14-250812-0009"), QStringLiteral("--from-json"), kFixture,
            QStringLiteral("--pdf"), pdf }
                                       << 1;
        QTest::newRow("unknown printer") << QStringList { QStringLiteral("print"), QStringLiteral("receipt"), kCode,
            QStringLiteral("--from-json"), kFixture, QStringLiteral("--printer"), QStringLiteral("No_Such_Queue") }
                                         << 3;
        QTest::newRow("unwritable pdf") << QStringList { QStringLiteral("print"), QStringLiteral("receipt"), kCode,
            QStringLiteral("--from-json"), kFixture, QStringLiteral("--pdf"), QStringLiteral("/nonexistent-dir/x.pdf") }
                                        << 3;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliResult r = runCli(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.json.object().contains(QStringLiteral("error")));
        QVERIFY(!r.errText().isEmpty());
    }

    void fromTheStore()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("MOTCUA_PASSWORD_NEW"), QStringLiteral("Desk-pass-2025!"));
        env.insert(QStringLiteral("MOTCUA_PASSWORD"), QStringLiteral("Desk-pass-2025!"));
        const QStringList base { QStringLiteral("--data-dir"), data.path(), QStringLiteral("--now"),
            QStringLiteral("2027-03-01T09:30:00") };
        const CliResult init = runCli(base + QStringList { QStringLiteral("init") }, {}, env);
        QVERIFY2(init.exitCode == 0, init.err.constData());

        QFile intake(data.filePath(QStringLiteral("intake.json")));
        QVERIFY(intake.open(QIODevice::WriteOnly));
        intake.write(R"({"procedure": "LOCAL-RF-002", "channel": "desk",
            "applicant": {"kind": "citizen", "name": "Đặng Thị Ngọc Ánh", "id_number": "001090012345",
                          "birth_date": "1990-01-01", "phone": "0912345678", "email": "", "address": "12 Trần Duy Hưng, Cầu Giấy, Hà Nội"},
            "owner": null,
            "documents": [{"component": "new-application-form", "originals": 1, "certified_copies": 0, "photocopies": 0, "files": []}],
            "return_method": "desk", "note": ""})");
        intake.close();
        const QStringList asAdmin = base + QStringList { QStringLiteral("--user"), QStringLiteral("admin") };
        const CliResult clerk = runCli(asAdmin
                + QStringList { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("quay01"),
                    QStringLiteral("--name"), QStringLiteral("Trần Văn Đức"), QStringLiteral("--role"),
                    QStringLiteral("clerk") },
            {}, env);
        QVERIFY2(clerk.exitCode == 0, clerk.err.constData());
        const QStringList asClerk = base + QStringList { QStringLiteral("--user"), QStringLiteral("quay01") };
        const CliResult supervisor = runCli(asAdmin
                + QStringList { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("giamsat"),
                    QStringLiteral("--name"), QStringLiteral("Vũ Thị Lan"), QStringLiteral("--role"),
                    QStringLiteral("supervisor") },
            {}, env);
        QVERIFY2(supervisor.exitCode == 0, supervisor.err.constData());
        const QStringList asSupervisor = base + QStringList { QStringLiteral("--user"), QStringLiteral("giamsat") };
        const CliResult received = runCli(
            asClerk + QStringList { QStringLiteral("dossier"), QStringLiteral("receive"), intake.fileName() }, {}, env);
        QVERIFY2(received.exitCode == 0, received.err.constData());
        const QString code = received.json.object().value(QStringLiteral("code")).toString();
        QVERIFY(!code.isEmpty());

        const QString pdf = out(QStringLiteral("store-receipt.pdf"));
        const CliResult r = runCli(asClerk
                + QStringList { QStringLiteral("print"), QStringLiteral("receipt"), code, QStringLiteral("--pdf"),
                    pdf },
            {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.object().value(QStringLiteral("form_set")).toString(), QStringLiteral("TT03-2025"));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Đặng Thị Ngọc Ánh")));
        QVERIFY(text.contains(QStringLiteral("20 ngày làm việc")));
        QVERIFY(text.contains(QStringLiteral("Bản khai đề nghị cấp Giấy phép")));
        QVERIFY(text.contains(QStringLiteral("ngày 01 tháng 03 năm 2027"))); // --now drives the print date

        const QString book = out(QStringLiteral("store-book.pdf"));
        const QStringList bookArgs { QStringLiteral("print"), QStringLiteral("tracking-book"), QStringLiteral("--from"),
            QStringLiteral("2027-03-01"), QStringLiteral("--to"), QStringLiteral("2027-03-01"), QStringLiteral("--pdf"),
            book };
        // The book is a report: a clerk may not print it (store-level permission, exit 4).
        QCOMPARE(runCli(asClerk + bookArgs, {}, env).exitCode, 4);
        const CliResult b = runCli(asSupervisor + bookArgs, {}, env);
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QCOMPARE(b.json.object().value(QStringLiteral("entries")).toInt(), 1);
        QVERIFY(pdfText(book).contains(code));

        // Later steps through the store feed the other forms: hand-over -> control slip, fee notice ->
        // fee notice with VietQR (payment account from the site file), reschedule -> apology.
        QVERIFY(runCli(asClerk
                        + QStringList { QStringLiteral("dossier"), QStringLiteral("hand-over"), code,
                            QStringLiteral("--unit"), QStringLiteral("Phòng Cấp phép") },
                    {}, env)
                    .exitCode
            == 0);
        QVERIFY(runCli(asClerk
                        + QStringList { QStringLiteral("dossier"), QStringLiteral("fee-notice"), code,
                            QStringLiteral("--amount"), QStringLiteral("1500000"), QStringLiteral("--number"),
                            QStringLiteral("797/27/CTS-DR") },
                    {}, env)
                    .exitCode
            == 0);
        const CliResult moved = runCli(asSupervisor
                + QStringList { QStringLiteral("dossier"), QStringLiteral("reschedule"), code, QStringLiteral("--to"),
                    QStringLiteral("2027-04-20"), QStringLiteral("--reason"), QStringLiteral("Chờ ý kiến thẩm định") },
            {}, env);
        QVERIFY2(moved.exitCode == 0, moved.err.constData());

        const QString slip = out(QStringLiteral("store-slip.pdf"));
        QVERIFY(runCli(asClerk
                        + QStringList { QStringLiteral("print"), QStringLiteral("control-slip"), code,
                            QStringLiteral("--pdf"), slip },
                    {}, env)
                    .exitCode
            == 0);
        const QString slipText = pdfText(slip);
        QVERIFY2(slipText.contains(QStringLiteral("2. Nhận: Phòng Cấp phép")), qPrintable(slipText));
        QVERIFY(!slipText.contains(QStringLiteral("quả2."))); // the two rows of the unit cell are separate lines

        QFile siteFile(data.filePath(QStringLiteral("site.json")));
        QVERIFY(siteFile.open(QIODevice::WriteOnly));
        siteFile.write(R"({"desk_id": "D01", "desk_name": "Quầy 01", "unit": "Bộ phận Tiếp nhận và Trả kết quả",
            "agency_code": "000.00.25.G14", "agency_name": "Cục Tần số vô tuyến điện",
            "parent_agency_name": "Bộ Khoa học và Công nghệ", "channel": "desk", "central_url": "http:\/\/127.0.0.1:8765",
            "codes": {"first": 1, "last": 4999}, "forms": {"place": "Hà Nội"},
            "payment": {"bin": "970418", "account": "1234567890", "account_name": "Cục Tần số vô tuyến điện"}})");
        siteFile.close();
        const QString fee = out(QStringLiteral("store-fee.pdf"));
        const CliResult feeRun = runCli(QStringList { QStringLiteral("--site"), siteFile.fileName() } + asClerk
                + QStringList { QStringLiteral("print"), QStringLiteral("fee-notice"), code, QStringLiteral("--pdf"),
                    fee },
            {}, env);
        QVERIFY2(feeRun.exitCode == 0, feeRun.err.constData());
        const QString feeText = pdfText(fee);
        QVERIFY2(feeText.contains(QStringLiteral("1.500.000")), qPrintable(feeText));
        QVERIFY(feeText.contains(QStringLiteral("797/27/CTS-DR")));
        QVERIFY(feeText.contains(QStringLiteral("Số tài khoản: 1234567890")));
        QVERIFY(feeText.contains(QStringLiteral("Hà Nội, ngày 01 tháng 03 năm 2027")));

        const QString apology = out(QStringLiteral("store-apology.pdf"));
        QVERIFY(runCli(asClerk
                        + QStringList { QStringLiteral("print"), QStringLiteral("apology"), code,
                            QStringLiteral("--pdf"), apology },
                    {}, env)
                    .exitCode
            == 0);
        const QString apologyText = pdfText(apology);
        QVERIFY2(apologyText.contains(QStringLiteral("Chờ ý kiến thẩm định")), qPrintable(apologyText));
        QVERIFY(apologyText.contains(QStringLiteral("20/04/2027")));

        const CliResult missing = runCli(asClerk
                + QStringList { QStringLiteral("print"), QStringLiteral("receipt"),
                    QStringLiteral("000.00.25.G14-270301-0999"), QStringLiteral("--pdf"),
                    out(QStringLiteral("m.pdf")) },
            {}, env);
        QCOMPARE(missing.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliPrint)
#include "test_cli_print.moc"
