#include "core/dossier/Dossier.h"

#include <QJsonArray>

namespace motcua::dossier {

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject Party::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), applicantKindName(kind) }, { QStringLiteral("name"), name } };
    if (kind == ApplicantKind::Business)
        o.insert(QStringLiteral("tax_code"), taxCode);
    else
        o.insert(QStringLiteral("id_number"), idNumber);
    if (birthDate.isValid())
        o.insert(QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("phone"), phone);
    o.insert(QStringLiteral("email"), email);
    o.insert(QStringLiteral("address"), address);
    return o;
}

Party Party::fromStoredJson(const QJsonObject& o)
{
    Party p;
    p.kind = applicantKindFromName(o.value(QStringLiteral("kind")).toString()).value_or(ApplicantKind::Citizen);
    p.name = o.value(QStringLiteral("name")).toString();
    p.idNumber = o.value(QStringLiteral("id_number")).toString();
    p.taxCode = o.value(QStringLiteral("tax_code")).toString();
    p.birthDate = QDate::fromString(o.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    p.phone = o.value(QStringLiteral("phone")).toString();
    p.email = o.value(QStringLiteral("email")).toString();
    p.address = o.value(QStringLiteral("address")).toString();
    return p;
}

std::optional<qint64> addAmountsVnd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum) || sum > kMaxTotalVnd || sum < -kMaxTotalVnd)
        return std::nullopt;
    return sum;
}

namespace {

// Saturating sum: a file written by an older version (or edited by hand) may hold larger amounts; the
// sum then reads as the cap instead of wrapping round to a negative number.
template <typename List> qint64 sumAmountsVnd(const List& items)
{
    qint64 sum = 0;
    for (const auto& item : items) {
        const auto next = addAmountsVnd(sum, item.amountVnd);
        if (!next)
            return item.amountVnd < 0 ? -kMaxTotalVnd : kMaxTotalVnd;
        sum = *next;
    }
    return sum;
}

} // namespace

qint64 Dossier::feesDueVnd() const
{
    return sumAmountsVnd(feeNotices);
}

qint64 Dossier::paidVnd() const
{
    return sumAmountsVnd(payments);
}

int Dossier::nationalStatus() const
{
    return workflow::StatusMapping::standard().nationalCode(state);
}

