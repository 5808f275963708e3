// DashboardChartsView: the dashboard's four charts (Qt Charts) from report::DashboardCharts: intake per
// day over the last four weeks by channel (stacked bars), the weekly on-time rate of results, the
// weekly share of dossiers received with their papers scanned, and the weekly satisfaction ratings
// (stacked bars of "very satisfied", "satisfied", "dissatisfied").
#pragma once

#include "core/report/DailyReport.h"

#include <QWidget>

class QChart;
class QChartView;

namespace motcua::ui {

class DashboardChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardChartsView(QWidget* parent = nullptr);

    void setCharts(const report::DashboardCharts& charts);
    QChartView* intakeView() const { return m_intake; }
    QChartView* onTimeView() const { return m_onTime; }
    QChartView* digitisedView() const { return m_digitised; }
    QChartView* satisfactionView() const { return m_satisfaction; }

private:
    QChartView* m_intake;
    QChartView* m_onTime;
    QChartView* m_digitised;
    QChartView* m_satisfaction;
};

} // namespace motcua::ui
