// Accessibility of the desk window, as a screen reader or any automation over the AT-SPI bus sees it:
// the real window (offscreen) with a real store and a signed-in clerk, its accessibility tree walked on
// every page, on the lock screen, in the sign-in dialog and in the shortcuts list. No interactive
// control may be unnamed, and a control with a label is named exactly as the label reads. Each
// navigation button activated through its accessibility action ("Toggle", "Press") shows its page.
#include "tests/support/StoreFixture.h"

#include "core/SiteConfig.h"
#include "core/Translations.h"
#include "ui/DashboardPage.h"
#include "ui/HandoverPage.h"
#include "ui/IntakePage.h"
#include "ui/LoginDialog.h"
#include "ui/LookupPage.h"
#include "ui/MainWindow.h"
#include "ui/ReturnPage.h"
#include "ui/StoreWorker.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

std::unique_ptr<ui::StoreWorker> workerFor(const StoreFixture& f)
{
    auto opened = store::Store::open(f.dbPath());
    if (!opened)
        return nullptr;
    return std::make_unique<ui::StoreWorker>(std::move(opened.value()));
}

// Roles a clerk operates (focus, type, press, choose): each needs a name to be found by.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::TreeItem:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface* iface)
{
    QObject* object = iface->object();
    return QStringLiteral("role %1, %2 \"%3\"")
        .arg(int(iface->role()))
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("(no object)"))
        .arg(object ? object->objectName() : QString());
}

// Walks the visible accessibility tree below `iface` and lists every unnamed interactive control.
void findUnnamed(QAccessibleInterface* iface, QStringList& problems, int& checked, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 64 || iface->state().invisible)
        return;
    if (isInteractive(iface->role())) {
        ++checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << describe(iface);
    }
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::Tree)
        return; // cells and headers are read through the table's own name
    for (int i = 0; i < iface->childCount(); ++i)
        findUnnamed(iface->child(i), problems, checked, depth + 1);
}

QString labelText(const QLabel* label)
{
    QString text = label->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

// Every visible label with a buddy: the buddy's accessible name is the label's text.
void findMisnamed(QWidget* root, QStringList& problems, int& checked)
{
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->buddy() || !label->isVisible())
            continue;
        ++checked;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(label->buddy());
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name != labelText(label))
            problems << QStringLiteral("%1 is named \"%2\" but its label reads \"%3\"")
                            .arg(label->buddy()->objectName(), name, labelText(label));
    }
}

