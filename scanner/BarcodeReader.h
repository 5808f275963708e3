// BarcodeReader: reads QR Code, Code 128, Data Matrix, PDF417 (and the other ZXing formats) from a page
// with ZXing-C++. Debian 12's ZXing 1.4.0 can abort() inside its downscaling path on ordinary images, so
// by default every decode runs in a forked helper process: an abort there is logged and survived, and
// the results of the safe first pass (full resolution, no ZXing downscaling) are kept.
#pragma once

#include "core/Result.h"

#include <QImage>
#include <QList>
#include <QLoggingCategory>
#include <QPoint>
#include <QString>
#include <QStringList>

namespace motcua::scanner {

Q_DECLARE_LOGGING_CATEGORY(lcBarcode)

struct Barcode {
    QString format; // as ZXing spells it: "QRCode", "Code128", "DataMatrix", "PDF417", ...
    QString text; // decoded text (UTF-8 per the symbol's ECI / character set)
    QList<QPoint> corners; // top-left, top-right, bottom-right, bottom-left in image pixels
    int orientation = 0; // degrees
    bool operator==(const Barcode& o) const { return format == o.format && text == o.text; }
};

class BarcodeReader
{
public:
    enum class Isolation {
        Subprocess, // decode in a forked child; an abort() in ZXing costs only the risky pass
        InProcess, // only the safe pass, in this process (no fork; for tools that cannot fork)
    };
    struct Options {
        QStringList formats; // ZXing names; empty = every format ZXing knows
        bool tryHarder = true;
        bool tryRotate = true; // 90/180/270 degrees for linear codes (2D codes are rotation-free)
        Isolation isolation = Isolation::Subprocess;
        // Run ZXing's own downscaling pass (the one that can abort) when the safe pass found nothing.
        bool downscalePass = true;
        // Run the downscaling pass even when the safe pass found something (tests use it to provoke
        // the ZXing 1.4.0 abort and check that it is survived).
        bool alwaysRunDownscalePass = false;
        int timeoutMs = 30000; // a helper that takes longer is killed; the safe-pass results stay
    };

    BarcodeReader();
    explicit BarcodeReader(Options options);

    // The four formats the desk needs (QR for the CCCD, Code 128 for receipts, Data Matrix, PDF417).
    static QStringList documentFormats();

    struct Outcome {
        QList<Barcode> barcodes;
        bool helperFailed = false; // the helper aborted or timed out in the risky pass
    };
    // Reads every barcode on the image. Fails only when the image is empty or the options are wrong.
    Result<Outcome> read(const QImage& image) const;
    // Shorthand: the barcodes only.
    Result<QList<Barcode>> barcodes(const QImage& image) const;

private:
    Options m_options;
};

} // namespace motcua::scanner
