#include "ui/ScanPageModel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace motcua::ui {

ScanPageModel::ScanPageModel(QObject* parent) : QAbstractListModel(parent) { }

void ScanPageModel::setPapers(const QList<PaperSlot>& papers)
{
    beginResetModel();
    m_papers = papers;
    QMap<QString, QList<ScanPageEntry>> kept;
    for (const PaperSlot& paper : papers)
        if (m_pages.contains(paper.componentId))
            kept.insert(paper.componentId, m_pages.value(paper.componentId));
    m_pages = kept;
    if (paperIndex(m_current) < 0)
        m_current = papers.isEmpty() ? QString() : papers.first().componentId;
    endResetModel();
    emit countsChanged();
}

int ScanPageModel::paperIndex(const QString& componentId) const
{
    for (int i = 0; i < m_papers.size(); ++i)
        if (m_papers[i].componentId == componentId)
            return i;
    return -1;
}

void ScanPageModel::setCurrentPaper(const QString& componentId)
{
    if (componentId == m_current)
        return;
    beginResetModel();
    m_current = paperIndex(componentId) >= 0 ? componentId : QString();
    endResetModel();
}

void ScanPageModel::append(const QString& componentId, ScanPageEntry entry)
{
    insert(componentId, int(m_pages.value(componentId).size()), std::move(entry));
}

void ScanPageModel::insert(const QString& componentId, int position, ScanPageEntry entry)
{
    if (paperIndex(componentId) < 0)
        return;
    QList<ScanPageEntry>& list = m_pages[componentId];
    position = std::clamp(position, 0, int(list.size()));
    const bool shown = componentId == m_current;
    if (shown)
        beginInsertRows({}, position, position);
    list.insert(position, std::move(entry));
    if (shown)
        endInsertRows();
    emit countsChanged();
}

const ScanPageEntry* ScanPageModel::find(quint64 id, QString* paper, int* row) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value()[i].id != id)
                continue;
            if (paper)
                *paper = it.key();
            if (row)
                *row = i;
            return &it.value()[i];
        }
    }
    return nullptr;
}

bool ScanPageModel::update(const ScanPageEntry& entry)
{
    QString paper;
    int row = -1;
    if (!find(entry.id, &paper, &row))
        return false;
    m_pages[paper][row] = entry;
    changed(paper, row);
    return true;
}

void ScanPageModel::changed(const QString& componentId, int row)
{
    if (componentId == m_current)
        emit dataChanged(index(row), index(row));
}

bool ScanPageModel::remove(quint64 id)
{
    QString paper;
    int row = -1;
    if (!find(id, &paper, &row))
        return false;
    const bool shown = paper == m_current;
    if (shown)
        beginRemoveRows({}, row, row);
    m_pages[paper].removeAt(row);
    if (shown)
        endRemoveRows();
    emit countsChanged();
    return true;
}

int ScanPageModel::moveBatchTail(quint64 afterId, const QString& toPaper)
{
    QString paper;
    int row = -1;
    const ScanPageEntry* separator = find(afterId, &paper, &row);
    if (!separator || paperIndex(toPaper) < 0 || toPaper == paper)
        return 0;
    const quint64 batch = separator->batch;
    QList<quint64> moving;
    const QList<ScanPageEntry> from = m_pages.value(paper);
    for (int i = row + 1; i < from.size(); ++i)
        if (from[i].batch == batch)
            moving.append(from[i].id);
    for (quint64 id : moving) {
        ScanPageEntry entry = *find(id);
        remove(id);
        append(toPaper, std::move(entry));
    }
    return int(moving.size());
}

QMap<QString, int> ScanPageModel::counts() const
{
    QMap<QString, int> counts;
    for (const PaperSlot& paper : m_papers)
        counts.insert(paper.componentId, int(m_pages.value(paper.componentId).size()));
    return counts;
}

int ScanPageModel::pendingCount() const
{
    int pending = 0;
    for (const auto& list : m_pages)
        pending += int(std::count_if(list.cbegin(), list.cend(), [](const ScanPageEntry& e) { return e.pending; }));
    return pending;
}

void ScanPageModel::clear()
{
    beginResetModel();
    m_pages.clear();
    endResetModel();
    emit countsChanged();
}

int ScanPageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pages.value(m_current).size());
}

QVariant ScanPageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto it = m_pages.constFind(m_current);
    if (it == m_pages.cend() || index.row() >= it->size())
        return {};
    const ScanPageEntry& e = it->at(index.row());
    switch (role) {
    case Qt::DisplayRole: // the page number is drawn by the view's delegate: rows move, a page's data does not
        return {};
    case Qt::DecorationRole:
        return e.thumbnail;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole:
        if (!e.error.isEmpty())
            return tr("Page %1: %2").arg(index.row() + 1).arg(e.error);
        return e.pending ? tr("Page %1 (being processed)").arg(index.row() + 1) : tr("Page %1").arg(index.row() + 1);
    case PageIdRole:
        return e.id;
    case PendingRole:
        return e.pending;
    case PathRole:
        return e.page.path;
    case QuarterTurnsRole:
        return e.quarterTurns;
    default:
        return {};
    }
}

Qt::ItemFlags ScanPageModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool ScanPageModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    const int rows = rowCount();
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 || sourceRow + count > rows
        || destinationChild < 0 || destinationChild > rows
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    QList<ScanPageEntry>& list = currentList();
    const QList<ScanPageEntry> moving = list.mid(sourceRow, count);
    list.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        list.insert(insertAt + i, moving[i]);
    endMoveRows();
    return true;
}

Qt::DropActions ScanPageModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList ScanPageModel::mimeTypes() const
{
    return { QString::fromLatin1(mimeType) };
}

QMimeData* ScanPageModel::mimeData(const QModelIndexList& indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QList<int> rows;
    for (const QModelIndex& index : indexes)
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    for (int row : rows)
        out << m_pages.value(m_current).at(row).id;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(mimeType), bytes);
    return mime;
}

bool ScanPageModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    return data && data->hasFormat(QString::fromLatin1(mimeType)) && !parent.isValid();
}

// A drop of our own pages before `row` (-1: at the end): the pages move, in their order, within the paper.
bool ScanPageModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream in(data->data(QString::fromLatin1(mimeType)));
    QList<quint64> ids;
    while (!in.atEnd()) {
        quint64 id = 0;
        in >> id;
        ids.append(id);
    }
    int target = row < 0 ? rowCount() : std::min(row, rowCount());
    bool moved = false;
    for (quint64 id : ids) {
        QString paper;
        int from = -1;
        if (!find(id, &paper, &from) || paper != m_current)
            continue;
        if (from == target || from + 1 == target) {
            target = from + 1;
            continue;
        }
        if (moveRows({}, from, 1, {}, target)) {
            moved = true;
            target = from < target ? target : target + 1;
        }
    }
    return moved;
}

} // namespace motcua::ui
