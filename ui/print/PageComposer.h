// PageComposer: lays out a printed form top to bottom on A4 pages for FormRenderer. It wraps text
// (Liberation Serif, sizes in points), flows paragraphs over page breaks, draws tables whose header row
// repeats on every page, draws barcode modules as exact rectangles, and records every box it drew in a
// RenderReport (millimetres) so tests can check the layout.
#pragma once

#include "ui/print/RenderReport.h"

#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QString>

#include <cmath>

namespace motcua::print {

class BarcodeMatrix;

class PageComposer
{
public:
    struct Run {
        QString text;
        bool bold = false;
        bool italic = false;
    };
    struct Column {
        double width = 10; // mm
        Qt::Alignment align = Qt::AlignLeft;
    };
    struct Style {
        double pt = 13;
        bool bold = false;
        bool italic = false;
        Qt::Alignment align = Qt::AlignLeft;
        double lineSpacing = 1.05;
    };

    PageComposer(
        QPagedPaintDevice* device, QPainter* painter, const QMarginsF& marginsMm, QString family, RenderReport* report);

    double top() const { return m_margins.top(); }
    double bottom() const { return m_pageSize.height() - m_margins.bottom(); }
    double left() const { return m_margins.left(); }
    double right() const { return m_pageSize.width() - m_margins.right(); }
    double width() const { return right() - left(); }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    int page() const { return m_page; }
    // The last text box drawn (mm); empty when none.
    QRectF lastTextBox() const;

    void space(double mm) { m_y += mm; }
    // Starts a new page when less than `mm` is left; returns true when it did.
    bool ensureSpace(double mm);
    void newPage();

    // Height a paragraph would take.
    double measure(const QList<Run>& runs, double widthMm, const Style& style) const;
    // Flows a paragraph at the cursor within [x, x+width], breaking pages between lines.
    void paragraph(const QList<Run>& runs, double x, double widthMm, const Style& style);
    void paragraph(const QString& text, const Style& style) { paragraph({ { text } }, left(), width(), style); }
    // Horizontal rule at the cursor (or at y) from x1 to x2.
    void rule(double x1, double x2, double y, double penMm = 0.25);

    // A table at the cursor; the header row repeats after each page break.
    void table(const QList<Column>& columns, const QStringList& header, const QList<QStringList>& rows, double pt,
        double headerPt);

    // Draws a 1D or 2D barcode matrix with its top-left module at (x, y) mm. Each dark run is one
    // filled rectangle aligned to device pixels; moduleMm is rounded to whole device pixels and returned.
    double barcode(const BarcodeMatrix& matrix, double x, double y, double moduleMm, double heightMm,
        const QString& format, const QString& text, int quietModules);
    // A module size rounded to whole device pixels, as barcode() draws it.
    double snapModule(double moduleMm) const { return std::max(1.0, std::round(moduleMm * m_k)) / m_k; }
    // Device pixels per millimetre.
    double pxPerMm() const { return m_k; }

private:
    QFont font(double pt, bool bold, bool italic) const;
    struct Laid;
    Laid layout(const QList<Run>& runs, double widthMm, const Style& style) const;
    void record(const QRectF& mm, const QString& text, bool header = false);
    double rowHeight(const QList<Column>& columns, const QStringList& cells, const Style& style) const;
    void drawRow(const QList<Column>& columns, const QStringList& cells, const Style& style, double h, bool header);

    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    QMarginsF m_margins;
    QSizeF m_pageSize;
    QString m_family;
    RenderReport* m_report;
    double m_k = 1;
    double m_y = 0;
    int m_page = 0;
};

} // namespace motcua::print
