#include "ui/print/TablePdf.h"

#include "ui/print/FormRenderer.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace motcua::print {

namespace {

using report::ReportCell;
using report::ReportTable;

constexpr double kMarginMm = 12.0;
constexpr double kPadMm = 1.2;

bool rightAligned(const ReportCell& c)
{
    return c.kind == ReportCell::Kind::Integer || c.kind == ReportCell::Kind::Money;
}

// Draws page after page; all lengths in device pixels.
class Painter
{
public:
    Painter(QPagedPaintDevice* device, QPainter& painter, const ReportTable& table)
        : m_device(device), m_p(painter), m_table(table), m_mm(device->logicalDpiX() / 25.4)
    {
        m_body = QFont(FormRenderer::fontFamily());
        m_body.setPointSizeF(table.headers.size() > 10 ? 8 : 9); // the periodic report has 16 columns
        m_head = m_body;
        m_head.setBold(true);
        m_title = m_head;
        m_title.setPointSizeF(14);
        m_area = QRectF(kMarginMm * m_mm, kMarginMm * m_mm, device->width() - 2 * kMarginMm * m_mm,
            device->height() - 2 * kMarginMm * m_mm);
        computeWidths();
    }

    int draw()
    {
        startPage(true);
        for (const auto& row : m_table.rows) {
            QStringList texts;
            for (const ReportCell& c : row)
                texts << c.displayText();
            const double h = rowHeight(texts, m_body);
            if (m_y + h > m_area.bottom() - 6 * m_mm) {
                m_device->newPage();
                startPage(false);
            }
            drawRow(texts, row, m_body, h);
        }
        footer();
        return m_page;
    }

private:
    void computeWidths()
    {
        const int n = int(m_table.headers.size());
        QFontMetricsF fm(m_body, m_device);
        QFontMetricsF hm(m_head, m_device);
        QList<double> want(n, 0.0);
        QList<double> least(n, 0.0); // the longest word of the header or of a sampled cell
        auto words = [&least](int c, const QString& text, const QFontMetricsF& m) {
            for (const QString& w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                least[c] = qMax(least[c], m.horizontalAdvance(w));
        };
        for (int c = 0; c < n; ++c) {
            want[c] = qMin(hm.horizontalAdvance(m_table.headers[c]), 30 * m_mm);
            words(c, m_table.headers[c], hm);
        }
        const int sample = int(qMin<qsizetype>(m_table.rows.size(), 500)); // enough to size the columns
        for (int r = 0; r < sample; ++r)
            for (int c = 0; c < n && c < m_table.rows[r].size(); ++c) {
                const QString text = m_table.rows[r][c].displayText();
                want[c] = qMax(want[c], qMin(fm.horizontalAdvance(text), 60 * m_mm));
                words(c, text, fm);
            }
        // Every column first gets its longest word (so no word is cut), the rest of the width is shared
        // in proportion to what each column would like beyond that.
        double base = 0, extra = 0;
        for (int c = 0; c < n; ++c) {
            least[c] = qMin(least[c], 40 * m_mm) + 2 * kPadMm * m_mm;
            want[c] = qMax(want[c] + 2 * kPadMm * m_mm, least[c]);
            base += least[c];
            extra += want[c] - least[c];
        }
        const double spare = m_area.width() - base;
        for (int c = 0; c < n; ++c) {
            if (spare <= 0)
                m_widths << least[c] * m_area.width() / base;
            else
                m_widths << least[c] + (extra > 0 ? (want[c] - least[c]) * qMin(1.0, spare / extra) : 0);
        }
    }

    double rowHeight(const QStringList& texts, const QFont& font) const
    {
        QFontMetricsF fm(font, m_device);
        double h = fm.height();
        for (int c = 0; c < texts.size() && c < m_widths.size(); ++c) {
            const QRectF r = fm.boundingRect(
                QRectF(0, 0, m_widths[c] - 2 * kPadMm * m_mm, 1e6), Qt::TextWordWrap | Qt::AlignLeft, texts[c]);
            h = qMax(h, r.height());
        }
        return h + 2 * kPadMm * m_mm;
    }

    void drawRow(const QStringList& texts, const QList<ReportCell>& cells, const QFont& font, double h)
    {
        m_p.setFont(font);
        double x = m_area.left();
        for (int c = 0; c < m_widths.size(); ++c) {
            const QRectF cell(x, m_y, m_widths[c], h);
            m_p.drawRect(cell);
            if (c < texts.size()) {
                const bool right = c < cells.size() && rightAligned(cells[c]);
                m_p.drawText(cell.adjusted(kPadMm * m_mm, kPadMm * m_mm, -kPadMm * m_mm, -kPadMm * m_mm),
                    Qt::TextWordWrap | Qt::AlignTop | (right ? Qt::AlignRight : Qt::AlignLeft), texts[c]);
            }
            x += m_widths[c];
        }
        m_y += h;
    }

    void startPage(bool first)
    {
        if (!first)
            footer();
        ++m_page;
        m_y = m_area.top();
        QPen pen(Qt::black);
        pen.setWidthF(0.2 * m_mm);
        m_p.setPen(pen);
        if (first) {
            m_p.setFont(m_title);
            const double th = QFontMetricsF(m_title, m_device).height() * 1.4;
            m_p.drawText(QRectF(m_area.left(), m_y, m_area.width(), th), Qt::AlignCenter, m_table.title);
            m_y += th;
            if (!m_table.subtitle.isEmpty()) {
                m_p.setFont(m_body);
                const double sh = QFontMetricsF(m_body, m_device).height() * 1.6;
                m_p.drawText(QRectF(m_area.left(), m_y, m_area.width(), sh), Qt::AlignCenter, m_table.subtitle);
                m_y += sh;
            }
            m_y += 2 * m_mm;
        }
        drawRow(m_table.headers, {}, m_head, rowHeight(m_table.headers, m_head));
    }

    void footer()
    {
        m_p.setFont(m_body);
        m_p.drawText(QRectF(m_area.left(), m_area.bottom() - 5 * m_mm, m_area.width(), 5 * m_mm),
            Qt::AlignRight | Qt::AlignBottom, TablePdf::tr("Page %1").arg(m_page));
    }

    QPagedPaintDevice* m_device;
    QPainter& m_p;
    const ReportTable& m_table;
    double m_mm;
    QFont m_body, m_head, m_title;
    QRectF m_area;
    QList<double> m_widths;
    double m_y = 0;
    int m_page = 0;
};

} // namespace

Result<int> TablePdf::render(const ReportTable& table, QPagedPaintDevice* device)
{
    if (auto st = FormRenderer::ensureFonts(); !st.ok())
        return st.error();
    QPainter painter;
    if (!painter.begin(device))
        return Error::environment(
            QStringLiteral("pdf"), tr("The report could not be drawn on the page."), QStringLiteral("paint_failed"));
    const int pages = Painter(device, painter, table).draw();
    painter.end();
    return pages;
}

Result<int> TablePdf::writePdf(const ReportTable& table, QIODevice* out)
{
    // Fonts first: a font registered after the writer exists may fall back to other families.
    if (auto st = FormRenderer::ensureFonts(); !st.ok())
        return st.error();
    QPdfWriter writer(out);
    writer.setResolution(600);
    writer.setCreator(QStringLiteral("MotCua Desk"));
    writer.setTitle(table.title);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    return render(table, &writer);
}

Result<int> TablePdf::writePdf(const ReportTable& table, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::environment(QStringLiteral("out"),
            tr("Cannot write the PDF file %1: %2. Choose a writable path.").arg(path, file.errorString()),
            QStringLiteral("pdf_unwritable"));
    auto result = writePdf(table, &file);
    file.close();
    if (!result.ok())
        file.remove();
    return result;
}

} // namespace motcua::print
