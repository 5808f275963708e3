// ReportFacts: what the store hands to the period-level reports (core/report): per dossier the times that
// decide how it counts in a period, per rating its dimensions. No applicant data, no dossier code: the
// administrator may read these (view_report_counts); the tracking book (view_reports) is separate.
#pragma once

#include <QDateTime>
#include <QString>

namespace motcua::store {

// One accepted dossier that matters for a period: received in it, or received before it and not yet
// resolved or ended when it began.
struct PeriodFact {
    QString procedureCode;
    QString procedureName;
    QString agency;
    QString channel; // desk | postal | online
    QString state; // now
    QDateTime receivedUtc;
    QDateTime dueUtc; // the appointment now (moved by pauses and reschedules); invalid when unknown
    QDateTime originalDueUtc; // the appointment before any reschedule
    bool rescheduled = false; // an apology slip set a new appointment
    QDateTime resolvedUtc; // first time the result came back to the desk; invalid if not yet
    QDateTime endedUtc; // withdrawn, stopped or refused after acceptance; invalid if not
    QDateTime pausedSinceUtc; // start of the pause running at the period's cut-off; invalid if none
};

// One satisfaction rating.
struct RatingFact {
    int value = 0; // 1 very satisfied, 2 satisfied, 3 dissatisfied
    QDateTime atUtc;
    QString procedureCode;
    QString procedureName;
    QString agency;
    QString clerk; // name of the clerk who received the dossier
};

} // namespace motcua::store
