#include "core/domain/CccdQr.h"

#include "core/Clock.h"
#include "core/domain/Validators.h"

#include "core/domain/InputCheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace motcua {

namespace {

constexpr int kMaxPayload = 2048; // a real payload is under 300 characters

bool isDateField(const QString& s)
{
    return s.size() == 8 && isAsciiDigits(s);
}

QDate parseDate(const QString& s)
{
    return QDate::fromString(s, QStringLiteral("ddMMyyyy"));
}

Error fail(const QString& field, const QString& message, const QString& code = QStringLiteral("bad_qr"))
{
    return Error::invalid(field, message, code);
}

// Letters of a Latin script (with Vietnamese diacritics), spaces, apostrophes and hyphens only.
bool plausibleName(const QString& name)
{
    for (const QChar c : name) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('\'') || c == QLatin1Char('-'))
            continue;
        if (!c.isLetter() && c.category() != QChar::Mark_NonSpacing)
            return false;
        if (c.isLetter() && c.script() != QChar::Script_Latin)
            return false;
    }
    return true;
}

// The error field of each position in the normal 7(+1)-field layout.
const char* const kQrFieldNames[] = { "id", "old_id", "name", "birth_date", "sex", "address", "issue_date", "extra" };

QString qrFieldLabel(int index)
{
    static const char* const labels[] = { QT_TRANSLATE_NOOP("motcua::CccdQr", "personal identification number"),
        QT_TRANSLATE_NOOP("motcua::CccdQr", "old ID number"), QT_TRANSLATE_NOOP("motcua::CccdQr", "full name"),
        QT_TRANSLATE_NOOP("motcua::CccdQr", "date of birth"), QT_TRANSLATE_NOOP("motcua::CccdQr", "sex"),
        QT_TRANSLATE_NOOP("motcua::CccdQr", "permanent address"), QT_TRANSLATE_NOOP("motcua::CccdQr", "issue date"),
        QT_TRANSLATE_NOOP("motcua::CccdQr", "extra (8th)") };
    return QCoreApplication::translate("motcua::CccdQr", labels[index]);
}

bool isQrLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x0B) || c == QChar(0x0C) || c == QChar(0x85)
        || c == QChar(0x2028) || c == QChar(0x2029);
}

// Size, NFC, byte-order mark, surrounding spaces and the CR/LF a scanner appends.
Result<QString> cleanQrPayload(const QString& raw)
{
    if (raw.size() > kMaxPayload)
        return fail(QStringLiteral("payload"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: the text is too long (%1 characters) to be an ID card QR code. Scan "
                "the QR code on the card again.")
                .arg(raw.size()),
            QStringLiteral("too_long"));
    QString payload = raw.normalized(QString::NormalizationForm_C);
    if (payload.startsWith(QChar(0xFEFF)))
        payload.remove(0, 1);
    payload = payload.trimmed();
    if (payload.isEmpty())
        return fail(QStringLiteral("payload"),
            QCoreApplication::translate(
                "motcua::CccdQr", "CCCD QR: no text was read. Scan the QR code on the card again."),
            QStringLiteral("empty"));
    return payload;
}

// Splits into the normal layout id|old id|name|birth|sex|address|issue[|extra], inserting an empty old id
// for the short layout id|name|birth|sex|address|issue. Fields are not trimmed yet.
Result<QStringList> splitQrFields(const QString& payload)
{
    QStringList f = payload.split(QLatin1Char('|'));
    if (f.size() < 6 || f.size() > 8)
        return fail(QStringLiteral("payload"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: expected 6 to 8 fields separated by \"|\" but found %1. The code "
                "is not an ID card QR code or was garbled; scan it again.")
                .arg(f.size()),
            QStringLiteral("field_count"));
    if (isDateField(f.at(2).trimmed()) && !isDateField(f.at(3).trimmed()))
        f.insert(1, QString());
    else if (!isDateField(f.at(3).trimmed()))
        return fail(QStringLiteral("birth_date"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: no date of birth (8 digits ddMMyyyy) in field 3 or 4. The code was "
                "garbled; scan it again."),
            QStringLiteral("bad_birth_date"));
    if (f.size() > 8) // the short layout has no room for two trailing fields
        return fail(QStringLiteral("payload"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: expected 6 to 8 fields separated by \"|\" but found %1. The code "
                "is not an ID card QR code or was garbled; scan it again.")
                .arg(f.size() - 1),
            QStringLiteral("field_count"));
    if (f.size() < 7)
        return fail(QStringLiteral("issue_date"),
            QCoreApplication::translate(
                "motcua::CccdQr", "CCCD QR: the issue date field is missing. Scan the code again."),
            QStringLiteral("field_count"));
    return f;
}

// Every field is one line on the card: a line break inside one (a name split over two lines) means the
// scanner or a copy-paste broke it. Then no control or unreadable characters anywhere.
Status checkQrCharacters(const QStringList& f)
{
    for (int i = 0; i < f.size(); ++i) {
        if (std::any_of(f.at(i).begin(), f.at(i).end(), isQrLineBreak))
            return fail(QString::fromLatin1(kQrFieldNames[i]),
                QCoreApplication::translate("motcua::CccdQr",
                    "CCCD QR: the %1 field contains a line break, but every field on the card is one line. "
                    "Scan the code again or type the data by hand.")
                    .arg(qrFieldLabel(i)),
                QStringLiteral("line_break"));
    }
    for (const QString& field : f)
        for (const QChar c : field)
            if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
                return fail(QStringLiteral("payload"),
                    QCoreApplication::translate("motcua::CccdQr",
                        "CCCD QR: the text contains control or unreadable characters, so the "
                        "scanner garbled it. Set the scanner to serial mode or a US keyboard "
                        "layout and scan again."),
                    QStringLiteral("garbled"));
    return {};
}

