// FileListPaperFiles: the plain PaperFiles source used when no scanner is set up: the clerk adds files
// (PDF or images already on disk) to the current paper through a file dialog, sees them listed, and
// removes one. files() hands the paths over as they are.
#pragma once

#include "ui/PaperFiles.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace motcua::ui {

class FileListPaperFiles : public QObject, public PaperFiles
{
    Q_OBJECT

public:
    explicit FileListPaperFiles(QObject* parent = nullptr);
    ~FileListPaperFiles() override;

    // Test seam: what "Add files…" asks (default: QFileDialog::getOpenFileNames).
    void setFilePicker(std::function<QStringList(QWidget* parent)> picker) { m_picker = std::move(picker); }
    // Adds files to the current paper (what "Add files…" does with the picked paths).
    void addFiles(const QStringList& paths);

    QWidget* widget() override;
    void setPapers(const QList<PaperSlot>& papers) override;
    void setCurrentPaper(const QString& componentId) override;
    QMap<QString, int> pageCounts() const override;
    Result<QMap<QString, QStringList>> files() override;
    void clear() override;

Q_SIGNALS:
    void filesChanged();

private:
    void pickFiles();
    void removeSelected();
    void refresh();

    QPointer<QWidget> m_widget; // owned by the page that shows it, once placed there
    QLabel* m_current;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QList<PaperSlot> m_papers;
    QString m_currentId;
    QMap<QString, QStringList> m_files;
    std::function<QStringList(QWidget*)> m_picker;
};

} // namespace motcua::ui
