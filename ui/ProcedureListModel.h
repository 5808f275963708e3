// ProcedureListModel: the procedures the intake can choose from, the desk's most used first (by its
// count of dossiers per procedure), filtered as the clerk types without diacritics ("cap giay phep"
// finds "Cấp giấy phép"): every word of the filter must be in the folded code or name. An entry the
// catalogue leaves incomplete (unknown time limit, papers, fees...) is marked in its text.
#pragma once

#include "core/catalogue/Procedure.h"

#include <QAbstractListModel>
#include <QHash>

namespace motcua::ui {

class ProcedureListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { CodeRole = Qt::UserRole + 1, UsageRole, IncompleteRole };

    explicit ProcedureListModel(QObject* parent = nullptr);

    // The catalogue in force and the desk's dossier count per procedure code.
    void setProcedures(QList<catalogue::Procedure> procedures, QHash<QString, int> usage);
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    // The procedure shown in `row`, or null.
    const catalogue::Procedure* procedureAt(int row) const;
    // Any procedure of the catalogue by code (shown or not), or null.
    const catalogue::Procedure* procedure(const QString& code) const;
    // The row showing `code`, or -1.
    int rowOf(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "time limit, fees": what the catalogue does not know, in words; empty for a complete entry.
    static QString missingText(const catalogue::Procedure& procedure);

private:
    void refilter();

    QList<catalogue::Procedure> m_all; // most used first
    QStringList m_folded; // folded "code name" of m_all
    QHash<QString, int> m_usage;
    QList<int> m_shown; // indexes into m_all
    QString m_filter;
};

} // namespace motcua::ui
