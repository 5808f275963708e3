#include "sync/central/FeedCommands.h"

#include "sync/central/CentralState.h"
#include "sync/central/ChangeFeed.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace motcua::sync {

bool FeedCommands::handles(const QStringList& command)
{
    return !command.isEmpty()
        && (command[0] == QLatin1String("unit") || command[0] == QLatin1String("publish")
            || command[0] == QLatin1String("changes"));
}

Result<QJsonValue> FeedCommands::run(CentralState& state, const QStringList& command, const FeedCommandOptions& o)
{
    if (command[0] == QLatin1String("unit"))
        return unit(state, command, o);
    if (command[0] == QLatin1String("publish"))
        return publish(state, command, o);
    ChangeFeed feed(state);
    if (auto s = feed.open(); !s)
        return s.error();
    if (command.size() > 2)
        return Error::usage(tr("Use \"changes [CODE]\""));
    auto list = feed.changes(command.value(1));
    if (!list)
        return list.error();
    return QJsonValue(list.value());
}

Result<QJsonValue> FeedCommands::unit(CentralState& state, const QStringList& command, const FeedCommandOptions& o)
{
    static const QStringList kinds = { QStringLiteral("result-ready"), QStringLiteral("request-supplement"),
        QStringLiteral("fee-notice"), QStringLiteral("stop") };
    if (command.size() != 3 || !kinds.contains(command[1]))
        return Error::usage(tr("Use \"unit result-ready CODE\", \"unit request-supplement CODE --reason T\", "
                               "\"unit fee-notice CODE --amount VND\" or \"unit stop CODE --reason T\""));
    const QString& what = command[1];
    QJsonObject data;
    QString kind;
    if (what == QLatin1String("result-ready")) {
        kind = QStringLiteral("result_ready");
        if (!o.note.isEmpty())
            data.insert(QStringLiteral("note"), o.note);
    } else if (what == QLatin1String("fee-notice")) {
        static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,12}$"));
        if (!digits.match(o.amount).hasMatch())
            return Error::invalid(
                QStringLiteral("amount"), tr("--amount is a whole number of đồng, more than 0 (e.g. 150000)"));
        kind = QStringLiteral("fee_notice");
        data.insert(QStringLiteral("amount_vnd"), o.amount.toLongLong());
        data.insert(QStringLiteral("number"), o.number);
    } else {
        if (o.reason.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("reason"), tr("Give the reason with --reason"));
        data.insert(QStringLiteral("reason"), o.reason.trimmed());
        kind = what == QLatin1String("stop") ? QStringLiteral("stopped") : QStringLiteral("supplement_requested");
        if (kind == QLatin1String("supplement_requested") && !o.missing.isEmpty()) {
            QJsonArray missing;
            for (const QString& m : o.missing.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                missing.append(m.trimmed());
            data.insert(QStringLiteral("missing"), missing);
        }
    }
    ChangeFeed feed(state);
    if (auto s = feed.open(); !s)
        return s.error();
    auto change = feed.unitChange(kind, command[2], data, o.unit);
    if (!change)
        return change.error();
    return QJsonValue(change.value());
}

Result<QJsonValue> FeedCommands::publish(CentralState& state, const QStringList& command, const FeedCommandOptions& o)
{
    if (command.size() != 3)
        return Error::usage(tr("Use \"publish catalogue|calendar|site FILE\""));
    QFile f(command[2]);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("file"), tr("Cannot read %1").arg(command[2]));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("file"), tr("%1 is not JSON: %2").arg(command[2], err.errorString()));
    const QString kind = command[1];
    QJsonObject data;
    if (kind == QLatin1String("catalogue")) {
        const QDate from = QDate::fromString(o.validFrom, Qt::ISODate);
        if (!from.isValid())
            return Error::invalid(QStringLiteral("valid_from"), tr("Give --valid-from yyyy-MM-dd"));
        data = { { QStringLiteral("valid_from"), from.toString(Qt::ISODate) },
            { QStringLiteral("entries"),
                doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("entries")).toArray() } };
    } else if (kind == QLatin1String("calendar")) {
        const int year = o.year.toInt();
        if (year < 2000 || year > 2100)
            return Error::invalid(QStringLiteral("year"), tr("Give --year, e.g. 2026"));
        data = { { QStringLiteral("year"), year },
            { QStringLiteral("overrides"),
                doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("overrides")).toArray() } };
    } else {
        data = { { QStringLiteral("settings"), doc.object() } };
    }
    ChangeFeed feed(state);
    if (auto s = feed.open(); !s)
        return s.error();
    auto change = feed.publish(kind, data, o.agency, o.desk);
    if (!change)
        return change.error();
    return QJsonValue(change.value());
}

} // namespace motcua::sync
