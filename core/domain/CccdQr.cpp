#include "core/domain/CccdQr.h"

#include "core/Clock.h"
#include "core/domain/Validators.h"

#include "core/domain/InputCheck.h"

#include <QCoreApplication>

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

} // namespace

Result<CccdData> parseCccdQr(const QString& raw)
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
    payload = payload.trimmed(); // spaces and trailing CR/LF from scanners
    if (payload.isEmpty())
        return fail(QStringLiteral("payload"),
            QCoreApplication::translate(
                "motcua::CccdQr", "CCCD QR: no text was read. Scan the QR code on the card again."),
            QStringLiteral("empty"));
    for (const QChar c : payload) {
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            return fail(QStringLiteral("payload"),
                QCoreApplication::translate("motcua::CccdQr",
                    "CCCD QR: the text contains control or unreadable characters, so the "
                    "scanner garbled it. Set the scanner to serial mode or a US keyboard "
                    "layout and scan again."),
                QStringLiteral("garbled"));
    }
    QStringList f = payload.split(QLatin1Char('|'));
    for (QString& s : f)
        s = s.trimmed();
    if (f.size() < 6 || f.size() > 8)
        return fail(QStringLiteral("payload"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: expected 6 to 8 fields separated by \"|\" but found %1. The code "
                "is not an ID card QR code or was garbled; scan it again.")
                .arg(f.size()),
            QStringLiteral("field_count"));

    // Normal layout: id|old id|name|birth|sex|address|issue[|extra]; short: id|name|birth|sex|address|issue.
    bool shortLayout;
    if (isDateField(f.at(3)))
        shortLayout = false;
    else if (isDateField(f.at(2)))
        shortLayout = true;
    else
        return fail(QStringLiteral("birth_date"),
            QCoreApplication::translate("motcua::CccdQr",
                "CCCD QR: no date of birth (8 digits ddMMyyyy) in field 3 or 4. The code was "
                "garbled; scan it again."),
            QStringLiteral("bad_birth_date"));
    if (shortLayout)
        f.insert(1, QString());
    if (f.size() < 7)
        return fail(QStringLiteral("issue_date"),
            QCoreApplication::translate(
                "motcua::CccdQr", "CCCD QR: the issue date field is missing. Scan the code again."),
            QStringLiteral("field_count"));

    CccdData d;
    d.id = f.at(0);
    d.oldId = f.at(1);
    d.name = f.at(2);
    d.sex = f.at(4);
    d.address = f.at(5);
    if (f.size() == 8)
        d.extra = f.at(7);

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

    // Consistency: warnings only; the clerk compares with the card.
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
    if (d.sex == QLatin1String("Nu"))
        d.sex = QStringLiteral("Nữ");
    return d;
}

} // namespace motcua
