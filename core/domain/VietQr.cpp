#include "core/domain/VietQr.h"

#include "core/domain/TextFold.h"

#include "core/domain/InputCheck.h"

#include <QCoreApplication>

namespace motcua {

namespace {

constexpr int kMaxNote = 25; // NAPAS guideline followed by banking apps

bool alnumAscii(const QString& s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')))
            return false;
    }
    return !s.isEmpty();
}

// One TLV item: 2-digit tag, 2-digit decimal length, value (ASCII, at most 99 characters).
QString tlv(const char* tag, const QString& value)
{
    return QLatin1String(tag) + QStringLiteral("%1").arg(value.size(), 2, 10, QLatin1Char('0')) + value;
}

} // namespace

quint16 crc16CcittFalse(const QByteArray& data)
{
    quint16 crc = 0xFFFF;
    for (const char ch : data) {
        crc ^= static_cast<quint16>(static_cast<quint8>(ch)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<quint16>((crc << 1) ^ 0x1021) : static_cast<quint16>(crc << 1);
    }
    return crc;
}

Result<QString> buildVietQr(const VietQrRequest& r)
{
    const QString bin = r.bin.trimmed();
    const QString account = r.account.trimmed();
    if (bin.size() != 6 || !isAsciiDigits(bin))
        return Error::invalid(QStringLiteral("bin"),
            QCoreApplication::translate("motcua::VietQr",
                "VietQR: the bank BIN must be 6 digits (e.g. 970418), got \"%1\". "
                "Check the unit's payment settings.")
                .arg(bin.left(20)),
            QStringLiteral("bad_bin"));
    if (account.size() > 19 || !alnumAscii(account))
        return Error::invalid(QStringLiteral("account"),
            QCoreApplication::translate("motcua::VietQr",
                "VietQR: the account number must be 1 to 19 letters or digits, got "
                "\"%1\". Check the unit's payment settings.")
                .arg(account.left(30)),
            QStringLiteral("bad_account"));
    if (r.amountVnd < 0 || r.amountVnd > 9999999999999LL || (r.dynamic && r.amountVnd == 0))
        return Error::invalid(QStringLiteral("amount"),
            QCoreApplication::translate("motcua::VietQr",
                "VietQR: the amount must be a whole number of đồng greater than 0 "
                "(at most 13 digits)."),
            QStringLiteral("bad_amount"));
    if (r.service != QLatin1String("QRIBFTTA") && r.service != QLatin1String("QRIBFTTC"))
        return Error::invalid(QStringLiteral("service"),
            QCoreApplication::translate(
                "motcua::VietQr", "VietQR: the service must be QRIBFTTA (account) or QRIBFTTC (card)."),
            QStringLiteral("bad_service"));
    const QString note = asciiUpperNote(r.note);
    if (note.size() > kMaxNote)
        return Error::invalid(QStringLiteral("note"),
            QCoreApplication::translate("motcua::VietQr",
                "VietQR: the transfer note \"%1\" has %2 characters; banking apps "
                "accept at most %3. Use a shorter payment reference.")
                .arg(note.left(40))
                .arg(note.size())
                .arg(kMaxNote),
            QStringLiteral("note_too_long"));
    const QString name = asciiUpperNote(r.merchantName);
    const QString city = asciiUpperNote(r.merchantCity);
    if (name.size() > 25 || city.size() > 15)
        return Error::invalid(name.size() > 25 ? QStringLiteral("merchant_name") : QStringLiteral("merchant_city"),
            QCoreApplication::translate("motcua::VietQr",
                "VietQR: the merchant name may have at most 25 characters and the "
                "city at most 15."),
            QStringLiteral("bad_merchant"));

    const QString beneficiary = tlv("00", bin) + tlv("01", account);
    const QString merchant = tlv("00", QStringLiteral("A000000727")) + tlv("01", beneficiary) + tlv("02", r.service);
    QString payload = tlv("00", QStringLiteral("01"))
        + tlv("01", r.dynamic ? QStringLiteral("12") : QStringLiteral("11")) + tlv("38", merchant)
        + tlv("53", QStringLiteral("704"));
    if (r.amountVnd > 0)
        payload += tlv("54", QString::number(r.amountVnd));
    payload += tlv("58", QStringLiteral("VN"));
    if (!name.isEmpty())
        payload += tlv("59", name);
    if (!city.isEmpty())
        payload += tlv("60", city);
    if (!note.isEmpty())
        payload += tlv("62", tlv("08", note));
    payload += QStringLiteral("6304");
    const quint16 crc = crc16CcittFalse(payload.toLatin1());
    payload += QStringLiteral("%1").arg(crc, 4, 16, QLatin1Char('0')).toUpper();
    return payload;
}

} // namespace motcua
