// BarcodeMatrix: the modules of a Code 128 or QR symbol as produced by ZXing-C++'s writer
// (MultiFormatWriter), one bit per module and without quiet zone; PageComposer draws it.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace motcua::print {

class BarcodeMatrix
{
    Q_DECLARE_TR_FUNCTIONS(BarcodeMatrix)
public:
    enum class Format { Code128, QRCode };

    // Encodes text (Code 128: printable ASCII; QR: UTF-8, error correction level M).
    static Result<BarcodeMatrix> encode(Format format, const QString& text);

    int width() const { return m_width; }
    int height() const { return m_height; } // 1 for Code 128
    bool dark(int x, int y) const { return m_bits.at(y * m_width + x); }
    Format format() const { return m_format; }
    // ZXing's name of the format ("Code128", "QRCode").
    QString formatName() const;

private:
    Format m_format = Format::Code128;
    int m_width = 0;
    int m_height = 0;
    QVector<bool> m_bits;
};

} // namespace motcua::print
