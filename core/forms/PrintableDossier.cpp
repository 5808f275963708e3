#include "core/forms/PrintableDossier.h"

#include "core/Clock.h"
#include "core/DateFormat.h"

#include <QJsonArray>

namespace motcua::forms {

namespace {

class Json
{
    Q_DECLARE_TR_FUNCTIONS(PrintableDossier)
};

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// ISO date-time; a bare date-time without offset is local (UTC+7).
std::optional<QDateTime> dateTime(const QJsonObject& o, const char* key, Error* error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || v.toString().isEmpty())
        return QDateTime();
    const QString text = v.toString();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt = Clock::local(dt.date(), dt.time());
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            dt = Clock::local(d, QTime(0, 0));
    }
    if (!dt.isValid()) {
        *error = Error::invalid(QString::fromLatin1(key),
            Json::tr("The field \"%1\" must be an ISO date-time such as "
                     "2025-03-12T09:05:00+07:00; got \"%2\".")
                .arg(QLatin1String(key), text));
        return std::nullopt;
    }
    return dt;
}

PrintableParty partyFromJson(const QJsonObject& o)
{
    PrintableParty p;
    p.kind = o.value(QLatin1String("kind")).toString(QStringLiteral("citizen"));
    p.name = str(o, "name");
    p.idNumber = o.contains(QLatin1String("tax_code")) ? str(o, "tax_code") : str(o, "id_number");
    p.address = str(o, "address");
    p.phone = str(o, "phone");
    p.email = str(o, "email");
    return p;
}

QJsonObject partyToJson(const PrintableParty& p)
{
    QJsonObject o { { QStringLiteral("kind"), p.kind }, { QStringLiteral("name"), p.name },
        { QStringLiteral("address"), p.address }, { QStringLiteral("phone"), p.phone },
        { QStringLiteral("email"), p.email } };
    o.insert(
        p.kind == QLatin1String("business") ? QStringLiteral("tax_code") : QStringLiteral("id_number"), p.idNumber);
    return o;
}

Letterhead letterheadFromJson(const QJsonObject& o)
{
    Letterhead l;
    l.parentAgency = str(o, "parent_agency");
    l.agency = str(o, "agency");
    l.desk = str(o, "desk");
    l.place = str(o, "place");
    l.date = QDate::fromString(str(o, "date"), Qt::ISODate);
    return l;
}

QJsonObject letterheadToJson(const Letterhead& l)
{
    return { { QStringLiteral("parent_agency"), l.parentAgency }, { QStringLiteral("agency"), l.agency },
        { QStringLiteral("desk"), l.desk }, { QStringLiteral("place"), l.place },
        { QStringLiteral("date"), l.date.isValid() ? l.date.toString(Qt::ISODate) : QString() } };
}

} // namespace

std::optional<qint64> PrintableDossier::feeTotal() const
{
    qint64 total = 0;
    for (const auto& fee : fees) {
        if (!fee.amountVnd)
            return std::nullopt;
        total += *fee.amountVnd;
    }
    return total;
}

QString PrintableDossier::qrPayload() const
{
    if (!publicLookupUrl.isEmpty())
        return publicLookupUrl;
    if (lookupUrl.isEmpty())
        return code;
    QString url = lookupUrl;
    if (url.contains(QLatin1String("{code}")))
        return url.replace(QLatin1String("{code}"), code);
    return url + code;
}

