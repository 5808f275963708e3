#include "tests/support/ReportMix.h"

#include <QMap>

namespace motcua::test {

namespace {

using workflow::Step;

struct Seeder {
    StoreFixture& f;
    store::Actor clerk2;
    QMap<QChar, QString> codes;
    QMap<QChar, QDateTime> due;
    QString error;

    void at(int month, int day, int hour, int minute = 0)
    {
        f.clock.setLocal(QDate(2025, month, day), QTime(hour, minute));
    }

    void receive(QChar id, const store::Actor& who, const QString& procedure, const QString& channel)
    {
        if (!error.isEmpty())
            return;
        dossier::IntakeRequest r = StoreFixture::citizenIntake(procedure, QStringLiteral("Người nộp %1").arg(id),
            QStringLiteral("0010900123%1").arg(int(id.unicode()) % 100, 2, 10, QLatin1Char('0')));
        r.channel = channel;
        auto res = f.store->receive(who, r);
        if (!res) {
            error = QStringLiteral("receive %1: %2").arg(id).arg(res.error().message);
            return;
        }
        codes[id] = res->code;
        due[id] = res->dueLocal;
    }

    void step(QChar id, Step s, const store::Actor& who, const QDate& newDue = {})
    {
        if (!error.isEmpty())
            return;
        store::StepRequest r;
        r.step = s;
        if (s == Step::RequestSupplement || s == Step::Withdraw || s == Step::Reschedule)
            r.reason = QStringLiteral("Lý do %1").arg(id);
        if (s == Step::Rate)
            r.rating = m_rating;
        r.newDueDate = newDue;
        if (auto res = f.store->apply(who, codes.value(id), r); !res)
            error = QStringLiteral("%1 on %2: %3").arg(workflow::stepName(s)).arg(id).arg(res.error().message);
    }

    void rate(QChar id, const store::Actor& who, int value)
    {
        m_rating = value;
        step(id, Step::Rate, who);
    }

    // The result comes back one minute before the appointment: on time, on the due date.
    void readyAtDue(QChar id)
    {
        f.clock.setLocal(due[id].date(), due[id].time().addSecs(-60));
        step(id, Step::MarkResultReady, f.clerk);
    }

