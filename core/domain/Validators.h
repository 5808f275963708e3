// Validators for what the clerk types or scans: the 12-digit personal
// identification number, tax codes, phone numbers and e-mail addresses. Each
// rejection names the field and the reason (translated through the
// "motcua::Validators" context). Empty phone/e-mail count as "not given" and
// pass; callers that require a value check emptiness themselves.
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua {

struct PersonalIdInfo {
    QString provinceCode; // "001"
    QString provinceName; // "Hà Nội"
    QString sex; // "Nam" / "Nữ"
    int birthYear = 0; // from the century digit and digits 5-6
};

Status validatePersonalId(const QString& id); // 12 digits, province table, century digit
// Decodes a valid id (call validatePersonalId first; an invalid id gives an
// error).
Result<PersonalIdInfo> decodePersonalId(const QString& id);
// Consistency warnings (birth year, sex) between the id and the person's data;
// never refuse on them.
QStringList personalIdWarnings(const QString& id, QDate birth, const QString& sex);
// Province name for a 3-digit code from resources/provinces.json; empty when
// unknown.
QString provinceName(const QString& code);

// 10 / 13 digits (check digit), or 12 digits: a person's tax code, which is their personal identification
// number and passes validatePersonalId. Spaces and dots are ignored; one dash is allowed, only before a
// 3-digit branch suffix (XXXXXXXXXX-NNN).
Status validateTaxCode(const QString& code);
QString normalizeTaxCode(const QString& code); // strips spaces/dots/the branch dash; 13 -> XXXXXXXXXX-NNN
// "business" (10 digits), "branch" (13), "personal" (12); empty when not a
// valid shape.
QString taxCodeKind(const QString& code);

Status validatePhone(const QString& phone);
QString normalizePhone(const QString& phone); // "+84 912.345.678" -> "0912345678"
Status validateEmail(const QString& email);

} // namespace motcua
