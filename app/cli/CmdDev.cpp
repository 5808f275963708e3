// `motcua dev generate`: fill the data dir's store with realistic synthetic dossiers (demos,
// supervisor views, benchmarks). Never for a production desk.
#include "app/cli/CmdStoreCommon.h"

#include "core/store/SyntheticDossiers.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace motcua::cli {
namespace {

Result<store::Actor> syntheticUser(
    store::Store& s, const store::Actor& admin, const QString& login, auth::Role role, const QString& password)
{
    if (auto a = s.authenticate(login, password))
        return a;
    if (auto st = s.addUser(admin, login, login, role, password); !st)
        return st.error();
    return s.authenticate(login, password);
}

int runDev(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    const auto count = ctx.args.takeOption(QStringLiteral("--count"));
    const auto from = ctx.args.takeOption(QStringLiteral("--from"));
    const auto to = ctx.args.takeOption(QStringLiteral("--to"));
    const auto seed = ctx.args.takeOption(QStringLiteral("--seed"));
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (sub != QLatin1String("generate") || !count || count->toLongLong() <= 0)
        return ctx.fail(Error::usage(QCoreApplication::translate("cli",
            "Usage: motcua dev generate --count N [--from DATE] "
            "[--to DATE] [--seed S]")));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    store::Store& db = *session->store;
    const store::Actor& admin = session->actor;
    store::GeneratorOptions o;
    o.count = count->toLongLong();
    o.to = to ? QDate::fromString(*to, Qt::ISODate) : ctx.clock().today().addDays(-1);
    o.from = from ? QDate::fromString(*from, Qt::ISODate) : o.to.addDays(-60);
    if (!o.from.isValid() || !o.to.isValid() || o.to < o.from || o.to >= ctx.clock().today().addDays(1))
        return ctx.fail(Error::usage(QCoreApplication::translate("cli",
            "--from/--to: give dates YYYY-MM-DD, from <= to, "
            "not after today")));
    if (seed)
        o.seed = seed->toUInt();
    // Synthetic staff with a throw-away password that nobody needs to know.
    const QString password = QStringLiteral("Synth-%1-Pass").arg(QRandomGenerator::system()->generate64(), 0, 36);
    auto clerk = syntheticUser(db, admin, QStringLiteral("synth-clerk"), auth::Role::Clerk, password);
    auto super = syntheticUser(db, admin, QStringLiteral("synth-super"), auth::Role::Supervisor, password);
    if (!clerk)
        return ctx.fail(clerk.error());
    if (!super)
        return ctx.fail(super.error());
    const auto previousClock = ctx.clock().nowUtc();
    auto n = store::SyntheticDossiers::fill(db, clerk.value(), super.value(), o);
    Clock::setCurrent(std::make_shared<FixedClock>(previousClock));
    if (!n)
        return ctx.fail(n.error());
    ctx.printJson(QJsonObject { { QStringLiteral("generated"), n.value() },
        { QStringLiteral("from"), o.from.toString(Qt::ISODate) }, { QStringLiteral("to"), o.to.toString(Qt::ISODate) },
        { QStringLiteral("dossiers"), db.dossierCount() } });
    return ExitOk;
}

const CommandRegistrar registerDev(
    { QStringLiteral("dev"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Developer tools: generate synthetic dossiers.")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua dev generate --count N [--from DATE] [--to DATE] [--seed S]\n\n"
            "Receives N invented dossiers (Vietnamese names, addresses, valid identity numbers "
            "and tax codes, catalogue procedures) over the working days of the period (default: "
            "the 60 days before today) and moves them through the workflow by age. Needs an "
            "administrator (--user); works as the users synth-clerk and synth-super.")),
        runDev });

} // namespace
} // namespace motcua::cli
