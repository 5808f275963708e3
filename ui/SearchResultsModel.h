// SearchResultsModel: the table of dossiers found by a lookup (code, applicant, procedure, state,
// received). Read-only; the raw hit of a row is available for the details pane.
#pragma once

#include "core/store/Store.h"

#include <QAbstractTableModel>

namespace motcua::ui {

class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Applicant, Procedure, State, Received, ColumnCount };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(QList<store::SearchHit> hits);
    const store::SearchHit& hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::SearchHit> m_hits;
};

} // namespace motcua::ui
