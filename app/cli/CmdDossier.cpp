// `motcua dossier receive|show|search|tracking-book` and one subcommand per workflow step.
#include "app/cli/CmdStoreCommon.h"
#include "core/forms/PublicLookup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::cli {
namespace {

using workflow::Step;

struct StepCommand {
    const char* name;
    Step step;
};

const StepCommand kSteps[] = {
    { "request-supplement", Step::RequestSupplement },
    { "supplement-received", Step::SupplementReceived },
    { "refuse", Step::Refuse },
    { "hand-over", Step::HandOver },
    { "fee-notice", Step::FeeNotice },
    { "pay", Step::RecordPayment },
    { "result-ready", Step::MarkResultReady },
    { "return", Step::ReturnResult },
    { "withdraw", Step::Withdraw },
    { "stop", Step::Stop },
    { "reschedule", Step::Reschedule },
    { "rate", Step::Rate },
};

Error usage(const QString& text)
{
    return Error::usage(text);
}

int receive(CliContext& ctx)
{
    ctx.fieldFlags.clear(); // errors name keys of the intake JSON, not options
    const auto file = ctx.args.takePositional();
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!file)
        return ctx.fail(usage(QCoreApplication::translate("cli", "Usage: motcua dossier receive FILE.json")));
    QFile f(*file);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(Error::invalid(QStringLiteral("file"),
            QCoreApplication::translate("cli", "Cannot read the intake file %1").arg(*file),
            QStringLiteral("file_unreadable")));
    constexpr qint64 kMaxIntakeJson = 4 * 1024 * 1024; // the text fields' caps fit many times over
    if (f.size() > kMaxIntakeJson)
        return ctx.fail(Error::invalid(QStringLiteral("file"),
            QCoreApplication::translate("cli", "The intake file %1 is larger than 4 MB").arg(*file),
            QStringLiteral("too_long")));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(kMaxIntakeJson), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return ctx.fail(Error::invalid(QStringLiteral("file"),
            QCoreApplication::translate("cli",
                "The intake file %1 is not a JSON object (%2 at "
                "offset %3)")
                .arg(*file, err.errorString())
                .arg(err.offset),
            QStringLiteral("invalid_json")));
    auto request = dossier::IntakeRequest::fromJson(doc.object(), QFileInfo(*file).absolutePath(),
        dossier::IntakeFileRules::fromSiteSection(ctx.site.section(QStringLiteral("intake"))));
    if (!request)
        return ctx.fail(request.error());
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    store::Store& db = *session->store;
    const store::Actor& actor = session->actor;
    auto result = db.receive(actor, request.value());
    if (!result)
        return ctx.fail(result.error());
    for (const QString& w : result->warnings)
        ctx.message(w);
    ctx.printJson(result->toJson());
    return ExitOk;
}

int step(CliContext& ctx, Step step)
{
    const auto code = ctx.args.takePositional();
    store::StepRequest r;
    r.step = step;
    r.reason = ctx.args.takeOption(QStringLiteral("--reason")).value_or(QString());
    r.note = ctx.args.takeOption(QStringLiteral("--note")).value_or(QString());
    if (step == Step::RequestSupplement)
        r.missing = ctx.args.takeOptionList(QStringLiteral("--missing"), true);
    if (step == Step::HandOver)
        r.unit = ctx.args.takeOption(QStringLiteral("--unit")).value_or(QString());
    if (step == Step::ReturnResult) {
        r.collectorName = ctx.args.takeOption(QStringLiteral("--collector-name")).value_or(QString());
        r.collectorId = ctx.args.takeOption(QStringLiteral("--collector-id")).value_or(QString());
        r.authorised = ctx.args.takeFlag(QStringLiteral("--authorised")) || !r.collectorName.isEmpty();
    }
    if (step == Step::RecordPayment || step == Step::FeeNotice) {
        const auto amount = ctx.args.takeOption(QStringLiteral("--amount"));
        bool ok = true;
        r.amountVnd = amount ? amount->toLongLong(&ok) : 0;
        if (!ok)
            return ctx.fail(Error::invalid(QStringLiteral("amount"),
                QCoreApplication::translate("cli", "--amount: expected a whole number of đồng"),
                QStringLiteral("invalid_amount")));
        if (const auto method = ctx.args.takeOption(QStringLiteral("--method"))) {
            r.method = dossier::paymentMethodFromName(*method);
            if (!r.method)
                return ctx.fail(Error::invalid(QStringLiteral("method"),
                    QCoreApplication::translate("cli", "expected cash or transfer, not \"%1\"").arg(*method),
                    QStringLiteral("invalid_method")));
        }
        r.number = ctx.args.takeOption(QStringLiteral("--number")).value_or(QString());
    }
    if (step == Step::Reschedule) {
        const auto to = ctx.args.takeOption(QStringLiteral("--to"));
        if (to) {
            r.newDueDate = QDate::fromString(*to, Qt::ISODate);
            if (!r.newDueDate.isValid())
                return ctx.fail(Error::invalid(QStringLiteral("to"),
                    QCoreApplication::translate("cli", "--to: expected a date YYYY-MM-DD"),
                    QStringLiteral("invalid_date")));
        }
    }
    if (step == Step::Rate) {
        const auto rating = ctx.args.takeOption(QStringLiteral("--rating"));
        r.rating = rating ? rating->toInt() : 0;
    }
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!code)
        return ctx.fail(usage(
            QCoreApplication::translate("cli", "Give the dossier code: motcua dossier %1 CODE ...").arg(ctx.command)));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    store::Store& db = *session->store;
    const store::Actor& actor = session->actor;
    auto d = db.apply(actor, *code, r);
    if (!d)
        return ctx.fail(d.error());
    ctx.printJson(d->toJson());
    return ExitOk;
}

