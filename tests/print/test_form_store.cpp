// PrintableFromStore: a stored dossier (dossier::Dossier + its catalogue procedure) and the site file
// become the forms' printable data: letterhead, parties, components, time limit, appointments, the
// latest supplement round, hand-overs, fee notices and the payment account per unit.
// (URLs inside raw JSON strings are written http:\/\/... : moc reads "//" in a raw string as a comment.)
#include "core/Clock.h"
#include "core/forms/PrintableFromStore.h"
#include "tests/support/MockClock.h"

#include <QJsonDocument>
#include <QtTest>

using namespace motcua;
using namespace motcua::forms;

class TestFormStore : public QObject
{
    Q_OBJECT
private:
    static SiteConfig site()
    {
        auto s = SiteConfig::fromJson(QJsonDocument::fromJson(R"({
            "desk_id": "D01", "desk_name": "Quầy 01", "unit": "Bộ phận Tiếp nhận và Trả kết quả",
            "agency_code": "000.00.25.G14", "agency_name": "Cục Tần số vô tuyến điện",
            "parent_agency_name": "Bộ Khoa học và Công nghệ", "channel": "desk",
            "central_url": "http:\/\/127.0.0.1:8765",
            "forms": {"place": "Hà Nội", "lookup_url": "https:\/\/tra-cuu.example.vn\/?ma={code}",
                      "contact_name": "Lê Thị Hồng Nhung"},
            "payment": {"bin": "970418", "account": "111", "account_name": "Default",
                        "units": {"Trung tâm khu vực I": {"bin": "970436", "account": "222", "account_name": "TT I"}}}
        })")
                                          .object());
        if (!s.ok())
            qFatal("site: %s", qPrintable(s.error().message));
        return s.value();
    }

    static dossier::Dossier stored()
    {
        dossier::Dossier d;
        d.code = QStringLiteral("000.00.25.G14-270301-0012");
        d.procedureCode = QStringLiteral("LOCAL-RF-002");
        d.procedureName = QStringLiteral("Cấp giấy phép tần số");
        d.processingUnit = QStringLiteral("Trung tâm khu vực I");
        d.applicant.kind = dossier::ApplicantKind::Business;
        d.applicant.name = QStringLiteral("Công ty Cổ phần Đông Á");
        d.applicant.taxCode = QStringLiteral("0100233488");
        d.applicant.address = QStringLiteral("22 Láng Hạ, Hà Nội");
        d.receivedAtUtc = Clock::local(QDate(2027, 3, 1), QTime(9, 30)).toUTC();
        d.originalDueLocal = Clock::local(QDate(2027, 3, 29), QTime(17, 0));
        d.dueLocal = Clock::local(QDate(2027, 4, 20), QTime(17, 0));
        d.returnMethod = QStringLiteral("postal");
        d.bookYear = 2027;
        d.bookSerial = 12;
        d.receivedBy = QStringLiteral("quay01");
        d.documents.append({ QStringLiteral("new-application-form"), QStringLiteral("Bản khai"), 1, 0, 2, {} });
        dossier::SupplementRound round;
        round.round = 1;
        round.reason = QStringLiteral("Thiếu bản sao giấy phép");
        round.missing = { QStringLiteral("new-mofa-request-letter") };
        round.requestedBy = QStringLiteral("quay02");
        d.supplements.append(round);
        d.handOvers.append({ 1, QStringLiteral("Bộ phận TN&TKQ"), QStringLiteral("Phòng Cấp phép"),
            Clock::local(QDate(2027, 3, 1), QTime(14, 0)).toUTC(), QStringLiteral("quay01"), {},
            QStringLiteral("early") });
        d.feeNotices.append({ QStringLiteral("797/27/CTS-DR"), 1500000, {}, {} });
        d.history.append({ {}, QStringLiteral("processing"), QStringLiteral("processing"), QStringLiteral("reschedule"),
            QStringLiteral("giamsat"), QStringLiteral("Chờ ý kiến thẩm định") });
        return d;
    }

    static catalogue::Procedure procedure()
    {
        catalogue::Procedure p;
        p.code = QStringLiteral("LOCAL-RF-002");
        p.timeLimit.value = 20;
        p.timeLimit.unit = QStringLiteral("working_days");
        p.components = QList<catalogue::Component> { { QStringLiteral("new-mofa-request-letter"),
            QStringLiteral("Văn bản đề nghị của Bộ Ngoại giao"), 1, 0 } };
        p.fees = QList<catalogue::Fee> { { QStringLiteral("Lệ phí cấp giấy phép"), std::nullopt, {} } };
        return p;
    }

