// `motcua parse cccd-qr PAYLOAD|-`: reads the QR payload of a citizen ID card (from the argument or
// stdin) into its fields, with consistency warnings.
#include "app/cli/Command.h"

#include "core/domain/CccdQr.h"
#include "core/domain/InputCheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace motcua::cli {
namespace {

constexpr int kMaxStdinBytes = 64 * 1024;

Result<QString> readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::environment(
            QStringLiteral("stdin"), QCoreApplication::translate("cli", "Cannot read the standard input."));
    const QByteArray bytes = in.read(kMaxStdinBytes + 1);
    return decodeUtf8Input(QStringLiteral("PAYLOAD"), bytes, kMaxStdinBytes);
}

int runParse(CliContext& ctx)
{
    const std::optional<QString> kind = ctx.args.takePositional();
    const std::optional<QString> arg = ctx.args.takePositional();
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!kind || *kind != QLatin1String("cccd-qr") || !arg)
        return ctx.fail(Error::usage(QCoreApplication::translate("cli", "Usage: motcua parse cccd-qr PAYLOAD|-")));

    QString payload = *arg;
    if (payload == QLatin1String("-")) {
        auto text = readStdin();
        if (!text)
            return ctx.fail(text.error());
        payload = text.value();
    }
    // The payload may end with CR/LF (scanners, echo); everything else must be printable text.
    if (auto s = checkInputText(QStringLiteral("PAYLOAD"), payload, 4096, false, true); !s)
        return ctx.fail(s.error());
    auto data = parseCccdQr(payload);
    if (!data)
        return ctx.fail(data.error());
    const CccdData& d = data.value();
    const auto isoOrNull
        = [](QDate date) { return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(); };
    QJsonObject out { { QStringLiteral("id"), d.id }, { QStringLiteral("old_id"), d.oldId },
        { QStringLiteral("name"), d.name }, { QStringLiteral("birth_date"), isoOrNull(d.birthDate) },
        { QStringLiteral("sex"), d.sex }, { QStringLiteral("address"), d.address },
        { QStringLiteral("issue_date"), isoOrNull(d.issueDate) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings) } };
    if (!d.extra.isEmpty()) {
        out.insert(QStringLiteral("extra"), d.extra);
        if (d.extraDate.isValid())
            out.insert(QStringLiteral("extra_date"), d.extraDate.toString(Qt::ISODate));
    }
    for (const QString& w : d.warnings)
        ctx.message(w);
    ctx.printJson(out);
    return ExitOk;
}

const CommandRegistrar registerParse({ QStringLiteral("parse"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Read the QR code payload of a citizen ID card (CCCD).")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua parse cccd-qr PAYLOAD\n"
        "motcua parse cccd-qr -      (reads the payload from standard input, UTF-8)\n\n"
        "Prints {\"id\", \"old_id\", \"name\", \"birth_date\", \"sex\", \"address\", \"issue_date\", \"warnings\"}\n"
        "(plus \"extra\"/\"extra_date\" for an 8th field). Accepts 6 to 8 fields separated by \"|\".\n"
        "Malformed, non-UTF-8 or control-character input exits 1 with the reason; consistency problems\n"
        "(birth year or sex against the ID number, dates) are warnings.")),
    runParse });

} // namespace
} // namespace motcua::cli
