// The hand-over page (Bàn giao) against a real store through the StoreWorker: the accepted dossiers
// grouped by the unit that decides them; ticking a unit ticks its dossiers; "Hand over" applies the
// step to the ticked ones and prints each one's control slip (rendered to PDF here); a result that came
// back by hand is marked ready and joins the return list. The page lists the day's dossiers; the ones of
// earlier days still waiting are counted on the page and listed when the clerk ticks the box for them.
// The model passes QAbstractItemModelTester.
#include "tests/support/StoreFixture.h"

#include "core/Translations.h"
#include "ui/HandoverPage.h"
#include "ui/StoreWorker.h"
#include "ui/print/FormRenderer.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
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

// An intake of a procedure with every component of the catalogue given once.
dossier::IntakeRequest withPapers(StoreFixture& f, const QString& procedure, const QString& name)
{
    dossier::IntakeRequest r = StoreFixture::citizenIntake(procedure, name);
    auto p = f.store->procedure(procedure, QDate(2025, 3, 12));
    if (p && p->components)
        for (const catalogue::Component& c : *p->components)
            r.documents << dossier::IntakeDocument { c.id, 1, 0, 0, {} };
    return r;
}

QStandardItem* unitItem(QStandardItemModel* model, const QString& unit)
{
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->item(i)->data(Qt::UserRole).toString() == unit)
            return model->item(i);
    return nullptr;
}

} // namespace

class TestHandoverPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void handsOverAUnitWithItsControlSlips()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString rf1
            = f.receiveOne(withPapers(f, QStringLiteral("LOCAL-RF-001"), QStringLiteral("Nguyễn Văn An")));
        const QString rf2 = f.receiveOne(withPapers(f, QStringLiteral("LOCAL-RF-004"), QStringLiteral("Lê Thị Hằng")));
        const QString vt = f.receiveOne(withPapers(f, QStringLiteral("LOCAL-VT-001"), QStringLiteral("Đỗ Văn Tư")));
        QVERIFY(!rf1.isEmpty() && !rf2.isEmpty() && !vt.isEmpty());
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::HandoverPage page(*worker, f.clerk, SiteConfig::demo());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTemporaryDir pdfs;
        QStringList printed;
        page.setPrintHandler([&](const print::PrintRequest& request) {
            QCOMPARE(request.key, forms::FormKey::ControlSlip);
            const QString path = pdfs.filePath(request.dossier.code + QStringLiteral(".pdf"));
            auto rendered = print::FormRenderer().renderPdf(request, path);
            QVERIFY2(rendered, rendered ? "" : qPrintable(rendered.error().message));
            printed << path;
        });
        QSignalSpy listed(&page, &ui::HandoverPage::listed);
        page.show();
        QTRY_VERIFY(listed.size() >= 1);
        QTRY_COMPARE(page.model()->rowCount(), 2);

        const QString frequencies = QStringLiteral("Cục Tần số vô tuyến điện");
        const QString province = QStringLiteral("Ủy ban nhân dân cấp tỉnh");
        QStandardItem* rf = unitItem(page.model(), frequencies);
        QStandardItem* ubnd = unitItem(page.model(), province);
        QVERIFY(rf && ubnd);
        QCOMPARE(rf->rowCount(), 2);
        QCOMPARE(ubnd->rowCount(), 1);
        QCOMPARE(ubnd->child(0)->text(), vt);

        // Ticking a unit ticks its dossiers; one dossier unticked leaves the unit partly ticked.
        QVERIFY(page.model()->setData(rf->index(), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(page.checkedCodes().size(), 2);
        QVERIFY(page.checkedCodes().contains(rf1) && page.checkedCodes().contains(rf2));
        rf->child(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(rf->checkState(), Qt::PartiallyChecked);
        rf->child(1)->setCheckState(Qt::Checked);
        QCOMPARE(rf->checkState(), Qt::Checked);

        QSignalSpy handed(&page, &ui::HandoverPage::handedOver);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("handover_hand_over")), Qt::LeftButton);
        QVERIFY(handed.wait(10000));
        QCOMPARE(handed.first().at(1).toInt(), 2);
        QCOMPARE(printed.size(), 2);
        for (const QString& pdf : printed) {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(5) == "%PDF-");
            QVERIFY(file.size() > 2000);
        }
        for (const QString& code : { rf1, rf2 }) {
            auto d = f.store->dossier(f.clerk, code);
            QVERIFY(d);
            QCOMPARE(d->state, workflow::State::Processing);
            QCOMPARE(d->handOvers.last().toUnit, frequencies);
        }
        QCOMPARE(f.store->dossier(f.clerk, vt)->state, workflow::State::Received);
        // Only the province's dossier is left to hand over.
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->item(0)->data(Qt::UserRole).toString(), province);

        // A result that came back by hand joins the ready-for-return list.
        auto* code = page.findChild<QLineEdit*>(QStringLiteral("handover_ready_code"));
        QSignalSpy ready(&page, &ui::HandoverPage::resultMarkedReady);
        QTest::keyClicks(code, rf1);
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(ready.wait(10000));
        QCOMPARE(f.store->dossier(f.clerk, rf1)->state, workflow::State::ResultReady);
        QCOMPARE(f.store->inState(f.clerk, workflow::State::ResultReady)->size(), 1);

        // One not yet handed over cannot be marked ready: the store's message is shown.
        QSignalSpy refused(&page, &ui::HandoverPage::refused);
        QTest::keyClicks(code, vt);
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(refused.wait(10000));
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("handover_status"))->text().isEmpty());

        // Nothing ticked: nothing handed over.
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("handover_hand_over")), Qt::LeftButton);
        QCOMPARE(handed.size(), 1);
        // Select all ticks the remaining unit.
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("handover_select_all")), Qt::LeftButton);
        QCOMPARE(page.checkedCodes(), QStringList { vt });

        // Postal staff hand over but do not record results coming back (the permission table).
        page.setActor(f.postal);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("handover_hand_over"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("handover_mark_ready"))->isEnabled());
        page.setActor(f.supervisor);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("handover_hand_over"))->isEnabled());
    }

    void listsTheDayAndCountsEarlierDaysStillWaiting()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        f.clock.setLocal(QDate(2025, 3, 10), QTime(16, 30));
        const QString old1 = f.receiveOne(withPapers(f, QStringLiteral("LOCAL-RF-001"), QStringLiteral("Phạm Văn Cũ")));
        f.clock.setLocal(QDate(2025, 3, 11), QTime(23, 50)); // the evening before, local time
        const QString old2 = f.receiveOne(withPapers(f, QStringLiteral("LOCAL-VT-001"), QStringLiteral("Vũ Thị Muộn")));
        f.clock.setLocal(QDate(2025, 3, 12), QTime(0, 10)); // just after midnight: today's
        const QString today
            = f.receiveOne(withPapers(f, QStringLiteral("LOCAL-RF-004"), QStringLiteral("Lê Thị Hằng")));
        QVERIFY(!old1.isEmpty() && !old2.isEmpty() && !today.isEmpty());
        f.clock.setLocal(QDate(2025, 3, 12), QTime(9, 5));
        auto worker = workerFor(f);
        QVERIFY(worker);
        ui::HandoverPage page(*worker, f.clerk, SiteConfig::demo());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listed(&page, &ui::HandoverPage::listed);
        page.show();
        QTRY_VERIFY(listed.size() >= 1);

        // Today's dossier only, and a visible count of the two earlier ones with what to tick.
        auto* box = page.findChild<QCheckBox*>(QStringLiteral("handover_include_earlier"));
        auto* hint = page.findChild<QLabel*>(QStringLiteral("handover_earlier"));
        QVERIFY(box && hint);
        QVERIFY(!box->isChecked());
        QCOMPARE(box->accessibleName(), QStringLiteral("Gồm cả hồ sơ các ngày trước còn chờ"));
        QCOMPARE(page.earlierWaiting(), 2);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->item(0)->rowCount(), 1);
        QCOMPARE(page.model()->item(0)->child(0)->text(), today);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("2")), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(box->accessibleName()), qPrintable(hint->text()));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("handover_select_all")), Qt::LeftButton);
        QCOMPARE(page.checkedCodes(), QStringList { today });

        // Ticked: the earlier ones are listed too, under their units, and can be handed over.
        listed.clear();
        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(page.includesEarlier());
        QTRY_VERIFY(listed.size() >= 1);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("handover_select_all")), Qt::LeftButton);
        QStringList all = page.checkedCodes();
        all.sort();
        QStringList expected { old1, old2, today };
        expected.sort();
        QCOMPARE(all, expected);
        QVERIFY(hint->isVisible());

        // Once they are handed over, nothing earlier is waiting: the line goes away.
        QSignalSpy handed(&page, &ui::HandoverPage::handedOver);
        listed.clear();
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("handover_hand_over")), Qt::LeftButton);
        QVERIFY(handed.wait(10000));
        QTRY_VERIFY(listed.size() >= 1);
        QCOMPARE(page.earlierWaiting(), 0);
        QVERIFY(!hint->isVisible());
        page.setIncludeEarlier(false);
        QTRY_VERIFY(listed.size() >= 2);
        QCOMPARE(page.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestHandoverPage)
#include "test_handoverpage.moc"
