#include "ui/PageZoomDialog.h"

#include "ui/Accessibility.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

namespace {

constexpr int zoomBaseHeight = 900; // pixels of the page's height at zoom 1

QPushButton* zoomButton(const QString& text, const QString& objectName, const QKeySequence& keys, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleText(text));
    button->setShortcut(keys);
    button->setAutoDefault(false);
    return button;
}

} // namespace

PageZoomDialog::PageZoomDialog(const QImage& page, const QString& title, QWidget* parent)
    : QDialog(parent), m_page(page), m_scroll(new QScrollArea(this)), m_image(new QLabel(m_scroll))
{
    setObjectName(QStringLiteral("pageZoomDialog"));
    setWindowTitle(title);
    m_image->setObjectName(QStringLiteral("zoomedPage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setAccessibleName(title);
    m_scroll->setObjectName(QStringLiteral("zoomScroll"));
    m_scroll->setWidget(m_image);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setAccessibleName(title);

    auto* in = zoomButton(tr("Zoom &in"), QStringLiteral("zoomInButton"), QKeySequence::ZoomIn, this);
    auto* out = zoomButton(tr("Zoom &out"), QStringLiteral("zoomOutButton"), QKeySequence::ZoomOut, this);
    auto* close = zoomButton(tr("&Close"), QStringLiteral("zoomCloseButton"), QKeySequence(), this);
    connect(in, &QPushButton::clicked, this, &PageZoomDialog::zoomIn);
    connect(out, &QPushButton::clicked, this, &PageZoomDialog::zoomOut);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(in);
    buttons->addWidget(out);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    resize(760, 980);
    showAtZoom();
}

QSize PageZoomDialog::shownSize() const
{
    return m_image->pixmap().size();
}

void PageZoomDialog::zoomIn()
{
    m_zoom = std::min(m_zoom * 1.25, 4.0);
    showAtZoom();
}

void PageZoomDialog::zoomOut()
{
    m_zoom = std::max(m_zoom / 1.25, 0.25);
    showAtZoom();
}

void PageZoomDialog::showAtZoom()
{
    if (m_page.isNull())
        return;
    const int height = std::max(1, int(zoomBaseHeight * m_zoom));
    const QImage shown = m_page.scaledToHeight(std::min(height, m_page.height() * 2), Qt::SmoothTransformation);
    m_image->setPixmap(QPixmap::fromImage(shown));
    m_image->resize(shown.size());
}

} // namespace motcua::ui
