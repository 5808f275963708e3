#include "app/central/ServiceCommands.h"

#include "sync/central/CentralPayments.h"
#include "sync/central/CentralState.h"
#include "sync/central/ChangeFeed.h"
#include "sync/central/CodeBlocks.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace motcua::central {

namespace {

int usage(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

int failed(const Error& e)
{
    QTextStream(stderr) << (e.field.isEmpty() ? QString() : QStringLiteral("--%1: ").arg(e.field)) << e.message
                        << Qt::endl;
    return e.kind == ErrorKind::Invalid || e.kind == ErrorKind::NotFound || e.kind == ErrorKind::Permission ? 1 : 3;
}

int printed(const QJsonObject& o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

int payment(sync::CentralState& state, const QStringList& command, const QCommandLineParser& parser)
{
    if (command.size() != 2)
        return usage(QCoreApplication::translate(
            "central", "Use \"payment CODE --amount VND --txn ID [--channel online|vietqr] [--paid-at DATETIME]\""));
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,12}$"));
    const QString amount = parser.value(QStringLiteral("amount"));
    if (!digits.match(amount).hasMatch())
        return failed(Error::invalid(QStringLiteral("amount"),
            QCoreApplication::translate("central", "The amount is a whole number of đồng, more than 0 (e.g. 150000)")));
    sync::OnlinePayment p;
    p.code = command[1];
    p.amountVnd = amount.toLongLong();
    p.txnId = parser.value(QStringLiteral("txn"));
    if (parser.isSet(QStringLiteral("channel")))
        p.channel = parser.value(QStringLiteral("channel"));
    if (parser.isSet(QStringLiteral("paid-at"))) {
        p.paidAtUtc = QDateTime::fromString(parser.value(QStringLiteral("paid-at")), Qt::ISODate);
        if (!p.paidAtUtc.isValid())
            return failed(Error::invalid(QStringLiteral("paid-at"),
                QCoreApplication::translate("central", "Give the time of payment as 2026-03-12T09:30:00+07:00")));
    }
    sync::ChangeFeed feed(state); // the feed's tables, where the payment is published
    if (auto s = feed.open(); !s)
        return failed(s.error());
    auto change = sync::CentralPayments(state).record(p);
    return change ? printed(change.value()) : failed(change.error());
}

int codes(sync::CentralState& state, const QStringList& command, const QCommandLineParser& parser)
{
    sync::CodeBlocks blocks(state);
    if (command.size() == 1) {
        auto overview = blocks.overview(parser.value(QStringLiteral("agency")));
        return overview ? printed(overview.value()) : failed(overview.error());
    }
    static const QRegularExpression range(QStringLiteral("^([0-9]{1,4})-([0-9]{1,4})$"));
    const auto m = range.match(command.value(3));
    if (command.size() != 4 || command[1] != QLatin1String("slice") || !m.hasMatch())
        return usage(QCoreApplication::translate(
            "central", "Use \"codes [--agency CODE]\" or \"codes slice DESK_ID FIRST-LAST\" (e.g. 0001-2000)"));
    if (auto s = blocks.registerSlice(command[2], m.captured(1).toInt(), m.captured(2).toInt(), true); !s)
        return failed(s.error());
    return printed({ { QStringLiteral("desk_id"), command[2] }, { QStringLiteral("first"), m.captured(1).toInt() },
        { QStringLiteral("last"), m.captured(2).toInt() } });
}

} // namespace

QList<QCommandLineOption> ServiceCommands::options()
{
    return {
        QCommandLineOption(QStringLiteral("txn"),
            QCoreApplication::translate("central", "Transaction id of an online payment (payment)."),
            QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("channel"),
            QCoreApplication::translate("central", "online (national payment platform) or vietqr (payment)."),
            QStringLiteral("CHANNEL")),
        QCommandLineOption(QStringLiteral("paid-at"),
            QCoreApplication::translate("central", "When the payment was made (payment; default now)."),
            QStringLiteral("DATETIME")),
    };
}

bool ServiceCommands::handles(const QStringList& command)
{
    return !command.isEmpty() && (command[0] == QLatin1String("payment") || command[0] == QLatin1String("codes"));
}

int ServiceCommands::run(const QStringList& command, const QString& dataDir, const QCommandLineParser& parser)
{
    auto state = sync::CentralState::open(dataDir);
    if (!state)
        return failed(state.error());
    return command[0] == QLatin1String("payment") ? payment(*state.value(), command, parser)
                                                  : codes(*state.value(), command, parser);
}

} // namespace motcua::central
