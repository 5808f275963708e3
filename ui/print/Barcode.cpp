#include "ui/print/Barcode.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <stdexcept>

namespace motcua::print {

QString BarcodeMatrix::formatName() const
{
    return m_format == Format::Code128 ? QStringLiteral("Code128") : QStringLiteral("QRCode");
}

Result<BarcodeMatrix> BarcodeMatrix::encode(Format format, const QString& text)
{
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("code"),
            tr("There is nothing to encode in the barcode: the dossier "
               "code is empty. Print the form from a saved dossier."));
    if (format == Format::Code128) {
        for (QChar c : text)
            if (c.unicode() < 32 || c.unicode() > 126)
                return Error::invalid(QStringLiteral("code"),
                    tr("The code \"%1\" contains a character that Code 128 cannot carry; "
                       "only printable ASCII is allowed.")
                        .arg(text));
    }
    BarcodeMatrix out;
    out.m_format = format;
    try {
        ZXing::MultiFormatWriter writer(
            format == Format::Code128 ? ZXing::BarcodeFormat::Code128 : ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0);
        if (format == Format::QRCode) {
            writer.setEncoding(ZXing::CharacterSet::UTF8);
            writer.setEccLevel(4); // ZXing's 0..8 scale: 4 = level M (15 %)
        }
        const ZXing::BitMatrix bits = writer.encode(text.toStdString(), 0, 0);
        out.m_width = bits.width();
        out.m_height = format == Format::Code128 ? 1 : bits.height();
        out.m_bits.resize(out.m_width * out.m_height);
        for (int y = 0; y < out.m_height; ++y)
            for (int x = 0; x < out.m_width; ++x)
                out.m_bits[y * out.m_width + x] = bits.get(x, y);
    } catch (const std::exception& e) {
        return Error::invalid(QStringLiteral("code"),
            tr("The barcode for \"%1\" could not be encoded (%2).").arg(text, QString::fromUtf8(e.what())));
    }
    if (out.m_width == 0)
        return Error::invalid(QStringLiteral("code"), tr("The barcode for \"%1\" came out empty.").arg(text));
    return out;
}

} // namespace motcua::print
