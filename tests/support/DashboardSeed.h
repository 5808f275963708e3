// DashboardSeed: a store with a known mix for the supervisor's dashboard (issue 14), shared by the core,
// command-line and window tests. On top of StoreFixture (demo site, clock ending on Wed 12/03/2025 09:05):
// a second clerk, two procedures of its own (A: 5 working days, fee 150,000 đ in the catalogue, unit
// "Phòng Cấp phép"; B: 3 working days, fee set by a fee notice, unit "Trung tâm Khu vực I"), and 17
// dossiers written in time order from 24/02 to the report day: early, on-time and late results, paused
// ones (supplement, payment), overdue ones at the desk and at a unit, a parked record, the day's intake
// through three channels and three clerks, payments that match and three that do not, ratings on the
// day and the day before. docs/dashboard.md lists the expected figures; the tests check them exactly.
#pragma once

#include "tests/support/StoreFixture.h"

#include "core/SiteConfig.h"

#include <QDebug>
#include <QFile>
#include <QJsonArray>

namespace motcua::test {

inline const QDate kDashboardDay(2025, 3, 12);
inline const QString kProcA = QStringLiteral("TEST-DASH-A");
inline const QString kProcB = QStringLiteral("TEST-DASH-B");
inline const QString kUnitA = QStringLiteral("Phòng Cấp phép");
inline const QString kUnitB = QStringLiteral("Trung tâm Khu vực I");
inline const QString kParkedReason = QStringLiteral("HTTP 400: MaThuTucHanhChinh không có trong danh mục");

struct DashboardSeed {
    store::Actor clerk2;
    // before the day
    QString overdue5; // A, 26/02, at unit A, due 05/03: 5 working days late
    QString overdue2; // A, 03/03 online by clerk2, still at the desk, due 10/03: 2 working days late
    QString dueToday; // B, 07/03, at unit B, due 12/03
    QString soonA; // A, 07/03 postal, due 14/03
    QString soonB; // B, 10/03 by clerk2, due 13/03
    QString pausedSupplement; // A, supplement requested 05/03 (due 10/03 is not counted: paused)
    QString pausedPayment; // B, fee notice 200,000 on 05/03; 50,000 paid on the day by clerk2 (underpaid)
    QString readyEarly; // A, result back 06/03 (early); 30,000 paid by transfer on 11/03 (not the day)
    QString returnedLate; // B, 24/02, result back 03/03 (late), returned and rated 3 on 11/03
    QString parked; // A, 11/03, its record refused by central (parked)
    QString returnedToday; // A, result back 07/03 (early), returned and rated 1 on the day
    // the day (12/03)
    QString dayA1; // A desk clerk, with a scanned page, 150,000 cash (matches the catalogue)
    QString dayA2; // A online clerk2, 150,000 transfer
    QString dayB1; // B postal (postal staff), 100,000 cash: B has no fee notice (mismatch)
    QString dayIncomplete; // A desk clerk, papers missing at intake
    QString dayRefused; // B desk clerk2, refused, rated 2
    QString dayOverpaid; // A desk clerk, 200,000 cash (overpaid)
};

namespace dashboard_seed {

inline QJsonObject procedure(const QString& code, const QString& agency, int days, const QJsonValue& fee)
{
    return { { "code", code }, { "name_vi", QStringLiteral("Thủ tục thử bảng điều khiển %1").arg(code.right(1)) },
        { "field", QStringLiteral("Tần số vô tuyến điện") }, { "agency", agency },
        { "time_limit", QJsonObject { { "value", days }, { "unit", "working_days" } } },
        { "channels", QJsonArray { "desk", "postal", "online" } }, { "components", QJsonValue() },
        { "fees", QJsonArray { QJsonObject { { "name_vi", QStringLiteral("Lệ phí") }, { "amount_vnd", fee } } } },
        { "legal_basis", QJsonArray { QStringLiteral("Thông tư thử") } }, { "verified", false }, { "source", "test" } };
}

struct Seeder {
    StoreFixture& f;
    bool ok = true;

    void at(int month, int day, int hour, int minute)
    {
        f.clock.setLocal(QDate(2025, month, day), QTime(hour, minute));
    }

    QString receive(const store::Actor& who, const QString& proc, const QString& channel, const QString& name,
        dossier::IntakeDecision decision = dossier::IntakeDecision::Accept, const QStringList& files = {})
    {
        dossier::IntakeRequest r = StoreFixture::citizenIntake(proc, name);
        r.channel = channel;
        r.decision = decision;
        if (decision != dossier::IntakeDecision::Accept)
            r.reason = QStringLiteral("Thiếu tờ khai");
        if (decision == dossier::IntakeDecision::RequestSupplement)
            r.missing = QStringList { QStringLiteral("to-khai") };
        if (!files.isEmpty())
            r.documents << dossier::IntakeDocument { QStringLiteral("to-khai"), 1, 0, 0, files };
        auto res = f.store->receive(who, r);
        if (!res) {
            qWarning() << "seed receive:" << res.error().message;
            ok = false;
            return {};
        }
        return res->code;
    }

