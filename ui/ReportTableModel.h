// ReportTableModel: a report table (core/report/ReportTable.h) as a read-only table model for the
// Reports page: the display text of each cell (money grouped, dates dd/MM/yyyy), numbers aligned right,
// the plain value (number, ISO date, text) under Qt::UserRole.
#pragma once

#include "core/report/ReportTable.h"

#include <QAbstractTableModel>

namespace motcua::ui {

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject* parent = nullptr);
    void setTable(report::ReportTable table);
    const report::ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    report::ReportTable m_table;
};

} // namespace motcua::ui
