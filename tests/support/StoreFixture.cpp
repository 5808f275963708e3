#include "tests/support/StoreFixture.h"

#include "core/auth/PasswordHasher.h"

#include <QDebug>
#include <QScopeGuard>

namespace motcua::test {

bool StoreFixture::setUp()
{
    auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Minimum);
    // The desk was set up on 02/01/2025, so a test may go back in time from "now" (12/03/2025 09:05)
    // without going back before the set-up's audit rows (the store refuses events earlier than the last).
    const QDateTime now = clock.now();
    clock.setLocal(QDate(2025, 1, 2), QTime(8, 0));
    const auto restore = qScopeGuard([&] { clock.setLocal(now.date(), now.time()); });
    auto s = store::Store::open(dbPath());
    if (!s) {
        qWarning() << s.error().message;
        return false;
    }
    store = std::move(s.value());
    store->setLockoutClock(clock.shared()); // lockouts follow the test's clock
    auto a = store->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản trị"), kTestPassword);
    if (!a) {
        qWarning() << a.error().message;
        return false;
    }
    admin = a.value();
    auto seeded = store->seedCatalogue(QDate(2025, 1, 1));
    if (!seeded) {
        qWarning() << seeded.error().message;
        return false;
    }
    const struct {
        const char* login;
        const char* name;
        auth::Role role;
        store::Actor* target;
    } users[] = { { "clerk", "Nguyễn Thị Hoa", auth::Role::Clerk, &clerk },
        { "postal", "Trần Văn Bưu", auth::Role::Postal, &postal },
        { "super", "Lê Minh Giám", auth::Role::Supervisor, &supervisor } };
    for (const auto& u : users) {
        if (auto st
            = store->addUser(admin, QString::fromLatin1(u.login), QString::fromUtf8(u.name), u.role, kTestPassword);
            !st) {
            qWarning() << st.error().message;
            return false;
        }
        auto actor = store->authenticate(QString::fromLatin1(u.login), kTestPassword);
        if (!actor)
            return false;
        *u.target = actor.value();
    }
    return true;
}

dossier::IntakeRequest StoreFixture::citizenIntake(const QString& procedure, const QString& name, const QString& id)
{
    dossier::IntakeRequest r;
    r.procedure = procedure;
    r.applicant.kind = dossier::ApplicantKind::Citizen;
    r.applicant.name = name;
    r.applicant.idNumber = id;
    r.applicant.phone = QStringLiteral("0912345678");
    r.applicant.address = QStringLiteral("12 Trần Duy Hưng, Cầu Giấy, Hà Nội");
    return r;
}

QString StoreFixture::receiveOne(const dossier::IntakeRequest& r)
{
    auto res = store->receive(clerk, r);
    if (!res) {
        qWarning() << res.error().message;
        return {};
    }
    return res->code;
}

} // namespace motcua::test
