#include "ui/ReportTableModel.h"

namespace motcua::ui {

using report::ReportCell;

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void ReportTableModel::setTable(report::ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const auto& row = m_table.rows.at(index.row());
    if (index.column() < 0 || index.column() >= row.size())
        return {};
    const ReportCell& cell = row.at(index.column());
    const bool number = cell.kind == ReportCell::Kind::Integer || cell.kind == ReportCell::Kind::Money;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cell.displayText();
    case Qt::UserRole:
        if (number)
            return cell.number;
        if (cell.kind == ReportCell::Kind::Date)
            return cell.date;
        return cell.text;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_table.headers.size() ? QVariant(m_table.headers.at(section)) : QVariant();
    return section + 1;
}

} // namespace motcua::ui
