// `motcua print FORM CODE --pdf OUT | --printer NAME` and `motcua print tracking-book --from D --to D ...`:
// renders a one-stop form of a stored dossier (or of a JSON file given with --from-json) to PDF or to a
// printer queue. Needs a GUI application (fonts, painting), which main.cpp creates offscreen.
#include "app/cli/CmdStoreCommon.h"
#include "core/forms/PrintableFromStore.h"
#include "ui/print/FormRenderer.h"
#include "ui/print/PrinterOutput.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::cli {

int runPrintClosingSheet(CliContext& ctx); // CmdPrintClosingSheet.cpp

namespace {

using forms::FormKey;

Result<QJsonObject> readJsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("from-json"),
            QCoreApplication::translate("cli", "Cannot read the file %1 given with --from-json.").arg(path),
            QStringLiteral("file_unreadable"));
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("from-json"),
            QCoreApplication::translate(
                "cli", "The file %1 is not a JSON object (%2); see docs/forms.md for its shape.")
                .arg(path, err.errorString()),
            QStringLiteral("invalid_json"));
    return doc.object();
}

// Fills the letterhead fields a JSON file left empty from the site.
void completeLetterhead(forms::Letterhead& l, const SiteConfig& site)
{
    const forms::Letterhead fromSite = forms::PrintableFromStore::letterhead(site);
    if (l.agency.isEmpty())
        l.agency = fromSite.agency;
    if (l.parentAgency.isEmpty())
        l.parentAgency = fromSite.parentAgency;
    if (l.desk.isEmpty())
        l.desk = fromSite.desk;
    if (l.place.isEmpty())
        l.place = fromSite.place;
}

int runPrint(CliContext& ctx)
{
    if (ctx.args.remaining().contains(QStringLiteral("closing-sheet")))
        return runPrintClosingSheet(ctx);
    // Options first: a positional read would otherwise take an option's value.
    const auto pdf = ctx.args.takeOption(QStringLiteral("--pdf"));
    const auto printer = ctx.args.takeOption(QStringLiteral("--printer"));
    const auto fromJson = ctx.args.takeOption(QStringLiteral("--from-json"));
    const auto formSet = ctx.args.takeOption(QStringLiteral("--form-set"));
    const auto from = ctx.args.takeOption(QStringLiteral("--from"));
    const auto to = ctx.args.takeOption(QStringLiteral("--to"));
    const auto formName = ctx.args.takePositional();
    if (!formName)
        return ctx.fail(Error::usage(QCoreApplication::translate("cli",
            "Usage: motcua print FORM CODE --pdf OUT | --printer NAME (FORM: receipt, "
            "supplement-request, refusal, control-slip, apology, stop-notice, fee-notice, "
            "tracking-book, closing-sheet)")));
    const auto key = forms::formKeyFromName(*formName);
    if (!key)
        return ctx.fail(Error::usage(QCoreApplication::translate("cli",
                                         "Unknown form \"%1\". Use receipt, supplement-request, refusal, control-slip, "
                                         "apology, stop-notice, fee-notice or tracking-book.")
                                         .arg(*formName),
            QStringLiteral("unknown_form")));
    const bool book = *key == FormKey::TrackingBook;
    std::optional<QString> code;
    if (!book)
        code = ctx.args.takePositional();
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!book && !code)
        return ctx.fail(
            Error::usage(QCoreApplication::translate("cli", "motcua print %1 needs the dossier CODE.").arg(*formName)));
    if (bool(pdf) == bool(printer))
        return ctx.fail(Error::usage(
            QCoreApplication::translate("cli", "Give exactly one output: --pdf OUT.pdf or --printer NAME.")));

    print::PrintRequest request;
    request.key = *key;
    request.formSetId = formSet.value_or(QString());
    if (fromJson) {
        auto json = readJsonFile(*fromJson);
        if (!json)
            return ctx.fail(json.error());
        if (book) {
            auto b = forms::PrintableBook::fromJson(json.value());
            if (!b)
                return ctx.fail(b.error());
            request.book = b.value();
            completeLetterhead(request.book.letterhead, ctx.site);
        } else {
            auto d = forms::PrintableDossier::fromJson(json.value());
            if (!d)
                return ctx.fail(d.error());
            request.dossier = d.value();
            if (request.dossier.code.isEmpty())
                request.dossier.code = *code;
            else if (request.dossier.code != *code)
                return ctx.fail(Error::invalid(QStringLiteral("code"),
                    QCoreApplication::translate("cli", "The code %1 does not match the code %2 in %3.")
                        .arg(*code, request.dossier.code, *fromJson),
                    QStringLiteral("code_mismatch")));
            completeLetterhead(request.dossier.letterhead, ctx.site);
        }
    } else {
        auto session = openSession(ctx);
        if (!session)
            return ctx.fail(session.error());
        store::Store& db = *session->store;
        const store::Actor& actor = session->actor;
        if (book) {
            const QDate f = QDate::fromString(from.value_or(QString()), Qt::ISODate);
            const QDate t = QDate::fromString(to.value_or(QString()), Qt::ISODate);
            auto b = forms::PrintableFromStore::loadBook(db, actor, f, t, ctx.site);
            if (!b)
                return ctx.fail(b.error());
            request.book = b.value();
        } else {
            auto d = forms::PrintableFromStore::load(db, actor, *code, ctx.site);
            if (!d)
                return ctx.fail(d.error());
            request.dossier = d.value();
        }
    }

    const print::RenderOptions options = print::RenderOptions::fromSite(ctx.site);
    Result<print::RenderReport> report = pdf ? print::FormRenderer(options).renderPdf(request, *pdf)
                                             : print::PrinterOutput::print(request, *printer, options);
    if (!report)
        return ctx.fail(report.error());
    QJsonObject out { { QStringLiteral("form"), forms::formKeyCliName(*key) },
        { QStringLiteral("form_set"), report->formSetId }, { QStringLiteral("pages"), report->pageCount() } };
    if (book) {
        out.insert(QStringLiteral("from"), request.book.from.toString(Qt::ISODate));
        out.insert(QStringLiteral("to"), request.book.to.toString(Qt::ISODate));
        out.insert(QStringLiteral("entries"), int(request.book.entries.size()));
    } else {
        out.insert(QStringLiteral("code"), request.dossier.code);
    }
    if (pdf)
        out.insert(QStringLiteral("pdf"), QFileInfo(*pdf).absoluteFilePath());
    else
        out.insert(QStringLiteral("printer"), *printer);
    ctx.printJson(out);
    return ExitOk;
}

const CommandRegistrar registerPrint({ QStringLiteral("print"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Print a one-stop form to PDF or to a printer.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua print FORM CODE --pdf OUT.pdf | --printer NAME [--form-set ID] "
        "[--from-json FILE]\n"
        "motcua print tracking-book --from DATE --to DATE --pdf OUT.pdf | --printer NAME\n"
        "motcua print closing-sheet [--date DATE] [--clerk LOGIN] [--out OUT.pdf]\n\n"
        "FORM: receipt, supplement-request, refusal, control-slip, apology, stop-notice, "
        "fee-notice.\n"
        "The dossier is read from the store (needs --user); --from-json FILE prints from a "
        "JSON file instead (docs/forms.md). --form-set picks a form set (TT03-2025, "
        "TT01-2018); by default the set in force on the receipt date.\n"
        "Prints JSON: {\"form\", \"code\", \"form_set\", \"pages\", \"pdf\" | \"printer\"}.")),
    runPrint, true });

} // namespace
} // namespace motcua::cli
