// BarcodeWedge: recognises a dossier code typed by a handheld barcode scanner that acts as a keyboard
// (a "keyboard wedge"), wherever the focus is in the application. A scanner types the whole code in a
// burst, each key a few milliseconds after the last, and ends with Enter; a clerk types far slower.
// Installed as an application-wide event filter, it keeps the keys of the current burst and, on an
// Enter that ends a burst forming a valid dossier code (core/domain/DossierCode), takes that Enter
// and emits codeScanned(); the burst's characters are removed from the line edit they went into.
// Anything else (slow typing, text that is not a dossier code, keys into a widget whose property
// "acceptsScans" is true) passes through untouched. Key times come
// from an injectable millisecond clock, so tests need no sleeps.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QKeyEvent;
class QWidget;

namespace motcua::ui {

class BarcodeWedge : public QObject
{
    Q_OBJECT

public:
    using MsecClock = std::function<qint64()>;

    // Default clock: a monotonic timer started now.
    explicit BarcodeWedge(QObject* parent = nullptr);

    // Installs the filter on the application (removed when the wedge is destroyed).
    void install();
    void setClock(MsecClock clock) { m_clock = std::move(clock); }
    // Longest pause between two keys of one scan (default 50 ms; scanners type 2-20 ms apart).
    void setMaxGapMs(int ms) { m_maxGapMs = ms; }
    int maxGapMs() const { return m_maxGapMs; }
    // False: keys pass untouched (e.g. while the window is locked).
    void setEnabled(bool enabled);

Q_SIGNALS:
    void codeScanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isNewDelivery(QWidget* receiver, const QEvent* event);
    bool keyPressed(QWidget* receiver, QKeyEvent* key);
    void reset();

    MsecClock m_clock;
    int m_maxGapMs = 50;
    bool m_enabled = true;
    QString m_burst;
    qint64 m_lastKeyMs = 0;
    // The delivery being seen: a key event travels from the focus widget up to its parents (each seen
    // here), which must count as one key.
    const QEvent* m_lastEvent = nullptr;
    QPointer<QWidget> m_lastReceiver;
};

} // namespace motcua::ui
