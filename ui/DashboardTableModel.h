// DashboardTableModel: one read-only table of the supervisor's dashboard (a queue, the counts, the fees
// per clerk, the payment mismatches): text cells under translated headers, numbers aligned right, and
// a key per row (the dossier code, Qt::UserRole) so that a row can open its dossier.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace motcua::ui {

class DashboardTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row {
        QStringList cells;
        QString key; // dossier code; empty when the row is no dossier
    };

    explicit DashboardTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    const Row& row(int index) const { return m_rows.at(index); }
    QString key(int index) const { return index >= 0 && index < m_rows.size() ? m_rows.at(index).key : QString(); }
    // Columns whose cells are numbers (aligned right).
    void setNumericColumns(QList<int> columns) { m_numeric = std::move(columns); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
    QList<int> m_numeric;
};

} // namespace motcua::ui
