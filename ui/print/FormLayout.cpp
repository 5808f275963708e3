#include "ui/print/FormLayout.h"

#include "core/Clock.h"
#include "ui/print/Barcode.h"

namespace motcua::print {

using forms::FormKey;

namespace {
constexpr double kHeaderPt = 12;
} // namespace

FormLayout::FormLayout(PageComposer& composer, const forms::FormSetVersion& set, const RenderOptions& options)
    : m_c(composer), m_set(set), m_options(options)
{ }

Status FormLayout::draw(const PrintRequest& request)
{
    m_def = m_set.form(request.key);
    if (request.key == FormKey::TrackingBook) {
        m_printDate = request.book.letterhead.date.isValid() ? request.book.letterhead.date : Clock::current().today();
        return trackingBook(request.book);
    }
    const auto& d = request.dossier;
    m_printDate = d.letterhead.date.isValid() ? d.letterhead.date : Clock::current().today();
    switch (request.key) {
    case FormKey::Receipt:
        return receipt(d);
    case FormKey::SupplementRequest:
        return supplementRequest(d);
    case FormKey::Refusal:
        return refusal(d);
    case FormKey::ControlSlip:
        return controlSlip(d);
    case FormKey::ApologyExtension:
        return apology(d);
    case FormKey::StopProcessingNotice:
        return stopNotice(d);
    case FormKey::FeeNotice:
        return feeNotice(d);
    case FormKey::TrackingBook:
        break;
    }
    return Error::invalid(QStringLiteral("form"), tr("This form cannot be printed."));
}

QString FormLayout::dateTime(const QDateTime& at, bool longForm) const
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(Clock::zone());
    return label(longForm ? QStringLiteral("datetime_long") : QStringLiteral("datetime"),
        { { QStringLiteral("hh"), local.toString(QStringLiteral("HH")) },
            { QStringLiteral("mm"), local.toString(QStringLiteral("mm")) },
            { QStringLiteral("dd"), local.toString(QStringLiteral("dd")) },
            { QStringLiteral("MM"), local.toString(QStringLiteral("MM")) },
            { QStringLiteral("yyyy"), local.toString(QStringLiteral("yyyy")) } });
}

QString FormLayout::bookDateTime(const QDateTime& at) const
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(Clock::zone());
    return label(QStringLiteral("datetime_book"),
        { { QStringLiteral("hh"), local.toString(QStringLiteral("HH")) },
            { QStringLiteral("mm"), local.toString(QStringLiteral("mm")) },
            { QStringLiteral("dd"), local.toString(QStringLiteral("dd")) },
            { QStringLiteral("MM"), local.toString(QStringLiteral("MM")) },
            { QStringLiteral("yyyy"), local.toString(QStringLiteral("yyyy")) } });
}

QString FormLayout::date(const QDateTime& at) const
{
    return at.isValid() ? date(at.toTimeZone(Clock::zone()).date()) : QString();
}

QString FormLayout::date(QDate d) const
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString FormLayout::money(qint64 vnd)
{
    QString digits = QString::number(vnd < 0 ? -vnd : vnd);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return vnd < 0 ? QLatin1Char('-') + digits : digits;
}

