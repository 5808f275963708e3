#include "ui/SyncConflictsButton.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

constexpr int kConflictsInTooltip = 5;

} // namespace

SyncConflictsButton::SyncConflictsButton(QWidget* parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("status_conflicts"));
    setAutoRaise(true);
    setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    setVisible(false);
    connect(this, &QToolButton::clicked, this, &SyncConflictsButton::showList);
}

QString SyncConflictsButton::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("result_ready"))
        return tr("result ready");
    if (kind == QLatin1String("supplement_requested"))
        return tr("supplement requested");
    if (kind == QLatin1String("fee_notice"))
        return tr("fee notice");
    if (kind == QLatin1String("stopped"))
        return tr("processing stopped");
    return kind;
}

QString SyncConflictsButton::describe(const sync::ConflictRecord& c)
{
    const QString unit = c.unit.isEmpty() ? tr("the central system") : c.unit;
    return tr("%1 — “%2” from %3 was not applied: the dossier had already been closed at the desk")
        .arg(c.code, kindLabel(c.kind), unit);
}

void SyncConflictsButton::setState(const sync::SyncState& state)
{
    m_total = state.conflicts;
    m_conflicts = state.recentConflicts;
    setVisible(m_total > 0);
    const QString text = tr("Conflicts with central: %1").arg(m_total);
    setText(text);
    setAccessibleName(text);
    QStringList lines { tr("Changes from processing units that were not applied because the desk's own act "
                           "stands. Click to list them.") };
    for (const sync::ConflictRecord& c : m_conflicts.mid(0, kConflictsInTooltip))
        lines << describe(c);
    setToolTip(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(toolTip());
    if (m_dialog)
        fillList();
}

void SyncConflictsButton::showList()
{
    if (!m_dialog) {
        auto* dialog = new QDialog(window());
        dialog->setObjectName(QStringLiteral("sync_conflicts_dialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Conflicts with central"));
        auto* layout = new QVBoxLayout(dialog);
        auto* intro = new QLabel(tr("The desk closed these dossiers (withdrawn, returned, refused or stopped) before "
                                    "the processing unit's change arrived, so the change was not applied. Central "
                                    "has been told; the unit must cancel its action. Open a dossier to see it."),
            dialog);
        intro->setWordWrap(true);
        auto* list = new QListWidget(dialog);
        list->setObjectName(QStringLiteral("sync_conflicts_list"));
        list->setAccessibleName(tr("Conflicts with central"));
        intro->setBuddy(list);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        connect(list, &QListWidget::itemActivated, this, [this, dialog](QListWidgetItem* item) {
            const QString code = item->data(Qt::UserRole).toString();
            dialog->accept();
            if (!code.isEmpty())
                Q_EMIT dossierRequested(code);
        });
        layout->addWidget(intro);
        layout->addWidget(list);
        layout->addWidget(buttons);
        dialog->resize(640, 360);
        m_dialog = dialog;
        m_list = list;
    }
    fillList();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SyncConflictsButton::fillList()
{
    if (!m_list)
        return;
    m_list->clear();
    for (const sync::ConflictRecord& c : std::as_const(m_conflicts)) {
        auto* item = new QListWidgetItem(describe(c), m_list);
        item->setData(Qt::UserRole, c.code);
        item->setToolTip(c.note);
    }
    if (m_total > m_conflicts.size())
        m_list->addItem(tr("… and %1 older (motcua sync --status lists them)").arg(m_total - m_conflicts.size()));
}

} // namespace motcua::ui
