// SyncConflictsButton: the status bar's count of changes from central that the desk did not apply
// because its own act won (docs/sync-protocol.md, "Conflicts"; before, only `motcua sync --status` showed
// them). Hidden while there are none; the newest are one hover away, and a click lists them in a dialog
// where choosing one asks for that dossier (MainWindow opens it in the lookup page).
#pragma once

#include "sync/SyncState.h"

#include <QPointer>
#include <QToolButton>

class QDialog;
class QListWidget;

namespace motcua::ui {

class SyncConflictsButton : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncConflictsButton(QWidget* parent = nullptr);

    void setState(const sync::SyncState& state);
    // The list dialog, while it is open (tests).
    QDialog* listDialog() const { return m_dialog; }
    // One conflict in words: "CODE — the unit's change, not applied: the desk's reason".
    static QString describe(const sync::ConflictRecord& conflict);
    // A feed kind (result_ready, supplement_requested, fee_notice, stopped) in words.
    static QString kindLabel(const QString& kind);

public Q_SLOTS:
    void showList();

Q_SIGNALS:
    void dossierRequested(const QString& code);

private:
    void fillList();

    QList<sync::ConflictRecord> m_conflicts;
    qint64 m_total = 0;
    QPointer<QDialog> m_dialog;
    QPointer<QListWidget> m_list;
};

} // namespace motcua::ui
