#include "core/store/SyntheticDossiers.h"

#include "core/Clock.h"
#include "core/domain/WorkCalendar.h"

namespace motcua::store {

namespace {

const QStringList kFamily = { QStringLiteral("Nguyễn"), QStringLiteral("Nguyễn"), QStringLiteral("Nguyễn"),
    QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Trần"), QStringLiteral("Lê"),
    QStringLiteral("Lê"), QStringLiteral("Phạm"), QStringLiteral("Hoàng"), QStringLiteral("Huỳnh"),
    QStringLiteral("Phan"), QStringLiteral("Vũ"), QStringLiteral("Võ"), QStringLiteral("Đặng"), QStringLiteral("Bùi"),
    QStringLiteral("Đỗ"), QStringLiteral("Hồ"), QStringLiteral("Ngô"), QStringLiteral("Dương"), QStringLiteral("Lý"),
    QStringLiteral("Đinh"), QStringLiteral("Trịnh"), QStringLiteral("Đoàn") };
const QStringList kMiddleMale = { QStringLiteral("Văn"), QStringLiteral("Hữu"), QStringLiteral("Đức"),
    QStringLiteral("Minh"), QStringLiteral("Quang"), QStringLiteral("Công"), QStringLiteral("Thành"),
    QStringLiteral("Xuân"), QStringLiteral("Đình") };
const QStringList kMiddleFemale
    = { QStringLiteral("Thị"), QStringLiteral("Ngọc"), QStringLiteral("Thu"), QStringLiteral("Thanh"),
          QStringLiteral("Minh"), QStringLiteral("Phương"), QStringLiteral("Hồng"), QStringLiteral("Kim") };
const QStringList kGivenMale = { QStringLiteral("An"), QStringLiteral("Bình"), QStringLiteral("Cường"),
    QStringLiteral("Dũng"), QStringLiteral("Đạt"), QStringLiteral("Hải"), QStringLiteral("Hùng"),
    QStringLiteral("Khánh"), QStringLiteral("Long"), QStringLiteral("Nam"), QStringLiteral("Phong"),
    QStringLiteral("Quân"), QStringLiteral("Sơn"), QStringLiteral("Thắng"), QStringLiteral("Tuấn"),
    QStringLiteral("Việt"), QStringLiteral("Đông"), QStringLiteral("Hiếu") };
const QStringList kGivenFemale = { QStringLiteral("Anh"), QStringLiteral("Giang"), QStringLiteral("Hà"),
    QStringLiteral("Hạnh"), QStringLiteral("Hương"), QStringLiteral("Lan"), QStringLiteral("Linh"),
    QStringLiteral("Mai"), QStringLiteral("Nga"), QStringLiteral("Ngân"), QStringLiteral("Phượng"),
    QStringLiteral("Thảo"), QStringLiteral("Trang"), QStringLiteral("Yến"), QStringLiteral("Dung") };
const QStringList kStreets = { QStringLiteral("Trần Duy Hưng"), QStringLiteral("Láng Hạ"),
    QStringLiteral("Nguyễn Trãi"), QStringLiteral("Lê Duẩn"), QStringLiteral("Hai Bà Trưng"),
    QStringLiteral("Điện Biên Phủ"), QStringLiteral("Lý Thường Kiệt"), QStringLiteral("Phạm Văn Đồng"),
    QStringLiteral("Đường 3 Tháng 2"), QStringLiteral("Nguyễn Văn Linh") };
struct Place {
    const char* code; // province code of the personal id
    const char* district;
    const char* city;
};
const Place kPlaces[] = { { "001", "Cầu Giấy", "Hà Nội" }, { "001", "Đống Đa", "Hà Nội" },
    { "001", "Hoàn Kiếm", "Hà Nội" }, { "079", "Quận 1", "TP. Hồ Chí Minh" },
    { "079", "Bình Thạnh", "TP. Hồ Chí Minh" }, { "048", "Hải Châu", "Đà Nẵng" }, { "031", "Lê Chân", "Hải Phòng" },
    { "092", "Ninh Kiều", "Cần Thơ" }, { "040", "TP. Vinh", "Nghệ An" }, { "056", "TP. Nha Trang", "Khánh Hòa" } };
const QStringList kBusinessWords = { QStringLiteral("Viễn thông"), QStringLiteral("Vận tải biển"),
    QStringLiteral("Truyền hình"), QStringLiteral("Hàng không"), QStringLiteral("Điện tử"), QStringLiteral("Xây dựng"),
    QStringLiteral("Thủy sản"), QStringLiteral("Bảo vệ") };
const QStringList kBusinessNames = { QStringLiteral("Sao Mai"), QStringLiteral("Hòa Bình"),
    QStringLiteral("Phương Đông"), QStringLiteral("Đại Việt"), QStringLiteral("Thăng Long"), QStringLiteral("Hồng Hà"),
    QStringLiteral("Cửu Long"), QStringLiteral("Bắc Á") };

} // namespace

QString SyntheticDossiers::personName()
{
    const bool female = chance(0.5);
    return QStringLiteral("%1 %2 %3")
        .arg(pick(kFamily), pick(female ? kMiddleFemale : kMiddleMale), pick(female ? kGivenFemale : kGivenMale));
}

QString SyntheticDossiers::businessName()
{
    static const QStringList kinds = { QStringLiteral("Công ty TNHH"), QStringLiteral("Công ty Cổ phần") };
    return QStringLiteral("%1 %2 %3").arg(pick(kinds), pick(kBusinessWords), pick(kBusinessNames));
}

QString SyntheticDossiers::address()
{
    const Place& p = kPlaces[m_rng.bounded(quint32(std::size(kPlaces)))];
    return QStringLiteral("Số %1 %2, %3, %4")
        .arg(m_rng.bounded(1, 400))
        .arg(pick(kStreets), QString::fromUtf8(p.district), QString::fromUtf8(p.city));
}

QString SyntheticDossiers::personalId(int birthYear, bool female)
{
    const Place& p = kPlaces[m_rng.bounded(quint32(std::size(kPlaces)))];
    const int century = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
    return QStringLiteral("%1%2%3%4")
        .arg(QString::fromLatin1(p.code))
        .arg(century)
        .arg(birthYear % 100, 2, 10, QLatin1Char('0'))
        .arg(m_rng.bounded(1000000), 6, 10, QLatin1Char('0'));
}

QString SyntheticDossiers::taxCode()
{
    static const int weights[9] = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
    for (;;) {
        QString digits = QStringLiteral("01%1").arg(m_rng.bounded(10000000), 7, 10, QLatin1Char('0'));
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += digits.at(i).digitValue() * weights[i];
        const int rest = sum % 11;
        if (rest == 0 || rest == 1 || digits.mid(2, 7) == QLatin1String("0000000"))
            continue; // no valid single check digit
        return digits + QString::number(10 - rest);
    }
}

QString SyntheticDossiers::phone()
{
    static const QStringList prefixes = { QStringLiteral("091"), QStringLiteral("098"), QStringLiteral("090"),
        QStringLiteral("097"), QStringLiteral("088"), QStringLiteral("035") };
    return pick(prefixes) + QStringLiteral("%1").arg(m_rng.bounded(10000000), 7, 10, QLatin1Char('0'));
}

dossier::IntakeRequest SyntheticDossiers::intake(const catalogue::Procedure& procedure)
{
    dossier::IntakeRequest r;
    r.procedure = procedure.code;
    r.channel = chance(0.8) || (procedure.channels && !procedure.channels->contains(QStringLiteral("postal")))
        ? QStringLiteral("desk")
        : QStringLiteral("postal");
    const bool business = chance(0.35);
    r.applicant.kind = business ? dossier::ApplicantKind::Business : dossier::ApplicantKind::Citizen;
    if (business) {
        r.applicant.name = businessName();
        r.applicant.taxCode = taxCode();
        r.applicant.email = QStringLiteral("lienhe%1@example.vn").arg(m_rng.bounded(1000));
    } else {
        const bool female = chance(0.5);
        const int year = 1950 + int(m_rng.bounded(55));
        r.applicant.name = personName();
        r.applicant.idNumber = personalId(year, female);
        r.applicant.birthDate = QDate(year, 1 + int(m_rng.bounded(12)), 1 + int(m_rng.bounded(28)));
    }
    r.applicant.phone = phone();
    r.applicant.address = address();
    if (!business && chance(0.1)) {
        dossier::Party owner;
        owner.kind = dossier::ApplicantKind::Business;
        owner.name = businessName();
        owner.taxCode = taxCode();
        owner.address = address();
        r.owner = owner;
    }
    r.returnMethod = chance(0.25) ? QStringLiteral("postal") : QStringLiteral("desk");
    if (procedure.components)
        for (const catalogue::Component& c : *procedure.components)
            r.documents << dossier::IntakeDocument { c.id, c.originals.value_or(1), 0, c.copies.value_or(0), {} };
    const double roll = m_rng.generateDouble();
    if (roll < 0.03) {
        r.decision = dossier::IntakeDecision::Refuse;
        r.reason = QStringLiteral("Thủ tục không thuộc thẩm quyền tiếp nhận của Bộ phận Một cửa");
    } else if (roll < 0.07 && procedure.components && !procedure.components->isEmpty()) {
        r.decision = dossier::IntakeDecision::RequestSupplement;
        r.reason = QStringLiteral("Thiếu bản khai theo mẫu");
        r.missing << procedure.components->first().id;
        r.documents.removeFirst();
    }
    return r;
}

namespace {

QList<QDate> workingDays(const QDate& from, const QDate& to)
{
    QList<QDate> days;
    const WorkCalendar& cal = WorkCalendar::builtin();
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (cal.isWorkingDay(d))
            days << d;
    return days;
}

} // namespace

// One received dossier moved along the workflow by its age: the clock is set to each step's day.
struct SyntheticDossiers::Walk {
    Store& store;
    const Actor& clerk;
    const Actor& supervisor;
    FixedClock& clock;
    QString code;
    QDate day; // receipt day
    int ageDays = 0; // days from the receipt to GeneratorOptions::to