void FormLayout::header(const forms::Letterhead& letterhead, const QString& slipNumber, bool landscape)
{
    const double leftW = m_c.width() * (landscape ? 0.36 : 0.45);
    const double rightW = m_c.width() - leftW;
    const double rightBlockW = landscape ? std::min(rightW, 110.0) : rightW;
    const double rightBlockX = m_c.right() - rightBlockW;

    if (!m_def.number.isEmpty()) {
        m_c.paragraph(
            { { label(QStringLiteral("form_number"), { { QStringLiteral("number"), m_def.number } }), true } },
            rightBlockX, rightBlockW, Style { 11, false, false, Qt::AlignRight, 1.1 });
        if (!m_def.legalBasis.isEmpty())
            m_c.paragraph({ { m_def.legalBasis, false, true } }, rightBlockX, rightBlockW,
                Style { 10, false, false, Qt::AlignRight, 1.1 });
        m_c.space(2);
    }
    const double top = m_c.y();
    // Left: parent agency, agency, a short rule under it.
    if (!letterhead.parentAgency.isEmpty())
        m_c.paragraph({ { letterhead.parentAgency.toUpper() } }, m_c.left(), leftW,
            Style { kHeaderPt, false, false, Qt::AlignHCenter, 1.1 });
    m_c.paragraph({ { letterhead.agency.toUpper(), true } }, m_c.left(), leftW,
        Style { kHeaderPt, false, false, Qt::AlignHCenter, 1.1 });
    const double leftRuleY = m_c.y() + 0.8;
    m_c.rule(m_c.left() + leftW * 0.35, m_c.left() + leftW * 0.65, leftRuleY);
    const double leftBottom = leftRuleY + 1.5;

    // Right: the national motto, its second line underlined over its own width.
    m_c.setY(top);
    m_c.paragraph({ { label(QStringLiteral("motto_1")), true } }, rightBlockX, rightBlockW,
        Style { kHeaderPt, false, false, Qt::AlignHCenter, 1.1 });
    const QString motto2 = label(QStringLiteral("motto_2"));
    const Style motto2Style { 13, true, false, Qt::AlignHCenter, 1.1 };
    m_c.paragraph({ { motto2 } }, rightBlockX, rightBlockW, motto2Style);
    // The composer recorded the motto's line box: underline exactly that width.
    const QRectF mottoBox = m_c.lastTextBox();
    const double rightRuleY = m_c.y() + 0.8;
    m_c.rule(mottoBox.left(), mottoBox.right(), rightRuleY);
    const double rightBottom = rightRuleY + 1.5;

    m_c.setY(std::max(leftBottom, rightBottom) + 1.5);
    const double row2 = m_c.y();
    if (!slipNumber.isEmpty())
        m_c.paragraph({ { label(QStringLiteral("slip_number"), { { QStringLiteral("number"), slipNumber } }) } },
            m_c.left(), leftW, Style { 11.0, false, false, Qt::AlignHCenter, 1.1 });
    const double afterSlip = m_c.y();
    m_c.setY(row2);
    const QString place = letterhead.place.isEmpty() ? QStringLiteral("..........") : letterhead.place;
    m_c.paragraph({ { label(QStringLiteral("place_date"),
                          { { QStringLiteral("place"), place },
                              { QStringLiteral("dd"), m_printDate.toString(QStringLiteral("dd")) },
                              { QStringLiteral("MM"), m_printDate.toString(QStringLiteral("MM")) },
                              { QStringLiteral("yyyy"), m_printDate.toString(QStringLiteral("yyyy")) } }),
                      false, true } },
        rightBlockX, rightBlockW, Style { kBodyPt, false, false, Qt::AlignHCenter, 1.1 });
    m_c.setY(std::max(afterSlip, m_c.y()) + 4);
}

void FormLayout::title(const QString& extra)
{
    const QString t
        = m_def.title.isEmpty() ? label(QStringLiteral("generic_title_") + forms::formKeyName(m_def.key)) : m_def.title;
    m_c.paragraph({ { t, true } }, m_c.left(), m_c.width(), Style { 14, false, false, Qt::AlignHCenter, 1.15 });
    if (!extra.isEmpty())
        m_c.paragraph(
            { { extra, false, true } }, m_c.left(), m_c.width(), Style { kBodyPt, false, false, Qt::AlignHCenter });
    m_c.space(3);
}

void FormLayout::line(const QString& labelText, const QString& value, bool boldValue)
{
    m_c.paragraph(
        { { labelText + QStringLiteral(": ") }, { value.isEmpty() ? QStringLiteral("..........") : value, boldValue } },
        m_c.left(), m_c.width(), Style { kBodyPt });
}

void FormLayout::text(const QString& t, bool italic, bool bold)
{
    m_c.paragraph({ { t, bold, italic } }, m_c.left(), m_c.width(), Style { kBodyPt });
}

void FormLayout::partyLines(const forms::PrintableParty& party, bool nameAsApplicant)
{
    const bool business = party.kind == QLatin1String("business");
    line(label(business ? QStringLiteral("business_name") : QStringLiteral("applicant_name")), party.name, true);
    if (nameAsApplicant || !party.idNumber.isEmpty())
        line(label(business ? QStringLiteral("tax_code") : QStringLiteral("id_number")), party.idNumber);
    line(label(QStringLiteral("address")), party.address);
    m_c.paragraph({ { label(QStringLiteral("phone")) + QStringLiteral(": ") },
                      { party.phone.isEmpty() ? QStringLiteral("..........") : party.phone },
                      { QStringLiteral("    ") + label(QStringLiteral("email")) + QStringLiteral(": ") },
                      { party.email.isEmpty() ? QStringLiteral("..........") : party.email } },
        m_c.left(), m_c.width(), Style { kBodyPt });
}

void FormLayout::signatures(const QStringList& roles, const QStringList& names, bool seal)
{
    if (roles.isEmpty())
        return;
    m_c.space(2);
    m_c.ensureSpace(30);
    const int n = int(roles.size());
    // One signer signs on the right half, as on administrative letters.
    const double colW = n == 1 ? m_c.width() / 2 : m_c.width() / n;
    const double x0 = n == 1 ? m_c.left() + m_c.width() / 2 : m_c.left();
    const double top = m_c.y();
    double bottom = top;
    for (int i = 0; i < n; ++i) {
        m_c.setY(top);
        const double x = x0 + i * colW;
        m_c.paragraph({ { roles.at(i), true } }, x, colW, Style { kBodyPt, false, false, Qt::AlignHCenter, 1.1 });
        m_c.paragraph({ { label(seal ? QStringLiteral("sign_hint_seal") : QStringLiteral("sign_hint")), false, true } },
            x, colW, Style { 12, false, false, Qt::AlignHCenter, 1.1 });
        m_c.space(14);
        const QString name = i < names.size() ? names.at(i) : QString();
        if (!name.isEmpty())
            m_c.paragraph({ { name, true } }, x, colW, Style { kBodyPt, false, false, Qt::AlignHCenter, 1.1 });
        bottom = std::max(bottom, m_c.y());
    }
    m_c.setY(bottom);
}

