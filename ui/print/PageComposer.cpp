#include "ui/print/PageComposer.h"

#include "ui/print/Barcode.h"

#include <QTextLayout>

#include <cmath>
#include <memory>

namespace motcua::print {

namespace {
constexpr double kCellPadMm = 1.2;
constexpr double kPtToMm = 25.4 / 72.0;
} // namespace

struct PageComposer::Laid {
    std::shared_ptr<QTextLayout> layout;
    QList<double> lineStartPx; // top of each line's step in layout coordinates
    QList<double> stepPx;
    double heightMm = 0;
};

PageComposer::PageComposer(
    QPagedPaintDevice* device, QPainter* painter, const QMarginsF& marginsMm, QString family, RenderReport* report)
    : m_device(device), m_painter(painter), m_margins(marginsMm), m_family(std::move(family)), m_report(report)
{
    m_pageSize = device->pageLayout().fullRect(QPageLayout::Millimeter).size();
    m_k = device->logicalDpiX() / 25.4;
    m_y = top();
    m_report->pageSizeMm = m_pageSize;
    m_report->printableMm = QRectF(left(), top(), width(), bottom() - top());
    m_report->pages.append(DrawnPage {});
}

QFont PageComposer::font(double pt, bool bold, bool italic) const
{
    QFont f(m_family);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

bool PageComposer::ensureSpace(double mm)
{
    if (m_y + mm <= bottom() + 1e-6)
        return false;
    newPage();
    return true;
}

void PageComposer::newPage()
{
    m_device->newPage();
    ++m_page;
    m_report->pages.append(DrawnPage {});
    m_y = top();
}

QRectF PageComposer::lastTextBox() const
{
    const auto& texts = m_report->pages.at(m_page).texts;
    return texts.isEmpty() ? QRectF() : texts.last().rect;
}

void PageComposer::record(const QRectF& mm, const QString& text, bool header)
{
    if (text.isEmpty() || mm.width() <= 0) // blank lines (forced breaks) hold no text
        return;
    m_report->pages[m_page].texts.append({ mm, text, header });
}

PageComposer::Laid PageComposer::layout(const QList<Run>& runs, double widthMm, const Style& style) const
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Run& run : runs) {
        QTextLayout::FormatRange range;
        range.start = int(text.size());
        range.length = int(run.text.size());
        range.format.setFont(font(style.pt, style.bold || run.bold, style.italic || run.italic));
        formats.append(range);
        text += QString(run.text).replace(QLatin1Char('\n'), QChar::LineSeparator); // QTextLayout breaks only on U+2028
    }
    auto layout = std::make_shared<QTextLayout>(text, font(style.pt, style.bold, style.italic), m_device);
    QTextOption option(style.align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->setCacheEnabled(true);
    const double widthPx = widthMm * m_k;
    const double lineStepPx = style.pt * kPtToMm * style.lineSpacing * m_k;
    double yPx = 0;
    Laid laid;
    layout->beginLayout();
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(widthPx);
        const double step = std::max(lineStepPx, line.height());
        line.setPosition(QPointF(0, yPx + (step - line.height()) / 2));
        laid.lineStartPx.append(yPx);
        laid.stepPx.append(step);
        yPx += step;
    }
    layout->endLayout();
    laid.layout = layout;
    laid.heightMm = yPx / m_k;
    return laid;
}

double PageComposer::measure(const QList<Run>& runs, double widthMm, const Style& style) const
{
    return layout(runs, widthMm, style).heightMm;
}

void PageComposer::paragraph(const QList<Run>& runs, double x, double widthMm, const Style& style)
{
    const Laid laid = layout(runs, widthMm, style);
    const QString text = laid.layout->text();
    for (int i = 0; i < laid.layout->lineCount(); ++i) {
        QTextLine line = laid.layout->lineAt(i);
        const double stepMm = laid.stepPx.at(i) / m_k;
        ensureSpace(stepMm);
        const QPointF origin(x * m_k, m_y * m_k - laid.lineStartPx.at(i));
        line.draw(m_painter, origin);
        const QRectF natural = line.naturalTextRect().translated(origin);
        QRectF mm(natural.x() / m_k, natural.y() / m_k, natural.width() / m_k, natural.height() / m_k);
        record(mm, text.mid(line.textStart(), line.textLength()).trimmed());
        m_y += stepMm;
    }
}

void PageComposer::rule(double x1, double x2, double y, double penMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(penMm * m_k);
    pen.setCapStyle(Qt::FlatCap);
    m_painter->setPen(pen);
    m_painter->drawLine(QPointF(x1 * m_k, y * m_k), QPointF(x2 * m_k, y * m_k));
}

