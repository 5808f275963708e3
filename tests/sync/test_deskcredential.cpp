// The desk credential at rest: with no keychain service (no D-Bus session, as in CI) `save` falls back
// to a file only its user can read (0600 from its first byte), which `read` accepts and a file others
// can read is refused; MOTCUA_KEYCHAIN=off skips the keychain at once; the environment variable wins;
// and the secret reaches no log line (every motcua category at debug level, through a whole sync round)
// and no state file the desk writes.
#include "sync/DeskCredential.h"
#include "sync/DeskKeychain.h"
#include "sync/SyncEngine.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "tests/support/StoreFixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_log << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : ""), message);
}

} // namespace

class TestDeskCredential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain service, as on a server or in CI
        qunsetenv("DISPLAY");
        qunsetenv("MOTCUA_KEYCHAIN");
        qunsetenv("MOTCUA_CENTRAL_CREDENTIAL");
    }

    void withoutKeychainTheFileIsTheFallback()
    {
        QTemporaryDir dir;
        const QString credential = QStringLiteral("D01.s3cr3t-Pq9xZ");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sync::DeskKeychain::read(dir.path()).outcome, sync::DeskKeychain::Outcome::Unavailable);
        const auto saved = sync::DeskCredential::save(dir.path(), credential);
        QVERIFY(saved);
        QCOMPARE(saved.value(), sync::DeskCredential::path(dir.path()));
        QVERIFY2(timer.elapsed() < 20000, "an absent keychain must not hold the desk up");
        QCOMPARE(QFile::permissions(saved.value()),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(sync::DeskCredential::read(dir.path()).value(), credential);

        QVERIFY(QFile::setPermissions(saved.value(), QFile::permissions(saved.value()) | QFileDevice::ReadOther));
        const auto exposed = sync::DeskCredential::read(dir.path());
        QVERIFY(!exposed);
        QCOMPARE(exposed.error().code, QStringLiteral("credential_exposed"));
        QVERIFY(!exposed.error().message.contains(QStringLiteral("s3cr3t")));

        qputenv("MOTCUA_CENTRAL_CREDENTIAL", "D01.from-env"); // the environment wins
        QCOMPARE(sync::DeskCredential::read(dir.path()).value(), QStringLiteral("D01.from-env"));
        qunsetenv("MOTCUA_CENTRAL_CREDENTIAL");
    }

    void keychainCanBeSwitchedOff()
    {
        QTemporaryDir dir;
        qputenv("MOTCUA_KEYCHAIN", "off");
        QVERIFY(!sync::DeskKeychain::enabled());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sync::DeskKeychain::write(dir.path(), QStringLiteral("x")), sync::DeskKeychain::Outcome::Unavailable);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(sync::DeskCredential::save(dir.path(), QStringLiteral("D02.y")).value(),
            sync::DeskCredential::path(dir.path()));
        const auto none = sync::DeskCredential::read(QDir(dir.path()).filePath(QStringLiteral("other")));
        QVERIFY(!none);
        QCOMPARE(none.error().code, QStringLiteral("credential_required"));
        qunsetenv("MOTCUA_KEYCHAIN");
        QVERIFY(sync::DeskKeychain::keyFor(dir.path()).endsWith(QDir(dir.path()).absolutePath()));
    }

    void secretReachesNoLogAndNoStateFile()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        f.receiveOne();
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        const QString credential = central.state()
                                       ->addDesk(QStringLiteral("D01"), QStringLiteral("000.00.25.G14"))
                                       ->value(QStringLiteral("credential"))
                                       .toString();
        const QString secret = credential.section(QLatin1Char('.'), 1);
        QVERIFY(secret.size() >= 20);

        QLoggingCategory::setFilterRules(QStringLiteral("motcua.*=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        QVERIFY(sync::DeskCredential::save(f.dir.path(), credential));
        const auto read = sync::DeskCredential::read(f.dir.path());
        sync::SyncSettings settings;
        settings.dbPath = f.dbPath();
        settings.central = QUrl(central.baseUrl());
        settings.credential = read.value();
        settings.statePath = sync::DeskCredential::statePath(f.dir.path());
        sync::SyncEngine engine(settings);
        QSignalSpy finished(&engine, &sync::SyncEngine::roundFinished);
        engine.syncOnce();
        const bool done = !finished.isEmpty() || finished.wait(60000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(done);
        QCOMPARE(finished.first().first().value<sync::SyncRoundReport>().pushed, qint64(1));
        QVERIFY(!g_log.isEmpty()); // debug logging was on
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), qPrintable(line));
        // Only the credential file holds it among the desk's files.
        QDirIterator it(f.dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file == sync::DeskCredential::path(f.dir.path()) || file.endsWith(QLatin1String(".db"))
                || file.contains(QLatin1String(".db-")))
                continue;
            QFile in(file);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QVERIFY2(!in.readAll().contains(secret.toUtf8()), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestDeskCredential)
#include "test_deskcredential.moc"
