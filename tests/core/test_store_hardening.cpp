// Issue 12 at the Store level: the data folder bound to one agency (rebinding audited, administrators
// only); no event recorded before the last one; lockouts timed by their own (real) clock; one Argon2id
// verification on every sign-in path, unknown logins audited, failures counted when the disk refuses;
// idempotent intake; orphan files listed and removed; the keyed audit chain catching a re-sealed edit.
#include "tests/support/AuditReseal.h"
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include "core/auth/PasswordHasher.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;

namespace {

SiteConfig otherAgency()
{
    SiteConfig site = SiteConfig::demo();
    site.agencyCode = QStringLiteral("000.00.12.H29");
    return site;
}

qint64 auditCount(store::Store& s, const char* action)
{
    return SqlProbe(s.handle())
        .scalar(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(QLatin1String(action)).toUtf8());
}

} // namespace

class TestStoreHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Minimum); }

    void siteOfAnotherAgencyIsRefusedUntilRebound()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.store->bindSite(f.admin, SiteConfig::demo()));
        QCOMPARE(f.store->boundAgency().value(), QStringLiteral("000.00.25.G14"));
        const Status refused = f.store->setSite(otherAgency());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("site_mismatch"));
        QVERIFY(refused.error().message.contains(QStringLiteral("000.00.12.H29")));
        // Codes are still issued under the bound agency.
        QVERIFY(f.receiveOne().startsWith(QStringLiteral("000.00.25.G14-")));
        // Only an administrator rebinds; the rebinding is audited with both agencies.
        const Status clerk = f.store->bindSite(f.clerk, otherAgency());
        QVERIFY(!clerk);
        QCOMPARE(clerk.error().kind, ErrorKind::Permission);
        QVERIFY(f.store->bindSite(f.admin, otherAgency()));
        QVERIFY(f.store->setSite(otherAgency()));
        QVERIFY(f.receiveOne().startsWith(QStringLiteral("000.00.12.H29-")));
        QCOMPARE(f.store->setSite(SiteConfig::demo()).error().code, QStringLiteral("site_mismatch"));
        const QString details = SqlProbe(f.store->handle())
                                    .text("SELECT details FROM audit_log WHERE action = 'site_bind' ORDER BY id DESC");
        QVERIFY2(details.contains(QStringLiteral("\"from\":\"000.00.25.G14\"")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("\"to\":\"000.00.12.H29\"")), qPrintable(details));
    }

    void storeMadeBeforeBindingIsBoundOnFirstUse()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.store->boundAgency().value().isEmpty());
        QVERIFY(f.store->setSite(SiteConfig::demo()));
        QCOMPARE(f.store->boundAgency().value(), QStringLiteral("000.00.25.G14"));
        QCOMPARE(auditCount(*f.store, "site_bind"), 1);
        QCOMPARE(f.store->setSite(otherAgency()).error().code, QStringLiteral("site_mismatch"));
    }

    void noEventIsRecordedBeforeTheLastOne()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        // A receipt "in 2099", then today's step: refused, nothing written.
        f.clock.setLocal(QDate(2099, 1, 5), QTime(9, 0));
        const QString code = f.receiveOne();
        QVERIFY(!code.isEmpty());
        f.clock.setLocal(QDate(2025, 3, 12), QTime(10, 0));
        const qint64 history = SqlProbe(f.store->handle()).scalar("SELECT count(*) FROM status_history");
        store::StepRequest hand;
        hand.step = workflow::Step::HandOver;
        auto backdated = f.store->apply(f.clerk, code, hand);
        QVERIFY(!backdated);
        QCOMPARE(backdated.error().code, QStringLiteral("clock_behind"));
        QCOMPARE(SqlProbe(f.store->handle()).scalar("SELECT count(*) FROM status_history"), history);
        // Later than the last event: recorded.
        f.clock.setLocal(QDate(2099, 1, 5), QTime(9, 30));
        QVERIFY(f.store->apply(f.clerk, code, hand));
        // Audit times never go backwards.
        QCOMPARE(SqlProbe(f.store->handle())
                     .scalar("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.at < a.at"),
            0);
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
    }

    void lockoutFollowsItsOwnClockNotTheDeskClock()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto real = std::make_shared<FixedClock>(Clock::local(QDate(2026, 12, 3), QTime(13, 0)));
        f.store->setLockoutClock(real);
        f.clock.setLocal(QDate(2099, 1, 1), QTime(8, 0)); // --now "in 2099"
        for (int i = 0; i < 5; ++i)
            (void)f.store->authenticate(QStringLiteral("clerk"), QStringLiteral("wrong-password"));
        const auto users = f.store->users(f.admin).value();
        for (const store::UserInfo& u : users)
            if (u.login == QLatin1String("clerk"))
                QCOMPARE(u.lockedUntilUtc, real->nowUtc().addSecs(15 * 60)); // not 2099
        // Moving the desk clock on does not end the lock; the real clock does.
        f.clock.setLocal(QDate(2099, 1, 1), QTime(9, 0));
        QCOMPARE(f.store->authenticate(QStringLiteral("clerk"), kTestPassword).error().code,
            QStringLiteral("account_locked"));
        real->advanceSecs(16 * 60);
        QVERIFY(f.store->authenticate(QStringLiteral("clerk"), kTestPassword));
    }

    void everySignInPathVerifiesOnce()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.store->setUserDisabled(f.admin, QStringLiteral("postal"), true));
        for (int i = 0; i < 5; ++i)
            (void)f.store->authenticate(QStringLiteral("super"), QStringLiteral("wrong-password"));
        const struct {
            const char* login;
            QString password;
            const char* code;
        } paths[] = { { "nobody", kTestPassword, "wrong_password" },
            { "clerk", QStringLiteral("wrong-pass"), "wrong_password" }, { "super", kTestPassword, "account_locked" },
            { "postal", kTestPassword, "account_disabled" }, { "clerk", kTestPassword, "" } };
        for (const auto& p : paths) {
            const quint64 before = auth::PasswordHasher::verificationCount();
            auto r = f.store->authenticate(QString::fromLatin1(p.login), p.password);
            QCOMPARE(auth::PasswordHasher::verificationCount() - before, quint64(1));
            QCOMPARE(r ? QString() : r.error().code, QString::fromLatin1(p.code));
        }
    }

    void unknownLoginsAreAudited()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(!f.store->authenticate(QStringLiteral("ghost\x07"), kTestPassword));
        QCOMPARE(auditCount(*f.store, "login_unknown"), 1);
        QCOMPARE(SqlProbe(f.store->handle()).text("SELECT entity_id FROM audit_log WHERE action = 'login_unknown'"),
            QStringLiteral("ghost"));
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
    }

    void failedSignInIsCountedWhenTheDiskRefuses()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        // The audit row cannot be written: the failure is still counted in the users row.
        f.store->setFaultHook([](const QString& step) { return step == QLatin1String("login_failed.commit"); });
        QVERIFY(!f.store->authenticate(QStringLiteral("clerk"), QStringLiteral("wrong-password")));
        QCOMPARE(SqlProbe(f.store->handle()).scalar("SELECT failures FROM users WHERE login = 'clerk'"), 1);
        // Nothing can be written: the failures still lock the account in this process.
        f.store->setFaultHook([](const QString& step) { return step.startsWith(QLatin1String("login_failed.")); });
        QString last;
        for (int i = 0; i < 4; ++i)
            last = f.store->authenticate(QStringLiteral("clerk"), QStringLiteral("wrong-password")).error().code;
        QCOMPARE(last, QStringLiteral("account_locked"));
        QCOMPARE(SqlProbe(f.store->handle()).scalar("SELECT failures FROM users WHERE login = 'clerk'"), 1);
        QCOMPARE(f.store->authenticate(QStringLiteral("clerk"), kTestPassword).error().code,
            QStringLiteral("account_locked"));
        f.store->setFaultHook({});
        QVERIFY(f.store->unlockUser(f.admin, QStringLiteral("clerk")));
        QVERIFY(f.store->authenticate(QStringLiteral("clerk"), kTestPassword));
    }

    void sameIdempotencyKeyReturnsTheSameDossier()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        dossier::IntakeRequest r = StoreFixture::citizenIntake();
        r.idempotencyKey = QStringLiteral("draft-7f3c");
        auto first = f.store->receive(f.clerk, r);
        QVERIFY(first);
        QVERIFY(!first->replayed);
        f.clock.advanceSecs(60);
        auto again = f.store->receive(f.clerk, r);
        QVERIFY(again);
        QVERIFY(again->replayed);
        QCOMPARE(again->code, first->code);
        QCOMPARE(again->receivedUtc, first->receivedUtc);
        SqlProbe probe(f.store->handle());
        QCOMPARE(probe.scalar("SELECT count(*) FROM dossiers"), 1);
        QCOMPARE(probe.scalar("SELECT count(*) FROM outbox"), 1);
        QCOMPARE(auditCount(*f.store, "accept"), 1);
        // Another request under the same key is refused; a new key makes a new dossier.
        dossier::IntakeRequest other = r;
        other.note = QStringLiteral("khác");
        auto conflict = f.store->receive(f.clerk, other);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().code, QStringLiteral("idempotency_conflict"));
        QCOMPARE(conflict.error().field, QStringLiteral("idempotency_key"));
        other.idempotencyKey = QStringLiteral("draft-8a01");
        QVERIFY(f.store->receive(f.clerk, other));
        QCOMPARE(probe.scalar("SELECT count(*) FROM dossiers"), 2);
    }

    void orphanFilesAreListedAndRemoved()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QFile page(f.dir.filePath(QStringLiteral("page.txt")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("trang 1");
        page.close();
        dossier::IntakeRequest r = StoreFixture::citizenIntake();
        r.documents << dossier::IntakeDocument { QStringLiteral("don"), 1, 0, 0, { page.fileName() } };
        QVERIFY(!f.receiveOne(r).isEmpty());
        // A file an intake copied before it was killed, and one being copied right now.
        const QString orphan = f.dir.filePath(QStringLiteral("files/ab/ab12orphan"));
        const QString fresh = f.dir.filePath(QStringLiteral("files/cd/cd34fresh"));
        for (const QString& path : { orphan, fresh }) {
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile o(path);
            QVERIFY(o.open(QIODevice::WriteOnly));
            o.write("x");
        }
        f.store->setLockoutClock(
            std::make_shared<FixedClock>(QFileInfo(fresh).lastModified().toUTC().addSecs(60))); // real time
        QFile old(orphan);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        old.close();
        auto report = f.store->check(f.admin);
        QVERIFY(report);
        QCOMPARE(report->orphans, QStringList { QStringLiteral("files/ab/ab12orphan") });
        QVERIFY(!report->ok());
        QVERIFY(!f.store->removeOrphanFiles(f.clerk));
        auto removed = f.store->removeOrphanFiles(f.admin);
        QVERIFY(removed);
        QCOMPARE(removed.value(), QStringList { QStringLiteral("files/ab/ab12orphan") });
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(QFile::exists(fresh));
        QCOMPARE(auditCount(*f.store, "files_orphans_removed"), 1);
        QVERIFY2(f.store->check(f.admin)->ok(), qPrintable(f.store->check(f.admin)->problems.join(u'\n')));
    }

    void keyFileIsUserOnlyOutsideTheDatabase()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString keyFile = f.store->auditKeyFile();
        QVERIFY(QFile::exists(keyFile));
        QVERIFY(!keyFile.startsWith(f.dir.path()));
        QCOMPARE(QFile::permissions(keyFile) & 0x0077, QFileDevice::Permissions {}); // no group or other bits
        QVERIFY(!SqlProbe(f.store->handle()).text("SELECT value FROM meta WHERE key = 'store_id'").isEmpty());
    }

    void reChainedLogIsCaughtByTheKey()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(!f.receiveOne().isEmpty());
        SqlProbe probe(f.store->handle());
        const qint64 seq = probe.scalar("SELECT seq FROM audit_log WHERE action = 'accept'");
        QVERIFY(seq > 0);
        // Control: re-sealing with the key itself verifies, so the rewrite below is a faithful one.
        QFile k(f.store->auditKeyFile());
        QVERIFY(k.open(QIODevice::ReadOnly));
        const QJsonObject keyJson = QJsonDocument::fromJson(k.readAll()).object();
        const audit::AuditChain::Key key { QByteArray::fromHex(
                                               keyJson.value(QStringLiteral("key")).toString().toLatin1()),
            qint64(keyJson.value(QStringLiteral("from_seq")).toDouble()) };
        QCOMPARE(key.fromSeq, 1);
        QVERIFY(probe.exec(QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                          "UPDATE audit_log SET actor = 'mallory' WHERE seq = %1")
                               .arg(seq)));
        QVERIFY(resealAuditLog(*f.store, seq, key));
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
        // The attacker's rewrite: edit the receipt's actor, re-seal the plain chain and the head.
        QVERIFY(probe.exec(QStringLiteral("UPDATE audit_log SET actor = 'eve' WHERE seq = %1").arg(seq)));
        QVERIFY(resealAuditLog(*f.store, seq));
        auto verified = f.store->verifyAudit(f.admin);
        QVERIFY(verified);
        QVERIFY(!verified->ok());
        QCOMPARE(verified->findings.first().problem, QStringLiteral("edited"));
        QCOMPARE(verified->findings.first().seq, seq);
        QVERIFY(!f.store->check(f.admin)->ok());
    }

    void missingKeyIsAFindingAndStopsWrites()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString keyFile = f.store->auditKeyFile();
        f.store.reset();
        QVERIFY(QFile::remove(keyFile));
        auto reopened = store::Store::open(f.dbPath());
        QVERIFY(reopened);
        auto v = reopened.value()->verifyAudit(f.admin);
        QVERIFY(v && !v->ok());
        QCOMPARE(v->findings.first().problem, QStringLiteral("key_missing"));
        auto r = reopened.value()->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("audit_key_missing"));
    }

    void storeWithoutAKeyIsKeyedFromItsNextRow()
    {
        // A store made before keys existed (simulated: its key file and marker removed) keeps its
        // plain rows and keys the rows after them.
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(!f.receiveOne().isEmpty());
        const QString keyFile = f.store->auditKeyFile();
        QVERIFY(resealAuditLog(*f.store, 1)); // every row as an unkeyed store wrote it
        QVERIFY(SqlProbe(f.store->handle()).exec(QStringLiteral("DELETE FROM meta WHERE key = 'audit_keyed_from'")));
        const qint64 rows = f.store->verifyAudit(f.admin)->rows;
        f.store.reset();
        QVERIFY(QFile::remove(keyFile));
        auto reopened = store::Store::open(f.dbPath());
        QVERIFY(reopened);
        QVERIFY(reopened.value()->receive(f.clerk, StoreFixture::citizenIntake()));
        QFile k(keyFile);
        QVERIFY(k.open(QIODevice::ReadOnly));
        QCOMPARE(qint64(QJsonDocument::fromJson(k.readAll()).object().value(QStringLiteral("from_seq")).toDouble()),
            rows + 1);
        auto v = reopened.value()->verifyAudit(f.admin);
        QVERIFY2(v && v->ok(), v ? qPrintable(v->findings.value(0).message) : "");
    }
};

QTEST_GUILESS_MAIN(TestStoreHardening)
#include "test_store_hardening.moc"
