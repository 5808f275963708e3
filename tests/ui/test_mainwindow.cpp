// The desk window: Vietnamese navigation found by objectName, page switching, and the status bar's
// desk, user and online/offline state read from sync's ConnectivityMonitor over the real libcurl
// transport against an HTTP server on loopback.
#include "core/SiteConfig.h"
#include "core/Translations.h"
#include "sync/ConnectivityMonitor.h"
#include "sync/CurlTransport.h"
#include "tests/support/FakeTransport.h"
#include "tests/support/LoopbackHttpServer.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTcpServer>
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

    void readOnlyFolderBannerSaysLookupOnly()
    {
        ui::MainWindow window(SiteConfig::demo(), QStringLiteral("Nguyễn Thị Hoa"));
        window.show();
        auto* banner = window.findChild<QLabel*>(QStringLiteral("read_only_banner"));
        QVERIFY(banner);
        QVERIFY(banner->isHidden());
        window.setReadOnlyNotice(QStringLiteral("Thư mục dữ liệu /x chỉ đọc."));
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(QStringLiteral("Chỉ tra cứu")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("/x")));
        QCOMPARE(banner->accessibleName(), banner->text());
    }

    void statusBarShowsDeskUserAndOnline()
    {
        test::LoopbackHttpServer server;
        QVERIFY(server.start());
        SiteConfig site = SiteConfig::demo();
        site.centralUrl = server.url();
        ui::MainWindow window(site, QStringLiteral("Nguyễn Thị Hoa"));
        window.show();
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("status_desk"))->text().contains(QStringLiteral("D01")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("status_user"))
                    ->text()
                    .contains(QStringLiteral("Nguyễn Thị Hoa")));
        auto* online = window.findChild<QLabel*>(QStringLiteral("status_online"));
        QVERIFY2(online->text().contains(QStringLiteral("Đang kiểm tra")), qPrintable(online->text()));
        sync::CurlTransport transport;
        sync::ConnectivityMonitor monitor(transport, site.centralUrl);
        window.setConnectivity(&monitor);
        monitor.start(60000);
        QTRY_VERIFY_WITH_TIMEOUT(online->property("online").toBool(), 10000);
        QVERIFY2(online->text().contains(QStringLiteral("Trực tuyến")), qPrintable(online->text()));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().path, QByteArrayLiteral("/health"));
    }

    void statusBarShowsOfflineWithoutServer()
    {
        // Reserve a port, then free it so nothing listens there.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        SiteConfig site = SiteConfig::demo();
        site.centralUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        ui::MainWindow window(site, {});
        auto* online = window.findChild<QLabel*>(QStringLiteral("status_online"));
        sync::CurlTransport transport;
        sync::ConnectivityMonitor monitor(transport, site.centralUrl);
        window.setConnectivity(&monitor);
        monitor.start(60000);
        QTRY_COMPARE_WITH_TIMEOUT(window.connectivity()->state(), sync::ConnectivityMonitor::State::Offline, 10000);
        QVERIFY2(online->text().contains(QStringLiteral("Ngoại tuyến")), qPrintable(online->text()));
        // The reason is one hover away.
        QVERIFY2(online->toolTip().contains(QStringLiteral("Không kết nối được")), qPrintable(online->toolTip()));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("status_user"))
                    ->text()
                    .contains(QStringLiteral("chưa đăng nhập")));
    }

    void statusBarFollowsTheMonitorBothWays()
    {
        test::FakeTransport transport;
        transport.respond(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
        transport.fail(sync::TransportError::ConnectionLost);
        transport.respond(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
        ui::MainWindow window(SiteConfig::demo(), {});
        auto* online = window.findChild<QLabel*>(QStringLiteral("status_online"));
        {
            sync::ConnectivityMonitor monitor(transport, QUrl(QStringLiteral("https://central.example.vn")));
            window.setConnectivity(&monitor);
            monitor.checkNow();
            QTRY_VERIFY(online->property("online").toBool());
            QVERIFY(window.findChild<QLabel*>(QStringLiteral("offline_banner"))->isHidden());
            monitor.checkNow();
            QTRY_VERIFY(!online->property("online").toBool());
            QVERIFY(online->text().contains(QStringLiteral("Ngoại tuyến")));
            QVERIFY(!window.findChild<QLabel*>(QStringLiteral("offline_banner"))->isHidden());
            QVERIFY(!online->toolTip().isEmpty());
            monitor.checkNow();
            QTRY_VERIFY(online->property("online").toBool());
            QVERIFY(online->toolTip().isEmpty());
            QVERIFY(window.findChild<QLabel*>(QStringLiteral("offline_banner"))->isHidden());
        }
        // The monitor is gone: the window does not point at it any more.
        QVERIFY(!window.connectivity());
    }

    void statusBarShowsWhatWaitsForCentral()
    {
        ui::MainWindow window(SiteConfig::demo(), {});
        auto* label = window.findChild<QLabel*>(QStringLiteral("status_sync"));
        QVERIFY(label);
        sync::SyncState state;
        state.online = true;
        state.pending = 7;
        window.setSyncState(state);
        QVERIFY2(label->text().contains(QStringLiteral("7")), qPrintable(label->text()));
        QVERIFY(label->toolTip().isEmpty());
        // A record central refused is held back with its reason, one hover away.
        state.parked = 1;
        state.lastError = QStringLiteral("máy chủ trả lời 400");
        state.parkedRecords.append({ QStringLiteral("k1"), QStringLiteral("000.00.25.G14-251203-0001"),
            QStringLiteral("DongBoHoSoMC"), QStringLiteral("LoaiDoiTuong: giá trị không hợp lệ") });
        window.setSyncState(state);
        QVERIFY2(label->text().contains(QStringLiteral("giữ lại: 1")), qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(QStringLiteral("000.00.25.G14-251203-0001 — LoaiDoiTuong")));
        QVERIFY(label->toolTip().contains(QStringLiteral("máy chủ trả lời 400")));
        window.setSyncNotice(QStringLiteral("Không đồng bộ: chưa có khóa của quầy"));
        QCOMPARE(label->text(), QStringLiteral("Không đồng bộ: chưa có khóa của quầy"));
        QVERIFY(label->toolTip().isEmpty());
    }

    void weakenedTlsIsShownLoudly()
    {
        ui::MainWindow window(SiteConfig::demo(), {});
        auto* label = window.findChild<QLabel*>(QStringLiteral("status_sync"));
        QVERIFY(label);
        sync::SyncState state;
        state.online = true;
        state.pending = 2;
        state.securityWarning = QStringLiteral("CẢNH BÁO: đã tắt kiểm tra TLS");
        window.setSyncState(state);
        QVERIFY2(
            label->text().startsWith(QStringLiteral("⚠ CẢNH BÁO: đã tắt kiểm tra TLS")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("2"))); // the count is still there, after the warning
        QVERIFY(label->styleSheet().contains(QStringLiteral("background")));
        state.securityWarning.clear();
        window.setSyncState(state);
        QVERIFY(!label->text().contains(QStringLiteral("⚠")));
        QVERIFY(!label->styleSheet().contains(QStringLiteral("background")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