Result<PrintableDossier> PrintableDossier::fromJson(const QJsonObject& json)
{
    PrintableDossier d;
    Error error;
    const auto time = [&](const char* key, QDateTime* out) {
        auto v = dateTime(json, key, &error);
        if (!v)
            return false;
        *out = *v;
        return true;
    };
    d.letterhead = letterheadFromJson(json.value(QLatin1String("letterhead")).toObject());
    d.code = str(json, "code");
    d.formSetId = str(json, "form_set");
    d.bookNumber = json.value(QLatin1String("book_number")).toInt();
    d.serial = json.value(QLatin1String("serial")).toInt();
    d.submitter = partyFromJson(json.value(QLatin1String("applicant")).toObject());
    if (json.value(QLatin1String("owner")).isObject())
        d.owner = partyFromJson(json.value(QLatin1String("owner")).toObject());
    d.procedureCode = str(json, "procedure_code");
    d.procedureName = str(json, "procedure");
    d.field = str(json, "field");
    d.leadUnit = str(json, "lead_unit");
    for (const auto& u : json.value(QLatin1String("coordinating_units")).toArray())
        d.coordinatingUnits << u.toString();
    for (const auto& c : json.value(QLatin1String("components")).toArray()) {
        const QJsonObject o = c.toObject();
        d.components.append({ str(o, "name"), o.value(QLatin1String("originals")).toInt(),
            o.value(QLatin1String("certified_copies")).toInt(), o.value(QLatin1String("photocopies")).toInt(),
            str(o, "reason") });
    }
    d.sets = json.value(QLatin1String("sets")).toInt(1);
    d.timeLimitText = str(json, "time_limit");
    d.feeCollection = str(json, "fee_collection");
    d.returnMethod = json.value(QLatin1String("return_method")).toString(QStringLiteral("desk"));
    if (!time("received", &d.received) || !time("appointment", &d.appointment)
        || !time("new_appointment", &d.newAppointment) || !time("sent_to_unit", &d.sentToUnit)
        || !time("result_back", &d.resultBack) || !time("returned", &d.returned))
        return error;
    d.receivingOfficer = str(json, "receiving_officer");
    d.guidingOfficer = str(json, "guiding_officer");
    d.contactName = str(json, "contact_name");
    d.contactPhone = str(json, "contact_phone");
    d.contactExt = str(json, "contact_ext");
    d.rulesWhere = str(json, "rules_where");
    d.reason = str(json, "reason");
    d.documentsFate = str(json, "documents_fate");
    d.note = str(json, "note");
    for (const auto& h : json.value(QLatin1String("handovers")).toArray()) {
        const QJsonObject o = h.toObject();
        PrintableHandover row { str(o, "from"), str(o, "to"), {}, str(o, "handed_by"), str(o, "received_by"),
            str(o, "result"), str(o, "note") };
        auto at = dateTime(o, "at", &error);
        if (!at)
            return error;
        row.at = *at;
        d.handovers.append(row);
    }
    for (const auto& f : json.value(QLatin1String("fees")).toArray()) {
        const QJsonObject o = f.toObject();
        PrintableFee fee { str(o, "name"), std::nullopt };
        if (o.value(QLatin1String("amount_vnd")).isDouble())
            fee.amountVnd = qint64(o.value(QLatin1String("amount_vnd")).toDouble());
        d.fees.append(fee);
    }
    const QJsonObject pay = json.value(QLatin1String("payment")).toObject();
    d.payment = { str(pay, "bin"), str(pay, "account"), str(pay, "account_name") };
    d.paymentReference = str(json, "payment_reference");
    d.lookupUrl = str(json, "lookup_url");
    d.publicLookupUrl = str(json, "public_lookup_url");
    return d;
}

