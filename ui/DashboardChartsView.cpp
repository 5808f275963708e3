#include "ui/DashboardChartsView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace motcua::ui {

namespace {

QChartView* dashboardChartView(QWidget* parent, const char* name, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(title);
    view->setMinimumSize(360, 240);
    return view;
}

// Replaces the chart's series by `series` over the categories, with a value axis from 0 to `max`.
void fillChart(
    QChartView* view, QAbstractBarSeries* series, const QStringList& categories, double max, const QString& valueFormat)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis() hands the axis back to the caller
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setLabelsAngle(categories.size() > 10 ? -90 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(valueFormat);
    y->setRange(0, max > 0 ? max : 1);
    if (valueFormat == QLatin1String("%d"))
        y->applyNiceNumbers(); // counts: round the top up (percentages stop at 100)
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QString dashboardWeekLabel(const QDate& monday)
{
    return monday.toString(QStringLiteral("dd/MM"));
}

// Percentages of a weekly share (weeks without data show 0 and are named in the tooltip).
QBarSet* dashboardPercentSet(const QString& label, const QList<double>& shares)
{
    auto* set = new QBarSet(label);
    for (double s : shares)
        set->append(s < 0 ? 0.0 : s * 100.0);
    return set;
}

} // namespace

DashboardChartsView::DashboardChartsView(QWidget* parent)
    : QWidget(parent),
      m_intake(dashboardChartView(this, "chart_intake", tr("Dossiers received per day, by channel"))),
      m_onTime(dashboardChartView(this, "chart_on_time", tr("Results on time (%) per week"))),
      m_digitised(dashboardChartView(this, "chart_digitised", tr("Dossiers digitised at intake (%) per week"))),
      m_satisfaction(dashboardChartView(this, "chart_satisfaction", tr("Satisfaction ratings per week")))
{
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_intake, 0, 0, 1, 2);
    grid->addWidget(m_onTime, 1, 0);
    grid->addWidget(m_digitised, 1, 1);
    grid->addWidget(m_satisfaction, 2, 0, 1, 2);
}

void DashboardChartsView::setCharts(const report::DashboardCharts& charts)
{
    // Intake: the last four weeks' days.
    auto* intake = new QStackedBarSeries;
    auto* desk = new QBarSet(tr("At the desk"));
    auto* postal = new QBarSet(tr("By post"));
    auto* online = new QBarSet(tr("Online"));
    QStringList days;
    qint64 busiest = 0;
    const qsizetype first = qMax<qsizetype>(0, charts.days.size() - 28);
    for (qsizetype i = first; i < charts.days.size(); ++i) {
        const report::DashboardCharts::Day& d = charts.days.at(i);
        desk->append(d.desk);
        postal->append(d.postal);
        online->append(d.online);
        busiest = qMax(busiest, d.desk + d.postal + d.online);
        days << d.date.toString(QStringLiteral("dd/MM"));
    }
    intake->append({ desk, postal, online });
    fillChart(m_intake, intake, days, double(busiest), QStringLiteral("%d"));

    QStringList weeks;
    QList<double> onTime, digitised;
    auto* verySatisfied = new QBarSet(tr("Very satisfied"));
    auto* satisfied = new QBarSet(tr("Satisfied"));
    auto* dissatisfied = new QBarSet(tr("Dissatisfied"));
    qint64 mostRatings = 0;
    for (const report::DashboardCharts::Week& w : charts.weeks) {
        weeks << dashboardWeekLabel(w.monday);
        onTime << w.onTimeRate();
        digitised << w.digitisedShare();
        verySatisfied->append(w.ratings[0]);
        satisfied->append(w.ratings[1]);
        dissatisfied->append(w.ratings[2]);
        mostRatings = qMax(mostRatings, w.ratings[0] + w.ratings[1] + w.ratings[2]);
    }
    auto* onTimeSeries = new QBarSeries;
    onTimeSeries->append(dashboardPercentSet(tr("Early or on time"), onTime));
    fillChart(m_onTime, onTimeSeries, weeks, 100, QStringLiteral("%d%%"));
    auto* digitisedSeries = new QBarSeries;
    digitisedSeries->append(dashboardPercentSet(tr("With scanned papers"), digitised));
    fillChart(m_digitised, digitisedSeries, weeks, 100, QStringLiteral("%d%%"));
    auto* ratings = new QStackedBarSeries;
    ratings->append({ verySatisfied, satisfied, dissatisfied });
    fillChart(m_satisfaction, ratings, weeks, double(mostRatings), QStringLiteral("%d"));
}

} // namespace motcua::ui
