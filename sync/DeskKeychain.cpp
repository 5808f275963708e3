#include "sync/DeskKeychain.h"

#include <QDir>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <functional>
#include <optional>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "motcua.sync.keychain", QtInfoMsg)

namespace motcua::sync {

namespace {

// Starts the job (made with new; it deletes itself once finished, even after a timeout here) and waits
// for it with a local event loop, at most timeoutMs. `done` reads the finished job's result.
DeskKeychain::Outcome runJob(
    QKeychain::Job* job, int timeoutMs, const char* doing, const std::function<void(QKeychain::Job&)>& done = {})
{
    QEventLoop loop;
    std::optional<DeskKeychain::Outcome> outcome;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
            outcome = DeskKeychain::Outcome::Done;
            if (done)
                done(*finished);
            break;
        case QKeychain::EntryNotFound:
            outcome = DeskKeychain::Outcome::NotFound;
            break;
        default: // the error text names the backend's problem, never the secret
            qCInfo(lcKeychain).noquote() << "keychain unavailable while" << doing << ":" << finished->errorString();
            outcome = DeskKeychain::Outcome::Unavailable;
        }
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->start();
    if (!outcome)
        loop.exec();
    if (!outcome) {
        qCInfo(lcKeychain) << "keychain did not answer while" << doing;
        return DeskKeychain::Outcome::Unavailable;
    }
    return *outcome;
}

} // namespace

bool DeskKeychain::enabled()
{
    return qEnvironmentVariable("MOTCUA_KEYCHAIN").compare(QLatin1String("off"), Qt::CaseInsensitive) != 0;
}

QString DeskKeychain::service()
{
    return QStringLiteral("MotCua Desk");
}

QString DeskKeychain::keyFor(const QString& dataDir)
{
    return QStringLiteral("central-credential:%1").arg(QDir(dataDir).absolutePath());
}

DeskKeychain::Read DeskKeychain::read(const QString& dataDir, int timeoutMs)
{
    if (!enabled())
        return {};
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setKey(keyFor(dataDir));
    Read result;
    result.outcome = runJob(job, timeoutMs, "reading",
        [&result](QKeychain::Job& j) { result.secret = static_cast<QKeychain::ReadPasswordJob&>(j).textData(); });
    return result;
}

DeskKeychain::Outcome DeskKeychain::write(const QString& dataDir, const QString& secret, int timeoutMs)
{
    if (!enabled())
        return Outcome::Unavailable;
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setKey(keyFor(dataDir));
    job->setTextData(secret);
    return runJob(job, timeoutMs, "writing");
}

DeskKeychain::Outcome DeskKeychain::remove(const QString& dataDir, int timeoutMs)
{
    if (!enabled())
        return Outcome::Unavailable;
    auto* job = new QKeychain::DeletePasswordJob(service());
    job->setKey(keyFor(dataDir));
    return runJob(job, timeoutMs, "removing");
}

} // namespace motcua::sync
