// The desk window: Vietnamese navigation found by objectName, page switching, and the status bar's
// desk, user and online/offline state against a real central server on loopback.
#include "core/SiteConfig.h"
#include "core/Translations.h"
#include "sync/central/CentralServer.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest>

using namespace motcua;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void vietnameseNavigation()
    {
        ui::MainWindow window(SiteConfig::demo(), QStringLiteral("Nguyễn Thị Hoa"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QPair<QString, QString>> expected = {
            { QStringLiteral("nav_intake"), QStringLiteral("Tiếp nhận") },
            { QStringLiteral("nav_return"), QStringLiteral("Trả kết quả") },
            { QStringLiteral("nav_lookup"), QStringLiteral("Tra cứu") },
            { QStringLiteral("nav_queues"), QStringLiteral("Hàng đợi") },
            { QStringLiteral("nav_sync"), QStringLiteral("Đồng bộ") },
            { QStringLiteral("nav_admin"), QStringLiteral("Quản trị") },
        };
        for (const auto& [name, label] : expected) {
            auto* button = window.findChild<QToolButton*>(name);
            QVERIFY2(button, qPrintable(name));
            QCOMPARE(button->text(), label);
            QVERIFY(button->isVisible());
        }
    }

    void navigationSwitchesPages()
    {
        ui::MainWindow window(SiteConfig::demo(), {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Intake);
        QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("nav_lookup")), Qt::LeftButton);
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Lookup);
        auto* page = window.findChild<QWidget*>(QStringLiteral("page_lookup"));
        QVERIFY(page && page->isVisible());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("title_lookup"))->text(), QStringLiteral("Tra cứu hồ sơ"));
        QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("nav_admin")), Qt::LeftButton);
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Admin);
        QVERIFY(window.findChild<QToolButton*>(QStringLiteral("nav_admin"))->isChecked());
        QVERIFY(!window.findChild<QToolButton*>(QStringLiteral("nav_lookup"))->isChecked());
    }

    void statusBarShowsDeskUserAndOnline()
    {
        sync::CentralServer server({ QHostAddress::LocalHost, 0, {} });
        QVERIFY(server.start().ok());
        SiteConfig site = SiteConfig::demo();
        site.centralUrl = QUrl(server.baseUrl());
        ui::MainWindow window(site, QStringLiteral("Nguyễn Thị Hoa"));
        window.show();
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("status_desk"))->text().contains(QStringLiteral("D01")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("status_user"))
                    ->text()
                    .contains(QStringLiteral("Nguyễn Thị Hoa")));
        auto* online = window.findChild<QLabel*>(QStringLiteral("status_online"));
        window.connectivity()->start(60000);
        QTRY_VERIFY_WITH_TIMEOUT(online->property("online").toBool(), 10000);
        QVERIFY2(online->text().contains(QStringLiteral("Trực tuyến")), qPrintable(online->text()));
    }

    void statusBarShowsOfflineWithoutServer()
    {
        // Reserve a port, then free it so nothing listens there.
        quint16 port = 0;
        {
            sync::CentralServer probe({ QHostAddress::LocalHost, 0, {} });
            QVERIFY(probe.start().ok());
            port = probe.port();
        }
        SiteConfig site = SiteConfig::demo();
        site.centralUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        ui::MainWindow window(site, {});
        auto* online = window.findChild<QLabel*>(QStringLiteral("status_online"));
        window.connectivity()->start(60000);
        QTRY_COMPARE_WITH_TIMEOUT(window.connectivity()->state(), ui::ConnectivityMonitor::State::Offline, 10000);
        QVERIFY2(online->text().contains(QStringLiteral("Ngoại tuyến")), qPrintable(online->text()));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("status_user"))
                    ->text()
                    .contains(QStringLiteral("chưa đăng nhập")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
