// PageZoomDialog: a larger view of one scanned page, so the clerk can check that it is readable. The
// page is decoded from its stored file (or shown from its thumbnail while it is being processed); Ctrl++
// and Ctrl+- (or the buttons) zoom, Esc closes.
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace motcua::ui {

class PageZoomDialog : public QDialog
{
    Q_OBJECT

public:
    PageZoomDialog(const QImage& page, const QString& title, QWidget* parent = nullptr);

    double zoom() const { return m_zoom; }
    // The size the page is drawn at now.
    QSize shownSize() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();

private:
    void showAtZoom();

    QImage m_page;
    double m_zoom = 1.0; // 1.0 = the page's height fits the dialog's first height
    QScrollArea* m_scroll;
    QLabel* m_image;
};

} // namespace motcua::ui