    int m_rating = 1;
};

} // namespace

// Expected for March 2025 (cut-off 01/04/2025 00:00, the report asked for on 15/04/2025):
//   A  RF-001 desk   Feb, resolved Feb                       -> not counted
//   B  RF-001 desk   Feb, processing, due early March        -> carried over, in progress past the limit
//   C  VT-001 postal Feb (postal clerk), due 25/02, ready 3/3 -> carried over, resolved late; rated 1 in March
//   D  RF-001 desk   Feb (clerk2), due ~20/03, ready 5/3     -> carried over, resolved early; rated 2 in March
//   E  RF-001 online 3/3, ready one minute before its due    -> received online, resolved on time; rated 2 in April
//   F  RF-002 desk   4/3 (clerk2), ready 10/3                -> received, resolved early; rated 1
//   G  VT-001 desk   5/3, due 20/03, ready 25/3              -> received, resolved late; rated 3
//   H  VT-001 desk   6/3, due 21/03, supplement asked 10/3   -> received, in progress within the limit (paused)
//   I  RF-001 postal 10/3 (postal clerk), not handed over    -> received by post, in progress within the limit
//   J  RF-001 desk   12/3, withdrawn 14/3                    -> received, withdrawn
//   K  VT-001 desk   13/3 (clerk2), due 28/03, rescheduled   -> received, in progress past the (original) limit
//   M  RF-001 desk   2/4                                     -> not counted
ReportMix seedReportMix(StoreFixture& f)
{
    Seeder s { f, {}, {}, {}, {}, 1 };
    const QDateTime keep = f.clock.now();
    f.clock.setLocal(QDate(2025, 2, 1), QTime(8, 0));
    if (auto st = f.store->addUser(
            f.admin, QStringLiteral("clerk2"), QStringLiteral("Phạm Thị Lan"), auth::Role::Clerk, kTestPassword);
        !st)
        return { {}, st.error().message };
    auto c2 = f.store->authenticate(QStringLiteral("clerk2"), kTestPassword);
    if (!c2)
        return { {}, c2.error().message };
    s.clerk2 = c2.value();
    const auto& clerk = f.clerk;
    const auto& postal = f.postal;
    const QString rf1 = QStringLiteral("LOCAL-RF-001"), rf2 = QStringLiteral("LOCAL-RF-002"),
                  vt1 = QStringLiteral("LOCAL-VT-001"), desk = QStringLiteral("desk"), post = QStringLiteral("postal"),
                  online = QStringLiteral("online");
    s.at(2, 3, 9), s.receive('A', clerk, rf1, desk);
    s.at(2, 4, 8), s.step('A', Step::HandOver, clerk);
    s.at(2, 5, 9), s.receive('B', clerk, rf1, desk);
    s.at(2, 6, 8), s.step('B', Step::HandOver, clerk);
    s.at(2, 10, 9), s.receive('C', postal, vt1, post);
    s.at(2, 11, 8), s.step('C', Step::HandOver, postal);
    s.at(2, 20, 9), s.receive('D', s.clerk2, rf1, desk);
    s.at(2, 20, 14), s.step('A', Step::MarkResultReady, clerk);
    s.at(2, 21, 8), s.step('D', Step::HandOver, s.clerk2);
    s.at(3, 3, 9), s.receive('E', clerk, rf1, online);
    s.at(3, 3, 10), s.step('C', Step::MarkResultReady, clerk);
    s.at(3, 4, 9), s.receive('F', s.clerk2, rf2, desk);
    s.at(3, 4, 10), s.step('C', Step::ReturnResult, clerk);
    s.at(3, 4, 10, 5), s.rate('C', clerk, 1);
    s.at(3, 4, 11), s.step('E', Step::HandOver, clerk);
    s.at(3, 4, 14), s.step('F', Step::HandOver, s.clerk2);
    s.at(3, 5, 9), s.receive('G', clerk, vt1, desk);
    s.at(3, 5, 10), s.step('D', Step::MarkResultReady, clerk);
    s.at(3, 5, 11), s.step('G', Step::HandOver, clerk);
    s.at(3, 6, 9), s.receive('H', clerk, vt1, desk);
    s.at(3, 6, 10), s.step('D', Step::ReturnResult, clerk);
    s.at(3, 6, 10, 5), s.rate('D', clerk, 2);
    s.at(3, 6, 11), s.step('H', Step::HandOver, clerk);
    s.at(3, 10, 9), s.receive('I', postal, rf1, post);
    s.at(3, 10, 10), s.step('F', Step::MarkResultReady, clerk);
    s.at(3, 10, 11), s.step('H', Step::RequestSupplement, clerk);
    s.at(3, 11, 9), s.step('F', Step::ReturnResult, clerk);
    s.at(3, 11, 9, 5), s.rate('F', clerk, 1);
    s.at(3, 12, 9), s.receive('J', clerk, rf1, desk);
    s.at(3, 12, 10), s.step('J', Step::HandOver, clerk);
    s.at(3, 13, 9), s.receive('K', s.clerk2, vt1, desk);
    s.at(3, 13, 10), s.step('K', Step::HandOver, s.clerk2);
    s.at(3, 14, 9), s.step('J', Step::Withdraw, clerk);
    s.at(3, 25, 10), s.step('G', Step::MarkResultReady, clerk);
    s.at(3, 25, 11), s.step('G', Step::ReturnResult, clerk);
    s.at(3, 25, 11, 5), s.rate('G', clerk, 3);
    s.at(3, 26, 9), s.step('K', Step::Reschedule, f.supervisor, QDate(2025, 4, 10));
    if (s.error.isEmpty() && !(s.due['E'].date() > QDate(2025, 3, 26) && s.due['E'].date() <= QDate(2025, 3, 31)))
        s.error = QStringLiteral("E is due on %1, not in the last days of March").arg(s.due['E'].toString());
    s.readyAtDue('E');
    s.at(4, 2, 9), s.receive('M', clerk, rf1, desk);
    s.at(4, 3, 9), s.step('E', Step::ReturnResult, clerk);
    s.at(4, 3, 9, 5), s.rate('E', clerk, 2);
    // Preconditions of the expected figures: each due date where the comment above puts it.
    const QList<std::pair<QChar, QDate>> bounds { { 'B', QDate(2025, 3, 31) }, { 'C', QDate(2025, 3, 2) },
        { 'G', QDate(2025, 3, 24) }, { 'K', QDate(2025, 3, 31) } };
    for (const auto& [id, before] : bounds)
        if (s.error.isEmpty() && !(s.due[id].date() <= before))
            s.error = QStringLiteral("%1 is due on %2, expected before %3")
                          .arg(id)
                          .arg(s.due[id].toString(), before.toString());
    if (s.error.isEmpty()
        && !(s.due['D'].date() > QDate(2025, 3, 5) && s.due['H'].date() > QDate(2025, 3, 10)
            && s.due['H'].date() < QDate(2025, 4, 1) && s.due['I'].date() >= QDate(2025, 4, 1)))
        s.error = QStringLiteral("D, H or I due dates are not where the mix expects them");
    f.clock.setLocal(QDate(2025, 4, 15), QTime(9, 0));
    (void)keep;
    ReportMix mix;
    mix.error = s.error;
    for (QChar id : { 'E', 'F', 'G', 'H', 'I', 'J', 'K' })
        mix.codesInMarchBook << s.codes.value(id);
    return mix;
}

} // namespace motcua::test
