// Conflicts with central in the desk window: a unit's change the desk did not apply (the dossier was
// withdrawn at the desk first) is counted in the status bar by the sync engine's state, listed in a
// dialog from there with its unit and kind in words, and opening it shows the dossier in the lookup page
// with the history row of the conflict in words. Real widgets, a real store and the real engine's state.
#include "core/Translations.h"
#include "sync/SyncEngine.h"
#include "tests/support/StoreFixture.h"
#include "ui/LookupPage.h"
#include "ui/MainWindow.h"
#include "ui/StoreWorker.h"
#include "ui/SyncConflictsButton.h"

#include <QDialog>
#include <QListWidget>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kUnit = QStringLiteral("Phòng Cấp phép");

// A dossier handed over to the unit and withdrawn at the desk, then the unit's "result ready" arrives.
QString withdrawnThenResultReady(StoreFixture& f)
{
    const QString code = f.receiveOne();
    store::StepRequest handOver;
    handOver.step = workflow::Step::HandOver;
    handOver.unit = kUnit;
    store::StepRequest withdraw;
    withdraw.step = workflow::Step::Withdraw;
    withdraw.reason = QStringLiteral("Công dân xin rút hồ sơ");
    if (code.isEmpty() || !f.store->apply(f.clerk, code, handOver) || !f.store->apply(f.clerk, code, withdraw))
        return {};
    store::CentralChange change;
    change.seq = 1;
    change.kind = QStringLiteral("result_ready");
    change.code = code;
    change.unit = kUnit;
    change.atUtc = f.clock.now().toUTC();
    const auto outcome = f.store->applyCentralChange(f.admin, change);
    return outcome && outcome->result == QLatin1String("conflict") ? code : QString();
}

} // namespace

class TestSyncConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void noConflictNoButton()
    {
        ui::MainWindow window(SiteConfig::demo(), {});
        auto* button = window.findChild<QToolButton*>(QStringLiteral("status_conflicts"));
        QVERIFY(button);
        sync::SyncState state;
        state.pending = 3;
        window.setSyncState(state);
        QVERIFY(button->isHidden());
    }

    void conflictIsCountedListedAndOpened()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = withdrawnThenResultReady(f);
        QVERIFY(!code.isEmpty());
        // What the engine publishes (the window gets it through SyncThread::stateChanged).
        sync::SyncSettings settings;
        settings.dbPath = f.dbPath();
        settings.central = QUrl(QStringLiteral("http://127.0.0.1:9"));
        sync::SyncEngine engine(settings);
        QVERIFY(engine.open());
        const sync::SyncState state = engine.state();
        QCOMPARE(state.conflicts, qint64(1));
        QCOMPARE(state.recentConflicts.size(), 1);
        QCOMPARE(state.recentConflicts.first().code, code);
        QCOMPARE(state.recentConflicts.first().unit, kUnit);

        auto opened = store::Store::open(f.dbPath());
        QVERIFY(opened);
        ui::StoreWorker worker(std::move(opened.value()));
        ui::MainWindow window(SiteConfig::demo(), f.clerk.name);
        auto* lookup = new ui::LookupPage(worker, f.clerk);
        window.setPageWidget(ui::MainWindow::Page::Lookup, lookup);
        window.showPage(ui::MainWindow::Page::Intake);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setSyncState(state);

        auto* button = window.findChild<ui::SyncConflictsButton*>(QStringLiteral("status_conflicts"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY2(button->text().contains(QStringLiteral("1")), qPrintable(button->text()));
        QCOMPARE(button->accessibleName(), button->text());
        QVERIFY(button->toolTip().contains(code));
        QVERIFY2(button->toolTip().contains(kUnit), qPrintable(button->toolTip()));
        QVERIFY(button->toolTip().contains(QStringLiteral("có kết quả"))); // the kind in words, not result_ready
        QVERIFY(!button->toolTip().contains(QStringLiteral("result_ready")));

        // A click lists them; choosing one opens that dossier in the lookup page.
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(button->listDialog() && button->listDialog()->isVisible());
        auto* list = button->listDialog()->findChild<QListWidget*>(QStringLiteral("sync_conflicts_list"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(code));
        QSignalSpy requested(button, &ui::SyncConflictsButton::dossierRequested);
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), code);
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Lookup);
        QTRY_VERIFY(!button->listDialog());

        // The dossier's history says in words what happened.
        auto* details = lookup->findChild<QTextBrowser*>(QStringLiteral("lookup_details"));
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(
            details->toPlainText().contains(code), 30000); // the store thread answers late under load
        const QString text = details->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Xung đột với hệ thống trung tâm")), qPrintable(text));
        QVERIFY2(text.contains(kUnit), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("central_conflict")));
    }
};

QTEST_MAIN(TestSyncConflicts)
#include "test_syncconflicts.moc"