QStringList accessibilityProblems(QWidget* root, int* controls = nullptr)
{
    QStringList problems;
    int interactive = 0;
    int labelled = 0;
    findUnnamed(QAccessible::queryAccessibleInterface(root), problems, interactive);
    findMisnamed(root, problems, labelled);
    if (controls)
        *controls = interactive;
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("vi")));
        QAccessible::setActive(true);
    }

    void everyControlIsNamedOnEveryPage()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.store->receive(f.clerk, StoreFixture::citizenIntake()));
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::MainWindow window(SiteConfig::demo(), QString());
        auto* lookup = new ui::LookupPage(*worker, f.clerk);
        lookup->setPrintHandler([](const QString&) {});
        window.setPageWidget(ui::MainWindow::Page::Lookup, lookup);
        window.setPageWidget(ui::MainWindow::Page::Return, new ui::ReturnPage(*worker, f.clerk));
        window.setPageWidget(ui::MainWindow::Page::Queues, new ui::HandoverPage(*worker, f.clerk, SiteConfig::demo()));
        // The supervisor's dashboard, on a worker of its own, with its figures shown.
        auto reader = workerFor(f);
        QVERIFY(reader);
        auto* dashboard = new ui::DashboardPage(*reader, *worker, f.supervisor, SiteConfig::demo());
        QSignalSpy dashboardShown(dashboard, &ui::DashboardPage::refreshed);
        window.setPageWidget(ui::MainWindow::Page::Dashboard, dashboard);
        window.setSession(worker.get(), f.clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The lookup page with results and a selected dossier: table, details and every button shown.
        window.showPage(ui::MainWindow::Page::Lookup);
        auto* query = window.findChild<QLineEdit*>(QStringLiteral("lookup_query"));
        QVERIFY(query);
        QTest::keyClicks(query, QStringLiteral("nguyen van an"));
        QSignalSpy shown(lookup, &ui::LookupPage::dossierShown);
        QTest::keyClick(query, Qt::Key_Return);
        QVERIFY(shown.wait(10000));

        window.showPage(ui::MainWindow::Page::Dashboard);
        QVERIFY(dashboardShown.count() > 0 || dashboardShown.wait(10000));
        QCOMPARE(QAccessible::queryAccessibleInterface(window.findChild<QWidget*>(QStringLiteral("dashboard_queue")))
                     ->text(QAccessible::Name),
            QStringLiteral("Hồ sơ trong hàng đợi"));
        const QMetaEnum pages = QMetaEnum::fromType<ui::MainWindow::Page>();
        for (int i = 0; i < pages.keyCount(); ++i) {
            const auto page = static_cast<ui::MainWindow::Page>(pages.value(i));
            window.showPage(page);
            int controls = 0;
            const QStringList problems = accessibilityProblems(&window, &controls);
            QVERIFY2(problems.isEmpty(), qPrintable(pages.key(i) + QStringLiteral(": ") + problems.join(u"; ")));
            // The six navigation buttons and the three menus at least were checked.
            QVERIFY2(controls >= 9, qPrintable(QString::number(controls)));
        }
        // Every tab of the dashboard.
        window.showPage(ui::MainWindow::Page::Dashboard);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("dashboard_tabs"));
        QVERIFY(tabs);
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            const QStringList problems = accessibilityProblems(&window);
            QVERIFY2(problems.isEmpty(), qPrintable(tabs->tabText(t) + QStringLiteral(": ") + problems.join(u"; ")));
        }
        // The lookup page's own controls, by the names the clerk reads.
        window.showPage(ui::MainWindow::Page::Lookup);
        QCOMPARE(QAccessible::queryAccessibleInterface(query)->text(QAccessible::Name), QStringLiteral("Tìm"));
        auto* table = window.findChild<QWidget*>(QStringLiteral("lookup_results"));
        QCOMPARE(
            QAccessible::queryAccessibleInterface(table)->text(QAccessible::Name), QStringLiteral("Hồ sơ tìm thấy"));

        // The lock screen and the sign-in dialog over it.
        window.lock();
        QVERIFY(window.isLocked());
        QStringList problems = accessibilityProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
        QPointer<ui::LoginDialog> dialog = window.lockDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        int controls = 0;
        problems = accessibilityProblems(dialog, &controls);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
        QVERIFY(controls >= 4); // login name, password, sign in, cancel
        auto* login = dialog->findChild<QLineEdit*>(QStringLiteral("login_user"));
        QCOMPARE(
            QAccessible::queryAccessibleInterface(login)->text(QAccessible::Name), QStringLiteral("Tên đăng nhập"));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void everyIntakeStepIsNamed()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::MainWindow window(SiteConfig::demo(), QString());
        auto* intake = new ui::IntakePage(*worker, f.clerk, SiteConfig::demo(), f.dir.path());
        intake->setPrintSink([](const print::PrintRequest&) { return Status {}; });
        QSignalSpy loaded(intake, &ui::IntakePage::catalogueLoaded);
        window.setPageWidget(ui::MainWindow::Page::Intake, intake);
        window.show();
        window.showPage(ui::MainWindow::Page::Intake);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        const auto check = [&window](const char* step) {
            int controls = 0;
            const QStringList problems = accessibilityProblems(&window, &controls);
            QVERIFY2(problems.isEmpty(),
                qPrintable(QString::fromLatin1(step) + QStringLiteral(": ") + problems.join(u"; ")));
            QVERIFY2(controls >= 11, qPrintable(QString::fromLatin1(step) + QString::number(controls)));
        };
        check("procedure");
        intake->findChild<QLineEdit*>(QStringLiteral("intake_procedure_search"))
            ->setText(QStringLiteral("LOCAL-RF-006"));
        intake->next();
        QCOMPARE(intake->step(), ui::IntakePage::Step::Applicant);
        intake->findChild<QCheckBox*>(QStringLiteral("intake_owner_differs"))->setChecked(true);
        check("applicant and owner");
        QCOMPARE(
            QAccessible::queryAccessibleInterface(intake->findChild<QLineEdit*>(QStringLiteral("intake_applicant_id")))
                ->text(QAccessible::Name),
            QStringLiteral("Số định danh cá nhân"));
        intake->findChild<QCheckBox*>(QStringLiteral("intake_owner_differs"))->setChecked(false);
        intake->findChild<QLineEdit*>(QStringLiteral("intake_applicant_id"))->setText(QStringLiteral("001090012345"));
        intake->findChild<QLineEdit*>(QStringLiteral("intake_applicant_name"))
            ->setText(QStringLiteral("Nguyễn Văn An"));
        intake->next();
        QCOMPARE(intake->step(), ui::IntakePage::Step::Papers);
        check("papers");
        intake->next();
        QCOMPARE(intake->step(), ui::IntakePage::Step::Decision);
        check("decision");
        intake->findChild<QRadioButton*>(QStringLiteral("intake_accept"))->click();
        QSignalSpy received(intake, &ui::IntakePage::received);
        intake->next();
        QVERIFY2(received.count() > 0 || received.wait(10000),
            qPrintable(intake->findChild<QLabel*>(QStringLiteral("intake_status"))->text()));
        QCOMPARE(intake->step(), ui::IntakePage::Step::Fee);
        intake->findChild<QRadioButton*>(QStringLiteral("intake_pay_transfer"))->setChecked(true);
        check("fee");
        intake->findChild<QPushButton*>(QStringLiteral("intake_fee_later"))->click();
        QCOMPARE(intake->step(), ui::IntakePage::Step::Done);
        check("done");
    }

    void shortcutsListIsAccessible()
    {
        ui::MainWindow window(SiteConfig::demo(), QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showShortcuts();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        int controls = 0;
        const QStringList problems = accessibilityProblems(dialog, &controls);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
        QVERIFY(controls >= 2); // the table and the close button
    }

    void navigationFollowsAccessibleActions()
    {
        ui::MainWindow window(SiteConfig::demo(), QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* stack = window.findChild<QWidget*>(QStringLiteral("page_intake"))->parentWidget();
        const QMetaEnum pages = QMetaEnum::fromType<ui::MainWindow::Page>();
        // Toggle, as AT-SPI does for a checkable button: the button is checked and its page is shown.
        for (int i = pages.keyCount() - 1; i >= 0; --i) {
            const auto page = static_cast<ui::MainWindow::Page>(pages.value(i));
            const QString key = ui::MainWindow::pageKey(page);
            auto* button = window.findChild<QToolButton*>(QStringLiteral("nav_") + key);
            QVERIFY(button);
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(button);
            QVERIFY(iface && iface->actionInterface());
            QCOMPARE(iface->text(QAccessible::Name), button->text());
            const QStringList actions = iface->actionInterface()->actionNames();
            QVERIFY2(actions.contains(QAccessibleActionInterface::toggleAction()), qPrintable(actions.join(u',')));
            if (i == 0) // Intake is shown at start: go elsewhere first so that the toggle must change the page
                window.showPage(ui::MainWindow::Page::Admin);
            iface->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
            QVERIFY(button->isChecked());
            QCOMPARE(window.currentPage(), page);
            QCOMPARE(static_cast<QStackedWidget*>(stack)->currentWidget()->objectName(), QStringLiteral("page_") + key);
            QVERIFY(window.findChild<QWidget*>(QStringLiteral("page_") + key)->isVisible());
        }
        // The keyboard does the same: Space on the focused button.
        auto* lookup = window.findChild<QToolButton*>(QStringLiteral("nav_lookup"));
        lookup->setFocus();
        QTest::keyClick(lookup, Qt::Key_Space);
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Lookup);
        QVERIFY(lookup->isChecked());
        QVERIFY(!window.findChild<QToolButton*>(QStringLiteral("nav_intake"))->isChecked());
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