QJsonObject PrintableDossier::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("letterhead"), letterheadToJson(letterhead));
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("form_set"), formSetId);
    o.insert(QStringLiteral("book_number"), bookNumber);
    o.insert(QStringLiteral("serial"), serial);
    o.insert(QStringLiteral("applicant"), partyToJson(submitter));
    o.insert(QStringLiteral("owner"), owner ? QJsonValue(partyToJson(*owner)) : QJsonValue());
    o.insert(QStringLiteral("procedure_code"), procedureCode);
    o.insert(QStringLiteral("procedure"), procedureName);
    o.insert(QStringLiteral("field"), field);
    o.insert(QStringLiteral("lead_unit"), leadUnit);
    o.insert(QStringLiteral("coordinating_units"), QJsonArray::fromStringList(coordinatingUnits));
    QJsonArray comps;
    for (const auto& c : components)
        comps.append(QJsonObject { { QStringLiteral("name"), c.name }, { QStringLiteral("originals"), c.originals },
            { QStringLiteral("certified_copies"), c.certifiedCopies }, { QStringLiteral("photocopies"), c.photocopies },
            { QStringLiteral("reason"), c.reason } });
    o.insert(QStringLiteral("components"), comps);
    o.insert(QStringLiteral("sets"), sets);
    o.insert(QStringLiteral("time_limit"), timeLimitText);
    o.insert(QStringLiteral("fee_collection"), feeCollection);
    o.insert(QStringLiteral("return_method"), returnMethod);
    o.insert(QStringLiteral("received"), localIso(received));
    o.insert(QStringLiteral("appointment"), localIso(appointment));
    o.insert(QStringLiteral("new_appointment"), localIso(newAppointment));
    o.insert(QStringLiteral("sent_to_unit"), localIso(sentToUnit));
    o.insert(QStringLiteral("result_back"), localIso(resultBack));
    o.insert(QStringLiteral("returned"), localIso(returned));
    o.insert(QStringLiteral("receiving_officer"), receivingOfficer);
    o.insert(QStringLiteral("guiding_officer"), guidingOfficer);
    o.insert(QStringLiteral("contact_name"), contactName);
    o.insert(QStringLiteral("contact_phone"), contactPhone);
    o.insert(QStringLiteral("contact_ext"), contactExt);
    o.insert(QStringLiteral("rules_where"), rulesWhere);
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("documents_fate"), documentsFate);
    o.insert(QStringLiteral("note"), note);
    QJsonArray hs;
    for (const auto& h : handovers)
        hs.append(QJsonObject { { QStringLiteral("from"), h.fromUnit }, { QStringLiteral("to"), h.toUnit },
            { QStringLiteral("at"), localIso(h.at) }, { QStringLiteral("handed_by"), h.handedBy },
            { QStringLiteral("received_by"), h.receivedBy }, { QStringLiteral("result"), h.result },
            { QStringLiteral("note"), h.note } });
    o.insert(QStringLiteral("handovers"), hs);
    QJsonArray fs;
    for (const auto& f : fees)
        fs.append(QJsonObject { { QStringLiteral("name"), f.name },
            { QStringLiteral("amount_vnd"), f.amountVnd ? QJsonValue(double(*f.amountVnd)) : QJsonValue() } });
    o.insert(QStringLiteral("fees"), fs);
    o.insert(QStringLiteral("payment"),
        QJsonObject { { QStringLiteral("bin"), payment.bin }, { QStringLiteral("account"), payment.account },
            { QStringLiteral("account_name"), payment.accountName } });
    o.insert(QStringLiteral("payment_reference"), paymentReference);
    o.insert(QStringLiteral("lookup_url"), lookupUrl);
    if (!publicLookupUrl.isEmpty())
        o.insert(QStringLiteral("public_lookup_url"), publicLookupUrl);
    return o;
}

Result<PrintableBook> PrintableBook::fromJson(const QJsonObject& json)
{
    PrintableBook book;
    book.letterhead = letterheadFromJson(json.value(QLatin1String("letterhead")).toObject());
    book.formSetId = str(json, "form_set");
    book.bookNumber = json.value(QLatin1String("book_number")).toInt();
    book.from = QDate::fromString(str(json, "from"), Qt::ISODate);
    book.to = QDate::fromString(str(json, "to"), Qt::ISODate);
    if (!book.from.isValid() || !book.to.isValid() || book.to < book.from)
        return Error::invalid(QStringLiteral("from"),
            Json::tr("The tracking book needs \"from\" and \"to\" dates (yyyy-MM-dd), with "
                     "\"from\" not after \"to\"."));
    for (const auto& e : json.value(QLatin1String("entries")).toArray()) {
        auto entry = PrintableDossier::fromJson(e.toObject());
        if (!entry.ok())
            return entry.error();
        book.entries.append(entry.value());
    }
    return book;
}

QJsonObject PrintableBook::toJson() const
{
    QJsonArray list;
    for (const auto& e : entries)
        list.append(e.toJson());
    return { { QStringLiteral("letterhead"), letterheadToJson(letterhead) }, { QStringLiteral("form_set"), formSetId },
        { QStringLiteral("book_number"), bookNumber }, { QStringLiteral("from"), from.toString(Qt::ISODate) },
        { QStringLiteral("to"), to.toString(Qt::ISODate) }, { QStringLiteral("entries"), list } };
}

} // namespace motcua::forms
