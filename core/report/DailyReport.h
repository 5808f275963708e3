// DailyReport: the supervisor's dashboard for one day (issue 14): the day's intake counted by status,
// unit, procedure, clerk and channel; the queues (waiting for hand-over, due today, due within two
// working days, overdue with working days late and the unit holding it, ready for return, waiting for
// the applicant's supplement or payment, parked in sync); fees per clerk, cash and transfer, with the
// payments that do not match their fee notices; the day's ratings. Plain values built by
// Store::dailyReport() (core/store/StoreDashboard.cpp), which enforces who sees what: a supervisor
// everything, an administrator the counts only (no dossier code, name or amount). DashboardCharts holds
// the weekly series of the charts. docs/dashboard.md defines every figure.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace motcua::report {

// One dossier in a queue of the dashboard.
struct QueueRow {
    QString code;
    QString applicant;
    QString procedure;
    QString unit; // the unit holding it now: the desk's unit, or the last unit it was handed to
    QString state; // workflow state id
    QDateTime receivedUtc;
    QDateTime dueLocal; // invalid when unknown
    int workingDaysLate = 0; // overdue list only (at least 1)
    QJsonObject toJson() const;
};

// A record the central system refused (parked in the outbox until someone fixes it).
struct ParkedRow {
    QString code;
    QString service;
    QString reason;
    QJsonObject toJson() const;
};

// What one clerk took in on the day.
struct ClerkFees {
    QString login;
    QString name;
    qint64 cashVnd = 0;
    qint64 transferVnd = 0;
    int payments = 0;
    qint64 totalVnd() const { return cashVnd + transferVnd; }
    QJsonObject toJson() const;
};

// A dossier paid on the day whose payments differ from what it owes: the sum of its fee notices, or,
// without a notice, the fees the catalogue states for its procedure.
struct FeeMismatch {
    enum class Kind { Underpaid, Overpaid, NoFeeNotice };
    QString code;
    QStringList clerks; // logins who recorded the day's payments
    std::optional<qint64> expectedVnd; // nullopt: no fee notice and no amount in the catalogue
    qint64 paidVnd = 0;
    QString basis; // "fee_notice" | "catalogue" | "none"
    Kind kind = Kind::Underpaid;
    static QString kindName(Kind kind); // "underpaid" | "overpaid" | "no_fee_notice"
    QJsonObject toJson() const;
};

// The queues of the dashboard, by stable id (JSON keys, the window's list ids).
enum class Queue {
    WaitingHandOver,
    DueToday,
    DueSoon, // within the next two working days after the day
    Overdue,
    ReadyForReturn,
    WaitingSupplement,
    WaitingPayment,
    Parked,
};
inline constexpr int kQueueCount = 8;
QString queueKey(Queue queue); // "waiting_hand_over", "due_today", ...
QList<Queue> allQueues();

struct DailyReport {
    QDate date;
    QDateTime generatedUtc;
    bool contents = true; // false: counts only (administrator); no list, fee or mismatch is filled in
    QString deskUnit;

    // The day's intake (dossiers whose receipt time falls on the day), counted.
    qint64 received = 0;
    QMap<QString, qint64> byStatus; // state id -> N (their state now)
    QMap<QString, qint64> byUnit; // processing unit -> N
    QMap<QString, qint64> byProcedure; // procedure code -> N
    QMap<QString, QString> procedureNames; // procedure code -> name
    QMap<QString, qint64> byClerk; // login -> N
    QMap<QString, QString> clerkNames; // login -> full name (clerks who received or took fees)
    QMap<QString, qint64> byChannel; // desk | postal | online -> N
    QMap<QString, qint64> openByStatus; // every dossier still open, whatever its day, by state

    std::array<QList<QueueRow>, kQueueCount> queues; // ParkedRow rows are in `parked`
    std::array<qint64, kQueueCount> queueCounts {}; // exact sizes (also when the lists are cut or hidden)
    QList<ParkedRow> parked;

    QList<ClerkFees> fees; // by login
    QList<FeeMismatch> mismatches;
    qint64 mismatchCount = 0;
    std::array<qint64, 3> ratings {}; // ratings given on the day: [0] = 1 very satisfied ... [2] = 3

    const QList<QueueRow>& queue(Queue q) const { return queues[static_cast<int>(q)]; }
    qint64 count(Queue q) const { return queueCounts[static_cast<int>(q)]; }
    qint64 feesCashVnd() const;
    qint64 feesTransferVnd() const;
    // The JSON of `motcua report daily` (docs/cli.md): {"date","received","by_status",
    // "waiting_hand_over":[codes],"due_today":[codes],"overdue":[{"code","working_days_late","unit"}],
    // "ready_for_return":[codes],"fees":[{"clerk","cash","transfer"}],"ratings":{"1","2","3"}, ...}.
    QJsonObject toJson() const;
};

// The weekly and daily series of the dashboard's charts, over `weeks` weeks ending on `to`.
struct DashboardCharts {
    QDate from;
    QDate to;
    struct Day {
        QDate date;
        qint64 desk = 0, postal = 0, online = 0; // dossiers received, by channel
    };
    struct Week {
        QDate monday;
        qint64 early = 0, onTime = 0, late = 0; // results back at the desk in the week
        qint64 received = 0, digitised = 0; // accepted in the week; of which with stored scans
        std::array<qint64, 3> ratings {}; // ratings given in the week
        double onTimeRate() const; // (early + on time) / results; -1 without results
        double digitisedShare() const; // -1 without dossiers
        double satisfiedShare() const; // ratings 1 and 2 / ratings; -1 without ratings
    };
    QList<Day> days;
    QList<Week> weeks;
    QJsonObject toJson() const;
};

} // namespace motcua::report