private slots:
    void mapsEveryForm()
    {
        test::MockClock clock(QDate(2027, 4, 2), QTime(10, 0));
        const PrintableDossier p = PrintableFromStore::fromDossier(stored(), procedure(), site());
        QCOMPARE(p.letterhead.agency, QStringLiteral("Cục Tần số vô tuyến điện"));
        QCOMPARE(p.letterhead.parentAgency, QStringLiteral("Bộ Khoa học và Công nghệ"));
        QCOMPARE(p.letterhead.desk, QStringLiteral("Bộ phận Tiếp nhận và Trả kết quả"));
        QCOMPARE(p.letterhead.place, QStringLiteral("Hà Nội"));
        QCOMPARE(p.letterhead.date, QDate(2027, 4, 2)); // print date from the clock
        QCOMPARE(p.submitter.idNumber, QStringLiteral("0100233488")); // a business prints its tax code
        QCOMPARE(p.timeLimitText, QStringLiteral("20 ngày làm việc"));
        QCOMPARE(p.returnMethod, QStringLiteral("post"));
        QCOMPARE(p.bookNumber, 2027);
        QCOMPARE(p.serial, 12);
        // Original appointment kept; the rescheduled one is the new appointment, with its reason.
        QCOMPARE(p.appointment, Clock::local(QDate(2027, 3, 29), QTime(17, 0)));
        QCOMPARE(p.newAppointment, Clock::local(QDate(2027, 4, 20), QTime(17, 0)));
        QCOMPARE(p.reason, QStringLiteral("Chờ ý kiến thẩm định"));
        // The latest supplement round lists the missing components by their catalogue names.
        QCOMPARE(p.components.size(), 1);
        QCOMPARE(p.components.at(0).name, QStringLiteral("Văn bản đề nghị của Bộ Ngoại giao"));
        QCOMPARE(p.components.at(0).reason, QStringLiteral("Thiếu bản sao giấy phép"));
        QCOMPARE(p.guidingOfficer, QStringLiteral("quay02"));
        QCOMPARE(p.handovers.size(), 1);
        QCOMPARE(p.handovers.at(0).result, QStringLiteral("before"));
        QCOMPARE(p.fees.size(), 1);
        QCOMPARE(p.fees.at(0).amountVnd, std::optional<qint64>(1500000));
        QVERIFY(p.fees.at(0).name.contains(QStringLiteral("797/27/CTS-DR")));
        // Payment account of the processing unit, not the default one.
        QCOMPARE(p.payment.bin, QStringLiteral("970436"));
        QCOMPARE(p.payment.account, QStringLiteral("222"));
        QCOMPARE(p.paymentReference, QStringLiteral("LE PHI HS 270301-0012"));
        QCOMPARE(p.qrPayload(), QStringLiteral("https://tra-cuu.example.vn/?ma=000.00.25.G14-270301-0012"));
    }

    void unknownsStayUnknown()
    {
        catalogue::Procedure proc = procedure();
        proc.timeLimit.value.reset();
        proc.timeLimit.unit.clear();
        dossier::Dossier d = stored();
        d.feeNotices.clear();
        d.originalDueLocal = {};
        d.dueLocal = {};
        const PrintableDossier p = PrintableFromStore::fromDossier(d, proc, site());
        QVERIFY(p.timeLimitText.isEmpty()); // printed as "to be announced", never invented
        QVERIFY(!p.appointment.isValid());
        QCOMPARE(p.fees.size(), 1);
        QVERIFY(!p.fees.at(0).amountVnd); // catalogue fee without amount stays unknown
        QVERIFY(!p.feeTotal());
        QCOMPARE(
            PrintableFromStore::paymentAccount(site(), QStringLiteral("Other unit")).account, QStringLiteral("111"));
    }

    void jsonRoundTrip()
    {
        const PrintableDossier p = PrintableFromStore::fromDossier(stored(), procedure(), site());
        auto back = PrintableDossier::fromJson(p.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), p.toJson());
        QCOMPARE(back->received, p.received);
        auto bad
            = PrintableDossier::fromJson(QJsonObject { { QStringLiteral("received"), QStringLiteral("yesterday") } });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("received"));
    }

    // With central's public_url in the site, the receipt's QR opens the public status page with the code
    // and the dossier's secret (issue 15); without a secret or a valid public_url, the old payload stays.
    void qrOpensThePublicStatusPage()
    {
        SiteConfig s = site();
        s.setSection(QStringLiteral("central"),
            QJsonObject { { QStringLiteral("public_url"), QStringLiteral("https://motcua.example.gov.vn/dvc/") } });
        dossier::Dossier d = stored();
        d.lookupSecret = QStringLiteral("7KQ4M2XH");
        PrintableDossier p = PrintableFromStore::fromDossier(d, procedure(), s);
        const QString url
            = QStringLiteral("https://motcua.example.gov.vn/dvc/tra-cuu?ma=000.00.25.G14-270301-0012&k=7KQ4M2XH");
        QCOMPARE(p.publicLookupUrl, url);
        QCOMPARE(p.qrPayload(), url);
        QCOMPARE(PrintableDossier::fromJson(p.toJson())->qrPayload(), url);
        d.lookupSecret.clear();
        QCOMPARE(PrintableFromStore::fromDossier(d, procedure(), s).qrPayload(),
            QStringLiteral("https://tra-cuu.example.vn/?ma=000.00.25.G14-270301-0012"));
        d.lookupSecret = QStringLiteral("7KQ4M2XH");
        s.setSection(QStringLiteral("central"),
            QJsonObject { { QStringLiteral("public_url"), QStringLiteral("ftp://motcua.example.gov.vn") } });
        QVERIFY(PrintableFromStore::fromDossier(d, procedure(), s).publicLookupUrl.isEmpty());
        PrintableDossier plain;
        plain.code = d.code;
        QCOMPARE(plain.qrPayload(), d.code);
    }
};

QTEST_GUILESS_MAIN(TestFormStore)
#include "test_form_store.moc"
