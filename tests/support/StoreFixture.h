// StoreFixture: a throw-away store for tests: temporary data dir, fixed clock (Wed 12/03/2025 09:05
// local; set up on 02/01/2025 08:00), seeded catalogue, one user per role (password "Test-pass-2025"), and intake
// helpers.
#pragma once

#include "core/store/Store.h"
#include "tests/support/MockClock.h"

#include <QTemporaryDir>

namespace motcua::test {

inline const QString kTestPassword = QStringLiteral("Test-pass-2025");

struct StoreFixture {
    QTemporaryDir dir;
    MockClock clock { QDate(2025, 3, 12), QTime(9, 5) };
    std::unique_ptr<store::Store> store;
    store::Actor admin, clerk, postal, supervisor;

    QString dbPath() const { return dir.filePath(QStringLiteral("motcua.db")); }

    bool setUp();
    static dossier::IntakeRequest citizenIntake(const QString& procedure = QStringLiteral("LOCAL-RF-001"),
        const QString& name = QStringLiteral("Nguyễn Văn An"), const QString& id = QStringLiteral("001090012345"));
    // Receives `r` as the clerk; the new code, or empty (with a warning) when the store refused.
    QString receiveOne(const dossier::IntakeRequest& r = citizenIntake());
};

} // namespace motcua::test
