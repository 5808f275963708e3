// `motcua calendar lunar|holidays|add-working-days`: the Vietnamese lunar calendar and the work
// calendar (holidays, compensatory days, the override table of the site) from the command line.
#include "app/cli/Command.h"

#include "core/domain/InputCheck.h"
#include "core/domain/LunarCalendar.h"
#include "core/domain/WorkCalendar.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace motcua::cli {
namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

Result<QDate> parseDateArg(const QString& field, const std::optional<QString>& arg)
{
    if (!arg)
        return Error::usage(QCoreApplication::translate("cli", "Missing %1 (YYYY-MM-DD).").arg(field));
    if (auto s = checkInputText(field, *arg, 40); !s)
        return s.error();
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate d = QDate::fromString(arg->trimmed(), Qt::ISODate);
    if (!re.match(arg->trimmed()).hasMatch() || !d.isValid())
        return Error::invalid(field,
            QCoreApplication::translate("cli", "%1: \"%2\" is not a date; write it as YYYY-MM-DD, e.g. 2030-02-02.")
                .arg(field, arg->left(40)),
            QStringLiteral("bad_date"));
    if (d.year() < kFirstYear || d.year() > kLastYear)
        return Error::invalid(field,
            QCoreApplication::translate("cli", "%1: the calendar covers %2-%3; %4 is outside.")
                .arg(field)
                .arg(kFirstYear)
                .arg(kLastYear)
                .arg(d.toString(Qt::ISODate)),
            QStringLiteral("out_of_range"));
    return d;
}

Result<int> parseIntArg(const QString& field, const std::optional<QString>& arg, int min, int max)
{
    if (!arg)
        return Error::usage(QCoreApplication::translate("cli", "Missing %1.").arg(field));
    if (auto s = checkInputText(field, *arg, 40); !s)
        return s.error();
    static const QRegularExpression re(QStringLiteral("^-?[0-9]{1,9}$"));
    const QString t = arg->trimmed();
    if (!re.match(t).hasMatch() || t.toInt() < min || t.toInt() > max)
        return Error::invalid(field,
            QCoreApplication::translate("cli", "%1: \"%2\" must be a whole number from %3 to %4.")
                .arg(field, arg->left(40))
                .arg(min)
                .arg(max),
            QStringLiteral("bad_number"));
    return t.toInt();
}

QString kindName(Holiday::Kind kind)
{
    switch (kind) {
    case Holiday::Statutory:
        return QStringLiteral("holiday");
    case Holiday::Compensatory:
        return QStringLiteral("compensatory");
    case Holiday::Override:
        return QStringLiteral("override");
    }
    return {};
}

int runLunar(CliContext& ctx)
{
    const auto date = parseDateArg(QStringLiteral("DATE"), ctx.args.takePositional());
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!date)
        return ctx.fail(date.error());
    const LunarDate l = lunar::fromSolar(date.value());
    ctx.printJson(QJsonObject { { QStringLiteral("date"), date->toString(Qt::ISODate) },
        { QStringLiteral("lunar"),
            QJsonObject { { QStringLiteral("day"), l.day }, { QStringLiteral("month"), l.month },
                { QStringLiteral("year"), l.year }, { QStringLiteral("leap"), l.leap } } },
        { QStringLiteral("year_name"), lunar::yearName(l.year) },
        { QStringLiteral("leap_month"), lunar::leapMonth(l.year) } });
    return ExitOk;
}

int runHolidays(CliContext& ctx, const WorkCalendar& cal)
{
    const auto year = parseIntArg(QStringLiteral("YEAR"), ctx.args.takePositional(), kFirstYear, kLastYear);
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!year)
        return ctx.fail(year.error());
    QJsonArray out;
    for (const Holiday& h : cal.holidays(year.value())) {
        QJsonObject o { { QStringLiteral("date"), h.date.toString(Qt::ISODate) }, { QStringLiteral("name"), h.name },
            { QStringLiteral("kind"), kindName(h.kind) } };
        if (!h.source.isEmpty())
            o.insert(QStringLiteral("source"), h.source);
        out.append(o);
    }
    ctx.printJson(out);
    return ExitOk;
}

int runAddWorkingDays(CliContext& ctx, const WorkCalendar& cal)
{
    const auto from = parseDateArg(QStringLiteral("DATE"), ctx.args.takePositional());
    const auto n = parseIntArg(QStringLiteral("N"), ctx.args.takePositional(), 0, 3650);
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (!from)
        return ctx.fail(from.error());
    if (!n)
        return ctx.fail(n.error());
    const QDate due = cal.addWorkingDays(from.value(), n.value());
    ctx.printJson(QJsonObject { { QStringLiteral("from"), from->toString(Qt::ISODate) },
        { QStringLiteral("days"), n.value() }, { QStringLiteral("due"), due.toString(Qt::ISODate) } });
    return ExitOk;
}

int runCalendar(CliContext& ctx)
{
    const std::optional<QString> sub = ctx.args.takePositional();
    if (!sub)
        return ctx.fail(Error::usage(
            QCoreApplication::translate("cli", "Missing subcommand: lunar, holidays or add-working-days.")));
    if (*sub == QLatin1String("lunar"))
        return runLunar(ctx);
    const auto cal = WorkCalendar::forSite(ctx.site);
    if (!cal)
        return ctx.fail(cal.error());
    if (*sub == QLatin1String("holidays"))
        return runHolidays(ctx, cal.value());
    if (*sub == QLatin1String("add-working-days"))
        return runAddWorkingDays(ctx, cal.value());
    return ctx.fail(Error::usage(
        QCoreApplication::translate("cli", "Unknown subcommand \"%1\": use lunar, holidays or add-working-days.")
            .arg(sub->left(40))));
}

const CommandRegistrar registerCalendar({ QStringLiteral("calendar"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Lunar dates, public holidays and working-day arithmetic.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua calendar lunar DATE\n"
        "    The Vietnamese lunar date (UTC+7) of DATE (YYYY-MM-DD, 1900-2100):\n"
        "    {\"date\", \"lunar\": {\"day\", \"month\", \"year\", \"leap\"}, \"year_name\", \"leap_month\"}.\n"
        "motcua calendar holidays YEAR\n"
        "    Days off other than plain weekends: [{\"date\", \"name\", \"kind\": "
        "\"holiday|compensatory|override\", \"source\"}].\n"
        "motcua calendar add-working-days DATE N\n"
        "    The N-th working day after DATE: {\"from\", \"days\", \"due\"}.\n\n"
        "Holidays follow the Labour Code 2019 Art. 112, the built-in override table and the \"calendar\"\n"
        "section of the site file. Malformed input exits 1 naming the argument.")),
    runCalendar });

} // namespace
} // namespace motcua::cli
