// The lookup page (Tra cứu) against a real SQLite store: diacritic-insensitive search, the results
// model (checked by QAbstractItemModelTester), details of the selected dossier, the print hand-off,
// and the sign-in dialog's messages.
#include "tests/support/StoreFixture.h"

#include "core/Translations.h"
#include "ui/LoginDialog.h"
#include "ui/LookupPage.h"
#include "ui/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

class TestLookupPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

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

        ui::LookupPage page(*f.store, f.clerk);
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

        QTest::keyClicks(query, QStringLiteral("dang thi"));
        QTest::keyClick(query, Qt::Key_Return);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, ui::SearchResultsModel::Code).data().toString(), other->code);
        QCOMPARE(page.model()->index(0, ui::SearchResultsModel::Applicant).data().toString(),
            QStringLiteral("Đặng Thị Thu"));
        // One hit is selected at once and its details are shown.
        QCOMPARE(page.selectedCode(), other->code);
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Đặng Thị Thu")));
        QVERIFY(details->toPlainText().contains(other->code));
        QVERIFY(print->isEnabled());
        QTest::mouseClick(print, Qt::LeftButton);
        QCOMPARE(printed, other->code);

        // The code typed (or scanned by a keyboard-wedge reader) finds the other dossier.
        query->clear();
        QTest::keyClicks(query, first->code);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("lookup_search")), Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.selectedCode(), first->code);
        QVERIFY(details->toPlainText().contains(QStringLiteral("Nguyễn Văn An")));
    }

    void noMatchAndEmptyQueryAreExplained()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        ui::LookupPage page(*f.store, f.clerk);
        auto* query = page.findChild<QLineEdit*>(QStringLiteral("lookup_query"));
        auto* status = page.findChild<QLabel*>(QStringLiteral("lookup_status"));
        page.search();
        QVERIFY2(status->text().contains(QStringLiteral("Tìm")), qPrintable(status->text()));
        query->setText(QStringLiteral("không có ai"));
        page.search();
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY2(status->text().contains(QStringLiteral("không có ai")), qPrintable(status->text()));
        // What was typed stays in the field.
        QCOMPARE(query->text(), QStringLiteral("không có ai"));
    }

    void loginDialogKeepsInputAndExplainsFailures()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        ui::LoginDialog dialog(*f.store, QStringLiteral("clerk"));
        auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("login_user"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("login_password"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("login_error"));
        QCOMPARE(login->text(), QStringLiteral("clerk"));

        password->setText(QStringLiteral("wrong-password"));
        dialog.tryLogin();
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
        QVERIFY(dialog.actor());
        QCOMPARE(dialog.actor()->login, QStringLiteral("clerk"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestLookupPage)
#include "test_lookuppage.moc"