// The identity fields that must be right for the data to be used at all.
Status checkQrIdentity(const CccdData& d)
{
    if (d.id.size() != 12 || !isAsciiDigits(d.id))
        return fail(QStringLiteral("id"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: field 1 (personal identification number) must be 12 digits, got "
                "\"%1\". Scan the code again.")
                .arg(d.id.left(20)),
            QStringLiteral("bad_id"));
    if (d.name.isEmpty())
        return fail(QStringLiteral("name"),
            QCoreApplication::translate(
                "motcua::CccdQr", "CCCD QR: the full name field is empty. Scan the code again."),
            QStringLiteral("bad_name"));
    // The card prints exactly "Nam" or "Nữ" (NFC already applied: a decomposed "Nữ" arrives here composed).
    if (d.sex != QLatin1String("Nam") && d.sex != QStringLiteral("Nữ"))
        return fail(QStringLiteral("sex"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: the sex field must be \"Nam\" or \"Nữ\", got \"%1\". Scan the code again or type "
                "the data by hand.")
                .arg(d.sex.left(20)),
            QStringLiteral("bad_sex"));
    return {};
}

Result<CccdData> readQrFields(const QStringList& f)
{
    CccdData d;
    d.id = f.at(0);
    d.oldId = f.at(1);
    d.name = f.at(2);
    d.sex = f.at(4);
    d.address = f.at(5);
    if (f.size() == 8)
        d.extra = f.at(7);
    if (auto s = checkQrIdentity(d); !s)
        return s.error();
    d.birthDate = parseDate(f.at(3));
    if (!d.birthDate.isValid())
        return fail(QStringLiteral("birth_date"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: the date of birth \"%1\" is not a real date (ddMMyyyy). Scan the code "
                "again or type the data by hand.")
                .arg(f.at(3)),
            QStringLiteral("bad_birth_date"));
    if (!isDateField(f.at(6)) || !(d.issueDate = parseDate(f.at(6))).isValid())
        return fail(QStringLiteral("issue_date"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: the issue date \"%1\" is not a real date (ddMMyyyy). Scan the code "
                "again or type the data by hand.")
                .arg(f.at(6).left(20)),
            QStringLiteral("bad_issue_date"));
    if (isDateField(d.extra))
        d.extraDate = parseDate(d.extra);
    return d;
}

// Consistency: warnings only; the clerk compares with the card.
void addQrWarnings(CccdData& d)
{
    if (auto s = validatePersonalId(d.id); !s)
        d.warnings << s.error().message;
    d.warnings << personalIdWarnings(d.id, d.birthDate, d.sex);
    if (!d.oldId.isEmpty() && !((d.oldId.size() == 9 || d.oldId.size() == 12) && isAsciiDigits(d.oldId)))
        d.warnings << QCoreApplication::translate(
            "motcua::CccdQr", "The old ID number \"%1\" is not 9 or 12 digits. Check it against the old card.")
                          .arg(d.oldId.left(20));
    if (!plausibleName(d.name))
        d.warnings << QCoreApplication::translate("motcua::CccdQr",
            "The name \"%1\" contains characters a Vietnamese name cannot contain; the "
            "scanner may have garbled it. Compare it with the card.")
                          .arg(d.name.left(80));
    const QDate today = Clock::current().today();
    if (d.birthDate > today)
        d.warnings << QCoreApplication::translate(
            "motcua::CccdQr", "The date of birth is in the future. Compare it with the card.");
    if (d.issueDate < d.birthDate)
        d.warnings << QCoreApplication::translate(
            "motcua::CccdQr", "The issue date is earlier than the date of birth. Compare both with the card.");
    if (d.issueDate > today)
        d.warnings << QCoreApplication::translate(
            "motcua::CccdQr", "The issue date is in the future. Check the computer's date and the card.");
    if (d.extraDate.isValid() && d.extraDate < d.issueDate)
        d.warnings << QCoreApplication::translate(
            "motcua::CccdQr", "The 8th field (%1) is a date earlier than the issue date.")
                          .arg(d.extra);
    if (d.address.isEmpty())
        d.warnings << QCoreApplication::translate(
            "motcua::CccdQr", "The address field is empty. Ask for the permanent address.");
}

} // namespace

Result<CccdData> parseCccdQr(const QString& raw)
{
    const auto payload = cleanQrPayload(raw);
    if (!payload)
        return payload.error();
    auto fields = splitQrFields(*payload);
    if (!fields)
        return fields.error();
    if (auto s = checkQrCharacters(*fields); !s)
        return s.error();
    for (QString& s : fields.value())
        s = s.trimmed();
    auto data = readQrFields(*fields);
    if (data)
        addQrWarnings(data.value());
    return data;
}

} // namespace motcua
