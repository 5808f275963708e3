// `motcua sync`: push the desk's outbox to central (docs/sync-protocol.md) once, continuously, or show
// where it stands; `sync login` keeps the desk's credential, `sync retry` releases parked records.
#include "app/cli/CmdStoreCommon.h"
#include "app/cli/Command.h"

#include "sync/CurlTransport.h"
#include "sync/DeskCredential.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSiteSettings.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>

namespace motcua::cli {
namespace {

volatile std::sig_atomic_t g_stopSync = 0;

void stopSyncOnSignal(int)
{
    g_stopSync = 1;
}

QString statePath(const CliContext& ctx)
{
    return sync::DeskCredential::statePath(ctx.dataDir);
}

Result<QString> readCredential(const CliContext& ctx)
{
    return sync::DeskCredential::read(ctx.dataDir);
}

Result<sync::SyncSettings> settingsFor(const CliContext& ctx, const QString& credential)
{
    sync::SyncSettings s;
    s.dbPath = storeDbPath(ctx);
    s.credential = credential;
    s.statePath = statePath(ctx);
    if (auto applied = sync::SyncSiteSettings::apply(ctx.site, s); !applied)
        return applied.error();
    return s;
}

int runStatus(CliContext& ctx)
{
    auto opened = openStore(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    store::Store& store = *opened.value();
    const store::Actor system = store::Store::systemActor();
    sync::SyncState state;
    QFile f(statePath(ctx));
    if (f.open(QIODevice::ReadOnly))
        state = sync::SyncState::fromJson(QJsonDocument::fromJson(f.readAll()).object());
    auto counts = store.outboxCounts(system);
    if (!counts)
        return ctx.fail(counts.error());
    state.pending = counts->pending;
    state.pendingBytes = counts->pendingBytes;
    state.parked = counts->parked;
    auto fileBytes = store.pendingFileBytes(system); // scanned files still to upload
    if (!fileBytes)
        return ctx.fail(fileBytes.error());
    state.pendingBytes += fileBytes.value();
    auto parked = store.parkedOutbox(system);
    if (!parked)
        return ctx.fail(parked.error());
    for (const store::OutboxItem& item : parked.value())
        state.parkedRecords << sync::ParkedRecord { item.key, item.dossierCode, store::outboxServiceName(item.service),
            item.lastError };
    sync::SyncSettings network;
    if (sync::SyncSiteSettings::apply(ctx.site, network))
        state.securityWarning = network.securityWarning;
    auto feed = store.feedStatus(system); // the pull feed: cursor, conflicts, central's calendar and site
    if (!feed)
        return ctx.fail(feed.error());
    QJsonObject json = state.toJson();
    QJsonObject feedJson = feed->toJson();
    feedJson.insert(
        QStringLiteral("last_pull"), json.value(QStringLiteral("feed")).toObject().value(QStringLiteral("last_pull")));
    json.insert(QStringLiteral("feed"), feedJson);
    auto leases = store.codeLeases(system); // issue 15: blocks of the dossier sequence leased from central
    if (!leases)
        return ctx.fail(leases.error());
    QJsonArray leaseList;
    for (const store::Store::CodeLease& lease : leases.value())
        leaseList.append(lease.toJson());
    json.insert(QStringLiteral("code_leases"), leaseList);
    ctx.printJson(json);
    return ExitOk;
}

int runRetry(CliContext& ctx)
{
    const QString key = ctx.args.takePositional().value_or(QString());
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto released = session->store->retryParked(session->actor, key);
    if (!released)
        return ctx.fail(released.error());
    ctx.printJson(QJsonObject { { QStringLiteral("released"), released.value() } });
    return ExitOk;
}

// Checks the credential with central (a token exchange), then keeps it in the system keychain, or where
// there is none in a file only this user reads.
int runLogin(CliContext& ctx)
{
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    QString credential = qEnvironmentVariable("MOTCUA_CENTRAL_CREDENTIAL").trimmed();
    if (credential.isEmpty())
        credential = promptSilently(QCoreApplication::translate("cli", "Desk credential: ")).trimmed();
    if (credential.isEmpty())
        return ctx.fail(Error::permission(QStringLiteral("credential"),
            QCoreApplication::translate("cli", "No credential: set MOTCUA_CENTRAL_CREDENTIAL or run in a terminal"),
            QStringLiteral("credential_required")));
    sync::SyncSettings network; // the site's CA, pinning, proxy
    if (auto applied = sync::SyncSiteSettings::apply(ctx.site, network); !applied)
        return ctx.fail(applied.error());
    sync::CurlTransport transport(network.transport);
    sync::HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = ctx.site.centralUrl.resolved(QUrl(QStringLiteral("/api/v1/token")));
    r.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
    r.body = QJsonDocument(QJsonObject { { QStringLiteral("credential"), credential } }).toJson(QJsonDocument::Compact);
    QEventLoop loop;
    sync::HttpResponse answer;
    transport.send(r, &loop, [&](const sync::HttpResponse& response) {
        answer = response;
        loop.quit();
    });
    loop.exec();
    if (!answer.ok())
        return ctx.fail(answer.toError());
    if (answer.status != 200)
        return ctx.fail(Error::permission(QStringLiteral("credential"),
            QCoreApplication::translate("cli", "Central refused the credential (HTTP %1)").arg(answer.status),
            QStringLiteral("credential_refused")));
    auto saved = sync::DeskCredential::save(ctx.dataDir, credential); // keychain, else a 0600 file
    if (!saved)
        return ctx.fail(saved.error());
    ctx.printJson(QJsonObject {
        { QStringLiteral("central"), ctx.site.centralUrl.toString() }, { QStringLiteral("saved"), saved.value() } });
    return ExitOk;
}

int runRounds(CliContext& ctx, bool once)
{
    if (!QFileInfo::exists(storeDbPath(ctx)))
        return ctx.fail(openStore(ctx).error());
    auto credential = readCredential(ctx);
    if (!credential)
        return ctx.fail(credential.error());
    auto settings = settingsFor(ctx, credential.value());
    if (!settings)
        return ctx.fail(settings.error());
    if (!settings->securityWarning.isEmpty())
        ctx.message(settings->securityWarning); // loud, on stderr, every time
    sync::SyncEngine engine(settings.value());
    if (auto s = engine.open(); !s)
        return ctx.fail(s.error());
    QEventLoop loop;
    sync::SyncRoundReport last;
    QObject::connect(&engine, &sync::SyncEngine::roundFinished, &loop, [&](const sync::SyncRoundReport& report) {
        last = report;
        if (once)
            loop.quit();
        else
            ctx.message(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
    });
    struct sigaction onInterrupt {
    }, previous {};
    onInterrupt.sa_handler = stopSyncOnSignal;
    sigemptyset(&onInterrupt.sa_mask);
    sigaction(SIGINT, &onInterrupt, &previous);
    sigaction(SIGTERM, &onInterrupt, nullptr);
    QTimer interrupted;
    QObject::connect(&interrupted, &QTimer::timeout, &loop, [&] {
        if (g_stopSync)
            loop.quit();
    });
    interrupted.start(100);
    once ? engine.syncOnce() : engine.start();
    loop.exec();
    engine.stop();
    sigaction(SIGINT, &previous, nullptr);
    QJsonObject out = last.toJson();
    if (!last.error.isEmpty())
        out.insert(QStringLiteral("error"), last.error);
    ctx.printJson(out);
    return last.reachable ? ExitOk : ExitEnvironment;
}

int runSync(CliContext& ctx)
{
    const bool status = ctx.args.takeFlag(QStringLiteral("--status"));
    const bool once = ctx.args.takeFlag(QStringLiteral("--once"));
    const std::optional<QString> sub = ctx.args.takePositional();
    if (sub == QLatin1String("login"))
        return runLogin(ctx);
    if (sub == QLatin1String("retry"))
        return runRetry(ctx);
    if (sub)
        return ctx.fail(Error::usage(
            QCoreApplication::translate("cli", "Unknown sync command \"%1\"; see `motcua help sync`").arg(*sub)));
    if (auto done = ctx.args.checkDone(); !done)
        return ctx.fail(done.error());
    if (status)
        return runStatus(ctx);
    return runRounds(ctx, once);
}

const CommandRegistrar registerSync({ QStringLiteral("sync"),
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Send the desk's records to the central system, or show the sync state.")),
    QStringLiteral(QT_TRANSLATE_NOOP("cli",
        "motcua sync [--once]\nmotcua sync --status\nmotcua sync login\nmotcua sync retry [KEY] --user LOGIN\n\n"
        "--once: one round (push, then pull central's changes), then {\"pushed\",\"uploaded_bytes\",\"pulled\","
        "\"pending\",\"parked\"}; exit 3 when central cannot be reached (nothing is lost). Without --once: rounds "
        "until Ctrl-C.\n"
        "--status: {\"online\",\"pending\",\"pending_bytes\",\"parked\":[{\"code\",\"service\",\"reason\"}],"
        "\"last_error\",\"last_success\",\"feed\":{\"cursor\",\"last_pull\",\"changes\",\"conflicts\","
        "\"recent_conflicts\",\"calendar\",\"site\"}}.\n"
        "login: checks the desk credential (MOTCUA_CENTRAL_CREDENTIAL or a prompt) with central and keeps it in the "
        "system keychain, or where there is none in <data dir>/central-credential, readable by this user only.\n"
        "retry: releases parked records (all, or the one with KEY) after the cause was fixed.")),
    runSync });

} // namespace
} // namespace motcua::cli