Status FormLayout::codeBarcodes(const QString& code, const QString& qrPayload, bool withQr)
{
    auto linear = BarcodeMatrix::encode(BarcodeMatrix::Format::Code128, code);
    if (!linear.ok())
        return linear.error();
    const double module = std::max(0.25, m_options.code128ModuleMm);
    const int quiet = std::max(10, m_options.code128QuietModules);
    const double textH = 6;
    double qrSide = 0;
    std::optional<BarcodeMatrix> qr;
    if (withQr) {
        auto q = BarcodeMatrix::encode(BarcodeMatrix::Format::QRCode, qrPayload);
        if (!q.ok())
            return q.error();
        qr = q.value();
        qrSide = (qr->width() + 2 * std::max(4, m_options.qrQuietModules)) * m_c.snapModule(m_options.qrModuleMm);
    }
    const double blockH = std::max(m_options.code128HeightMm + textH, qrSide);
    m_c.ensureSpace(blockH + 2);
    const double top = m_c.y();
    const double linearTop = top + (blockH - m_options.code128HeightMm - textH) / 2;
    const double realModule = m_c.barcode(
        linear.value(), m_c.left(), linearTop, module, m_options.code128HeightMm, linear->formatName(), code, quiet);
    const double realW = (linear->width() + 2 * quiet) * realModule;
    m_c.setY(linearTop + m_options.code128HeightMm + 0.8);
    m_c.paragraph({ { code } }, m_c.left(), realW, Style { 11, false, false, Qt::AlignHCenter, 1.0 });
    if (qr) {
        const int qQuiet = std::max(4, m_options.qrQuietModules);
        const double side = (qr->width() + 2 * qQuiet) * m_c.snapModule(m_options.qrModuleMm);
        m_c.barcode(*qr, m_c.right() - side, top, m_options.qrModuleMm, 0, qr->formatName(), qrPayload, qQuiet);
    }
    m_c.setY(top + blockH + 2);
    return {};
}

Status FormLayout::qrBlock(const QString& payload, double moduleMm, const QString& caption)
{
    auto qr = BarcodeMatrix::encode(BarcodeMatrix::Format::QRCode, payload);
    if (!qr.ok())
        return qr.error();
    const int quiet = std::max(4, m_options.qrQuietModules);
    const double side = (qr->width() + 2 * quiet) * m_c.snapModule(moduleMm);
    m_c.ensureSpace(side + 10);
    const double x = m_c.left() + (m_c.width() - side) / 2;
    const double top = m_c.y();
    m_c.barcode(qr.value(), x, top, moduleMm, 0, qr->formatName(), payload, quiet);
    m_c.setY(top + side + 0.5);
    if (!caption.isEmpty())
        m_c.paragraph(
            { { caption, false, true } }, m_c.left(), m_c.width(), Style { 11, false, false, Qt::AlignHCenter });
    return {};
}

void FormLayout::componentsTable(const QList<forms::PrintableComponent>& components, bool withReason)
{
    const double w = m_c.width();
    QList<PageComposer::Column> cols;
    QStringList head { label(QStringLiteral("col_no")), label(QStringLiteral("col_component")),
        label(QStringLiteral("col_originals")), label(QStringLiteral("col_certified")),
        label(QStringLiteral("col_photocopies")) };
    const double numW = 15, countW = 19;
    if (withReason) {
        const double nameW = (w - numW - 3 * countW) * 0.55;
        cols = { { numW, Qt::AlignHCenter }, { nameW }, { countW, Qt::AlignHCenter }, { countW, Qt::AlignHCenter },
            { countW, Qt::AlignHCenter }, { w - numW - 3 * countW - nameW } };
        head << label(QStringLiteral("col_reason"));
    } else {
        cols = { { numW, Qt::AlignHCenter }, { w - numW - 3 * countW }, { countW, Qt::AlignHCenter },
            { countW, Qt::AlignHCenter }, { countW, Qt::AlignHCenter } };
    }
    QList<QStringList> rows;
    int i = 0;
    for (const auto& c : components) {
        QStringList row { QString::number(++i), c.name, QString::number(c.originals),
            QString::number(c.certifiedCopies), QString::number(c.photocopies) };
        if (withReason)
            row << c.reason;
        rows.append(row);
    }
    if (rows.isEmpty()) {
        text(label(QStringLiteral("no_components")), true);
        return;
    }
    m_c.table(cols, head, rows, 11.5, 11);
    m_c.space(2);
}

} // namespace motcua::print