    void at(int offset, int hour) { clock.set(Clock::local(day.addDays(offset), QTime(hour, 0))); }
    bool step(const StepRequest& r, const Actor& who) { return store.apply(who, code, r).ok(); }
    bool step(const StepRequest& r) { return step(r, clerk); }
};

Result<qint64> SyntheticDossiers::fill(
    Store& store, const Actor& clerk, const Actor& supervisor, const GeneratorOptions& o)
{
    auto procs = store.procedures(o.from);
    if (!procs)
        return procs.error();
    QList<catalogue::Procedure> usable;
    for (const catalogue::Procedure& p : procs.value())
        if (p.acceptsChannel(QStringLiteral("desk")))
            usable << p;
    if (usable.isEmpty())
        return Error::invalid(QStringLiteral("catalogue"), QStringLiteral("no procedure accepts desk intake"));
    const QList<QDate> days = workingDays(o.from, o.to);
    if (days.isEmpty())
        return Error::invalid(QStringLiteral("from"), QStringLiteral("no working day in the period"));
    auto clock = std::make_shared<FixedClock>(Clock::local(days.first(), QTime(7, 30)));
    Clock::setCurrent(clock);
    SyntheticDossiers gen(o.seed);
    auto done = gen.generate(store, clerk, supervisor, o, usable, days, *clock);
    Clock::resetToSystem();
    if (done && o.progress)
        o.progress(done.value());
    return done;
}

Result<qint64> SyntheticDossiers::generate(Store& store, const Actor& clerk, const Actor& supervisor,
    const GeneratorOptions& o, const QList<catalogue::Procedure>& usable, const QList<QDate>& days, FixedClock& clock)
{
    const qint64 officeMs = qint64(9.5 * 3600 * 1000); // 07:30 - 17:00
    qint64 done = 0;
    int inBatch = 0;
    if (auto s = store.beginBatch(); !s)
        return s.error();
    for (int di = 0; di < days.size(); ++di) {
        const QDate day = days.at(di);
        const qint64 n = o.count * (di + 1) / days.size() - done;
        const int ageDays = int(day.daysTo(o.asOf.isValid() ? o.asOf : o.to));
        for (qint64 i = 0; i < n; ++i) { // n > 0 except when count < days
            const QDateTime at = Clock::local(day, QTime(7, 30)).addMSecs(officeMs * i / n + 1);
            clock.set(at);
            const catalogue::Procedure& p = usable.at(int(m_rng.bounded(quint32(usable.size()))));
            auto res = store.receive(clerk, intake(p));
            if (!res) {
                (void)store.commitBatch(); // keep what was generated so far; report the receive error
                return res.error();
            }
            ++done;
            if (o.advanceStates && res->state == workflow::State::Received && ageDays > 0) {
                Walk w { store, clerk, supervisor, clock, res->code, day, ageDays };
                advance(w);
            }
            if (++inBatch >= o.batchSize) {
                if (auto s = store.commitBatch(); !s)
                    return s.error();
                if (o.progress)
                    o.progress(done);
                inBatch = 0;
                clock.set(at);
                if (auto s = store.beginBatch(); !s)
                    return s.error();
            }
        }
    }
    if (auto s = store.commitBatch(); !s)
        return s.error();
    return done;
}

void SyntheticDossiers::advance(Walk& w)
{
    StepRequest r;
    w.at(qMin(w.ageDays, 1), 8);
    r.step = workflow::Step::HandOver;
    if (!w.step(r))
        return;
    const double roll = m_rng.generateDouble();
    if (roll < 0.02) {
        r = {};
        r.step = workflow::Step::Withdraw;
        r.reason = QStringLiteral("Công dân đề nghị rút hồ sơ");
        w.step(r);
        return;
    }
    if (w.ageDays <= 3)
        return;
    supplementOrFees(w, roll);
    finish(w);
}

void SyntheticDossiers::supplementOrFees(Walk& w, double roll)
{
    StepRequest r;
    if (roll < 0.12) {
        w.at(qMin(w.ageDays, 3), 9);
        r.step = workflow::Step::RequestSupplement;
        r.reason = QStringLiteral("Bổ sung sơ đồ vị trí đặt thiết bị");
        w.step(r);
        if (w.ageDays > 8 && chance(0.8)) {
            w.at(8, 10);
            r = {};
            r.step = workflow::Step::SupplementReceived;
            w.step(r);
        }
    } else if (roll < 0.40 && w.ageDays > 10) {
        w.at(10, 9);
        r.step = workflow::Step::FeeNotice;
        r.amountVnd = 500000 + 50000 * qint64(m_rng.bounded(40));
        r.number = QStringLiteral("%1/26/CTS-DR").arg(m_rng.bounded(1, 999));
        w.step(r);
        if (w.ageDays > 12 && chance(0.9)) {
            w.at(12, 10);
            r.step = workflow::Step::RecordPayment; // the amount of the notice
            r.method = chance(0.6) ? dossier::PaymentMethod::Transfer : dossier::PaymentMethod::Cash;
            w.step(r);
        }
    }
}

void SyntheticDossiers::finish(Walk& w)
{
    StepRequest r;
    if (w.ageDays > 25 && chance(0.9)) {
        w.at(25, 14);
        r.step = workflow::Step::MarkResultReady;
        if (w.step(r) && w.ageDays > 28 && chance(0.9)) {
            w.at(28, 9);
            r.step = workflow::Step::ReturnResult;
            w.step(r);
            if (chance(0.5)) {
                r = {};
                r.step = workflow::Step::Rate;
                r.rating = chance(0.7) ? 1 : (chance(0.8) ? 2 : 3);
                w.step(r);
            }
        }
    } else if (w.ageDays > 25 && chance(0.3)) {
        w.at(24, 16);
        r.step = workflow::Step::Reschedule;
        r.reason = QStringLiteral("Cần phối hợp thẩm định kỹ thuật với đơn vị khác");
        r.newDueDate = w.day.addDays(40);
        w.step(r, w.supervisor);
    }
}

} // namespace motcua::store
