#include "ui/BarcodeWedge.h"

#include "core/domain/DossierCode.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>

#include <memory>

namespace motcua::ui {

namespace {

// The longest dossier code is "000.00.25.G14-250312-0007" (25 characters); a burst longer than this
// is not a code and is not kept.
constexpr qsizetype kMaxCodeLength = 32;

} // namespace

BarcodeWedge::BarcodeWedge(QObject* parent) : QObject(parent)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
}

void BarcodeWedge::install()
{
    if (qApp)
        qApp->installEventFilter(this);
}

void BarcodeWedge::setEnabled(bool enabled)
{
    m_enabled = enabled;
    reset();
}

void BarcodeWedge::reset()
{
    m_burst.clear();
    m_lastKeyMs = 0;
}

bool BarcodeWedge::isNewDelivery(QWidget* receiver, const QEvent* event)
{
    // The same event offered to a parent of the widget that had it first is the same key.
    if (event == m_lastEvent && m_lastReceiver && receiver != m_lastReceiver && receiver->isAncestorOf(m_lastReceiver))
        return false;
    m_lastEvent = event;
    m_lastReceiver = receiver;
    return true;
}

bool BarcodeWedge::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_enabled || event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    auto* receiver = static_cast<QWidget*>(watched);
    if (!isNewDelivery(receiver, event))
        return false;
    if (receiver->property("acceptsScans").toBool()) {
        reset(); // a field that takes scanned codes itself
        return false;
    }
    return keyPressed(receiver, static_cast<QKeyEvent*>(event));
}

bool BarcodeWedge::keyPressed(QWidget* receiver, QKeyEvent* key)
{
    const qint64 now = m_clock();
    const bool inBurst = !m_burst.isEmpty() && now - m_lastKeyMs <= m_maxGapMs;
    m_lastKeyMs = now;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString burst = m_burst;
        reset();
        if (!inBurst || !DossierCode::parse(burst).ok())
            return false; // an ordinary Enter
        // The scanner's characters went to the focused line edit: take them out again.
        if (auto* edit = qobject_cast<QLineEdit*>(receiver); edit && edit->text().endsWith(burst))
            edit->setText(edit->text().chopped(burst.size()));
        emit codeScanned(burst);
        return true;
    }
    const QString text = key->text();
    if (text.size() != 1 || !text.at(0).isPrint() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        reset();
        return false;
    }
    if (!inBurst)
        m_burst.clear();
    if (m_burst.size() <= kMaxCodeLength) // one more makes it no code
        m_burst += text;
    return false;
}

} // namespace motcua::ui
