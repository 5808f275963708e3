// VietQr: builds the NAPAS VietQR payload (EMVCo merchant-presented QR, TLV,
// GUID A000000727, CRC-16/CCITT-FALSE) that a banking app scans to pay a
// dossier's fee (docs/validators.md).
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua {

struct VietQrRequest {
    QString bin, account; // 6-digit bank BIN, account (or card) number
    qint64 amountVnd = 0; // 0 = no amount (static codes only)
    QString note; // folded to ASCII upper case; at most 25 characters after folding
    bool dynamic = true; // point of initiation 12 (one transaction) vs 11 (static)
    QString service = QStringLiteral("QRIBFTTA"); // QRIBFTTA (account) or QRIBFTTC (card)
    QString merchantName, merchantCity; // optional tags 59 / 60
};

Result<QString> buildVietQr(const VietQrRequest&);
quint16 crc16CcittFalse(const QByteArray&);

} // namespace motcua
