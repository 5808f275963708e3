// PaperChecklistModel: the papers (thành phần hồ sơ) of the chosen procedure as the clerk checks them
// off: how many originals, certified copies and photocopies the applicant brought, how many files
// (scanned pages) each has, and whether it is missing. A required paper with nothing brought is
// missing unless the clerk says otherwise (the "Missing" tick is theirs to change); missing required
// papers are highlighted, so completeness shows at a glance. Counts are edited in place (a digit
// starts editing); toggleReceived() fills a paper with the counts the catalogue asks for, or clears it.
#pragma once

#include "core/catalogue/Procedure.h"
#include "core/dossier/Intake.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QMap>

namespace motcua::ui {

class PaperChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Paper, Originals, CertifiedCopies, Photocopies, Files, Missing, ColumnCount };

    struct Row {
        QString componentId;
        QString name;
        bool required = true;
        int expectedOriginals = 0; // what the catalogue asks for
        int expectedCopies = 0;
        int originals = 0;
        int certifiedCopies = 0;
        int photocopies = 0;
        int files = 0;
        std::optional<bool> missingSet; // the clerk's tick; nullopt = derived from the counts
        int total() const { return originals + certifiedCopies + photocopies; }
        bool missing() const { return missingSet.value_or(required && total() == 0); }
    };

    explicit PaperChecklistModel(QObject* parent = nullptr);

    // The papers of `procedure` (one free row when the catalogue does not list them), nothing brought.
    void setProcedure(const catalogue::Procedure& procedure);
    const QList<Row>& rows() const { return m_rows; }
    // Pages or files per paper, from the PaperFiles source.
    void setFileCounts(const QMap<QString, int>& counts);
    // Brought as the catalogue asks / nothing brought.
    void toggleReceived(int row);

    QStringList missingIds() const;
    int missingRequired() const;
    QList<dossier::IntakeDocument> documents() const; // papers with at least one count or file
    // Counts and ticks for the draft, and back (rows matched by component id).
    QJsonArray toJson() const;
    void restore(const QJsonArray& saved);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Any count or tick changed (the intake saves its draft and updates the completeness line).
    void checklistChanged();

private:
    static int* countOf(Row& row, int column);
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace motcua::ui
