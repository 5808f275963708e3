// ReportMix: a known mix of dossiers for the report tests (core, command line, window), seeded into a
// StoreFixture under its clock from 03/02/2025 to 03/04/2025: three clerks (clerk, clerk2, postal),
// three channels, three procedures, resolved early / on time / late, in progress within and past the
// limit, paused, rescheduled, withdrawn, rated. The expected figures for March 2025 are spelt out in
// ReportMix.cpp next to each dossier. Leaves the clock at 15/04/2025 09:00.
#pragma once

#include "tests/support/StoreFixture.h"

#include <QStringList>

namespace motcua::test {

struct ReportMix {
    QStringList codesInMarchBook; // the dossiers received in March 2025, in tracking-book order
    QString error; // empty when seeded
};

ReportMix seedReportMix(StoreFixture& f);

} // namespace motcua::test
