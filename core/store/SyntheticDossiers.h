// SyntheticDossiers: fills a store with realistic invented dossiers (Vietnamese names and addresses,
// valid identity numbers and tax codes, procedures from the catalogue, states spread over the
// workflow) for benchmarks, demos and the supervisor views. Deterministic for a given seed. Uses the
// real Store API (codes, audit, outbox, search index), batched in large transactions.
#pragma once

#include "core/Result.h"
#include "core/dossier/Intake.h"
#include "core/store/Store.h"

#include <QDate>
#include <QRandomGenerator>

#include <functional>

namespace motcua {
class FixedClock;
}

namespace motcua::store {

struct GeneratorOptions {
    qint64 count = 1000;
    QDate from; // first receipt day (local); working days only
    QDate to; // last receipt day; "today" for the ages of the dossiers unless asOf is set
    QDate asOf; // "today" for the ages (how far each dossier has moved on); invalid: `to`
    quint32 seed = 20250312;
    int batchSize = 2000; // changes per transaction
    bool advanceStates = true; // apply hand-over, result, return... by the dossier's age
    std::function<void(qint64 done)> progress;
};

class SyntheticDossiers
{
public:
    explicit SyntheticDossiers(quint32 seed) : m_rng(seed) { }

    QString personName();
    QString businessName();
    QString address();
    QString personalId(int birthYear, bool female);
    QString taxCode();
    QString phone();
    dossier::IntakeRequest intake(const catalogue::Procedure& procedure);

    // Receives `count` dossiers spread over the working days [from, to] at office hours, as `clerk`
    // (steps that need a supervisor use `supervisor`). Installs and then removes its own clock.
    static Result<qint64> fill(
        Store& store, const Actor& clerk, const Actor& supervisor, const GeneratorOptions& options);

private:
    struct Walk;
    Result<qint64> generate(Store& store, const Actor& clerk, const Actor& supervisor, const GeneratorOptions& o,
        const QList<catalogue::Procedure>& usable, const QList<QDate>& days, FixedClock& clock);
    void advance(Walk& w); // hand-over, then withdrawal or the rest by age
    void supplementOrFees(Walk& w, double roll);
    void finish(Walk& w); // result ready, return and rating; or a reschedule

    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(int(m_rng.bounded(quint32(list.size()))));
    }
    bool chance(double p) { return m_rng.generateDouble() < p; }

    QRandomGenerator m_rng;
};

} // namespace motcua::store
