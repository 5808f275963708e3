#include "tests/support/TextPage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace motcua::test {

namespace {

int scaled(int pixels, int dpi, int atDpi)
{
    return int(std::lround(double(pixels) * dpi / atDpi));
}

void drawFontText(QPainter& p, const TextPage& spec, QSize size)
{
    static const QString paragraph = QStringLiteral(
        "Căn cứ Luật Tần số vô tuyến điện, Cục Tần số vô tuyến điện tiếp nhận hồ sơ đề nghị cấp giấy phép sử "
        "dụng tần số và thiết bị vô tuyến điện của tổ chức, cá nhân; kiểm tra thành phần hồ sơ theo quy định, "
        "hướng dẫn bổ sung, hoàn thiện hồ sơ khi cần và hẹn ngày trả kết quả cho người nộp hồ sơ. ");
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPixelSize(scaled(50, spec.dpi, 300)); // 12 pt
    p.setFont(font);
    p.setPen(spec.ink);
    const QFontMetrics fm(font);
    const int left = scaled(240, spec.dpi, 300);
    const int width = size.width() - 2 * left;
    QString text = paragraph.repeated(20).mid(spec.seed % 40);
    for (int line = 0; line < 40; ++line) {
        int n = 1;
        while (n < text.size() && fm.horizontalAdvance(text.left(n + 1)) < width)
            ++n;
        p.drawText(left, scaled(520 + line * 70, spec.dpi, 300), text.left(n));
        text = text.mid(n);
    }
}

void drawStrokes(QPainter& p, const TextPage& spec)
{
    // A typical typed page covers 4-8 % of its area with ink.
    const auto at = [&spec](int pixels) { return scaled(pixels, spec.dpi, 150); };
    for (int line = 0; line < 30; ++line)
        for (int word = 0; word < 12; ++word)
            for (int letter = 0; letter < 5; ++letter)
                p.fillRect(
                    at(120 + word * 80 + letter * 12), at(150 + line * 45), at(3 + (letter % 3) * 2), at(16), spec.ink);
}

// Black modules straight into the RGB888 page (the code's quiet zone is left as it is).
void stamp(QImage& img, ZXing::BarcodeFormat format, const QString& text, QRect area)
{
    const ZXing::BitMatrix m
        = ZXing::MultiFormatWriter(format).setMargin(4).encode(text.toStdString(), area.width(), area.height());
    for (int y = 0; y < m.height() && area.y() + y < img.height(); ++y) {
        uchar* line = img.scanLine(area.y() + y);
        for (int x = 0; x < m.width() && area.x() + x < img.width(); ++x)
            if (m.get(x, y))
                std::fill_n(line + (area.x() + x) * 3, 3, uchar(0));
    }
}

void addNoise(QImage& img, int amplitude, int seed)
{
    QRandomGenerator noise { quint32(seed) * 7919u };
    for (int y = 0; y < img.height(); ++y) {
        uchar* line = img.scanLine(y);
        for (int i = 0; i < img.width() * 3; i += 3) {
            const int n = int(noise.bounded(2 * amplitude + 1)) - amplitude;
            for (int c = 0; c < 3; ++c)
                line[i + c] = uchar(std::clamp(line[i + c] + n, 0, 255));
        }
    }
}

} // namespace

QSize TextPage::a4(int dpi)
{
    return { int(std::lround(210 / 25.4 * dpi)), int(std::lround(297 / 25.4 * dpi)) };
}

QPoint TextPage::firstStroke() const
{
    return { scaled(121, dpi, 150), scaled(151, dpi, 150) };
}

QString TextPage::qrText()
{
    return QStringLiteral("001090012345|012345678|NGUYEN VAN AN|01011990|Nam|Ha Noi|01012021");
}

QString TextPage::code128Text()
{
    return QStringLiteral("G14.25-261128-0042");
}

QImage TextPage::render() const
{
    const QSize size = a4(dpi);
    QImage img(size, QImage::Format_RGB888);
    img.fill(paper);
    {
        QPainter p(&img);
        if (glyphs == Glyphs::Font)
            drawFontText(p, *this, size);
        else
            drawStrokes(p, *this);
        if (seal) {
            p.setBrush(QColor(200, 30, 30));
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPoint(size.width() - scaled(500, dpi, 300), size.height() - scaled(400, dpi, 300)),
                scaled(220, dpi, 300), scaled(220, dpi, 300));
        }
    }
    if (barcodes) {
        const int qr = scaled(330, dpi, 300);
        stamp(img, ZXing::BarcodeFormat::QRCode, qrText(),
            QRect(size.width() - scaled(520, dpi, 300), scaled(60, dpi, 300), qr, qr));
        stamp(img, ZXing::BarcodeFormat::Code128, code128Text(),
            QRect(scaled(240, dpi, 300), scaled(80, dpi, 300), scaled(700, dpi, 300), scaled(110, dpi, 300)));
    }
    if (noise > 0)
        addNoise(img, noise, seed);
    return colour ? img : img.convertToFormat(QImage::Format_Grayscale8);
}

QImage TextPage::renderMono() const
{
    const QImage gray = render().convertToFormat(QImage::Format_Grayscale8);
    QImage mono(gray.size(), QImage::Format_Mono);
    mono.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    mono.fill(0);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* in = gray.constScanLine(y);
        uchar* out = mono.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            if (in[x] < 128)
                out[x >> 3] |= uchar(0x80 >> (x & 7));
    }
    return mono;
}

} // namespace motcua::test