QJsonObject Dossier::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("status"), workflow::stateName(state));
    o.insert(QStringLiteral("status_label"), workflow::stateLabel(state));
    o.insert(QStringLiteral("national_status"), nationalStatus());
    o.insert(QStringLiteral("national_status_name"), workflow::nationalStatusName(nationalStatus()));
    o.insert(QStringLiteral("procedure"), procedureCode);
    o.insert(QStringLiteral("procedure_version"), procedureVersion);
    o.insert(QStringLiteral("procedure_name"), procedureName);
    o.insert(QStringLiteral("processing_unit"), processingUnit);
    o.insert(QStringLiteral("channel"), channel);
    o.insert(QStringLiteral("national_channel"), workflow::nationalChannelCode(channel));
    o.insert(QStringLiteral("received"), localIso(receivedAtUtc));
    o.insert(QStringLiteral("received_by"), receivedBy);
    o.insert(QStringLiteral("due"), dueLocal.isValid() ? QJsonValue(localIso(dueLocal)) : QJsonValue());
    o.insert(QStringLiteral("original_due"),
        originalDueLocal.isValid() ? QJsonValue(localIso(originalDueLocal)) : QJsonValue());
    o.insert(QStringLiteral("applicant"), applicant.toJson());
    o.insert(QStringLiteral("owner"), owner ? QJsonValue(owner->toJson()) : QJsonValue());
    o.insert(QStringLiteral("return_method"), returnMethod);
    o.insert(QStringLiteral("note"), note);
    o.insert(QStringLiteral("reason"), orNull(reason));
    o.insert(QStringLiteral("summary"), summary);
    o.insert(QStringLiteral("book"),
        QJsonObject { { QStringLiteral("year"), bookYear }, { QStringLiteral("serial"), bookSerial } });
    if (!extra.isEmpty())
        o.insert(QStringLiteral("extra"), extra);

    QJsonArray docs;
    for (const Document& d : documents) {
        QJsonArray files;
        for (const StoredFile& f : d.files)
            files.append(QJsonObject { { QStringLiteral("name"), f.name }, { QStringLiteral("sha256"), f.sha256 },
                { QStringLiteral("size"), f.size }, { QStringLiteral("path"), f.path } });
        docs.append(QJsonObject { { QStringLiteral("component"), d.componentId },
            { QStringLiteral("component_name"), d.componentName }, { QStringLiteral("originals"), d.originals },
            { QStringLiteral("certified_copies"), d.certifiedCopies }, { QStringLiteral("photocopies"), d.photocopies },
            { QStringLiteral("files"), files } });
    }
    o.insert(QStringLiteral("documents"), docs);

    QJsonArray fees;
    for (const FeeNotice& f : feeNotices)
        fees.append(QJsonObject { { QStringLiteral("number"), f.number }, { QStringLiteral("amount_vnd"), f.amountVnd },
            { QStringLiteral("at"), localIso(f.atUtc) }, { QStringLiteral("by"), f.by } });
    o.insert(QStringLiteral("fee_notices"), fees);
    QJsonArray pays;
    for (const Payment& p : payments)
        pays.append(QJsonObject { { QStringLiteral("amount_vnd"), p.amountVnd },
            { QStringLiteral("method"), paymentMethodName(p.method) }, { QStringLiteral("at"), localIso(p.atUtc) },
            { QStringLiteral("by"), p.by } });
    o.insert(QStringLiteral("payments"), pays);
    o.insert(QStringLiteral("fees_due_vnd"), feesDueVnd());
    o.insert(QStringLiteral("paid_vnd"), paidVnd());

    QJsonArray sups;
    for (const SupplementRound& s : supplements)
        sups.append(QJsonObject { { QStringLiteral("round"), s.round },
            { QStringLiteral("requested_at"), localIso(s.requestedAtUtc) },
            { QStringLiteral("requested_by"), s.requestedBy }, { QStringLiteral("reason"), s.reason },
            { QStringLiteral("missing"), QJsonArray::fromStringList(s.missing) },
            { QStringLiteral("received_at"), orNull(localIso(s.receivedAtUtc)) },
            { QStringLiteral("received_by"), orNull(s.receivedBy) } });
    o.insert(QStringLiteral("supplements"), sups);

    QJsonArray hos;
    for (const HandOver& h : handOvers)
        hos.append(QJsonObject { { QStringLiteral("seq"), h.seq }, { QStringLiteral("from_unit"), h.fromUnit },
            { QStringLiteral("to_unit"), h.toUnit }, { QStringLiteral("at"), localIso(h.atUtc) },
            { QStringLiteral("by"), h.by }, { QStringLiteral("result"), orNull(h.result) },
            { QStringLiteral("note"), h.note } });
    o.insert(QStringLiteral("hand_overs"), hos);

    QJsonArray hist;
    for (const StatusChange& c : history)
        hist.append(QJsonObject { { QStringLiteral("at"), localIso(c.atUtc) },
            { QStringLiteral("from"), orNull(c.fromState) }, { QStringLiteral("to"), c.toState },
            { QStringLiteral("step"), c.step }, { QStringLiteral("by"), c.by }, { QStringLiteral("note"), c.note } });
    o.insert(QStringLiteral("history"), hist);

    QJsonArray ps;
    for (const Pause& p : pauses)
        ps.append(QJsonObject { { QStringLiteral("kind"), p.kind }, { QStringLiteral("from"), localIso(p.fromUtc) },
            { QStringLiteral("to"), orNull(localIso(p.toUtc)) } });
    o.insert(QStringLiteral("pauses"), ps);

    if (returned)
        o.insert(QStringLiteral("return"),
            QJsonObject { { QStringLiteral("at"), localIso(returned->atUtc) },
                { QStringLiteral("collector_name"), returned->collectorName },
                { QStringLiteral("collector_id"), returned->collectorId },
                { QStringLiteral("authorised"), returned->authorised }, { QStringLiteral("by"), returned->by },
                { QStringLiteral("postal_item_number"), returned->postalItemNumber } });
    else
        o.insert(QStringLiteral("return"), QJsonValue());
    if (rating)
        o.insert(QStringLiteral("rating"),
            QJsonObject { { QStringLiteral("value"), rating->value }, { QStringLiteral("scale"), rating->scale },
                { QStringLiteral("at"), localIso(rating->atUtc) } });
    else
        o.insert(QStringLiteral("rating"), QJsonValue());
    return o;
}

QString applicantKindName(ApplicantKind kind)
{
    return kind == ApplicantKind::Business ? QStringLiteral("business") : QStringLiteral("citizen");
}

std::optional<ApplicantKind> applicantKindFromName(const QString& name)
{
    if (name == QLatin1String("citizen"))
        return ApplicantKind::Citizen;
    if (name == QLatin1String("business"))
        return ApplicantKind::Business;
    return std::nullopt;
}

QString paymentMethodName(PaymentMethod method)
{
    return method == PaymentMethod::Transfer ? QStringLiteral("transfer") : QStringLiteral("cash");
}

std::optional<PaymentMethod> paymentMethodFromName(const QString& name)
{
    if (name == QLatin1String("cash"))
        return PaymentMethod::Cash;
    if (name == QLatin1String("transfer"))
        return PaymentMethod::Transfer;
    return std::nullopt;
}

} // namespace motcua::dossier
