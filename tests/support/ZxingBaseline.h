// ZxingBaseline: reads a ZXing sample folder's baseline.tsv (what ZXingReader 1.4.0 read from each image)
// and tallies a barcode reader's results against it. Used by scanner.test_barcode_reader on the fixture
// subset in tests/fixtures/zxing and by bench_barcodes on a whole corpus folder. Header-only, Qt Core only.
#pragma once

#include <QDir>
#include <QFile>
#include <QStringList>

#include <functional>
#include <optional>

namespace motcua::test {

// One row of baseline.tsv. `expected` and `baseline` are unescaped.
struct ZxingSample {
    QString file; // relative to the folder, e.g. "qrcode-2/16.png"
    QString expected; // the upstream expected text (empty for the false-positive folders)
    QStringList baseline; // what ZXingReader 1.4.0 read (empty: nothing)
    bool noBarcode = false; // a falsepositives-* image: the right answer is "no barcode"
};

// Reverses baseline.tsv's escaping (\\ \n \r \t \xHH) in one pass from left to right.
inline QString unescapeBaseline(const QString& s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        const QChar c = s[++i];
        if (c == 'n')
            out += '\n';
        else if (c == 'r')
            out += '\r';
        else if (c == 't')
            out += '\t';
        else if (c == 'x' && i + 2 < s.size()) {
            out += QChar(s.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else
            out += c;
    }
    return out;
}

// The rows of `dir`/baseline.tsv, or nullopt with `error` set when the file is missing or malformed.
inline std::optional<QList<ZxingSample>> readZxingBaseline(const QString& dir, QString* error)
{
    QFile tsv(QDir(dir).filePath(QStringLiteral("baseline.tsv")));
    if (!tsv.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + tsv.fileName();
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(tsv.readAll()).split('\n', Qt::SkipEmptyParts);
    QList<ZxingSample> rows;
    for (const QString& line : lines.mid(1)) {
        const QStringList cols = line.split('\t');
        if (cols.size() != 4) {
            *error = QStringLiteral("malformed baseline row: ") + line.left(80);
            return std::nullopt;
        }
        ZxingSample row;
        row.file = cols[0];
        row.noBarcode = row.file.startsWith(QLatin1String("falsepositives"));
        if (!row.noBarcode)
            row.expected = unescapeBaseline(cols[1]);
        if (cols[2] != QLatin1String("NONE"))
            for (const QString& t : cols[2].split(QStringLiteral(" || ")))
                row.baseline << unescapeBaseline(t);
        rows << row;
    }
    return rows;
}

// How a reader did on a set of samples, compared with the baseline and with the expected texts.
struct ZxingTally {
    int images = 0;
    int baselineDecoded = 0; // images with a barcode that ZXingReader 1.4.0 read
    int matched = 0; // of those, images where we read every text the baseline read
    int expectedEqual = 0; // images with a barcode where one of our texts equals the expected text
    int extra = 0; // images with a barcode the baseline missed and we read
    int falsePositives = 0; // falsepositives-* images where we reported a barcode
    QStringList missing; // baseline-decoded images we did not match
    QStringList unreadable; // images that could not be loaded or read
};

// Runs `read` (the texts found in the image at a path, or nullopt when it cannot be loaded) over `rows`.
inline ZxingTally tallyZxing(const QString& dir, const QList<ZxingSample>& rows,
    const std::function<std::optional<QStringList>(const QString& path)>& read)
{
    ZxingTally t;
    const QDir folder(dir);
    for (const ZxingSample& row : rows) {
        ++t.images;
        const std::optional<QStringList> got = read(folder.filePath(row.file));
        if (!got) {
            t.unreadable << row.file;
            continue;
        }
        if (row.noBarcode) {
            t.falsePositives += got->isEmpty() ? 0 : 1;
            continue;
        }
        if (got->contains(row.expected))
            ++t.expectedEqual;
        if (row.baseline.isEmpty()) {
            t.extra += got->isEmpty() ? 0 : 1;
            continue;
        }
        ++t.baselineDecoded;
        bool all = true;
        for (const QString& text : row.baseline)
            all = all && got->contains(text);
        if (all)
            ++t.matched;
        else
            t.missing << row.file;
    }
    return t;
}

} // namespace motcua::test
