#include "core/forms/PrintableFromStore.h"

#include "core/Clock.h"
#include "core/forms/PublicLookup.h"

namespace motcua::forms {

namespace {

PrintableParty party(const dossier::Party& p)
{
    PrintableParty out;
    out.kind = dossier::applicantKindName(p.kind);
    out.name = p.name;
    out.idNumber = p.kind == dossier::ApplicantKind::Business ? p.taxCode : p.idNumber;
    out.address = p.address;
    out.phone = p.phone;
    out.email = p.email;
    return out;
}

QString returnMethod(const QString& m)
{
    if (m == QLatin1String("postal") || m == QLatin1String("post"))
        return QStringLiteral("post");
    return m == QLatin1String("online") ? m : QStringLiteral("desk");
}

} // namespace

Letterhead PrintableFromStore::letterhead(const SiteConfig& site)
{
    const QJsonObject forms = site.section(QStringLiteral("forms"));
    Letterhead l;
    l.parentAgency = site.parentAgencyName;
    l.agency = site.agencyName;
    l.desk = forms.value(QLatin1String("desk_label")).toString(site.unit);
    l.place = forms.value(QLatin1String("place")).toString();
    l.date = Clock::current().today();
    return l;
}

QString PrintableFromStore::timeLimitText(const catalogue::ProcedureTimeLimit& limit)
{
    // Printed wording of the catalogue units (Vietnamese on the form, whatever the UI language).
    if (limit.unit == QLatin1String("same_day"))
        return QStringLiteral("Trong ngày làm việc");
    if (!limit.value)
        return {};
    const QString n = QString::number(*limit.value);
    if (limit.unit == QLatin1String("working_days"))
        return n + QStringLiteral(" ngày làm việc");
    if (limit.unit == QLatin1String("days"))
        return n + QStringLiteral(" ngày");
    if (limit.unit == QLatin1String("hours"))
        return n + QStringLiteral(" giờ làm việc");
    return {};
}

PaymentAccount PrintableFromStore::paymentAccount(const SiteConfig& site, const QString& unit)
{
    const QJsonObject payment = site.section(QStringLiteral("payment"));
    QJsonObject account = payment;
    const QJsonObject units = payment.value(QLatin1String("units")).toObject();
    if (units.contains(unit))
        account = units.value(unit).toObject();
    return { account.value(QLatin1String("bin")).toString(), account.value(QLatin1String("account")).toString(),
        account.value(QLatin1String("account_name")).toString() };
}

PrintableDossier PrintableFromStore::fromDossier(
    const dossier::Dossier& d, const std::optional<catalogue::Procedure>& procedure, const SiteConfig& site)
{
    const QJsonObject forms = site.section(QStringLiteral("forms"));
    PrintableDossier p;
    p.letterhead = letterhead(site);
    p.code = d.code;
    p.formSetId = d.extra.value(QLatin1String("form_set")).toString(); // pinned when the store records it
    p.bookNumber = d.bookYear;
    p.serial = d.bookSerial;
    p.submitter = party(d.applicant);
    if (d.owner)
        p.owner = party(*d.owner);
    p.procedureCode = d.procedureCode;
    p.procedureName = d.procedureName;
    p.leadUnit = d.processingUnit;
    for (const auto& doc : d.documents)
        p.components.append({ doc.componentName.isEmpty() ? doc.componentId : doc.componentName, doc.originals,
            doc.certifiedCopies, doc.photocopies, {} });
    if (procedure) {
        p.field = procedure->field;
        p.timeLimitText = timeLimitText(procedure->timeLimit);
        if (procedure->fees && !procedure->fees->isEmpty())
            p.feeCollection = forms.value(QLatin1String("fee_collection")).toString();
    }
    p.returnMethod = returnMethod(d.returnMethod);
    p.received = d.receivedAtUtc;
    p.appointment = d.originalDueLocal.isValid() ? d.originalDueLocal : d.dueLocal;
    if (d.originalDueLocal.isValid() && d.dueLocal.isValid() && d.dueLocal != d.originalDueLocal)
        p.newAppointment = d.dueLocal;
    p.receivingOfficer = d.receivedBy;
    p.reason = d.reason;
    p.note = d.note;
    p.contactName = forms.value(QLatin1String("contact_name")).toString();
    p.contactPhone = forms.value(QLatin1String("contact_phone")).toString();
    p.contactExt = forms.value(QLatin1String("contact_ext")).toString();
    p.rulesWhere = forms.value(QLatin1String("rules_where")).toString();
    p.documentsFate = forms.value(QLatin1String("stop_documents_fate")).toString();
    p.lookupUrl = forms.value(QLatin1String("lookup_url")).toString();
    p.publicLookupUrl = PublicLookup::url(site, d.code, d.lookupSecret);

    // One reason line per form: a refusal/stop/withdrawal reason first, else the reason of the last
    // reschedule (apology), else that of the latest supplement round.
    if (p.reason.isEmpty())
        for (auto it = d.history.crbegin(); it != d.history.crend(); ++it)
            if (it->step == QLatin1String("reschedule")) {
                p.reason = it->note;
                break;
            }
    // Latest supplement round: the missing components and the reason.
    if (!d.supplements.isEmpty()) {
        const auto& round = d.supplements.last();
        if (p.reason.isEmpty())
            p.reason = round.reason;
        p.guidingOfficer = round.requestedBy;
        QList<PrintableComponent> missing;
        for (const QString& id : round.missing) {
            QString name = id;
            if (procedure)
                if (const auto* c = procedure->component(id))
                    name = c->name;
            missing.append({ name, 1, 0, 0, round.reason });
        }
        if (!missing.isEmpty())
            p.components = missing;
    }
    for (const auto& h : d.handOvers)
        p.handovers.append({ h.fromUnit, h.toUnit, h.atUtc, h.by, {},
            h.result == QLatin1String("early") ? QStringLiteral("before") : h.result, h.note });
    if (!d.feeNotices.isEmpty()) {
        QStringList names;
        if (procedure && procedure->fees)
            for (const auto& f : *procedure->fees)
                names << f.name;
        for (const auto& notice : d.feeNotices) {
            QString name = names.isEmpty() ? QStringLiteral("Phí, lệ phí") : names.join(QStringLiteral("; "));
            if (!notice.number.isEmpty())
                name += QStringLiteral(" (") + notice.number + QLatin1Char(')');
            p.fees.append({ name, notice.amountVnd });
        }
    } else if (procedure && procedure->fees) {
        for (const auto& f : *procedure->fees)
            p.fees.append({ f.name, f.amountVnd });
    }
    p.payment = paymentAccount(site, d.processingUnit);
    // Short ASCII transfer note that maps back to the dossier: "HS" + date and sequence of the code.
    const QStringList parts = d.code.split(QLatin1Char('-'));
    p.paymentReference = parts.size() >= 3
        ? QStringLiteral("LE PHI HS %1-%2").arg(parts.at(parts.size() - 2), parts.last())
        : QStringLiteral("LE PHI HS");
    return p;
}

Result<PrintableDossier> PrintableFromStore::load(
    store::Store& store, const store::Actor& actor, const QString& code, const SiteConfig& site)
{
    auto d = store.dossier(actor, code);
    if (!d.ok())
        return d.error();
    std::optional<catalogue::Procedure> procedure;
    const QDate at = d->receivedAtUtc.toTimeZone(Clock::zone()).date();
    if (auto proc = store.procedure(d->procedureCode, at); proc.ok())
        procedure = proc.value();
    return fromDossier(d.value(), procedure, site);
}

Result<PrintableBook> PrintableFromStore::loadBook(
    store::Store& store, const store::Actor& actor, QDate from, QDate to, const SiteConfig& site)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error { ErrorKind::Usage, from.isValid() ? QStringLiteral("to") : QStringLiteral("from"),
            tr("The tracking book needs a first and a last date (yyyy-MM-dd), the first not after the last."), {} };
    auto rows = store.trackingBook(actor, from, to);
    if (!rows.ok())
        return rows.error();
    PrintableBook book;
    book.letterhead = letterhead(site);
    book.bookNumber = from.year();
    book.from = from;
    book.to = to;
    for (const auto& r : rows.value()) {
        PrintableDossier e;
        e.code = r.code;
        e.serial = r.serial;
        e.procedureName = r.procedureName;
        e.submitter.name = r.applicantName;
        e.submitter.address = r.applicantContact;
        e.leadUnit = r.processingUnit;
        e.received = r.receivedUtc;
        e.appointment = r.dueLocal;
        e.sentToUnit = r.handedOverUtc;
        e.resultBack = r.resultBackUtc;
        e.returned = r.returnedUtc;
        e.note = r.note;
        book.entries.append(e);
    }
    return book;
}

} // namespace motcua::forms
