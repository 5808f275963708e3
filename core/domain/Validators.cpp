#include "core/domain/Validators.h"

#include "core/Clock.h"
#include "core/DateFormat.h"
#include "core/domain/TextFold.h"

#include "core/domain/InputCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcValidators, "motcua.core.validators")

namespace motcua {

namespace {

const QHash<QString, QString>& provinces()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> map;
        QFile file(QStringLiteral(":/provinces.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcValidators) << "province table :/provinces.json is missing";
            return map;
        }
        const QJsonArray rows
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("provinces")).toArray();
        for (const QJsonValue& v : rows)
            map.insert(v[QStringLiteral("code")].toString(), v[QStringLiteral("name")].toString());
        return map;
    }();
    return table;
}

// "Nam"/"Nữ" in any case, composed or decomposed, with or without diacritics; empty when unknown.
QString canonicalSex(const QString& sex)
{
    const QString f = foldVietnamese(sex.trimmed());
    if (f == QLatin1String("nam") || f == QLatin1String("male") || f == QLatin1String("m"))
        return QStringLiteral("Nam");
    if (f == QLatin1String("nu") || f == QLatin1String("female") || f == QLatin1String("f"))
        return QStringLiteral("Nữ");
    return {};
}

QString stripSeparators(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QChar(0x2010) && c != QChar(0x2013)
            && c != QLatin1Char('(') && c != QLatin1Char(')'))
            out += c;
    return out;
}

bool isTaxCodeDash(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2012)
        || c == QChar(0x2013);
}

// A tax code as typed, without spaces and dots (written as "0100 233.488" on some papers); hyphens kept.
QString compactTaxCode(const QString& code)
{
    QString out;
    out.reserve(code.size());
    for (const QChar c : code)
        if (!c.isSpace() && c != QLatin1Char('.'))
            out += isTaxCodeDash(c) ? QLatin1Char('-') : c;
    return out;
}

// One hyphen at most, and only before a 3-digit branch suffix: XXXXXXXXXX-NNN.
bool taxCodeHyphenOk(const QString& compact)
{
    const qsizetype hyphens = compact.count(QLatin1Char('-'));
    return hyphens == 0 || (hyphens == 1 && compact.size() == 14 && compact.at(10) == QLatin1Char('-'));
}

// The digits of a well-formed tax code; empty when the hyphen is misplaced.
QString taxCodeDigits(const QString& code)
{
    const QString compact = compactTaxCode(code);
    if (!taxCodeHyphenOk(compact))
        return {};
    return QString(compact).remove(QLatin1Char('-'));
}

} // namespace

QString provinceName(const QString& code)
{
    return provinces().value(code);
}

Status validatePersonalId(const QString& input)
{
    const QString id = input.trimmed();
    const QString field = QStringLiteral("id_number");
    if (id.isEmpty())
        return Error::invalid(field,
            QCoreApplication::translate("motcua::Validators",
                "Personal identification number: empty. Type the 12 digits "
                "printed on the citizen ID card."),
            QStringLiteral("empty"));
    if (id.size() != 12 || !isAsciiDigits(id))
        return Error::invalid(field,
            QCoreApplication::translate("motcua::Validators",
                "Personal identification number: must be exactly 12 digits (got %1 "
                "characters). Check the number on the citizen ID card.")
                .arg(id.size()),
            QStringLiteral("bad_format"));
    if (provinceName(id.left(3)).isEmpty())
        return Error::invalid(field,
            QCoreApplication::translate("motcua::Validators",
                "Personal identification number: the first three digits (%1) are "
                "not a province code. Check the number on the card.")
                .arg(id.left(3)),
            QStringLiteral("bad_province"));
    const int century = 1900 + (id.at(3).digitValue() / 2) * 100;
    const int birthYear = century + id.mid(4, 2).toInt();
    if (birthYear > Clock::current().today().year())
        return Error::invalid(field,
            QCoreApplication::translate("motcua::Validators",
                "Personal identification number: digits 4-6 give the birth year "
                "%1, which is in the future. Check the number on the card.")
                .arg(birthYear),
            QStringLiteral("bad_century"));
    return {};
}

