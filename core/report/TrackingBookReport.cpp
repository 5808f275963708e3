#include "core/report/TrackingBookReport.h"

#include "core/Clock.h"
#include "core/report/LocalDays.h"
#include "core/workflow/Workflow.h"

namespace motcua::report {

namespace {

QString stateText(const QString& state)
{
    const auto s = workflow::stateFromName(state);
    return s ? workflow::stateLabel(*s) : state;
}

} // namespace

ReportTable TrackingBookReport::toTable(const QList<store::TrackingRow>& rows, const ReportPeriod& period)
{
    ReportTable t;
    t.title = tr("DOSSIER TRACKING BOOK");
    t.subtitle = period.label();
    t.headers = { tr("No."), tr("Dossier code"), tr("Procedure"), tr("Applicant"), tr("Address and phone"),
        tr("Processing unit"), tr("Received"), tr("Appointment"), tr("Sent to the unit"), tr("Result back"),
        tr("Returned"), tr("Status"), tr("Notes") };
    t.rows.reserve(rows.size());
    LocalDays days;
    auto localDate = [&days](const QDateTime& utc) { return ReportCell::ofDate(days.date(utc)); };
    for (const store::TrackingRow& r : rows)
        t.rows << QList<ReportCell> { ReportCell::ofInteger(r.serial), ReportCell::ofText(r.code),
            ReportCell::ofText(r.procedureName), ReportCell::ofText(r.applicantName),
            ReportCell::ofText(r.applicantContact), ReportCell::ofText(r.processingUnit), localDate(r.receivedUtc),
            localDate(r.dueLocal), localDate(r.handedOverUtc), localDate(r.resultBackUtc), localDate(r.returnedUtc),
            ReportCell::ofText(stateText(r.state)), ReportCell::ofText(r.note) };
    return t;
}

Result<ReportTable> TrackingBookReport::load(store::Store& store, const store::Actor& actor, const ReportPeriod& period)
{
    auto rows = store.trackingBook(actor, period.from, period.to);
    if (!rows)
        return rows.error();
    return toTable(rows.value(), period);
}

} // namespace motcua::report
