// The body of each form key. Wording comes from the form set's labels; see FormLayout.cpp for the blocks.
#include "ui/print/FormLayout.h"

#include "core/domain/VietQr.h"

namespace motcua::print {

using forms::FormKey;
using forms::PrintableDossier;

namespace {

QString receivingBody(const PrintableDossier& d)
{
    if (d.letterhead.desk.isEmpty())
        return d.letterhead.agency;
    return d.letterhead.desk + QStringLiteral(" - ") + d.letterhead.agency;
}
} // namespace

Status FormLayout::receipt(const PrintableDossier& d)
{
    header(d.letterhead, m_set.slipNumber(FormKey::Receipt, d.code, d.serial, m_printDate.year()), false);
    title();
    if (auto st = codeBarcodes(d.code, d.qrPayload(), true); !st.ok())
        return st;
    line(label(QStringLiteral("dossier_code")), d.code, true);
    text(label(QStringLiteral("intake_intro"), { { QStringLiteral("agency"), receivingBody(d) } }));
    partyLines(d.submitter);
    line(label(QStringLiteral("requested_content")), d.procedureName);
    if (d.owner) {
        line(label(QStringLiteral("owner_name")), d.owner->name);
        line(label(QStringLiteral("owner_address")), d.owner->address);
    }
    text(label(QStringLiteral("components_heading")));
    componentsTable(d.components, false);
    text(label(QStringLiteral("sets"),
        { { QStringLiteral("n"), QStringLiteral("%1").arg(d.sets, 2, 10, QLatin1Char('0')) } }));
    text(label(QStringLiteral("time_limit"),
        { { QStringLiteral("value"),
            d.timeLimitText.isEmpty() ? label(QStringLiteral("time_limit_unknown")) : d.timeLimitText } }));
    text(label(QStringLiteral("received_at"), { { QStringLiteral("value"), dateTime(d.received) } }));
    m_c.paragraph({ { label(QStringLiteral("appointment"),
                          { { QStringLiteral("value"),
                              d.appointment.isValid() ? dateTime(d.appointment)
                                                      : label(QStringLiteral("appointment_unknown")) } }),
                      true } },
        m_c.left(), m_c.width(), Style { kBodyPt });
    const QString where = d.returnMethod == QLatin1String("post") ? label(QStringLiteral("return_post"))
        : d.returnMethod == QLatin1String("online")               ? label(QStringLiteral("return_online"))
                                                                  : label(QStringLiteral("return_desk"));
    text(label(QStringLiteral("return_place"), { { QStringLiteral("value"), where } }));
    if (!d.feeCollection.isEmpty())
        text(label(QStringLiteral("fee_collection"), { { QStringLiteral("value"), d.feeCollection } }));
    text(label(QStringLiteral("book_ref"),
        { { QStringLiteral("book"), d.bookNumber > 0 ? QString::number(d.bookNumber) : QStringLiteral("....") },
            { QStringLiteral("serial"), d.serial > 0 ? QString::number(d.serial) : QStringLiteral("....") } }));
    if (!d.lookupUrl.isEmpty() || !d.publicLookupUrl.isEmpty())
        text(label(QStringLiteral("lookup_hint"), { { QStringLiteral("url"), d.qrPayload() } }));
    m_c.space(1);
    text(label(QStringLiteral("receipt_note")), true);
    signatures(m_def.signerRoles, { d.submitter.name, d.receivingOfficer });
    return {};
}

// Header, title, the desk receiving from the applicant, the request and the code: the opening that the
// supplement request and the refusal share.
void FormLayout::slipOpening(const PrintableDossier& d, FormKey key)
{
    header(d.letterhead, m_set.slipNumber(key, d.code, d.serial, m_printDate.year()), false);
    title();
    text(label(QStringLiteral("intake_intro"), { { QStringLiteral("agency"), receivingBody(d) } }));
    partyLines(d.submitter, false);
    line(label(QStringLiteral("requested_content")), d.procedureName);
    if (!d.code.isEmpty())
        line(label(QStringLiteral("dossier_code")), d.code, true);
}

Status FormLayout::supplementRequest(const PrintableDossier& d)
{
    slipOpening(d, FormKey::SupplementRequest);
    text(label(QStringLiteral("supplement_intro")));
    componentsTable(d.components, true);
    if (!d.reason.isEmpty())
        text(label(QStringLiteral("reason"), { { QStringLiteral("value"), d.reason } }));
    if (!d.rulesWhere.isEmpty())
        text(label(QStringLiteral("rules_where"), { { QStringLiteral("value"), d.rulesWhere } }));
    text(label(QStringLiteral("contact"),
        { { QStringLiteral("name"), d.contactName.isEmpty() ? QStringLiteral("....") : d.contactName },
            { QStringLiteral("phone"), d.contactPhone.isEmpty() ? QStringLiteral("....") : d.contactPhone },
            { QStringLiteral("ext"), d.contactExt.isEmpty() ? QStringLiteral("....") : d.contactExt } }));
    text(label(QStringLiteral("thanks")), true);
    signatures(m_def.signerRoles, { d.guidingOfficer });
    return {};
}

Status FormLayout::refusal(const PrintableDossier& d)
{
    slipOpening(d, FormKey::Refusal);
    text(label(QStringLiteral("refusal_intro"), { { QStringLiteral("agency"), receivingBody(d) } }));
    m_c.paragraph({ { d.reason.isEmpty() ? QStringLiteral("..........") : d.reason, true } }, m_c.left() + 8,
        m_c.width() - 8, Style { kBodyPt });
    if (!d.rulesWhere.isEmpty())
        text(label(QStringLiteral("rules_where"), { { QStringLiteral("value"), d.rulesWhere } }));
    if (!d.contactName.isEmpty())
        text(label(QStringLiteral("refusal_contact"),
            { { QStringLiteral("name"), d.contactName }, { QStringLiteral("phone"), d.contactPhone },
                { QStringLiteral("ext"), d.contactExt } }));
    text(label(QStringLiteral("thanks")), true);
    signatures(m_def.signerRoles, { d.submitter.name, d.receivingOfficer });
    return {};
}

Status FormLayout::controlSlip(const PrintableDossier& d)
{
    header(d.letterhead, {}, false);
    title();
    if (auto st = codeBarcodes(d.code, {}, false); !st.ok())
        return st;
    text(label(QStringLiteral("attached_to"), { { QStringLiteral("value"), d.submitter.name } }));
    line(label(QStringLiteral("dossier_code")), d.code, true);
    text(label(QStringLiteral("received_at"), { { QStringLiteral("value"), dateTime(d.received) } }));
    text(label(QStringLiteral("appointment"),
        { { QStringLiteral("value"),
            d.appointment.isValid() ? dateTime(d.appointment) : label(QStringLiteral("appointment_unknown")) } }));
    text(label(QStringLiteral("lead_unit"), { { QStringLiteral("value"), d.leadUnit } }));
    text(label(QStringLiteral("coordinating_units"),
        { { QStringLiteral("value"),
            d.coordinatingUnits.isEmpty() ? label(QStringLiteral("none"))
                                          : d.coordinatingUnits.join(QStringLiteral("; ")) } }));
    m_c.space(2);
    const double w = m_c.width();
    QList<PageComposer::Column> cols { { w * 0.22 }, { w * 0.20, Qt::AlignHCenter }, { w * 0.15, Qt::AlignHCenter },
        { w * 0.15, Qt::AlignHCenter }, { w * 0.15, Qt::AlignHCenter }, { w * 0.13 } };
    const QStringList head { label(QStringLiteral("col_unit")), label(QStringLiteral("col_handover_time")),
        label(QStringLiteral("col_handed_by")), label(QStringLiteral("col_received_by")),
        label(QStringLiteral("col_result")), label(QStringLiteral("col_note")) };
    QList<QStringList> rows;
    auto handovers = d.handovers;
    if (handovers.isEmpty()) // a fresh slip: the desk's first hand-over, to be filled in by hand
        handovers.append(
            { d.letterhead.desk.isEmpty() ? d.letterhead.agency : d.letterhead.desk, d.leadUnit, {}, {}, {}, {}, {} });
    for (const auto& h : handovers) {
        const QString result = h.result == QLatin1String("before") ? label(QStringLiteral("result_before"))
            : h.result == QLatin1String("on_time")                 ? label(QStringLiteral("result_on_time"))
            : h.result == QLatin1String("late")                    ? label(QStringLiteral("result_late"))
                                                                   : QString();
        // Blank lines above the names leave room for the signatures.
        rows.append({ label(QStringLiteral("handover_give"), { { QStringLiteral("unit"), h.fromUnit } })
                + QLatin1Char('\n') + label(QStringLiteral("handover_take"), { { QStringLiteral("unit"), h.toUnit } }),
            h.at.isValid() ? dateTime(h.at, true) : QString(), QStringLiteral("\n\n\n") + h.handedBy,
            QStringLiteral("\n\n\n") + h.receivedBy, result, h.note });
    }
    m_c.table(cols, head, rows, 11, 10);
    return {};
}

Status FormLayout::apology(const PrintableDossier& d)
{
    header(d.letterhead, m_set.slipNumber(FormKey::ApologyExtension, d.code, d.serial, m_printDate.year()), false);
    title();
    m_c.paragraph({ { label(QStringLiteral("addressee"), { { QStringLiteral("value"), d.submitter.name } }), true } },
        m_c.left() + 20, m_c.width() - 20, Style { kBodyPt });
    line(label(QStringLiteral("address")), d.submitter.address);
    line(label(QStringLiteral("phone")), d.submitter.phone);
    const QString agency = d.letterhead.agency;
    text(label(QStringLiteral("apology_body_1"),
        { { QStringLiteral("date"), date(d.received) }, { QStringLiteral("agency"), agency },
            { QStringLiteral("procedure"), d.procedureName } }));
    line(label(QStringLiteral("dossier_code")), d.code, true);
    text(label(QStringLiteral("original_appointment"), { { QStringLiteral("value"), dateTime(d.appointment) } }));
    text(label(QStringLiteral("apology_body_2"),
        { { QStringLiteral("agency"), agency }, { QStringLiteral("reason"), d.reason } }));
    m_c.paragraph(
        { { label(QStringLiteral("apology_body_3"),
                { { QStringLiteral("agency"), agency }, { QStringLiteral("new"), dateTime(d.newAppointment) } }),
            true } },
        m_c.left(), m_c.width(), Style { kBodyPt });
    signatures(m_def.signerRoles, {}, true);
    return {};
}

Status FormLayout::stopNotice(const PrintableDossier& d)
{
    header(d.letterhead, m_set.slipNumber(FormKey::StopProcessingNotice, d.code, d.serial, m_printDate.year()), false);
    title();
    m_c.paragraph({ { label(QStringLiteral("addressee"), { { QStringLiteral("value"), d.submitter.name } }), true } },
        m_c.left() + 20, m_c.width() - 20, Style { kBodyPt });
    line(label(QStringLiteral("address")), d.submitter.address);
    line(label(QStringLiteral("phone")), d.submitter.phone);
    line(label(QStringLiteral("dossier_code")), d.code, true);
    text(label(QStringLiteral("stop_body_1"),
        { { QStringLiteral("date"), date(d.received) }, { QStringLiteral("agency"), d.letterhead.agency },
            { QStringLiteral("procedure"), d.procedureName } }));
    text(label(QStringLiteral("stop_body_2"),
        { { QStringLiteral("agency"), d.letterhead.agency }, { QStringLiteral("reason"), d.reason } }));
    if (!d.documentsFate.isEmpty())
        text(label(QStringLiteral("stop_documents"), { { QStringLiteral("value"), d.documentsFate } }));
    signatures(m_def.signerRoles, {}, true);
    return {};
}

Status FormLayout::feeNotice(const PrintableDossier& d)
{
    header(d.letterhead, m_set.slipNumber(FormKey::FeeNotice, d.code, d.serial, m_printDate.year()), false);
    title();
    m_c.paragraph({ { label(QStringLiteral("addressee"), { { QStringLiteral("value"), d.submitter.name } }), true } },
        m_c.left() + 20, m_c.width() - 20, Style { kBodyPt });
    line(label(QStringLiteral("address")), d.submitter.address);
    line(label(QStringLiteral("dossier_code")), d.code, true);
    text(label(QStringLiteral("procedure"), { { QStringLiteral("value"), d.procedureName } }));
    text(label(QStringLiteral("fee_intro"), { { QStringLiteral("agency"), d.letterhead.agency } }));
    const double w = m_c.width();
    QList<PageComposer::Column> cols { { 15, Qt::AlignHCenter }, { w - 15 - 40 }, { 40, Qt::AlignRight } };
    QList<QStringList> rows;
    int i = 0;
    for (const auto& f : d.fees)
        rows.append(
            { QString::number(++i), f.name, f.amountVnd ? money(*f.amountVnd) : label(QStringLiteral("fee_unknown")) });
    const auto total = d.feeTotal();
    rows.append({ QString(), label(QStringLiteral("fee_total")),
        total ? money(*total) : label(QStringLiteral("fee_unknown")) });
    m_c.table(cols,
        { label(QStringLiteral("col_no")), label(QStringLiteral("col_fee_name")), label(QStringLiteral("col_amount")) },
        rows, 11.5, 11);
    m_c.space(2);
    if (!d.payment.account.isEmpty()) {
        if (!d.payment.accountName.isEmpty())
            text(label(QStringLiteral("payee"), { { QStringLiteral("value"), d.payment.accountName } }));
        text(label(QStringLiteral("account"), { { QStringLiteral("value"), d.payment.account } }));
        text(label(QStringLiteral("bank_bin"), { { QStringLiteral("value"), d.payment.bin } }));
        const QString note = d.paymentReference.isEmpty() ? d.code.right(11) : d.paymentReference;
        text(label(QStringLiteral("transfer_note"), { { QStringLiteral("value"), note } }));
        if (total && *total > 0) {
            VietQrRequest request;
            request.bin = d.payment.bin;
            request.account = d.payment.account;
            request.amountVnd = *total;
            request.note = note;
            auto payload = buildVietQr(request);
            if (!payload.ok())
                return payload.error();
            if (auto st = qrBlock(payload.value(), 0.5, label(QStringLiteral("vietqr_hint"))); !st.ok())
                return st;
        }
    }
    signatures(m_def.signerRoles, {}, true);
    return {};
}

Status FormLayout::trackingBook(const forms::PrintableBook& book)
{
    header(book.letterhead, {}, true);
    title(label(QStringLiteral("book_period"),
        { { QStringLiteral("from"), date(book.from) }, { QStringLiteral("to"), date(book.to) } }));
    if (book.bookNumber > 0)
        m_c.paragraph({ { label(QStringLiteral("book_number"),
                          { { QStringLiteral("value"), QString::number(book.bookNumber) } }) } },
            m_c.left(), m_c.width(), Style { 12, false, false, Qt::AlignHCenter });
    m_c.space(2);
    auto columns = m_def.columns;
    if (columns.isEmpty())
        columns = { { QStringLiteral("no"), label(QStringLiteral("col_no")), 0.5 },
            { QStringLiteral("code"), label(QStringLiteral("dossier_code")), 1.6 },
            { QStringLiteral("applicant"), label(QStringLiteral("applicant_name")), 1.4 },
            { QStringLiteral("received"), QStringLiteral("received"), 1.0 } };
    double total = 0;
    for (const auto& c : columns)
        total += c.width;
    QList<PageComposer::Column> cols;
    QStringList head;
    for (const auto& c : columns) {
        const bool centred = c.key == QLatin1String("no") || c.key == QLatin1String("sets");
        cols.append({ m_c.width() * c.width / total, centred ? Qt::AlignHCenter : Qt::AlignLeft });
        head << c.title;
    }
    QList<QStringList> rows;
    int n = 0;
    for (const auto& e : book.entries) {
        ++n;
        QStringList row;
        for (const auto& c : columns) {
            const QString& k = c.key;
            if (k == QLatin1String("no"))
                row << QString::number(n);
            else if (k == QLatin1String("code"))
                row << e.code;
            else if (k == QLatin1String("procedure"))
                row << e.procedureName;
            else if (k == QLatin1String("sets"))
                row << QString::number(e.sets);
            else if (k == QLatin1String("applicant"))
                row << e.submitter.name;
            else if (k == QLatin1String("address_phone"))
                row << (e.submitter.address
                    + (e.submitter.phone.isEmpty() ? QString() : QStringLiteral("; ") + e.submitter.phone));
            else if (k == QLatin1String("lead_agency"))
                row << e.leadUnit;
            else if (k == QLatin1String("received"))
                row << bookDateTime(e.received);
            else if (k == QLatin1String("appointment"))
                row << (e.newAppointment.isValid()
                        ? bookDateTime(e.appointment) + QStringLiteral("\n→ ") + bookDateTime(e.newAppointment)
                        : bookDateTime(e.appointment));
            else if (k == QLatin1String("sent_to_agency"))
                row << bookDateTime(e.sentToUnit);
            else if (k == QLatin1String("result_back"))
                row << bookDateTime(e.resultBack);
            else if (k == QLatin1String("returned"))
                row << bookDateTime(e.returned);
            else if (k == QLatin1String("note"))
                row << e.note;
            else
                row << QString();
        }
        rows.append(row);
    }
    m_c.table(cols, head, rows, 9.5, 9);
    if (book.entries.isEmpty())
        text(label(QStringLiteral("book_empty")), true);
    return {};
}

} // namespace motcua::print
