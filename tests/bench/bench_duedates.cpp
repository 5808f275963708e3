// bench_duedates: computes 1,000,000 appointment dates with the built-in calendar (target: < 1 s in a
// Release build). Mix: 20 working days, 15 calendar days, 5 wd + 15 days, same day, 8 hours; receipt
// times spread over 2024-2028. A second pass adds one pause to every tenth dossier.
// Usage: bench_duedates [count]
#include "core/Clock.h"
#include "core/domain/DueDate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <random>

using namespace motcua;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1000000;
    Clock::setCurrent(std::make_shared<FixedClock>(Clock::local(QDate(2028, 12, 31), QTime(9, 0))));

    using U = TimeLimit::Unit;
    const QList<TimeLimit> limits { TimeLimit::single(20, U::WorkingDays), TimeLimit::single(15, U::Days),
        TimeLimit { { { 5, U::WorkingDays }, { 15, U::Days } } }, TimeLimit::single(0, U::SameDay),
        TimeLimit::single(8, U::Hours) };

    QElapsedTimer setup;
    setup.start();
    const WorkCalendar& cal = WorkCalendar::builtin();
    const qint64 setupMs = setup.elapsed();

    // Receipt instants (UTC) prepared before timing: office hours of days in 2024-2028.
    std::mt19937_64 rng(20250312);
    const QDateTime base = Clock::local(QDate(2024, 1, 1), QTime(0, 0)).toUTC();
    QList<QDateTime> received;
    received.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const qint64 day = static_cast<qint64>(rng() % (5 * 365));
        const qint64 secs = 7 * 3600 + static_cast<qint64>(rng() % (11 * 3600));
        received.append(base.addSecs(day * 86400 + secs));
    }

    const auto run = [&](bool withPauses, qint64& checksum) {
        QElapsedTimer t;
        t.start();
        qint64 failures = 0;
        for (qint64 i = 0; i < count; ++i) {
            QList<PauseInterval> pauses;
            if (withPauses && i % 10 == 0)
                pauses.append({ received.at(i).addDays(2), received.at(i).addDays(5) });
            const auto due = computeDue(cal, limits.at(i % limits.size()), received.at(i), pauses);
            if (!due)
                ++failures;
            else
                checksum += due->toSecsSinceEpoch() % 1000003;
        }
        return std::pair { t.nsecsElapsed(), failures };
    };

    qint64 sum1 = 0, sum2 = 0;
    const auto [plainNs, plainFail] = run(false, sum1);
    const auto [pauseNs, pauseFail] = run(true, sum2);

    const QJsonObject result { { "benchmark", "duedates" }, { "count", count }, { "calendar_setup_ms", setupMs },
        { "total_ms", plainNs / 1e6 }, { "ns_per_due_date", double(plainNs) / count },
        { "with_pauses_total_ms", pauseNs / 1e6 }, { "failures", plainFail + pauseFail },
        { "checksum", QString::number(sum1 ^ sum2) } };
    std::printf("%s", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return plainFail + pauseFail == 0 ? 0 : 1;
}