Result<PersonalIdInfo> decodePersonalId(const QString& input)
{
    if (auto s = validatePersonalId(input); !s)
        return s.error();
    const QString id = input.trimmed();
    PersonalIdInfo info;
    info.provinceCode = id.left(3);
    info.provinceName = provinceName(info.provinceCode);
    const int digit = id.at(3).digitValue();
    info.sex = digit % 2 == 0 ? QStringLiteral("Nam") : QStringLiteral("Nữ");
    info.birthYear = 1900 + (digit / 2) * 100 + id.mid(4, 2).toInt();
    return info;
}

QStringList personalIdWarnings(const QString& id, QDate birth, const QString& sex)
{
    QStringList warnings;
    const auto info = decodePersonalId(id);
    if (!info)
        return warnings; // the number itself is rejected elsewhere; nothing to compare
    if (birth.isValid() && birth.year() != info->birthYear)
        warnings << QCoreApplication::translate("motcua::Validators",
            "Birth date %1 does not match the personal identification number, which "
            "gives birth year %2. Check both against the card.")
                        .arg(displayDate(birth))
                        .arg(info->birthYear);
    const QString canonical = canonicalSex(sex);
    if (!sex.trimmed().isEmpty() && canonical.isEmpty())
        warnings << QCoreApplication::translate(
            "motcua::Validators", "Sex \"%1\" is neither Nam nor Nữ. Check it against the card.")
                        .arg(sex);
    else if (!canonical.isEmpty() && canonical != info->sex)
        warnings << QCoreApplication::translate("motcua::Validators",
            "Sex %1 does not match the personal identification number, which gives %2. "
            "Check both against the card.")
                        .arg(canonical, info->sex);
    return warnings;
}

QString normalizeTaxCode(const QString& code)
{
    const QString digits = taxCodeDigits(code);
    if (digits.isEmpty())
        return compactTaxCode(code); // malformed: shown as typed, without spaces and dots
    if (digits.size() == 13 && isAsciiDigits(digits))
        return digits.left(10) + QLatin1Char('-') + digits.mid(10);
    return digits;
}

QString taxCodeKind(const QString& code)
{
    const QString digits = taxCodeDigits(code);
    if (!isAsciiDigits(digits))
        return {};
    switch (digits.size()) {
    case 10:
        return QStringLiteral("business");
    case 13:
        return QStringLiteral("branch");
    case 12:
        return QStringLiteral("personal");
    default:
        return {};
    }
}

namespace {

// Since 1 July 2025 a person's tax code is their 12-digit personal identification number, so it passes
// the same checks (province code, century and sex digit, birth year); no business check digit.
Status validatePersonalTaxCode(const QString& digits)
{
    const Status id = validatePersonalId(digits);
    if (id)
        return {};
    return Error::invalid(QStringLiteral("tax_code"),
        QCoreApplication::translate("motcua::Validators",
            "Tax code: a 12-digit code is a personal tax code, which is the person's identification "
            "number, and this one is not valid. %1")
            .arg(id.error().message),
        id.error().code);
}

Status validateBusinessCheckDigit(const QString& digits)
{
    static const int weights[9] = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits.at(i).digitValue() * weights[i];
    const int rest = sum % 11;
    const int check = rest == 10 ? 0 : 10 - rest; // rest 0 gives 10: no digit, never valid
    if (rest == 0 || check != digits.at(9).digitValue())
        return Error::invalid(QStringLiteral("tax_code"),
            QCoreApplication::translate("motcua::Validators",
                "Tax code: the check digit (10th digit) is wrong, so the code has a "
                "typing error. Check it against the registration certificate."),
            QStringLiteral("bad_check_digit"));
    return {};
}

} // namespace

