#include "ui/ProcedureListModel.h"

#include "core/domain/TextFold.h"

#include <algorithm>

namespace motcua::ui {

ProcedureListModel::ProcedureListModel(QObject* parent) : QAbstractListModel(parent) { }

void ProcedureListModel::setProcedures(QList<catalogue::Procedure> procedures, QHash<QString, int> usage)
{
    beginResetModel();
    m_usage = std::move(usage);
    m_all = std::move(procedures);
    std::stable_sort(m_all.begin(), m_all.end(), [this](const catalogue::Procedure& a, const catalogue::Procedure& b) {
        const int ua = m_usage.value(a.code), ub = m_usage.value(b.code);
        if (ua != ub)
            return ua > ub;
        return a.code < b.code;
    });
    m_folded.clear();
    for (const auto& p : std::as_const(m_all))
        m_folded << foldVietnamese(p.code + QLatin1Char(' ') + p.name);
    m_shown.clear();
    endResetModel();
    refilter();
}

void ProcedureListModel::setFilter(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    refilter();
}

void ProcedureListModel::refilter()
{
    const QStringList words = foldVietnamese(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> shown;
    for (int i = 0; i < m_all.size(); ++i) {
        const bool all
            = std::all_of(words.begin(), words.end(), [&](const QString& w) { return m_folded.at(i).contains(w); });
        if (all)
            shown << i;
    }
    if (shown == m_shown)
        return;
    beginResetModel();
    m_shown = shown;
    endResetModel();
}

const catalogue::Procedure* ProcedureListModel::procedureAt(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_all.at(m_shown.at(row));
}

const catalogue::Procedure* ProcedureListModel::procedure(const QString& code) const
{
    for (const auto& p : m_all)
        if (p.code == code)
            return &p;
    return nullptr;
}

int ProcedureListModel::rowOf(const QString& code) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_all.at(m_shown.at(row)).code == code)
            return row;
    return -1;
}

int ProcedureListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QString ProcedureListModel::missingText(const catalogue::Procedure& procedure)
{
    QStringList words;
    for (const QString& field : procedure.missingFields()) {
        if (field == QLatin1String("time_limit"))
            words << tr("time limit");
        else if (field == QLatin1String("components"))
            words << tr("papers");
        else if (field == QLatin1String("fees"))
            words << tr("fees");
        else if (field == QLatin1String("channels"))
            words << tr("channels");
        else if (field == QLatin1String("components.counts"))
            words << tr("paper counts");
        else if (field == QLatin1String("legal_basis"))
            words << tr("legal basis");
        else if (field == QLatin1String("code"))
            words << tr("national code");
        else
            words << field;
    }
    return words.join(QStringLiteral(", "));
}

QVariant ProcedureListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const catalogue::Procedure& p = m_all.at(m_shown.at(index.row()));
    const QString missing = missingText(p);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = p.code + QStringLiteral(" — ") + p.name;
        if (!missing.isEmpty())
            text += QStringLiteral("  ⚠ ") + tr("incomplete in the catalogue");
        return text;
    }
    case Qt::ToolTipRole:
        return missing.isEmpty() ? p.name : tr("Unknown in the catalogue: %1").arg(missing);
    case CodeRole:
        return p.code;
    case UsageRole:
        return m_usage.value(p.code);
    case IncompleteRole:
        return !missing.isEmpty();
    default:
        return {};
    }
}

} // namespace motcua::ui
