// bench_barcodes: reads every image of a ZXing sample corpus (a folder with baseline.tsv, e.g. the full
// zxing-samples corpus of 259 images, or tests/fixtures/zxing) with BarcodeReader's default options and
// compares with what ZXingReader 1.4.0 read. Prints one JSON line: images, how many the baseline decoded,
// how many of those we match, texts equal to the expected ones, extra reads, false positives, and time.
// On the full corpus the last recorded figures were 259 images, baseline 185, matched 185, 184 equal to
// expected, 0 false positives.
// Usage: bench_barcodes <corpus folder>
#include "scanner/BarcodeReader.h"
#include "tests/support/ZxingBaseline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace motcua;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_barcodes <corpus folder with baseline.tsv>\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QString error;
    const auto rows = test::readZxingBaseline(dir, &error);
    if (!rows) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const scanner::BarcodeReader reader;
    QElapsedTimer timer;
    timer.start();
    const test::ZxingTally t = test::tallyZxing(dir, *rows, [&](const QString& path) -> std::optional<QStringList> {
        const QImage image(path);
        if (image.isNull())
            return std::nullopt;
        const auto r = reader.read(image);
        if (!r.ok())
            return std::nullopt;
        QStringList texts;
        for (const auto& b : r->barcodes)
            texts << b.text;
        return texts;
    });
    const qint64 ms = timer.elapsed();
    const QJsonObject out { { "images", t.images }, { "baseline_decoded", t.baselineDecoded }, { "matched", t.matched },
        { "expected_equal", t.expectedEqual }, { "extra", t.extra }, { "false_positives", t.falsePositives },
        { "missing", QJsonArray::fromStringList(t.missing) },
        { "unreadable", QJsonArray::fromStringList(t.unreadable) }, { "ms", ms },
        { "ms_per_image", t.images ? double(ms) / t.images : 0.0 } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return t.missing.isEmpty() && t.unreadable.isEmpty() && t.falsePositives == 0 ? 0 : 1;
}
