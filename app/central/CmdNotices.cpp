#include "app/central/CmdNotices.h"

#include "sync/central/CentralState.h"
#include "sync/central/ChangeFeed.h"
#include "sync/central/Notices.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QUrl>

namespace motcua::central {

namespace {

QCommandLineOption noticeOption(const char* name, const char* help, const char* value = nullptr)
{
    const QString text = QCoreApplication::translate("central", help);
    return value ? QCommandLineOption(QString::fromLatin1(name), text, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), text);
}

} // namespace

QList<QCommandLineOption> noticeOptions()
{
    return {
        noticeOption("smtp-url",
            QT_TRANSLATE_NOOP("central", "SMTP server for e-mail notices, e.g. smtp://127.0.0.1:2525."), "URL"),
        noticeOption("mail-from", QT_TRANSLATE_NOOP("central", "Sender address of e-mail notices."), "ADDR"),
        noticeOption("smtp-starttls", QT_TRANSLATE_NOOP("central", "Require STARTTLS on the SMTP connection.")),
        noticeOption("sms-spool", QT_TRANSLATE_NOOP("central", "Folder where SMS notices are written."), "DIR"),
        noticeOption("notice-poll-ms",
            QT_TRANSLATE_NOOP("central", "How often notices are looked for and sent, in milliseconds."), "MS"),
        noticeOption("notice-retry-ms",
            QT_TRANSLATE_NOOP("central", "First retry of a failed notice after this many milliseconds."), "MS"),
        noticeOption("code", QT_TRANSLATE_NOOP("central", "One dossier only (notices)."), "CODE"),
    };
}

bool applyNoticeOptions(const QCommandLineParser& parser, sync::CentralServerOptions& options)
{
    QTextStream err(stderr);
    sync::NoticeChannels& c = options.notices;
    c.smtpUrl = parser.value(QStringLiteral("smtp-url"));
    c.mailFrom = parser.value(QStringLiteral("mail-from"));
    c.startTls = parser.isSet(QStringLiteral("smtp-starttls"));
    c.smsSpool = parser.value(QStringLiteral("sms-spool"));
    const QString scheme = QUrl(c.smtpUrl).scheme();
    if (!c.smtpUrl.isEmpty() && scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")) {
        err << QCoreApplication::translate("central", "Option --smtp-url: \"%1\" is not an smtp:// or smtps:// URL.")
                   .arg(c.smtpUrl)
            << Qt::endl;
        return false;
    }
    if (c.smtpUrl.isEmpty() != c.mailFrom.isEmpty()) {
        err << QCoreApplication::translate("central", "Options --smtp-url and --mail-from go together.") << Qt::endl;
        return false;
    }
    for (const auto& [name, target] :
        { std::pair { "notice-poll-ms", &c.pollMs }, { "notice-retry-ms", &c.retryMs } }) {
        if (!parser.isSet(QString::fromLatin1(name)))
            continue;
        bool ok = false;
        const int ms = parser.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || ms < 1 || ms > 3600000) {
            err << QCoreApplication::translate("central", "Option --%1 needs a number of milliseconds (1 to 3600000).")
                       .arg(QString::fromLatin1(name))
                << Qt::endl;
            return false;
        }
        *target = ms;
    }
    return true;
}

bool isNoticesCommand(const QStringList& command)
{
    return !command.isEmpty() && command[0] == QLatin1String("notices");
}

int runNotices(const QStringList& command, const QString& dataDir, const QCommandLineParser& parser)
{
    QTextStream err(stderr);
    if (command.size() != 1) {
        err << QCoreApplication::translate("central", "Use \"notices [--code CODE]\".") << Qt::endl;
        return 2;
    }
    auto state = sync::CentralState::open(dataDir);
    if (!state) {
        err << state.error().message << Qt::endl;
        return 3;
    }
    sync::ChangeFeed feed(*state.value()); // its changes table holds the units' changes
    sync::Notices notices(*state.value());
    Status opened = feed.open();
    if (opened)
        opened = notices.open();
    auto collected = opened ? notices.collect() : Result<int>(opened.error());
    auto list = collected ? notices.list(parser.value(QStringLiteral("code"))) : Result<QJsonArray>(collected.error());
    if (!list) {
        err << list.error().message << Qt::endl;
        return 3;
    }
    QTextStream(stdout) << QJsonDocument(list.value()).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace motcua::central