Status validateTaxCode(const QString& code)
{
    const QString field = QStringLiteral("tax_code");
    const QString compact = compactTaxCode(code);
    if (compact.isEmpty())
        return Error::invalid(field,
            QCoreApplication::translate("motcua::Validators",
                "Tax code: empty. Type the 10-digit tax code, the 13-digit "
                "branch code or the 12-digit personal identification number."),
            QStringLiteral("empty"));
    const QString digits = QString(compact).remove(QLatin1Char('-'));
    if (!isAsciiDigits(digits))
        return Error::invalid(field,
            QCoreApplication::translate("motcua::Validators",
                "Tax code: only digits are allowed (spaces and dots are ignored, and one dash may "
                "separate a branch suffix). Check the code."),
            QStringLiteral("bad_format"));
    if (!taxCodeHyphenOk(compact))
        return Error::invalid(field,
            QCoreApplication::translate("motcua::Validators",
                "Tax code: a dash may only separate the 3-digit branch suffix from the 10-digit code "
                "(0100233488-001), and only once. Check the code."),
            QStringLiteral("bad_dash"));
    if (digits.size() == 12)
        return validatePersonalTaxCode(digits);
    if (digits.size() != 10 && digits.size() != 13)
        return Error::invalid(field,
            QCoreApplication::translate("motcua::Validators",
                "Tax code: must have 10 digits, 13 digits for a branch, or 12 digits "
                "for a person (got %1). Check the code.")
                .arg(digits.size()),
            QStringLiteral("bad_length"));
    if (digits.mid(2, 7) == QLatin1String("0000000"))
        return Error::invalid(field,
            QCoreApplication::translate(
                "motcua::Validators", "Tax code: digits 3-9 cannot all be zero. Check the code."),
            QStringLiteral("bad_sequence"));
    if (auto s = validateBusinessCheckDigit(digits); !s)
        return s;
    if (digits.size() == 13 && digits.mid(10) == QLatin1String("000"))
        return Error::invalid(field,
            QCoreApplication::translate(
                "motcua::Validators", "Tax code: a branch suffix (digits 11-13) cannot be 000."),
            QStringLiteral("bad_branch"));
    return {};
}

QString normalizePhone(const QString& phone)
{
    QString digits = stripSeparators(phone);
    if (digits.startsWith(QLatin1String("+84")))
        digits = QLatin1Char('0') + digits.mid(3);
    else if (digits.startsWith(QLatin1String("84")) && digits.size() >= 11 && digits.size() <= 12)
        digits = QLatin1Char('0') + digits.mid(2);
    return digits;
}

Status validatePhone(const QString& phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    const QString field = QStringLiteral("phone");
    const QString p = normalizePhone(phone);
    static const QRegularExpression mobile(QStringLiteral("^0[35789][0-9]{8}$"));
    static const QRegularExpression landline(QStringLiteral("^02[0-9]{9}$"));
    static const QRegularExpression service(QStringLiteral("^(1800|1900)[0-9]{4,6}$"));
    if (mobile.match(p).hasMatch() || landline.match(p).hasMatch() || service.match(p).hasMatch())
        return {};
    return Error::invalid(field,
        QCoreApplication::translate("motcua::Validators",
            "Phone number: \"%1\" is not a Vietnamese phone number. Use 10 digits for "
            "a mobile (e.g. 0912345678), 11 digits for a landline with its area code "
            "(e.g. 02438223344), or +84 followed by the number without the 0.")
            .arg(phone.trimmed().left(40)),
        QStringLiteral("bad_phone"));
}

Status validateEmail(const QString& input)
{
    const QString email = input.trimmed();
    if (email.isEmpty())
        return {};
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (email.size() <= 254 && at > 0 && at <= 64 && re.match(email).hasMatch())
        return {};
    return Error::invalid(QStringLiteral("email"),
        QCoreApplication::translate("motcua::Validators",
            "E-mail: \"%1\" is not a valid address. It must look like "
            "name@example.vn, without spaces or diacritics.")
            .arg(email.left(60)),
        QStringLiteral("bad_email"));
}

} // namespace motcua
