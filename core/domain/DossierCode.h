// DossierCode: the national dossier code "<agency id>-<yyMMdd>-<NNNN>"
// (docs/dossier-codes.md). The only place that knows the format, so a
// changed rule touches one file.
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace motcua {

struct DossierCode {
    QString agency; // electronic identifier "000.00.25.G14"
    QDate date; // receipt date, local time (UTC+7)
    int sequence = 0; // 1..9999, per agency and day

    QString toString() const; // "000.00.25.G14-250312-0007"
    static Result<DossierCode> parse(const QString&); // validates pattern and real date
    static bool isValidAgencyCode(const QString&); // ^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$

    bool operator==(const DossierCode&) const = default;
};

} // namespace motcua
