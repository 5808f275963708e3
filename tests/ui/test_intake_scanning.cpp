// A full intake in the window as the desk runs it: the intake page with the real scanning panel
// scanning from SANE's "test" backend (the project's own SANE configuration stands in for the hardware),
// the pages assembled into the paper's PDF and stored with the dossier, and the receipt printed to PDF.
// The counter effort of the walk (keys and clicks beyond typed names and numbers) is printed.
#include "tests/ui/IntakeDesk.h"

#include "core/Translations.h"
#include "scanner/SaneBackend.h"
#include "scanner/ScannerSettings.h"
#include "ui/PaperChecklistModel.h"
#include "ui/ScanPanel.h"

#include <QComboBox>
#include <QDir>
#include <QPdfDocument>
#include <QPushButton>
#include <QRadioButton>

using namespace motcua;
using namespace motcua::test;
using Step = ui::IntakePage::Step;

class TestIntakeScanning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void scannedPapersGoIntoTheDossierAndTheReceiptIsPrinted()
    {
        Desk d;
        QVERIFY(d.setUp());
        scanner::ScannerSettings settings;
        settings.resolution = 75;
        ui::ScanPanel panel(
            std::make_shared<scanner::SaneBackend>(), d.f.dir.filePath(QStringLiteral("scans")), settings);
        panel.setExtraOptions({ { QStringLiteral("test-picture"), QStringLiteral("Grid") },
            { QStringLiteral("read-limit"), QStringLiteral("no") },
            { QStringLiteral("read-delay"), QStringLiteral("no") } });
        QVERIFY(d.open());
        d.page->setPaperFiles(&panel);
        Effort e;
        walkToPapers(d, e);

        // The papers step shows the scanning panel; the three papers were brought as the catalogue asks.
        QVERIFY(panel.isVisible());
        e.key(Qt::Key_Space);
        e.key(Qt::Key_Space);
        e.key(Qt::Key_Space);
        QCOMPARE(d.page->checklistModel()->missingRequired(), 0);
        QCOMPARE(panel.currentPaper(), QStringLiteral("tai-lieu")); // the row the checklist is on

        // Two pages of the technical documents from the flatbed of the "test" device.
        auto* device = panel.findChild<QComboBox*>(QStringLiteral("scanDevice"));
        QVERIFY(QTest::qWaitFor([device] { return device->findData(QStringLiteral("test:0")) >= 0; }, 20000));
        device->setCurrentIndex(device->findData(QStringLiteral("test:0")));
        auto* source = panel.findChild<QComboBox*>(QStringLiteral("scanSource"));
        source->setCurrentIndex(source->findData(int(scanner::ScanSource::Flatbed)));
        auto* scan = panel.findChild<QPushButton*>(QStringLiteral("scanButton"));
        for (int sheet = 0; sheet < 2; ++sheet) {
            QSignalSpy ended(&panel, &ui::ScanPanel::scanEnded);
            QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 20000);
            e.click(scan);
            QVERIFY(QTest::qWaitFor([&] { return !ended.isEmpty() && panel.pendingPages() == 0; }, 60000));
        }
        QCOMPARE(panel.pageCounts().value(QStringLiteral("tai-lieu")), 2);
        QTRY_COMPARE(d.page->checklistModel()->rows().at(2).files, 2);

        // Decide: complete, so accept; the receipt prints and the scanned paper is stored as one PDF.
        e.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(d.page->step(), Step::Decision);
        QVERIFY(d.find<QRadioButton>(QStringLiteral("intake_accept"))->isChecked());
        QSignalSpy received(d.page.get(), &ui::IntakePage::received);
        e.key(Qt::Key_Return);
        e.count += 1; // the print preview's "Print" at a real desk (tests print straight to PDF)
        QVERIFY(received.wait(30000));
        qInfo("Counter effort with two scanned pages, from the procedure to the printed receipt: %d", e.count);
        QCOMPARE(d.printed, QList<forms::FormKey> { forms::FormKey::Receipt });

        auto stored = d.f.store->dossier(d.f.clerk, d.page->lastCode());
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->documents.size(), 3);
        QCOMPARE(stored->documents.at(2).componentId, QStringLiteral("tai-lieu"));
        QCOMPARE(stored->documents.at(2).files.size(), 1);
        QPdfDocument pdf;
        const QString path = QDir(d.f.store->dataDir()).filePath(stored->documents.at(2).files.first().path);
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 2);
        // The panel's work files are gone with the received dossier; the next citizen starts empty.
        QCOMPARE(panel.pageCounts().value(QStringLiteral("tai-lieu")), 0);
    }
};

QTEST_MAIN(TestIntakeScanning)
#include "test_intake_scanning.moc"
