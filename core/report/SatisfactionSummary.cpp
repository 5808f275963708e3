#include "core/report/SatisfactionSummary.h"

#include "core/store/Store.h"

#include <QJsonArray>
#include <QMap>

namespace motcua::report {

namespace {

void addRating(RatingCounts& c, int value)
{
    if (value == 1)
        ++c.verySatisfied;
    else if (value == 2)
        ++c.satisfied;
    else if (value == 3)
        ++c.dissatisfied;
}

QList<RatingGroup> groups(const QMap<QString, RatingGroup>& m)
{
    return m.values();
}

QJsonArray groupsJson(const QList<RatingGroup>& groups, const QString& keyName, const QString& nameName)
{
    QJsonArray a;
    for (const RatingGroup& g : groups) {
        QJsonObject o = g.counts.toJson();
        o.insert(keyName, g.key);
        if (!nameName.isEmpty())
            o.insert(nameName, g.name);
        a << o;
    }
    return a;
}

} // namespace

QJsonObject RatingCounts::toJson() const
{
    return { { QStringLiteral("1"), verySatisfied }, { QStringLiteral("2"), satisfied },
        { QStringLiteral("3"), dissatisfied }, { QStringLiteral("total"), total() } };
}

SatisfactionSummary SatisfactionSummary::fromFacts(const QList<store::RatingFact>& facts, const ReportPeriod& period)
{
    SatisfactionSummary s;
    s.period = period;
    QMap<QString, RatingGroup> agencies, procedures, clerks;
    for (const store::RatingFact& f : facts) {
        addRating(s.total, f.value);
        RatingGroup& a = agencies[f.agency];
        a.key = a.name = f.agency;
        addRating(a.counts, f.value);
        RatingGroup& p = procedures[f.procedureCode];
        p.key = f.procedureCode;
        p.name = f.procedureName;
        addRating(p.counts, f.value);
        RatingGroup& c = clerks[f.clerk];
        c.key = c.name = f.clerk;
        addRating(c.counts, f.value);
    }
    s.byAgency = groups(agencies);
    s.byProcedure = groups(procedures);
    s.byClerk = groups(clerks);
    return s;
}

Result<SatisfactionSummary> SatisfactionSummary::load(
    store::Store& store, const store::Actor& actor, const ReportPeriod& period)
{
    auto facts = store.ratingFacts(actor, period.from, period.to);
    if (!facts)
        return facts.error();
    return fromFacts(facts.value(), period);
}

QJsonObject SatisfactionSummary::toJson() const
{
    return { { QStringLiteral("from"), period.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), period.to.toString(Qt::ISODate) }, { QStringLiteral("total"), total.toJson() },
        { QStringLiteral("by_agency"), groupsJson(byAgency, QStringLiteral("agency"), {}) },
        { QStringLiteral("by_procedure"), groupsJson(byProcedure, QStringLiteral("code"), QStringLiteral("name")) },
        { QStringLiteral("by_clerk"), groupsJson(byClerk, QStringLiteral("clerk"), {}) } };
}

ReportTable SatisfactionSummary::toTable() const
{
    ReportTable t;
    t.title = tr("SATISFACTION WITH THE HANDLING OF DOSSIERS");
    t.subtitle = period.label();
    t.headers = { tr("Group"), tr("Name"), tr("Very satisfied"), tr("Satisfied"), tr("Dissatisfied"), tr("Total") };
    auto row = [&t](const QString& group, const QString& name, const RatingCounts& c) {
        t.rows << QList<ReportCell> { ReportCell::ofText(group), ReportCell::ofText(name),
            ReportCell::ofInteger(c.verySatisfied), ReportCell::ofInteger(c.satisfied),
            ReportCell::ofInteger(c.dissatisfied), ReportCell::ofInteger(c.total()) };
    };
    row(tr("Total"), QString(), total);
    for (const RatingGroup& g : byAgency)
        row(tr("Agency"), g.name, g.counts);
    for (const RatingGroup& g : byProcedure)
        row(tr("Procedure"), g.name, g.counts);
    for (const RatingGroup& g : byClerk)
        row(tr("Clerk"), g.name, g.counts);
    return t;
}

} // namespace motcua::report
