// `motcua catalogue import|list`: the versioned procedure catalogue.
#include "app/cli/CmdStoreCommon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::cli {
namespace {

QJsonObject procedureJson(const catalogue::Procedure& p)
{
    QJsonObject o = p.toJson();
    o.insert(QStringLiteral("version"), p.version);
    o.insert(QStringLiteral("valid_from"), p.validFrom.toString(Qt::ISODate));
    o.insert(
        QStringLiteral("valid_to"), p.validTo.isValid() ? QJsonValue(p.validTo.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("complete"), p.isComplete());
    o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(p.missingFields()));
    return o;
}

int runCatalogue(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    if (sub == QLatin1String("import")) {
        const auto file = ctx.args.takePositional();
        const auto validFrom = ctx.args.takeOption(QStringLiteral("--valid-from"));
        if (auto done = ctx.args.checkDone(); !done)
            return ctx.fail(done.error());
        if (!file)
            return ctx.fail(Error::usage(QCoreApplication::translate("cli",
                "Usage: motcua catalogue import FILE.json "
                "[--valid-from DATE]")));
        QDate from = ctx.clock().today();
        if (validFrom) {
            from = QDate::fromString(*validFrom, Qt::ISODate);
            if (!from.isValid())
                return ctx.fail(Error::usage(QCoreApplication::translate("cli", "--valid-from: expected YYYY-MM-DD")));
        }
        QFile f(*file);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(Error::invalid(QStringLiteral("file"),
                QCoreApplication::translate("cli", "Cannot read %1").arg(*file), QStringLiteral("file_unreadable")));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isArray())
            return ctx.fail(Error::invalid(QStringLiteral("file"),
                QCoreApplication::translate("cli",
                    "%1 is not a JSON array of procedures "
                    "(%2 at offset %3)")
                    .arg(*file, err.errorString())
                    .arg(err.offset),
                QStringLiteral("invalid_json")));
        auto session = openSession(ctx);
        if (!session)
            return ctx.fail(session.error());
        store::Store& db = *session->store;
        const store::Actor& actor = session->actor;
        auto report = db.importCatalogue(actor, doc.array(), from);
        if (!report)
            return ctx.fail(report.error());
        ctx.printJson(report->toJson());
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        const auto date = ctx.args.takeOption(QStringLiteral("--date"));
        const bool incompleteOnly = ctx.args.takeFlag(QStringLiteral("--incomplete"));
        if (auto done = ctx.args.checkDone(); !done)
            return ctx.fail(done.error());
        QDate at = ctx.clock().today();
        if (date) {
            at = QDate::fromString(*date, Qt::ISODate);
            if (!at.isValid())
                return ctx.fail(Error::usage(QCoreApplication::translate("cli", "--date: expected YYYY-MM-DD")));
        }
        auto store = openStore(ctx);
        if (!store)
            return ctx.fail(store.error());
        auto list = store.value()->procedures(at);
        if (!list)
            return ctx.fail(list.error());
        QJsonArray out;
        for (const catalogue::Procedure& p : list.value())
            if (!incompleteOnly || !p.isComplete())
                out.append(procedureJson(p));
        ctx.printJson(out);
        return ExitOk;
    }
    return ctx.fail(Error::usage(QCoreApplication::translate("cli", "Usage: motcua catalogue import|list")));
}

const CommandRegistrar registerCatalogue(
    { QStringLiteral("catalogue"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Import or list the procedure catalogue.")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua catalogue import FILE.json [--valid-from DATE]\n"
            "motcua catalogue list [--date DATE] [--incomplete]\n\n"
            "FILE.json uses the format of the seed catalogue (resources/procedures.json). A "
            "changed procedure becomes a new version valid from --valid-from (default today); "
            "dossiers keep the version in force when they were received. null means unknown: "
            "list shows \"complete\" and \"missing\" for each procedure. Import needs an "
            "administrator (--user).")),
        runCatalogue });

} // namespace
} // namespace motcua::cli
