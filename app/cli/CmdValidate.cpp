// `motcua validate cccd|tax-code|phone|email VALUE`: the identity and contact validators of the intake
// form, from the command line.
#include "app/cli/Command.h"

#include "core/domain/InputCheck.h"
#include "core/domain/Validators.h"

#include <QJsonObject>

namespace motcua::cli {
namespace {

// {"valid": false, "reason", "field", "code"} on stdout, the reason on stderr, exit 1.
int invalid(CliContext& ctx, const Error& e)
{
    if (e.kind != ErrorKind::Invalid)
        return ctx.fail(e);
    ctx.printJson(QJsonObject { { QStringLiteral("valid"), false }, { QStringLiteral("reason"), e.message },
        { QStringLiteral("field"), e.field }, { QStringLiteral("code"), e.code } });
    ctx.message(e.message);
    return ExitRejected;
}

int runValidate(CliContext& ctx)
{
    const std::optional<QString> kind = ctx.args.takePositional();
    const std::optional<QString> value = ctx.args.takePositional();
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!kind || !value)
        return ctx.fail(Error::usage(
            QCoreApplication::translate("cli", "Usage: motcua validate cccd|tax-code|phone|email VALUE.")));
    const QString k = *kind;
    if (k != QLatin1String("cccd") && k != QLatin1String("tax-code") && k != QLatin1String("phone")
        && k != QLatin1String("email"))
        return ctx.fail(
            Error::usage(QCoreApplication::translate("cli", "Unknown kind \"%1\": use cccd, tax-code, phone or email.")
                             .arg(k.left(40))));
    const QString field = k == QLatin1String("cccd") ? QStringLiteral("id_number")
        : k == QLatin1String("tax-code")             ? QStringLiteral("tax_code")
                                                     : k;
    if (auto s = checkInputText(field, *value, 320); !s)
        return invalid(ctx, s.error());

    QJsonObject out { { QStringLiteral("valid"), true } };
    if (k == QLatin1String("cccd")) {
        const auto info = decodePersonalId(*value);
        if (!info)
            return invalid(ctx, info.error());
        out.insert(QStringLiteral("id"), value->trimmed());
        out.insert(QStringLiteral("province_code"), info->provinceCode);
        out.insert(QStringLiteral("province"), info->provinceName);
        out.insert(QStringLiteral("sex"), info->sex);
        out.insert(QStringLiteral("birth_year"), info->birthYear);
    } else if (k == QLatin1String("tax-code")) {
        if (auto s = validateTaxCode(*value); !s)
            return invalid(ctx, s.error());
        out.insert(QStringLiteral("normalized"), normalizeTaxCode(*value));
        out.insert(QStringLiteral("kind"), taxCodeKind(*value));
    } else if (k == QLatin1String("phone")) {
        if (auto s = validatePhone(*value); !s)
            return invalid(ctx, s.error());
        out.insert(QStringLiteral("normalized"), normalizePhone(*value));
    } else {
        if (auto s = validateEmail(*value); !s)
            return invalid(ctx, s.error());
        out.insert(QStringLiteral("normalized"), value->trimmed());
    }
    ctx.printJson(out);
    return ExitOk;
}

const CommandRegistrar registerValidate({ QStringLiteral("validate"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Check a personal ID number, tax code, phone number or e-mail.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua validate cccd NUMBER\n"
        "    12-digit personal identification number: {\"valid\": true, \"id\", \"province_code\", \"province\",\n"
        "    \"sex\", \"birth_year\"}.\n"
        "motcua validate tax-code CODE\n"
        "    10-digit (check digit), 13-digit branch or 12-digit personal tax code:\n"
        "    {\"valid\": true, \"normalized\", \"kind\": \"business|branch|personal\"}.\n"
        "motcua validate phone NUMBER | motcua validate email ADDRESS\n"
        "    {\"valid\": true, \"normalized\"}.\n\n"
        "A rejected value prints {\"valid\": false, \"reason\", \"field\", \"code\"} and exits 1.")),
    runValidate });

} // namespace
} // namespace motcua::cli