double PageComposer::rowHeight(const QList<Column>& columns, const QStringList& cells, const Style& style) const
{
    double h = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const QString text = c < cells.size() ? cells.at(c) : QString();
        h = std::max(h, measure({ { text } }, columns.at(c).width - 2 * kCellPadMm, style));
    }
    return h + 2 * kCellPadMm;
}

void PageComposer::drawRow(
    const QList<Column>& columns, const QStringList& cells, const Style& style, double h, bool header)
{
    double x = left();
    QPen pen(Qt::black);
    pen.setWidthF(0.2 * m_k);
    const double maxH = bottom() - m_y;
    for (int c = 0; c < columns.size(); ++c) {
        const Column& col = columns.at(c);
        m_painter->setPen(pen);
        m_painter->setBrush(Qt::NoBrush);
        const QRectF cell(x, m_y, col.width, std::min(h, maxH));
        m_painter->drawRect(QRectF(cell.x() * m_k, cell.y() * m_k, cell.width() * m_k, cell.height() * m_k));
        m_report->pages[m_page].cells.append(cell);
        const QString text = c < cells.size() ? cells.at(c) : QString();
        if (!text.isEmpty()) {
            Style s = style;
            s.align = col.align;
            const Laid laid = layout({ { text } }, col.width - 2 * kCellPadMm, s);
            const QPointF origin((x + kCellPadMm) * m_k, (m_y + kCellPadMm) * m_k);
            for (int i = 0; i < laid.layout->lineCount(); ++i) {
                QTextLine line = laid.layout->lineAt(i);
                const QRectF natural = line.naturalTextRect().translated(origin);
                const QRectF mm(natural.x() / m_k, natural.y() / m_k, natural.width() / m_k, natural.height() / m_k);
                if (mm.bottom() > cell.bottom() - 0.1) {
                    m_report->warnings.append(QStringLiteral("cell truncated: ") + text.left(40));
                    break;
                }
                line.draw(m_painter, origin);
                record(mm, laid.layout->text().mid(line.textStart(), line.textLength()).trimmed(), header);
            }
        }
        x += col.width;
    }
    m_y += std::min(h, maxH);
}

void PageComposer::table(
    const QList<Column>& columns, const QStringList& header, const QList<QStringList>& rows, double pt, double headerPt)
{
    Style headerStyle { headerPt, true, false, Qt::AlignHCenter };
    headerStyle.lineSpacing = 1.05;
    Style bodyStyle { pt, false, false, Qt::AlignLeft };
    bodyStyle.lineSpacing = 1.05;
    QList<Column> headerCols = columns;
    for (auto& c : headerCols)
        c.align = Qt::AlignHCenter;
    const double headerH = rowHeight(headerCols, header, headerStyle);
    bool needHeader = true;
    for (const QStringList& row : rows) {
        const double h = rowHeight(columns, row, bodyStyle);
        if (needHeader || m_y + h > bottom()) {
            if (!needHeader || m_y + headerH + std::min(h, 20.0) > bottom())
                newPage();
            drawRow(headerCols, header, headerStyle, headerH, true);
            needHeader = false;
        }
        drawRow(columns, row, bodyStyle, h, false);
    }
    if (needHeader) {
        ensureSpace(headerH);
        drawRow(headerCols, header, headerStyle, headerH, true);
    }
}

double PageComposer::barcode(const BarcodeMatrix& matrix, double x, double y, double moduleMm, double heightMm,
    const QString& format, const QString& text, int quietModules)
{
    const double modulePx = std::max(1.0, std::round(moduleMm * m_k));
    const double realModuleMm = modulePx / m_k;
    const bool linear = matrix.height() == 1;
    const double rowPx = linear ? std::round(heightMm * m_k) : modulePx;
    // Align the symbol's origin to whole device pixels so every module edge falls on a pixel edge.
    const double x0 = std::round((x + quietModules * realModuleMm) * m_k);
    const double y0 = std::round((y + (linear ? 0 : quietModules * realModuleMm)) * m_k);
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing, false);
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(Qt::black);
    for (int row = 0; row < matrix.height(); ++row) {
        int col = 0;
        while (col < matrix.width()) {
            if (!matrix.dark(col, row)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < matrix.width() && matrix.dark(end, row))
                ++end;
            m_painter->drawRect(QRectF(x0 + col * modulePx, y0 + row * rowPx, (end - col) * modulePx, rowPx));
            col = end;
        }
    }
    m_painter->restore();
    const double symbolW = (matrix.width() + 2 * quietModules) * realModuleMm;
    const double symbolH = linear ? rowPx / m_k : (matrix.height() + 2 * quietModules) * realModuleMm;
    m_report->barcodes.append({ format, text, QRectF(x, y, symbolW, symbolH), realModuleMm, quietModules, m_page });
    return realModuleMm;
}

} // namespace motcua::print
