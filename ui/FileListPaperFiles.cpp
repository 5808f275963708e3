#include "ui/FileListPaperFiles.h"

#include "ui/Accessibility.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua::ui {

FileListPaperFiles::FileListPaperFiles(QObject* parent)
    : QObject(parent),
      m_widget(new QWidget),
      m_current(new QLabel(m_widget)),
      m_list(new QListWidget(m_widget)),
      m_add(new QPushButton(tr("Add &files…"), m_widget)),
      m_remove(new QPushButton(tr("Remo&ve file"), m_widget))
{
    m_widget->setObjectName(QStringLiteral("paper_files"));
    m_current->setObjectName(QStringLiteral("paper_files_current"));
    m_list->setObjectName(QStringLiteral("paper_files_list"));
    m_add->setObjectName(QStringLiteral("paper_files_add"));
    m_remove->setObjectName(QStringLiteral("paper_files_remove"));
    m_add->setAccessibleName(accessibleText(m_add->text()));
    m_remove->setAccessibleName(accessibleText(m_remove->text()));
    auto* listLabel = new QLabel(tr("Files of the paper"), m_widget);
    nameAfterLabel(listLabel, m_list);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_current);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    m_picker = [](QWidget* dialogParent) {
        return QFileDialog::getOpenFileNames(dialogParent, tr("Files of the paper"), QDir::homePath(),
            tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    };
    connect(m_add, &QPushButton::clicked, this, &FileListPaperFiles::pickFiles);
    connect(m_remove, &QPushButton::clicked, this, &FileListPaperFiles::removeSelected);
    refresh();
}

FileListPaperFiles::~FileListPaperFiles()
{
    // The widget may have been placed in a page that is gone already.
    if (m_widget && !m_widget->parent())
        delete m_widget.data();
}

QWidget* FileListPaperFiles::widget()
{
    return m_widget;
}

void FileListPaperFiles::setPapers(const QList<PaperSlot>& papers)
{
    m_papers = papers;
    QMap<QString, QStringList> kept;
    for (const PaperSlot& p : papers)
        if (m_files.contains(p.componentId))
            kept.insert(p.componentId, m_files.value(p.componentId));
    m_files = kept;
    if (!papers.isEmpty() && std::none_of(papers.begin(), papers.end(), [this](const PaperSlot& p) {
            return p.componentId == m_currentId;
        }))
        m_currentId = papers.first().componentId;
    refresh();
    Q_EMIT filesChanged();
}

void FileListPaperFiles::setCurrentPaper(const QString& componentId)
{
    m_currentId = componentId;
    refresh();
}

QMap<QString, int> FileListPaperFiles::pageCounts() const
{
    QMap<QString, int> counts;
    for (auto it = m_files.begin(); it != m_files.end(); ++it)
        counts.insert(it.key(), static_cast<int>(it.value().size()));
    return counts;
}

Result<QMap<QString, QStringList>> FileListPaperFiles::files()
{
    for (auto it = m_files.begin(); it != m_files.end(); ++it)
        for (const QString& path : it.value())
            if (!QFileInfo(path).isFile()) {
                QString name = it.key();
                for (const PaperSlot& p : std::as_const(m_papers))
                    if (p.componentId == it.key())
                        name = p.name;
                return Error::notFound(QStringLiteral("files"),
                    tr("The file %1 of the paper \"%2\" is no longer there; remove it or add it again")
                        .arg(QDir::toNativeSeparators(path), name),
                    QStringLiteral("file_missing"));
            }
    return m_files;
}

void FileListPaperFiles::clear()
{
    m_files.clear();
    refresh();
    Q_EMIT filesChanged();
}

void FileListPaperFiles::addFiles(const QStringList& paths)
{
    if (m_currentId.isEmpty() || paths.isEmpty())
        return;
    for (const QString& p : paths)
        m_files[m_currentId] << QFileInfo(p).absoluteFilePath();
    refresh();
    Q_EMIT filesChanged();
}

void FileListPaperFiles::pickFiles()
{
    addFiles(m_picker(m_widget));
}

void FileListPaperFiles::removeSelected()
{
    const int row = m_list->currentRow();
    auto it = m_files.find(m_currentId);
    if (row < 0 || it == m_files.end() || row >= it->size())
        return;
    it->removeAt(row);
    if (it->isEmpty())
        m_files.erase(it);
    refresh();
    Q_EMIT filesChanged();
}

void FileListPaperFiles::refresh()
{
    QString name;
    for (const PaperSlot& p : std::as_const(m_papers))
        if (p.componentId == m_currentId)
            name = p.name;
    m_current->setText(
        name.isEmpty() ? tr("Choose a paper in the checklist to add its files.") : tr("Files for: %1").arg(name));
    m_list->clear();
    for (const QString& path : m_files.value(m_currentId))
        m_list->addItem(QFileInfo(path).fileName());
    m_add->setEnabled(!m_currentId.isEmpty());
    m_remove->setEnabled(m_list->count() > 0);
}

} // namespace motcua::ui
