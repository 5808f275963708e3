#include "ui/PaperChecklistModel.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>

namespace motcua::ui {

namespace {
constexpr int kMaxCount = 1000; // as the intake JSON allows
const QString kFreePaper = QStringLiteral("papers");
} // namespace

PaperChecklistModel::PaperChecklistModel(QObject* parent) : QAbstractTableModel(parent) { }

void PaperChecklistModel::setProcedure(const catalogue::Procedure& procedure)
{
    beginResetModel();
    m_rows.clear();
    if (procedure.components) {
        for (const catalogue::Component& c : *procedure.components) {
            Row r;
            r.componentId = c.id;
            r.name = c.name;
            r.expectedOriginals = c.originals.value_or(0);
            r.expectedCopies = c.copies.value_or(0);
            // Listed with nothing asked for (0 originals, 0 copies): brought only when it applies.
            r.required = !(c.originals && c.copies && *c.originals == 0 && *c.copies == 0);
            if (r.required && r.expectedOriginals + r.expectedCopies == 0)
                r.expectedOriginals = 1;
            m_rows << r;
        }
    } else {
        Row r; // the catalogue does not list the papers: one row for what the applicant brought
        r.componentId = kFreePaper;
        r.name = tr("Papers brought (the catalogue does not list them)");
        r.required = false;
        r.expectedOriginals = 1;
        m_rows << r;
    }
    endResetModel();
    Q_EMIT checklistChanged();
}

void PaperChecklistModel::setFileCounts(const QMap<QString, int>& counts)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const int n = counts.value(m_rows[i].componentId);
        if (m_rows[i].files != n) {
            m_rows[i].files = n;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void PaperChecklistModel::toggleReceived(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row& r = m_rows[row];
    if (r.total() > 0) {
        r.originals = r.certifiedCopies = r.photocopies = 0;
    } else {
        r.originals = r.expectedOriginals;
        r.certifiedCopies = r.expectedCopies;
    }
    r.missingSet.reset();
    rowChanged(row);
}

QStringList PaperChecklistModel::missingIds() const
{
    QStringList ids;
    for (const Row& r : m_rows)
        if (r.missing())
            ids << r.componentId;
    return ids;
}

int PaperChecklistModel::missingRequired() const
{
    int n = 0;
    for (const Row& r : m_rows)
        n += r.required && r.missing() ? 1 : 0;
    return n;
}

QList<dossier::IntakeDocument> PaperChecklistModel::documents() const
{
    QList<dossier::IntakeDocument> docs;
    for (const Row& r : m_rows) {
        if (r.total() == 0 && r.files == 0)
            continue;
        dossier::IntakeDocument d;
        d.componentId = r.componentId;
        d.originals = r.originals;
        d.certifiedCopies = r.certifiedCopies;
        d.photocopies = r.photocopies;
        docs << d;
    }
    return docs;
}

QJsonArray PaperChecklistModel::toJson() const
{
    QJsonArray out;
    for (const Row& r : m_rows) {
        QJsonObject o { { QStringLiteral("id"), r.componentId }, { QStringLiteral("originals"), r.originals },
            { QStringLiteral("certified_copies"), r.certifiedCopies },
            { QStringLiteral("photocopies"), r.photocopies } };
        if (r.missingSet)
            o.insert(QStringLiteral("missing"), *r.missingSet);
        out.append(o);
    }
    return out;
}

void PaperChecklistModel::restore(const QJsonArray& saved)
{
    for (const QJsonValue& v : saved) {
        const QJsonObject o = v.toObject();
        for (int i = 0; i < m_rows.size(); ++i) {
            Row& r = m_rows[i];
            if (r.componentId != o.value(QStringLiteral("id")).toString())
                continue;
            r.originals = qBound(0, o.value(QStringLiteral("originals")).toInt(), kMaxCount);
            r.certifiedCopies = qBound(0, o.value(QStringLiteral("certified_copies")).toInt(), kMaxCount);
            r.photocopies = qBound(0, o.value(QStringLiteral("photocopies")).toInt(), kMaxCount);
            if (o.contains(QStringLiteral("missing")))
                r.missingSet = o.value(QStringLiteral("missing")).toBool();
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    Q_EMIT checklistChanged();
}

int PaperChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PaperChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int* PaperChecklistModel::countOf(Row& row, int column)
{
    switch (column) {
    case Originals:
        return &row.originals;
    case CertifiedCopies:
        return &row.certifiedCopies;
    case Photocopies:
        return &row.photocopies;
    default:
        return nullptr;
    }
}

QVariant PaperChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Row r = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::BackgroundRole)
        return r.required && r.missing() ? QVariant(QBrush(QColor(0xff, 0xd6, 0xd6))) : QVariant();
    if (column == Missing) {
        if (role == Qt::CheckStateRole)
            return r.missing() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return r.missing() ? tr("missing") : QString();
        return {};
    }
    if (role == Qt::ToolTipRole && column == Paper)
        return tr("Catalogue: %1 original(s), %2 cop(ies)").arg(r.expectedOriginals).arg(r.expectedCopies);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    if (column == Paper)
        return r.required ? QStringLiteral("* ") + r.name : r.name;
    if (column == Files)
        return r.files;
    if (const int* n = countOf(r, column))
        return *n;
    return {};
}

bool PaperChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& r = m_rows[index.row()];
    if (index.column() == Missing && role == Qt::CheckStateRole) {
        r.missingSet = value.toInt() == Qt::Checked;
        rowChanged(index.row());
        return true;
    }
    int* n = countOf(r, index.column());
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!n || role != Qt::EditRole || !ok || v < 0 || v > kMaxCount)
        return false;
    *n = v;
    r.missingSet.reset();
    rowChanged(index.row());
    return true;
}

void PaperChecklistModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT checklistChanged();
}

Qt::ItemFlags PaperChecklistModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Originals || index.column() == CertifiedCopies || index.column() == Photocopies)
        f |= Qt::ItemIsEditable;
    if (index.column() == Missing)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PaperChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Paper:
        return tr("Paper (* required)");
    case Originals:
        return tr("Originals");
    case CertifiedCopies:
        return tr("Certified copies");
    case Photocopies:
        return tr("Photocopies");
    case Files:
        return tr("Files");
    case Missing:
        return tr("Missing");
    default:
        return {};
    }
}

} // namespace motcua::ui
