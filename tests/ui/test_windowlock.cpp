// The desk window's session against a real store through the StoreWorker: idle auto-lock read from
// the (mock) Clock, with any key press resetting it; the lock hides the content and asks for the
// password, a wrong one keeps it locked, the right one returns to the same page with what was typed;
// "Switch user" (Ctrl+Shift+L) lets another clerk sign in, shows them in the status bar and re-asks the
// lookup as them; Help lists the shortcuts read from the window's own actions.
#include "tests/support/StoreFixture.h"

#include "core/Config.h"
#include "core/SiteConfig.h"
#include "core/Translations.h"
#include "ui/LoginDialog.h"
#include "ui/LookupPage.h"
#include "ui/MainWindow.h"
#include "ui/SearchResultsModel.h"
#include "ui/StoreWorker.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

struct Desk {
    StoreFixture f;
    std::unique_ptr<ui::StoreWorker> worker;
    std::unique_ptr<ui::MainWindow> window;
    ui::LookupPage* lookup = nullptr;

    bool setUp()
    {
        if (!f.setUp())
            return false;
        if (!f.store->receive(f.clerk, StoreFixture::citizenIntake()))
            return false;
        auto opened = store::Store::open(f.dbPath());
        if (!opened)
            return false;
        worker = std::make_unique<ui::StoreWorker>(std::move(opened.value()));
        window = std::make_unique<ui::MainWindow>(SiteConfig::demo(), f.clerk.name);
        lookup = new ui::LookupPage(*worker, f.clerk);
        window->setPageWidget(ui::MainWindow::Page::Lookup, lookup);
        window->setSession(worker.get(), f.clerk);
        window->show();
        window->showPage(ui::MainWindow::Page::Lookup);
        return QTest::qWaitForWindowExposed(window.get());
    }
    ~Desk()
    {
        window.reset(); // before the worker it uses
    }
    template <typename T> T* find(const QString& name) const { return window->findChild<T*>(name); }
    QString user() const { return find<QLabel>(QStringLiteral("status_user"))->text(); }
};

} // namespace

class TestWindowLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void idleTimeLocksAndThePasswordUnlocksWhereTheClerkWas()
    {
        Desk d;
        QVERIFY(d.setUp());
        QCOMPARE(d.window->idleLockMinutes(), Config::defaultValue(Config::Key::IdleLockMinutes).toInt());
        d.window->setIdleLockMinutes(5);
        d.window->setIdleCheckInterval(20);
        QSignalSpy actorChanged(d.window.get(), &ui::MainWindow::actorChanged);
        auto* query = d.find<QLineEdit>(QStringLiteral("lookup_query"));
        query->setFocus();
        QTest::keyClicks(query, QStringLiteral("nguyen van"));

        // Four minutes, then a key: still unlocked four more minutes later (the key reset the time).
        d.f.clock.advanceSecs(4 * 60);
        d.window->checkIdle();
        QVERIFY(!d.window->isLocked());
        QTest::keyClick(query, Qt::Key_End);
        d.f.clock.advanceSecs(4 * 60);
        d.window->checkIdle();
        QVERIFY(!d.window->isLocked());
        // Five minutes without input: the idle check locks the window by itself.
        d.f.clock.advanceSecs(61);
        QTRY_VERIFY(d.window->isLocked());
        QVERIFY(!query->isVisible());
        QVERIFY(!d.lookup->isVisible());
        QVERIFY(!d.find<QWidget>(QStringLiteral("navigationBar"))->isVisible());
        QVERIFY(d.find<QWidget>(QStringLiteral("page_locked"))->isVisible());
        QVERIFY(!d.find<QAction>(QStringLiteral("action_go_intake"))->isEnabled());

        QPointer<ui::LoginDialog> dialog = d.window->lockDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* login = dialog->findChild<QLineEdit*>(QStringLiteral("login_user"));
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("login_password"));
        QCOMPARE(login->text(), QStringLiteral("clerk"));
        QSignalSpy failed(dialog.data(), &ui::LoginDialog::loginFailed);
        password->setText(QStringLiteral("not-the-password"));
        dialog->tryLogin();
        QVERIFY(failed.wait(10000));
        QVERIFY(d.window->isLocked());
        QVERIFY(!query->isVisible());

        password->setText(kTestPassword);
        dialog->tryLogin();
        QTRY_VERIFY(!d.window->isLocked());
        QTRY_VERIFY(!dialog); // closed and gone
        // Same page, same text, same clerk: nothing was lost.
        QCOMPARE(d.window->currentPage(), ui::MainWindow::Page::Lookup);
        QVERIFY(query->isVisible());
        QCOMPARE(query->text(), QStringLiteral("nguyen van"));
        QVERIFY(d.user().contains(QStringLiteral("Nguyễn Thị Hoa")));
        QCOMPARE(actorChanged.size(), 0);
        QVERIFY(d.find<QAction>(QStringLiteral("action_go_intake"))->isEnabled());
        // Unlocking counts as activity: no second lock straight away.
        d.window->checkIdle();
        QVERIFY(!d.window->isLocked());
    }

    void cancelledSignInStaysLockedAndCanBeAskedAgain()
    {
        Desk d;
        QVERIFY(d.setUp());
        d.window->setIdleLockMinutes(0); // never by itself
        d.f.clock.advanceSecs(3600);
        d.window->checkIdle();
        QVERIFY(!d.window->isLocked());
        d.find<QAction>(QStringLiteral("action_lock"))->trigger();
        QVERIFY(d.window->isLocked());
        QPointer<ui::LoginDialog> dialog = d.window->lockDialog();
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QVERIFY(d.window->isLocked());
        QVERIFY(!d.lookup->isVisible());
        QTest::mouseClick(d.find<QPushButton>(QStringLiteral("lock_unlock")), Qt::LeftButton);
        dialog = d.window->lockDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("login_password"))->setText(kTestPassword);
        dialog->tryLogin();
        QTRY_VERIFY(!d.window->isLocked());
    }

    void switchUserSignsAnotherClerkIn()
    {
        Desk d;
        QVERIFY(d.setUp());
        auto* query = d.find<QLineEdit>(QStringLiteral("lookup_query"));
        QSignalSpy searched(d.lookup, &ui::LookupPage::searchFinished);
        QTest::keyClicks(query, QStringLiteral("nguyen van an"));
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(searched.wait(10000));
        QCOMPARE(d.lookup->model()->rowCount(), 1);
        QSignalSpy actorChanged(d.window.get(), &ui::MainWindow::actorChanged);

        // The shift changes: Ctrl+Shift+L locks at once and asks who signs in.
        d.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d.window.get()));
        QTest::keyClick(d.window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(d.window->isLocked());
        QPointer<ui::LoginDialog> dialog = d.window->lockDialog();
        QVERIFY(dialog);
        auto* login = dialog->findChild<QLineEdit*>(QStringLiteral("login_user"));
        QVERIFY(login->text().isEmpty());
        login->setText(QStringLiteral("super"));
        dialog->findChild<QLineEdit*>(QStringLiteral("login_password"))->setText(kTestPassword);
        searched.clear();
        dialog->tryLogin();
        QTRY_VERIFY(!d.window->isLocked());

        QCOMPARE(d.window->actor()->login, QStringLiteral("super"));
        QVERIFY2(d.user().contains(QStringLiteral("Lê Minh Giám")), qPrintable(d.user()));
        QCOMPARE(actorChanged.size(), 1);
        QCOMPARE(actorChanged.first().first().value<store::Actor>().login, QStringLiteral("super"));
        // The lookup page asks again as the new clerk (the previous answer was cleared at once).
        QTRY_VERIFY_WITH_TIMEOUT(searched.size() > 0, 10000);
        QCOMPARE(d.lookup->model()->rowCount(), 1);
        QCOMPARE(query->text(), QStringLiteral("nguyen van an"));

        // A wrong password for another login never switches.
        d.window->switchUser();
        dialog = d.window->lockDialog();
        QVERIFY(dialog);
        QSignalSpy failed(dialog.data(), &ui::LoginDialog::loginFailed);
        dialog->findChild<QLineEdit*>(QStringLiteral("login_user"))->setText(QStringLiteral("clerk"));
        dialog->findChild<QLineEdit*>(QStringLiteral("login_password"))->setText(QStringLiteral("guess"));
        dialog->tryLogin();
        QVERIFY(failed.wait(10000));
        QVERIFY(d.window->isLocked());
        QCOMPARE(d.window->actor()->login, QStringLiteral("super"));
        QCOMPARE(actorChanged.size(), 1);
    }

    void helpListsTheWindowsShortcuts()
    {
        Desk d;
        QVERIFY(d.setUp());
        d.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d.window.get()));
        QTest::keyClick(d.window.get(), Qt::Key_F1);
        auto* dialog = d.window->findChild<QDialog*>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcuts_table"));
        QVERIFY(table);
        QMap<QString, QString> listed;
        for (int row = 0; row < table->rowCount(); ++row)
            listed.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        // Exactly the window's actions that have keys, as they are now.
        QMap<QString, QString> actual;
        for (QAction* action : d.window->findChildren<QAction*>())
            if (!action->shortcut().isEmpty())
                actual.insert(
                    action->text().remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText));
        QCOMPARE(listed, actual);
        QCOMPARE(listed.value(QStringLiteral("Đổi người dùng…")), QStringLiteral("Ctrl+Shift+L"));
        QCOMPARE(listed.value(QStringLiteral("Tra cứu")), QStringLiteral("Ctrl+3"));
        QVERIFY(listed.contains(QStringLiteral("Phím tắt")));
        // And the keys do what the list says.
        dialog->close();
        QTest::keyClick(d.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(d.window->currentPage(), ui::MainWindow::Page::Intake);
        QTest::keyClick(d.window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(d.window->currentPage(), ui::MainWindow::Page::Lookup);
    }
};

QTEST_MAIN(TestWindowLock)
#include "test_windowlock.moc"
