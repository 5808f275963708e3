#include "ui/SearchResultsModel.h"

#include "core/DateFormat.h"
#include "core/workflow/Workflow.h"

namespace motcua::ui {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractTableModel(parent) { }

void SearchResultsModel::setHits(QList<store::SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const store::SearchHit& hit = m_hits.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return hit.code;
        case Applicant:
            return hit.applicantName;
        case Procedure:
            return hit.procedureName;
        case State: {
            const auto state = workflow::stateFromName(hit.state);
            return state ? workflow::stateLabel(*state) : hit.state;
        }
        case Received:
            return displayDateTime(hit.receivedUtc);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Procedure)
        return hit.procedureName;
    if (role == Qt::UserRole)
        return hit.code;
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Dossier code");
    case Applicant:
        return tr("Applicant");
    case Procedure:
        return tr("Procedure");
    case State:
        return tr("Status");
    case Received:
        return tr("Received");
    default:
        return {};
    }
}

} // namespace motcua::ui
