// The lookup page (Tra cứu) and the sign-in dialog against a real SQLite store, asked through the
// StoreWorker: today's dossiers when the page opens and when the field is cleared; diacritic-insensitive
// search ranked (exact code first, then names) (on Enter and as the clerk types), the results model
// (checked by QAbstractItemModelTester), details of the selected dossier, the print hand-off; with the
// worker blocked, the window keeps repainting and only the latest search's answer is shown once it is
// released; the sign-in dialog shows that it is checking, stays responsive, and explains failures
// and lockouts.
#include "tests/support/StoreFixture.h"

#include "core/Translations.h"
#include "ui/LoginDialog.h"
#include "ui/LookupPage.h"
#include "ui/SearchResultsModel.h"
#include "ui/StoreWorker.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

// The window's own connection, as the desk opens it: a second connection to the fixture's file.
std::unique_ptr<ui::StoreWorker> workerFor(const StoreFixture& f)
{
    auto opened = store::Store::open(f.dbPath());
    if (!opened) {
        qWarning() << opened.error().message;
        return nullptr;
    }
    return std::make_unique<ui::StoreWorker>(std::move(opened.value()));
}

// Holds the worker thread inside a job until released (or until it goes out of scope, so that a
// failed check never leaves the worker blocked at its destruction).
class WorkerLatch
{
public:
    explicit WorkerLatch(ui::StoreWorker& worker)
    {
        worker.run(
            nullptr,
            [this](store::Store&) {
                m_started.release();
                m_gate.acquire();
                return true;
            },
            [](quint64, bool) {});
    }
    ~WorkerLatch() { release(); }
    bool waitUntilBlocked() { return m_started.tryAcquire(1, 10000); }
    void release()
    {
        if (!m_released)
            m_gate.release();
        m_released = true;
    }

private:
    QSemaphore m_started;
    QSemaphore m_gate;
    bool m_released = false;
};

// Counts its paint events: proof that the GUI thread is free to paint.
class PaintProbe : public QWidget
{
public:
    using QWidget::QWidget;
    int paints = 0;

protected:
    void paintEvent(QPaintEvent*) override { ++paints; }
};

} // namespace

class TestLookupPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void opensOnTodaysDossiersAndReturnsToThemWhenCleared()
    {
        StoreFixture f; // today is Wed 12/03/2025 (09:05 local)
        QVERIFY(f.setUp());
        f.clock.setLocal(QDate(2025, 3, 11), QTime(16, 0));
        QVERIFY(f.store->receive(f.clerk, StoreFixture::citizenIntake())); // yesterday's
        f.clock.setLocal(QDate(2025, 3, 12), QTime(7, 30));
        auto early = f.store->receive(f.clerk,
            StoreFixture::citizenIntake(
                QStringLiteral("LOCAL-RF-001"), QStringLiteral("Trần Văn Bình"), QStringLiteral("001090099999")));
        f.clock.setLocal(QDate(2025, 3, 12), QTime(9, 5));
        auto late = f.store->receive(f.clerk,
            StoreFixture::citizenIntake(
                QStringLiteral("LOCAL-RF-001"), QStringLiteral("Đặng Thị Thu"), QStringLiteral("001190012346")));
        QVERIFY(early && late);
        auto worker = workerFor(f);
        QVERIFY(worker);

        ui::LookupPage page(*worker, f.clerk);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* query = page.findChild<QLineEdit*>(QStringLiteral("lookup_query"));
        auto* status = page.findChild<QLabel*>(QStringLiteral("lookup_status"));
        QSignalSpy today(&page, &ui::LookupPage::todayShown);
        page.show();
        // Asked at once, without a word typed: today's two dossiers, newest first, none selected.
        QVERIFY(page.isSearching());
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QCOMPARE(today.size(), 1);
        QCOMPARE(page.model()->index(0, ui::SearchResultsModel::Code).data().toString(), late->code);
        QCOMPARE(page.model()->index(1, ui::SearchResultsModel::Code).data().toString(), early->code);
        QCOMPARE(page.model()->index(1, ui::SearchResultsModel::Received).data().toString(),
            QStringLiteral("12/03/2025 07:30"));
        QVERIFY(page.selectedCode().isEmpty());
        QVERIFY2(status->text().contains(QStringLiteral("Hồ sơ hôm nay")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("2")), qPrintable(status->text()));

        // A search replaces the list; clearing the field (its clear button) brings today's back.
        QSignalSpy finished(&page, &ui::LookupPage::searchFinished);
        QTest::keyClicks(query, QStringLiteral("tran"));
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(finished.wait(10000));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.selectedCode(), early->code);
        const auto clearButtons = query->findChildren<QToolButton*>();
        QVERIFY(!clearButtons.isEmpty());
        QTest::mouseClick(clearButtons.first(), Qt::LeftButton);
        QVERIFY(query->text().isEmpty());
        QVERIFY(today.wait(10000));
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(page.selectedCode().isEmpty());
        QVERIFY2(status->text().contains(QStringLiteral("Hồ sơ hôm nay")), qPrintable(status->text()));

        // Another day with nothing received yet says so.
        f.clock.setLocal(QDate(2025, 3, 13), QTime(7, 0));
        page.search();
        QVERIFY(today.wait(10000));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY2(status->text().contains(QStringLiteral("chưa tiếp nhận")), qPrintable(status->text()));
    }

    void searchWithoutDiacriticsFindsAndShowsTheDossier()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto first = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        QVERIFY(first);
        auto other = f.store->receive(f.clerk,
            StoreFixture::citizenIntake(
                QStringLiteral("LOCAL-RF-001"), QStringLiteral("Đặng Thị Thu"), QStringLiteral("001190012346")));
        QVERIFY(other);
        auto worker = workerFor(f);
        QVERIFY(worker);

        ui::LookupPage page(*worker, f.clerk);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString printed;
        page.setPrintHandler([&printed](const QString& code) { printed = code; });
        page.show();

        auto* query = page.findChild<QLineEdit*>(QStringLiteral("lookup_query"));
        auto* results = page.findChild<QTableView*>(QStringLiteral("lookup_results"));
        auto* details = page.findChild<QTextBrowser*>(QStringLiteral("lookup_details"));
        auto* print = page.findChild<QPushButton*>(QStringLiteral("lookup_print"));
        QVERIFY(query && results && details && print);
        QVERIFY(!print->isEnabled());
        // Named for screen readers as the clerk reads them.
        QCOMPARE(query->accessibleName(), QStringLiteral("Tìm"));
        const auto labels = page.findChildren<QLabel*>();
        const auto buddy
            = std::find_if(labels.begin(), labels.end(), [query](QLabel* l) { return l->buddy() == query; });
        QVERIFY(buddy != labels.end());
        QCOMPARE(QString((*buddy)->text()).remove(QLatin1Char('&')), query->accessibleName());
        QVERIFY(!results->accessibleName().isEmpty());

        QTest::keyClicks(query, QStringLiteral("dang thi"));
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, ui::SearchResultsModel::Code).data().toString(), other->code);
        QCOMPARE(page.model()->index(0, ui::SearchResultsModel::Applicant).data().toString(),
            QStringLiteral("Đặng Thị Thu"));
        // One hit is selected at once and its details are shown.
        QCOMPARE(page.selectedCode(), other->code);
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Đặng Thị Thu")));
        QVERIFY(details->toPlainText().contains(other->code));
        QTRY_VERIFY(print->isEnabled());
        QTest::mouseClick(print, Qt::LeftButton);
        QCOMPARE(printed, other->code);

        // The code typed (or scanned by a keyboard-wedge reader) finds the other dossier.
        query->clear();
        QTest::keyClicks(query, first->code);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("lookup_search")), Qt::LeftButton);
        QTRY_COMPARE(page.selectedCode(), first->code);
        QCOMPARE(page.model()->rowCount(), 1);
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Nguyễn Văn An")));
    }

    void searchesAsTheClerkTypes()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto dossier = f.store->receive(f.clerk,
            StoreFixture::citizenIntake(
                QStringLiteral("LOCAL-RF-001"), QStringLiteral("Đặng Thị Thu"), QStringLiteral("001190012346")));
        QVERIFY(dossier);
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::LookupPage page(*worker, f.clerk);
        page.show();
        auto* query = page.findChild<QLineEdit*>(QStringLiteral("lookup_query"));
        QTRY_VERIFY(!page.isSearching()); // today's list shown
        QSignalSpy finished(&page, &ui::LookupPage::searchFinished);
        QTest::keyClicks(query, QStringLiteral("dang"));
        // No Enter: the pause after the last key starts the search, once.
        QTRY_COMPARE(page.selectedCode(), dossier->code);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(finished.size(), 1);
    }

    void noMatchAndEmptyQueryAreExplained()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::LookupPage page(*worker, f.clerk);
        auto* query = page.findChild<QLineEdit*>(QStringLiteral("lookup_query"));
        auto* status = page.findChild<QLabel*>(QStringLiteral("lookup_status"));
        // Nothing typed: today's dossiers (none), with what to type.
        page.search();
        QTRY_VERIFY(!page.isSearching());
        QVERIFY2(status->text().contains(QStringLiteral("Tìm")), qPrintable(status->text()));
        query->setText(QStringLiteral("không có ai"));
        QSignalSpy finished(&page, &ui::LookupPage::searchFinished);
        page.search();
        QVERIFY(finished.wait(10000));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY2(status->text().contains(QStringLiteral("không có ai")), qPrintable(status->text()));
        // What was typed stays in the field.
        QCOMPARE(query->text(), QStringLiteral("không có ai"));
    }

    void blockedStoreNeverStopsPaintingAndOnlyTheLatestAnswerShows()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto an = f.store->receive(f.clerk, StoreFixture::citizenIntake());
        auto thu = f.store->receive(f.clerk,
            StoreFixture::citizenIntake(
                QStringLiteral("LOCAL-RF-001"), QStringLiteral("Đặng Thị Thu"), QStringLiteral("001190012346")));
        QVERIFY(an && thu);
        auto worker = workerFor(f);
        QVERIFY(worker);

        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* page = new ui::LookupPage(*worker, f.clerk);
        auto* probe = new PaintProbe;
        probe->setMinimumSize(40, 40);
        layout->addWidget(page);
        layout->addWidget(probe);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!page->isSearching()); // today's list shown
        auto* query = page->findChild<QLineEdit*>(QStringLiteral("lookup_query"));
        auto* status = page->findChild<QLabel*>(QStringLiteral("lookup_status"));
        QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);

        WorkerLatch latch(*worker);
        QVERIFY(latch.waitUntilBlocked()); // the store's thread is now stuck
        QTest::keyClicks(query, QStringLiteral("nguyen van"));
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(page->isSearching());
        QVERIFY2(status->text().contains(QStringLiteral("Đang tìm")), qPrintable(status->text()));

        // The GUI thread is free: the window repaints, and the clerk keeps typing.
        const int before = probe->paints;
        probe->update();
        QTRY_VERIFY(probe->paints > before);
        query->clear();
        QTest::keyClicks(query, QStringLiteral("dang thi"));
        QTest::keyClick(query, Qt::Key_Return);
        QCOMPARE(query->text(), QStringLiteral("dang thi"));
        QCOMPARE(page->model()->rowCount(), 2); // still today's list
        QCOMPARE(resets.size(), 0);

        latch.release();
        QTRY_VERIFY(!page->isSearching());
        QTRY_COMPARE(page->selectedCode(), thu->code);
        // The answer to "nguyen van" came first and was dropped: one reset only, with the latest hits.
        QCOMPARE(resets.size(), 1);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, ui::SearchResultsModel::Applicant).data().toString(),
            QStringLiteral("Đặng Thị Thu"));
    }

    void loginDialogKeepsInputAndExplainsFailures()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::LoginDialog dialog(*worker, QStringLiteral("clerk"));
        auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("login_user"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("login_password"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("login_error"));
        QCOMPARE(login->text(), QStringLiteral("clerk"));
        QSignalSpy failed(&dialog, &ui::LoginDialog::loginFailed);

        password->setText(QStringLiteral("wrong-password"));
        dialog.tryLogin();
        QVERIFY(failed.wait(10000));
        QVERIFY(!dialog.actor());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(login->text(), QStringLiteral("clerk"));
        QCOMPARE(password->text(), QStringLiteral("wrong-password"));

        login->clear();
        dialog.tryLogin();
        QVERIFY(error->text().contains(QStringLiteral("Tên đăng nhập")));

        login->setText(QStringLiteral("clerk"));
        password->setText(kTestPassword);
        dialog.tryLogin();
        QTRY_VERIFY(dialog.actor());
        QCOMPARE(dialog.actor()->login, QStringLiteral("clerk"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void loginDialogStaysResponsiveWhileChecking()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::LoginDialog dialog(*worker, QStringLiteral("clerk"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("login_password"));
        auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("login_ok"));
        auto* busy = dialog.findChild<QProgressBar*>(QStringLiteral("login_busy"));
        auto* busyLabel = dialog.findChild<QLabel*>(QStringLiteral("login_busy_label"));
        QVERIFY(password && ok && busy && busyLabel);
        QVERIFY(!busy->isVisible());
        QCOMPARE(busy->accessibleName(), busyLabel->text());

        WorkerLatch latch(*worker); // stands for a slow Argon2id check
        QVERIFY(latch.waitUntilBlocked());
        password->setText(kTestPassword);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isChecking());
        QVERIFY(busy->isVisible() && busyLabel->isVisible());
        QVERIFY(busyLabel->text().contains(QStringLiteral("Đang kiểm tra")));
        QVERIFY(!ok->isEnabled());
        // A second Enter while checking does not start a second check.
        dialog.tryLogin();

        // The dialog paints while the check runs.
        int paints = 0;
        struct Counter : QObject {
            int* count;
            explicit Counter(int* c) : count(c) { }
            bool eventFilter(QObject*, QEvent* e) override
            {
                if (e->type() == QEvent::Paint)
                    ++*count;
                return false;
            }
        } counter(&paints);
        busy->installEventFilter(&counter);
        busy->update();
        QTRY_VERIFY(paints > 0);

        latch.release();
        QTRY_VERIFY(dialog.actor());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isChecking());
    }

    void lockoutIsExplainedInTheDialog()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::LoginDialog dialog(*worker, QStringLiteral("clerk"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("login_password"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("login_error"));
        QSignalSpy failed(&dialog, &ui::LoginDialog::loginFailed);
        for (int attempt = 1; attempt <= 5; ++attempt) {
            password->setText(QStringLiteral("wrong-password-%1").arg(attempt));
            dialog.tryLogin();
            QTRY_COMPARE(failed.size(), attempt);
        }
        // Locked now: even the right password is refused, with the reason.
        password->setText(kTestPassword);
        dialog.tryLogin();
        QTRY_COMPARE(failed.size(), 6);
        QVERIFY(!dialog.actor());
        QVERIFY2(error->text().contains(QStringLiteral("bị khóa")), qPrintable(error->text()));
    }
};

QTEST_MAIN(TestLookupPage)
#include "test_lookuppage.moc"
