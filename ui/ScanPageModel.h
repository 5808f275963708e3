// ScanPageModel: the pages of the intake's papers, as the scanning panel shows them: one list of pages per
// paper of the checklist, the rows being the pages of the current paper (a thumbnail each). A page is
// shown as soon as it arrives (thumbnail from the raw scan) and stays "being processed" until the page
// pipeline has stored it compressed. Rows move by drag (the model's own MIME type) or by moveRows.
#pragma once

#include "scanner/PagePipeline.h"
#include "ui/PaperFiles.h"

#include <QAbstractListModel>
#include <QImage>

namespace motcua::ui {

struct ScanPageEntry {
    quint64 id = 0; // unique within the panel
    quint64 batch = 0; // the scan (or file import) it came from; separator sheets split a batch
    QImage thumbnail; // as shown, rotated
    scanner::ProcessedPage page; // the stored page as it goes into the PDF; path empty while processing
    QString originalPath; // the stored page as scanned, before any rotation
    int quarterTurns = 0; // clockwise quarter turns applied to the original
    bool pending = true; // the pipeline has not stored it (or its rotation) yet
    QString error; // why the page could not be stored
};

class ScanPageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PageIdRole = Qt::UserRole + 1, PendingRole, PathRole, QuarterTurnsRole };
    static constexpr const char* mimeType = "application/x-motcua-scan-pages";

    explicit ScanPageModel(QObject* parent = nullptr);

    // The checklist; pages of papers no longer listed are dropped. The current paper stays when listed.
    void setPapers(const QList<PaperSlot>& papers);
    const QList<PaperSlot>& papers() const { return m_papers; }
    int paperIndex(const QString& componentId) const;
    // Shows the pages of this paper (empty: none).
    void setCurrentPaper(const QString& componentId);
    QString currentPaper() const { return m_current; }

    void append(const QString& componentId, ScanPageEntry entry);
    void insert(const QString& componentId, int position, ScanPageEntry entry);
    // The page with this id, or nullptr; `paper` and `row` tell where it is.
    const ScanPageEntry* find(quint64 id, QString* paper = nullptr, int* row = nullptr) const;
    // Replaces the stored page data of a page (its thumbnail, page, state); false when it is gone.
    bool update(const ScanPageEntry& entry);
    bool remove(quint64 id);
    // Moves the pages of `batch` after page `afterId` from its paper to the end of `toPaper`.
    int moveBatchTail(quint64 afterId, const QString& toPaper);
    const QList<ScanPageEntry> pages(const QString& componentId) const { return m_pages.value(componentId); }
    QMap<QString, int> counts() const;
    int pendingCount() const;
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
        int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

Q_SIGNALS:
    // The number of pages of a paper changed (any paper, shown or not).
    void countsChanged();

private:
    QList<ScanPageEntry>& currentList() { return m_pages[m_current]; }
    void changed(const QString& componentId, int row);

    QList<PaperSlot> m_papers;
    QString m_current;
    QMap<QString, QList<ScanPageEntry>> m_pages;
};

} // namespace motcua::ui
