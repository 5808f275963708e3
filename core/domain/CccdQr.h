// CccdQr: parser for the QR payload printed on the chip-based citizen ID card
// (CCCD): "id|old id|name|ddMMyyyy|sex|address|ddMMyyyy[|extra]", tolerating
// the 6-field variant without the old id and a trailing 8th field
// (docs/validators.md).
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace motcua {

struct CccdData {
    QString id, oldId, name;
    QDate birthDate;
    QString sex, address;
    QDate issueDate;
    QString extra; // 8th field as raw text ("" when absent)
    QDate extraDate; // the 8th field read as a date when it is one (possibly the
                     // expiry date)
    QStringList warnings; // consistency warnings for the clerk (translated)
};

Result<CccdData> parseCccdQr(const QString& payload);

} // namespace motcua
