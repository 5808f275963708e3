// `motcua vietqr --bin BIN --account ACC --amount VND --note TEXT`: the VietQR payment payload for a fee.
#include "app/cli/Command.h"

#include "core/domain/InputCheck.h"
#include "core/domain/VietQr.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace motcua::cli {
namespace {

int runVietqr(CliContext& ctx)
{
    const auto bin = ctx.args.takeOption(QStringLiteral("--bin"));
    const auto account = ctx.args.takeOption(QStringLiteral("--account"));
    const auto amount = ctx.args.takeOption(QStringLiteral("--amount"));
    const auto note = ctx.args.takeOption(QStringLiteral("--note"));
    const auto service = ctx.args.takeOption(QStringLiteral("--service"));
    const auto name = ctx.args.takeOption(QStringLiteral("--merchant-name"));
    const auto city = ctx.args.takeOption(QStringLiteral("--merchant-city"));
    const bool isStatic = ctx.args.takeFlag(QStringLiteral("--static"));
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!bin || !account || (!amount && !isStatic))
        return ctx.fail(Error::usage(QCoreApplication::translate("cli",
            "Usage: motcua vietqr --bin BIN --account ACC --amount VND [--note TEXT] (--amount is optional with "
            "--static).")));

    const struct {
        QString field;
        std::optional<QString> value;
        int max;
    } inputs[] = { { QStringLiteral("bin"), bin, 20 }, { QStringLiteral("account"), account, 40 },
        { QStringLiteral("amount"), amount, 40 }, { QStringLiteral("note"), note, 200 },
        { QStringLiteral("service"), service, 20 }, { QStringLiteral("merchant_name"), name, 100 },
        { QStringLiteral("merchant_city"), city, 100 } };
    for (const auto& in : inputs) {
        if (!in.value)
            continue;
        const bool optional = in.field == QLatin1String("note") || in.field.startsWith(QLatin1String("merchant"));
        if (auto s = checkInputText(in.field, *in.value, in.max, optional); !s)
            return ctx.fail(s.error());
    }

    VietQrRequest req;
    req.bin = *bin;
    req.account = *account;
    req.dynamic = !isStatic;
    if (amount) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,13}$"));
        const QString a = amount->trimmed();
        if (!digits.match(a).hasMatch())
            return ctx.fail(Error::invalid(QStringLiteral("amount"),
                QCoreApplication::translate(
                    "cli", "amount: \"%1\" must be a whole number of đồng, digits only (e.g. 150000).")
                    .arg(amount->left(40)),
                QStringLiteral("bad_amount")));
        req.amountVnd = a.toLongLong();
    }
    req.note = note.value_or(QString());
    if (service)
        req.service = *service;
    req.merchantName = name.value_or(QString());
    req.merchantCity = city.value_or(QString());
    auto payload = buildVietQr(req);
    if (!payload)
        return ctx.fail(payload.error());
    ctx.printJson(QJsonObject { { QStringLiteral("payload"), payload.value() } });
    return ExitOk;
}

const CommandRegistrar registerVietqr({ QStringLiteral("vietqr"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Build a VietQR (NAPAS) payment payload for a fee.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua vietqr --bin BIN --account ACC --amount VND [--note TEXT]\n"
        "              [--static] [--service QRIBFTTA|QRIBFTTC] [--merchant-name N] [--merchant-city C]\n\n"
        "Prints {\"payload\": \"000201...6304XXXX\"}: EMVCo TLV with the NAPAS GUID A000000727 and a\n"
        "CRC-16/CCITT-FALSE. The note is folded to ASCII upper case and may have at most 25 characters.\n"
        "Dynamic (one payment, amount locked) unless --static.")),
    runVietqr });

} // namespace
} // namespace motcua::cli
