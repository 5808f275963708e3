// Notices to applicants (issue 15, docs/central.md "Notices to applicants"): central sends them and
// reports each outcome in the pull feed as a change of kind "notice" ({"event","channel","status",
// "attempts","error","at","final"}). The desk keeps it in the dossier's history (step "notice", the
// state unchanged, the outcome in the note) and its audit log, so the clerk sees whether the applicant
// was told. Runs inside the transaction Store::applyCentralChange() opened.
#include "core/store/Store.h"

#include "core/DateFormat.h"

namespace motcua::store {

namespace {

QString noticeEventLabel(const QString& event)
{
    if (event == QLatin1String("result_ready"))
        return Store::tr("result ready");
    if (event == QLatin1String("supplement_requested"))
        return Store::tr("supplement requested");
    if (event == QLatin1String("appointment_moved"))
        return Store::tr("appointment moved");
    return event;
}

QString noticeChannelLabel(const QString& channel)
{
    return channel == QLatin1String("email") ? Store::tr("e-mail")
        : channel == QLatin1String("sms")    ? Store::tr("SMS")
                                             : channel;
}

} // namespace

Result<ChangeOutcome> Store::applyCentralNotice(const Actor& actor, const CentralChange& change)
{
    ChangeOutcome out;
    out.seq = change.seq;
    out.kind = change.kind;
    out.code = change.code;
    out.unit = change.unit;
    out.appliedUtc = nowUtc();
    const QString status = change.data.value(QStringLiteral("status")).toString();
    const QString channel = change.data.value(QStringLiteral("channel")).toString();
    const QString event = change.data.value(QStringLiteral("event")).toString();
    if ((status != QLatin1String("sent") && status != QLatin1String("failed")) || channel.isEmpty()) {
        out.result = QStringLiteral("invalid");
        out.note = tr("A notice report without channel or status; ignored");
        return out;
    }
    auto id = dossierId(change.code);
    if (!id) {
        if (id.error().kind != ErrorKind::NotFound)
            return id.error();
        out.result = QStringLiteral("not_held");
        out.note = tr("This desk does not hold dossier %1").arg(change.code);
        return out;
    }
    auto loaded = load(id.value());
    if (!loaded)
        return loaded.error();
    const QString state = workflow::stateName(loaded->state);
    const QDateTime at = QDateTime::fromString(change.data.value(QStringLiteral("at")).toString(), Qt::ISODate);
    const QString when = at.isValid() ? displayDateTime(at) : displayDateTime(change.atUtc);
    const QString error = change.data.value(QStringLiteral("error")).toString();
    if (status == QLatin1String("sent"))
        out.note = tr("Notice to the applicant by %1 (%2): sent at %3")
                       .arg(noticeChannelLabel(channel), noticeEventLabel(event), when);
    else
        out.note = tr("Notice to the applicant by %1 (%2): not sent (%3), attempt %4; %5")
                       .arg(noticeChannelLabel(channel), noticeEventLabel(event), error)
                       .arg(change.data.value(QStringLiteral("attempts")).toInteger())
                       .arg(change.data.value(QStringLiteral("final")).toBool() ? tr("central gave up")
                                                                                : tr("central retries"));
    if (auto s = writeHistory(id.value(), state, state, QStringLiteral("notice"), actor, out.note, nowUtc()); !s)
        return s.error();
    QJsonObject details = change.data;
    details.insert(QStringLiteral("seq"), change.seq);
    if (auto s = appendAudit(actor, QStringLiteral("central_notice"), QStringLiteral("dossier"), change.code, details);
        !s)
        return s.error();
    out.result = QStringLiteral("applied");
    out.deskState = state;
    return out;
}

} // namespace motcua::store