    void step(const store::Actor& who, const QString& code, store::StepRequest r)
    {
        if (auto res = f.store->apply(who, code, r); !res) {
            qWarning() << "seed step" << workflow::stepName(r.step) << code << ":" << res.error().message;
            ok = false;
        }
    }
    void simple(const store::Actor& who, const QString& code, workflow::Step s)
    {
        store::StepRequest r;
        r.step = s;
        step(who, code, r);
    }
    void pay(const store::Actor& who, const QString& code, qint64 vnd, dossier::PaymentMethod method)
    {
        store::StepRequest r;
        r.step = workflow::Step::RecordPayment;
        r.amountVnd = vnd;
        r.method = method;
        step(who, code, r);
    }
    void rate(const store::Actor& who, const QString& code, int value)
    {
        store::StepRequest r;
        r.step = workflow::Step::Rate;
        r.rating = value;
        step(who, code, r);
    }
};

} // namespace dashboard_seed

// Seeds the mix into a fresh StoreFixture (after setUp()); leaves the clock on 12/03/2025 09:05.
inline bool seedDashboard(StoreFixture& f, DashboardSeed& s)
{
    using dossier::IntakeDecision;
    using dossier::PaymentMethod;
    using workflow::Step;
    dashboard_seed::Seeder d { f };
    d.at(2, 24, 8, 0);
    if (!f.store->setSite(SiteConfig::demo()))
        return false;
    const QJsonArray entries { dashboard_seed::procedure(kProcA, kUnitA, 5, 150000),
        dashboard_seed::procedure(kProcB, kUnitB, 3, QJsonValue()) };
    if (!f.store->importCatalogue(f.admin, entries, QDate(2025, 1, 1)))
        return false;
    if (!f.store->addUser(
            f.admin, QStringLiteral("clerk2"), QStringLiteral("Phạm Thu Trang"), auth::Role::Clerk, kTestPassword))
        return false;
    auto clerk2 = f.store->authenticate(QStringLiteral("clerk2"), kTestPassword);
    if (!clerk2)
        return false;
    s.clerk2 = clerk2.value();
    const store::Actor& c1 = f.clerk;
    const store::Actor& c2 = s.clerk2;

    d.at(2, 24, 9, 0);
    s.returnedLate = d.receive(c1, kProcB, "desk", QStringLiteral("Trần Văn Bình"));
    d.at(2, 24, 10, 0);
    d.simple(c1, s.returnedLate, Step::HandOver);
    d.at(2, 26, 9, 0);
    s.overdue5 = d.receive(c1, kProcA, "desk", QStringLiteral("Lê Thị Cúc"));
    d.at(2, 26, 10, 0);
    d.simple(c1, s.overdue5, Step::HandOver);
    d.at(3, 3, 9, 0);
    s.overdue2 = d.receive(c2, kProcA, "online", QStringLiteral("Phạm Quang Dũng"));
    d.at(3, 3, 10, 0);
    s.pausedSupplement = d.receive(c1, kProcA, "desk", QStringLiteral("Hoàng Thị Én"));
    d.at(3, 3, 10, 5);
    d.simple(c1, s.pausedSupplement, Step::HandOver);
    d.at(3, 3, 11, 0);
    s.readyEarly = d.receive(c1, kProcA, "desk", QStringLiteral("Vũ Văn Giang"));
    d.at(3, 3, 11, 5);
    d.simple(c1, s.readyEarly, Step::HandOver);
    d.at(3, 3, 12, 0);
    s.returnedToday = d.receive(c1, kProcA, "desk", QStringLiteral("Đặng Thị Hà"));
    d.at(3, 3, 12, 5);
    d.simple(c1, s.returnedToday, Step::HandOver);
    d.at(3, 3, 14, 0);
    d.simple(c1, s.returnedLate, Step::MarkResultReady); // due 27/02: late
    d.at(3, 4, 9, 0);
    s.pausedPayment = d.receive(c1, kProcB, "desk", QStringLiteral("Bùi Văn Khoa"));
    d.at(3, 4, 9, 5);
    d.simple(c1, s.pausedPayment, Step::HandOver);
    d.at(3, 5, 9, 0);
    store::StepRequest supplement;
    supplement.step = Step::RequestSupplement;
    supplement.reason = QStringLiteral("Bổ sung bản sao giấy phép");
    d.step(c1, s.pausedSupplement, supplement);
    d.at(3, 5, 9, 30);
    store::StepRequest notice;
    notice.step = Step::FeeNotice;
    notice.amountVnd = 200000;
    notice.number = QStringLiteral("797/25/CTS-DR");
    d.step(c1, s.pausedPayment, notice);
    d.at(3, 6, 9, 0);
    d.simple(c1, s.readyEarly, Step::MarkResultReady); // due 10/03: early
    d.at(3, 7, 9, 0);
    s.dueToday = d.receive(c1, kProcB, "desk", QStringLiteral("Ngô Thị Lan"));
    d.at(3, 7, 9, 5);
    d.simple(c1, s.dueToday, Step::HandOver);
    d.at(3, 7, 10, 0);
    s.soonA = d.receive(f.postal, kProcA, "postal", QStringLiteral("Đỗ Văn Minh"));
    d.at(3, 7, 10, 5);
    d.simple(f.postal, s.soonA, Step::HandOver);
    d.at(3, 7, 11, 0);
    d.simple(c1, s.returnedToday, Step::MarkResultReady); // due 10/03: early
    d.at(3, 10, 9, 0);
    s.soonB = d.receive(c2, kProcB, "desk", QStringLiteral("Trịnh Thị Nga"));
    d.at(3, 10, 9, 5);
    d.simple(c2, s.soonB, Step::HandOver);
    d.at(3, 11, 9, 0);
    s.parked = d.receive(c1, kProcA, "desk", QStringLiteral("Lý Văn Phúc"));
    if (auto pending = f.store->pendingOutbox(c1, 100000); pending) {
        for (const store::OutboxItem& item : pending.value())
            if (item.dossierCode == s.parked)
                d.ok = d.ok && f.store->markFailed(c1, item.key, kParkedReason).ok();
    } else {
        d.ok = false;
    }
    d.at(3, 11, 10, 0);
    d.simple(c1, s.returnedLate, Step::ReturnResult);
    d.at(3, 11, 10, 5);
    d.rate(c1, s.returnedLate, 3);
    d.at(3, 11, 11, 0);
    d.pay(c1, s.readyEarly, 30000, PaymentMethod::Transfer);

    // The day.
    const QString scan = f.dir.filePath(QStringLiteral("scan-dashboard.png"));
    {
        QFile file(scan);
        d.ok = d.ok && file.open(QIODevice::WriteOnly) && file.write("page one") == 8;
    }
    d.at(3, 12, 8, 0);
    s.dayA1 = d.receive(c1, kProcA, "desk", QStringLiteral("Nguyễn Thị Quế"), IntakeDecision::Accept, { scan });
    d.at(3, 12, 8, 5);
    d.pay(c1, s.dayA1, 150000, PaymentMethod::Cash);
    d.at(3, 12, 8, 10);
    s.dayA2 = d.receive(c2, kProcA, "online", QStringLiteral("Tạ Văn Sơn"));
    d.at(3, 12, 8, 12);
    d.pay(c2, s.dayA2, 150000, PaymentMethod::Transfer);
    d.at(3, 12, 8, 20);
    s.dayB1 = d.receive(f.postal, kProcB, "postal", QStringLiteral("Mai Thị Tâm"));
    d.at(3, 12, 8, 22);
    d.pay(f.postal, s.dayB1, 100000, PaymentMethod::Cash);
    d.at(3, 12, 8, 30);
    s.dayIncomplete = d.receive(c1, kProcA, "desk", QStringLiteral("Cao Văn Uy"), IntakeDecision::RequestSupplement);
    d.at(3, 12, 8, 40);
    s.dayRefused = d.receive(c2, kProcB, "desk", QStringLiteral("Lâm Thị Vân"), IntakeDecision::Refuse);
    d.at(3, 12, 8, 45);
    d.rate(c2, s.dayRefused, 2);
    d.at(3, 12, 8, 50);
    s.dayOverpaid = d.receive(c1, kProcA, "desk", QStringLiteral("Hà Văn Xuân"));
    d.at(3, 12, 8, 52);
    d.pay(c1, s.dayOverpaid, 200000, PaymentMethod::Cash);
    d.at(3, 12, 8, 55);
    d.simple(c1, s.returnedToday, Step::ReturnResult);
    d.at(3, 12, 8, 56);
    d.rate(c1, s.returnedToday, 1);
    d.at(3, 12, 9, 0);
    d.pay(c2, s.pausedPayment, 50000, PaymentMethod::Cash);
    d.at(3, 12, 9, 5);
    return d.ok;
}

} // namespace motcua::test