int runDossier(CliContext& ctx)
{
    const QString sub = ctx.args.takePositional().value_or(QString());
    if (sub == QLatin1String("receive"))
        return receive(ctx);
    for (const StepCommand& s : kSteps)
        if (sub == QLatin1String(s.name))
            return step(ctx, s.step);
    if (sub == QLatin1String("show") || sub == QLatin1String("search")) {
        const auto arg = ctx.args.takePositional();
        const auto limit = ctx.args.takeOption(QStringLiteral("--limit"));
        if (auto done = ctx.args.checkDone(); !done)
            return ctx.fail(done.error());
        if (!arg)
            return ctx.fail(usage(QCoreApplication::translate("cli",
                "Usage: motcua dossier show CODE | motcua dossier "
                "search TEXT [--limit N]")));
        auto session = openSession(ctx, StoreAccess::Lookup);
        if (!session)
            return ctx.fail(session.error());
        store::Store& db = *session->store;
        const store::Actor& actor = session->actor;
        if (sub == QLatin1String("show")) {
            auto d = db.dossier(actor, *arg);
            if (!d)
                return ctx.fail(d.error());
            QJsonObject shown = d->toJson();
            // The address the receipt's QR carries: central's public status page with the code and the
            // dossier's short secret (docs/central.md); null when the site gives no central public_url.
            const QString lookup = forms::PublicLookup::url(ctx.site, d->code, d->lookupSecret);
            shown.insert(QStringLiteral("public_lookup_url"), lookup.isEmpty() ? QJsonValue() : QJsonValue(lookup));
            ctx.printJson(shown);
            return ExitOk;
        }
        auto hits = db.search(actor, *arg, limit ? limit->toInt() : 50);
        if (!hits)
            return ctx.fail(hits.error());
        QJsonArray out;
        for (const store::SearchHit& h : hits.value())
            out.append(h.toJson());
        ctx.printJson(out);
        return ExitOk;
    }
    if (sub == QLatin1String("tracking-book")) {
        const QDate from
            = QDate::fromString(ctx.args.takeOption(QStringLiteral("--from")).value_or(QString()), Qt::ISODate);
        const QDate to
            = QDate::fromString(ctx.args.takeOption(QStringLiteral("--to")).value_or(QString()), Qt::ISODate);
        if (auto done = ctx.args.checkDone(); !done)
            return ctx.fail(done.error());
        if (!from.isValid() || !to.isValid())
            return ctx.fail(usage(QCoreApplication::translate("cli",
                "Usage: motcua dossier tracking-book --from DATE "
                "--to DATE")));
        auto session = openSession(ctx, StoreAccess::Lookup);
        if (!session)
            return ctx.fail(session.error());
        store::Store& db = *session->store;
        const store::Actor& actor = session->actor;
        auto rows = db.trackingBook(actor, from, to);
        if (!rows)
            return ctx.fail(rows.error());
        QJsonArray out;
        for (const store::TrackingRow& r : rows.value())
            out.append(r.toJson());
        ctx.printJson(out);
        return ExitOk;
    }
    return ctx.fail(usage(
        QCoreApplication::translate("cli", "Unknown dossier subcommand \"%1\"; see motcua help dossier").arg(sub)));
}

const CommandRegistrar registerDossier(
    { QStringLiteral("dossier"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Receive, show, search and move dossiers.")),
        QStringLiteral(QT_TRANSLATE_NOOP("cli",
            "motcua dossier receive FILE.json      -> {\"code\",\"status\",\"received\",\"due\",\"warnings\"}\n"
            "motcua dossier show CODE\n"
            "motcua dossier search TEXT [--limit N] (diacritic-insensitive)\n"
            "motcua dossier tracking-book --from DATE --to DATE\n"
            "motcua dossier request-supplement CODE --reason T [--missing ID...]\n"
            "motcua dossier supplement-received CODE\n"
            "motcua dossier refuse CODE --reason T\n"
            "motcua dossier hand-over CODE [--unit U] [--note T]\n"
            "motcua dossier fee-notice CODE --amount VND [--number NO]\n"
            "motcua dossier pay CODE --amount VND --method cash|transfer\n"
            "motcua dossier result-ready CODE\n"
            "motcua dossier return CODE [--collector-name N --collector-id ID]\n"
            "motcua dossier withdraw CODE --reason T\n"
            "motcua dossier stop CODE --reason T\n"
            "motcua dossier reschedule CODE --to DATE --reason T\n"
            "motcua dossier rate CODE --rating 1|2|3\n\n"
            "The intake JSON is described in docs/cli.md. Steps print the dossier as `show` does; a step the "
            "current state does not allow exits 1 naming the state. All need --user.")),
        runDossier });

} // namespace
} // namespace motcua::cli
