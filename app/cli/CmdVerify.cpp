// `motcua verify`: a citizen or a business checked against the national databases through central
// (issue 15, docs/central.md), optionally kept with a dossier (`--dossier CODE`); `verify show CODE`
// lists the checks kept with a dossier and whether one still waits for an answer.
#include "app/cli/CmdStoreCommon.h"
#include "app/cli/Command.h"

#include "core/domain/TextFold.h"
#include "core/domain/Validators.h"
#include "sync/DeskCredential.h"
#include "sync/ServiceChecks.h"
#include "sync/SyncSiteSettings.h"

#include <QEventLoop>
#include <QJsonArray>

namespace motcua::cli {
namespace {

// The party of `--dossier` the check is about; what the options give must be what the dossier says
// (a pending check is asked again later with the dossier's data).
Result<dossier::Party> verifyDossierParty(
    StoreSession& session, const QString& code, const QString& party, const sync::CheckQuestion& q)
{
    auto d = session.store->dossier(session.actor, code);
    if (!d)
        return d.error();
    if (party == QLatin1String("owner") && !d->owner)
        return Error::invalid(QStringLiteral("party"),
            QCoreApplication::translate("cli", "Dossier %1 names no owner apart from the applicant").arg(code));
    const dossier::Party p = party == QLatin1String("owner") ? *d->owner : d->applicant;
    const bool business = q.kind == store::ServiceCheckKind::Business;
    const bool differs = (p.kind == dossier::ApplicantKind::Business) != business
        || (business ? (!q.taxCode.isEmpty() && normalizeTaxCode(q.taxCode) != normalizeTaxCode(p.taxCode))
                     : ((!q.idNumber.isEmpty() && q.idNumber.trimmed() != p.idNumber)
                         || (!q.name.isEmpty() && foldVietnamese(q.name).trimmed() != foldVietnamese(p.name).trimmed())
                         || (q.birthDate.isValid() && q.birthDate != p.birthDate)));
    if (differs)
        return Error::invalid(QStringLiteral("dossier"),
            QCoreApplication::translate("cli",
                "The %1 of dossier %2 is not the one given; leave the options out to "
                "check the dossier's own data")
                .arg(party, code),
            QStringLiteral("party_differs"));
    return p;
}

// The question from the options (and the dossier's party where an option is left out), checked.
Result<sync::CheckQuestion> verifyQuestion(
    CliContext& ctx, bool business, std::optional<StoreSession>& session, const QString& code, const QString& party)
{
    sync::CheckQuestion q;
    q.kind = business ? store::ServiceCheckKind::Business : store::ServiceCheckKind::Citizen;
    q.taxCode = ctx.args.takeOption(QStringLiteral("--tax-code")).value_or(QString());
    q.idNumber = ctx.args.takeOption(QStringLiteral("--id")).value_or(QString());
    q.name = ctx.args.takeOption(QStringLiteral("--name")).value_or(QString()).trimmed();
    const QString birth = ctx.args.takeOption(QStringLiteral("--birth-date")).value_or(QString());
    q.birthDate = QDate::fromString(birth.trimmed(), Qt::ISODate);
    if (auto done = ctx.args.checkDone(); !done)
        return done.error();
    if (!birth.isEmpty() && !q.birthDate.isValid())
        return Error::invalid(QStringLiteral("birth_date"),
            QCoreApplication::translate("cli", "--birth-date: \"%1\" is not a date (YYYY-MM-DD)").arg(birth.left(40)));
    if (!code.isEmpty()) {
        auto p = verifyDossierParty(*session, code, party, q);
        if (!p)
            return p.error();
        q = sync::CheckQuestion::fromParty(p.value());
    }
    const bool complete
        = business ? !q.taxCode.isEmpty() : !q.idNumber.isEmpty() && !q.name.isEmpty() && q.birthDate.isValid();
    if (!complete)
        return Error::usage(QCoreApplication::translate("cli",
            "Usage: motcua verify citizen --id N --name NAME --birth-date YYYY-MM-DD | verify business --tax-code C "
            "(or --dossier CODE)"));
    if (auto valid = business ? validateTaxCode(q.taxCode) : validatePersonalId(q.idNumber); !valid)
        return valid.error();
    return q;
}

sync::CheckAnswer askCentral(const CliContext& ctx, const sync::CheckQuestion& question)
{
    sync::SyncSettings settings;
    sync::CheckAnswer failure;
    if (auto applied = sync::SyncSiteSettings::apply(ctx.site, settings); !applied) {
        failure.error = applied.error();
        failure.problem = applied.error().message;
        return failure;
    }
    auto credential = sync::DeskCredential::read(ctx.dataDir);
    if (!credential) {
        failure.error = credential.error();
        failure.problem = credential.error().message;
        return failure;
    }
    settings.credential = credential.value();
    sync::ServiceCheckClient client(settings);
    QEventLoop loop;
    sync::CheckAnswer answer;
    client.ask(question, [&](const sync::CheckAnswer& a) {
        answer = a;
        loop.quit();
    });
    loop.exec();
    return answer;
}

int runCheck(CliContext& ctx, bool business)
{
    const QString code = ctx.args.takeOption(QStringLiteral("--dossier")).value_or(QString()).trimmed();
    const QString party = ctx.args.takeOption(QStringLiteral("--party")).value_or(QStringLiteral("applicant"));
    if (party != QLatin1String("applicant") && party != QLatin1String("owner"))
        return ctx.fail(Error::usage(QCoreApplication::translate("cli", "--party is applicant or owner")));
    auto opened = openSession(ctx); // who asks: a clerk (or postal staff), as for receiving a dossier
    if (!opened)
        return ctx.fail(opened.error());
    std::optional<StoreSession> session(std::move(opened.value()));
    if (auto allowed = session->store->authorize(session->actor, auth::Action::ReceiveDossier); !allowed)
        return ctx.fail(allowed.error());
    auto question = verifyQuestion(ctx, business, session, code, party);
    if (!question)
        return ctx.fail(question.error());
    const sync::CheckAnswer answer = askCentral(ctx, question.value());
    if (answer.refused)
        return ctx.fail(answer.error);
    QJsonObject out = answer.toJson();
    if (!code.isEmpty()) { // kept with the dossier; without an answer as a pending check
        auto kept = session->store->recordServiceCheck(session->actor, code, question->kind, party,
            answer.answered() ? answer.result : QStringLiteral("pending"), answer.details());
        if (!kept)
            return ctx.fail(kept.error());
        out.insert(QStringLiteral("dossier"), code);
        out.insert(QStringLiteral("pending"), kept->pending());
    }
    if (!answer.answered()) {
        out.insert(QStringLiteral("reason"), answer.problem);
        ctx.printJson(out);
        ctx.message(answer.problem);
        return answer.error.kind == ErrorKind::Permission ? ExitPermission : ExitEnvironment;
    }
    ctx.printJson(out);
    return ExitOk;
}

int runShow(CliContext& ctx)
{
    const QString code = ctx.args.takePositional().value_or(QString());
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (code.isEmpty())
        return ctx.fail(Error::usage(QCoreApplication::translate("cli", "Usage: motcua verify show CODE")));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto checks = session->store->serviceChecks(session->actor, code);
    if (!checks)
        return ctx.fail(checks.error());
    QJsonArray list;
    bool pending = false;
    for (const store::ServiceCheck& c : checks.value()) {
        list.append(c.toJson());
        pending = pending || c.pending();
    }
    ctx.printJson(QJsonObject {
        { QStringLiteral("code"), code }, { QStringLiteral("pending"), pending }, { QStringLiteral("checks"), list } });
    return ExitOk;
}

int runVerify(CliContext& ctx)
{
    const QString what = ctx.args.takePositional().value_or(QString());
    if (what == QLatin1String("citizen") || what == QLatin1String("business"))
        return runCheck(ctx, what == QLatin1String("business"));
    if (what == QLatin1String("show"))
        return runShow(ctx);
    return ctx.fail(Error::usage(
        QCoreApplication::translate("cli", "Usage: motcua verify citizen|business|show ... (motcua help verify)")));
}

const CommandRegistrar registerVerify({ QStringLiteral("verify"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Check a citizen or a business with the national databases (central).")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua verify citizen --id N --name NAME --birth-date YYYY-MM-DD [--dossier CODE [--party owner]]\n"
        "motcua verify business --tax-code C [--dossier CODE [--party owner]]\n"
        "motcua verify show CODE\n\n"
        "Asks the site's central server with the desk's credential (motcua sync login). A citizen check\n"
        "prints {\"result\":\"match|mismatch|not_found|unavailable\"} (a mismatch names what differs:\n"
        "\"differs\":[\"name\",\"birth_date\"]); a business check prints {\"result\":\"found|not_found|\n"
        "unavailable\",\"name\",\"address\",\"representative\",\"status\":\"active|suspended|dissolved\"}.\n"
        "With --dossier the answer is kept with the dossier (history and audit); the options may then be\n"
        "left out (the dossier's applicant, or owner, is checked). Without an answer (central or the\n"
        "national database unreachable) the check is kept as pending and asked again by `motcua sync`;\n"
        "the exit code is then 3. `verify show CODE` lists a dossier's checks. Needs --user (a clerk).")),
    runVerify });

} // namespace
} // namespace motcua::cli
