// The intake page (Tiếp nhận) against a real SQLite store through the StoreWorker, driven by keyboard
// through its real widgets (found by objectName), forms printed to PDF: a full three-paper intake from
// the procedure search to the printed receipt and the recorded payment, with the counter effort (key
// presses and clicks beyond typed names and numbers) counted; a supplement request with the missing
// papers ticked; a refusal whose reason is required; a wrong ID number named in the message while the
// other fields stay; the draft that survives a crash and is gone after receipt; the ID card's QR typed
// by a handheld scanner; an earlier applicant recalled; the desk's most used procedures first; the
// page disabled for a role that may not receive; the item models under QAbstractItemModelTester.
#include "tests/ui/IntakeDesk.h"

#include "core/SiteConfig.h"
#include "core/Translations.h"
#include "ui/FileListPaperFiles.h"
#include "ui/IntakeDraft.h"
#include "ui/IntakePage.h"
#include "ui/MessageBox.h"
#include "ui/PaperChecklistModel.h"
#include "ui/PaperFiles.h"
#include "ui/ProcedureListModel.h"
#include "ui/StoreWorker.h"
#include "ui/print/FormRenderer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPdfDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;
using Step = ui::IntakePage::Step;

namespace {

// A PaperFiles source as the scanning panel would be: records what the page tells it.
class FakePaperFiles : public ui::PaperFiles
{
public:
    QWidget* widget() override { return &m_widget; }
    void setPapers(const QList<ui::PaperSlot>& papers) override { this->papers = papers; }
    void setCurrentPaper(const QString& componentId) override { current << componentId; }
    QMap<QString, int> pageCounts() const override
    {
        QMap<QString, int> counts;
        for (auto it = pages.begin(); it != pages.end(); ++it)
            counts.insert(it.key(), int(it.value().size()));
        return counts;
    }
    Result<QMap<QString, QStringList>> files() override
    {
        ++filesAsked;
        return pages;
    }
    void clear() override
    {
        pages.clear();
        ++cleared;
    }

    QList<ui::PaperSlot> papers;
    QStringList current;
    QMap<QString, QStringList> pages;
    int filesAsked = 0;
    int cleared = 0;

private:
    QWidget m_widget;
};

} // namespace

class TestIntakePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("vi"))); }

    void fullIntakeByKeyboardToThePrintedReceipt()
    {
        Desk d;
        QVERIFY(d.setUp());
        QVERIFY(d.open());
        const QString scan = d.f.dir.filePath(QStringLiteral("tai-lieu.pdf"));
        {
            QFile file(scan);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n% scanned technical documents\n");
        }
        d.page->fileList()->setFilePicker([scan](QWidget*) { return QStringList { scan }; });
        Effort e;
        walkToPapers(d, e);

        // Papers: Space marks each paper brought as the catalogue asks and moves down.
        auto* papers = d.find<QTableView>(QStringLiteral("intake_papers"));
        QCOMPARE(QApplication::focusWidget(), papers);
        QVERIFY(d.find<QLabel>(QStringLiteral("intake_completeness"))->text().contains(QStringLiteral("3")));
        QCOMPARE(d.page->checklistModel()->missingRequired(), 3);
        e.key(Qt::Key_Space);
        e.key(Qt::Key_Space);
        e.key(Qt::Key_Space);
        QCOMPARE(d.page->checklistModel()->missingRequired(), 0);
        // Two photocopies of the technical documents: right to the column, a digit edits, Enter keeps it.
        e.key(Qt::Key_Right);
        e.key(Qt::Key_Right);
        QCOMPARE(papers->currentIndex().column(), int(ui::PaperChecklistModel::Photocopies));
        Effort::type(QStringLiteral("2"));
        e.key(Qt::Key_Return);
        QTRY_COMPARE(d.page->checklistModel()->rows().at(2).photocopies, 2);
        QCOMPARE(d.page->step(), Step::Papers);
        // Its file, added to the current paper (the technical documents).
        e.click(d.find<QPushButton>(QStringLiteral("paper_files_add")));
        QCOMPARE(d.page->checklistModel()->rows().at(2).files, 1);
        e.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(d.page->step(), Step::Decision);

        // Decision: complete, so "accept" is chosen; Enter receives and prints the receipt.
        QVERIFY(d.find<QRadioButton>(QStringLiteral("intake_accept"))->isChecked());
        QSignalSpy received(d.page.get(), &ui::IntakePage::received);
        e.key(Qt::Key_Return);
        e.count += 1; // the print preview's "Print" at a real desk (tests print straight to PDF)
        QVERIFY(received.wait(10000));
        QCOMPARE(d.printed, QList<forms::FormKey> { forms::FormKey::Receipt });
        qInfo("Counter effort, three-paper dossier from the procedure to the printed receipt: %d key presses "
              "and clicks",
            e.count);
        QVERIFY2(e.count <= 25, qPrintable(QString::number(e.count)));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(d.pdfs.first()), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
        const QString code = d.page->lastCode();
        auto stored = d.f.store->dossier(d.f.clerk, code);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->procedureCode, kCode);
        QCOMPARE(stored->applicant.name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(stored->applicant.idNumber, QStringLiteral("001090012345"));
        QCOMPARE(stored->applicant.birthDate, QDate(1990, 5, 17));
        QCOMPARE(stored->documents.size(), 3);
        QCOMPARE(stored->documents.at(0).componentId, QStringLiteral("don"));
        QCOMPARE(stored->documents.at(0).originals, 1);
        QCOMPARE(stored->documents.at(1).certifiedCopies, 1);
        QCOMPARE(stored->documents.at(2).originals, 1);
        QCOMPARE(stored->documents.at(2).photocopies, 2);
        QCOMPARE(stored->documents.at(2).files.size(), 1);
        QVERIFY(stored->dueLocal.isValid());
        QVERIFY(d.find<QLabel>(QStringLiteral("intake_done_message"))->text().contains(code));
        QVERIFY(!QFile::exists(d.page->draftPath()));

        // Fee: the catalogue's amount, cash by default; the transfer shows its VietQR; Enter records it.
        QCOMPARE(d.page->step(), Step::Fee);
        QCOMPARE(d.edit(QStringLiteral("intake_fee_amount"))->text(), QStringLiteral("150000"));
        d.find<QRadioButton>(QStringLiteral("intake_pay_transfer"))->setChecked(true);
        QVERIFY(!d.find<QLabel>(QStringLiteral("intake_vietqr"))->pixmap().isNull());
        QVERIFY(d.find<QLabel>(QStringLiteral("intake_fee_account"))->text().contains(QStringLiteral("1234567890")));
        QSignalSpy paid(d.page.get(), &ui::IntakePage::paymentRecorded);
        d.find<QPushButton>(QStringLiteral("intake_pay"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(paid.wait(10000));
        auto afterPay = d.f.store->dossier(d.f.clerk, code);
        QVERIFY(afterPay);
        QCOMPARE(afterPay->paidVnd(), 150000);
        QCOMPARE(afterPay->payments.first().method, dossier::PaymentMethod::Transfer);
        QCOMPARE(d.page->step(), Step::Done);
        // Enter starts the next intake with nothing left of this one.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(d.page->step(), Step::Procedure);
        QVERIFY(d.edit(QStringLiteral("intake_applicant_name"))->text().isEmpty());
    }

    void supplementRequestTicksTheMissingPapers()
    {
        Desk d;
        QVERIFY(d.setUp());
        QVERIFY(d.open());
        Effort e;
        walkToPapers(d, e);
        e.key(Qt::Key_Space); // only the application form brought
        e.key(Qt::Key_Return);
        QCOMPARE(d.page->step(), Step::Decision);
        // Two required papers missing: the supplement request is chosen and lists them.
        QVERIFY(d.find<QRadioButton>(QStringLiteral("intake_supplement"))->isChecked());
        QVERIFY(d.find<QLabel>(QStringLiteral("intake_missing_summary"))
                    ->text()
                    .contains(QStringLiteral("Tài liệu kỹ thuật")));
        d.edit(QStringLiteral("intake_reason"))->setFocus();
        Effort::type(QStringLiteral("Thiếu bản sao thẻ căn cước và tài liệu kỹ thuật"));
        QSignalSpy received(d.page.get(), &ui::IntakePage::received);
        e.key(Qt::Key_Return);
        QVERIFY(received.wait(10000));
        QCOMPARE(d.printed, QList<forms::FormKey> { forms::FormKey::SupplementRequest });
        QVERIFY(QFileInfo(d.pdfs.first()).size() > 0);
        auto stored = d.f.store->dossier(d.f.clerk, d.page->lastCode());
        QVERIFY(stored);
        QCOMPARE(stored->state, workflow::State::Incomplete);
        QCOMPARE(stored->supplements.size(), 1);
        QCOMPARE(
            stored->supplements.first().missing, (QStringList { QStringLiteral("cccd"), QStringLiteral("tai-lieu") }));
        QCOMPARE(d.page->step(), Step::Done);
    }

    void refusalNeedsAReasonAndLosesNothing()
    {
        Desk d;
        QVERIFY(d.setUp());
        QVERIFY(d.open());
        Effort e;
        walkToPapers(d, e);
        e.key(Qt::Key_Return);
        QCOMPARE(d.page->step(), Step::Decision);
        auto* refuse = d.find<QRadioButton>(QStringLiteral("intake_refuse"));
        // The arrows move through the choices (supplement is preselected: nothing was brought).
        e.key(Qt::Key_Down);
        QTRY_VERIFY(refuse->isChecked());
        e.key(Qt::Key_Return);
        // No reason: the message names the field, nothing is received and nothing typed is lost.
        auto* reason = d.edit(QStringLiteral("intake_reason"));
        const QString message = d.find<QLabel>(QStringLiteral("intake_decision_message"))->text();
        QVERIFY2(message.startsWith(reason->accessibleName() + QStringLiteral(": ")), qPrintable(message));
        QCOMPARE(d.page->step(), Step::Decision);
        QCOMPARE(QApplication::focusWidget(), reason);
        QVERIFY(d.printed.isEmpty());
        QCOMPARE(d.f.store->dossierCount(), 0);
        QVERIFY(refuse->isChecked());
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_name"))->text(), QStringLiteral("Nguyễn Văn An"));
        Effort::type(QStringLiteral("Thủ tục không thuộc thẩm quyền của Cục"));
        QSignalSpy received(d.page.get(), &ui::IntakePage::received);
        e.key(Qt::Key_Return);
        QVERIFY(received.wait(10000));
        QCOMPARE(d.printed, QList<forms::FormKey> { forms::FormKey::Refusal });
        auto stored = d.f.store->dossier(d.f.clerk, d.page->lastCode());
        QVERIFY(stored);
        QCOMPARE(stored->state, workflow::State::Refused);
        QCOMPARE(stored->reason, QStringLiteral("Thủ tục không thuộc thẩm quyền của Cục"));
    }

    void wrongIdNumberIsNamedAndTheOtherFieldsStay()
    {
        Desk d;
        QVERIFY(d.setUp());
        QVERIFY(d.open());
        Effort e;
        Effort::type(QStringLiteral("ba giay to"));
        e.key(Qt::Key_Return);
        auto* id = d.edit(QStringLiteral("intake_applicant_id"));
        Effort::type(QStringLiteral("00109001")); // 8 digits
        auto* message = d.find<QLabel>(QStringLiteral("intake_applicant_message"));
        QVERIFY2(message->text().startsWith(id->accessibleName() + QStringLiteral(": ")), qPrintable(message->text()));
        e.key(Qt::Key_Return);
        Effort::type(QStringLiteral("Trần Thị Bình"));
        e.key(Qt::Key_Return, Qt::ControlModifier);
        // Not moved on: the message names the ID field, which has the focus again; the name is kept.
        QCOMPARE(d.page->step(), Step::Applicant);
        QVERIFY(d.find<QLabel>(QStringLiteral("intake_status"))->text().startsWith(id->accessibleName()));
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_name"))->text(), QStringLiteral("Trần Thị Bình"));
        QCOMPARE(id->text(), QStringLiteral("00109001"));
        // Back and forth keeps everything.
        e.key(Qt::Key_Escape);
        QCOMPARE(d.page->step(), Step::Procedure);
        e.key(Qt::Key_Return);
        QCOMPARE(d.page->step(), Step::Applicant);
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_name"))->text(), QStringLiteral("Trần Thị Bình"));
        id->setFocus();
        id->selectAll();
        Effort::type(QStringLiteral("001090012345"));
        QVERIFY(message->text().isEmpty() || !message->text().startsWith(id->accessibleName()));
        e.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(d.page->step(), Step::Papers);
    }

    void draftSurvivesACrashAndGoesAfterReceipt()
    {
        Desk d;
        QVERIFY(d.setUp());
        QVERIFY(d.open());
        Effort e;
        walkToPapers(d, e);
        e.key(Qt::Key_Space);
        const QString path = d.page->draftPath();
        QVERIFY(path.startsWith(d.f.dir.path()));
        const QString draftId = d.page->draftId();
        // Saved as typed (debounced): the paper ticked is in the draft, readable by the clerk only.
        QTRY_VERIFY(QFile::exists(path) && QFile(path).open(QIODevice::ReadOnly)
            && QJsonDocument::fromJson([&] {
                   QFile f(path);
                   f.open(QIODevice::ReadOnly);
                   return f.readAll();
               }())
                    .object()
                    .value(QStringLiteral("papers"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("originals"))
                    .toInt()
                == 1);
        QCOMPARE(
            QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        d.page.reset(); // the window dies mid-intake

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(d.open());
        QTRY_COMPARE(d.page->step(), Step::Papers);
        QCOMPARE(d.page->draftId(), draftId);
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_name"))->text(), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_birth"))->text(), QStringLiteral("17/05/1990"));
        QCOMPARE(d.page->checklistModel()->rows().at(0).originals, 1);
        d.page->checklistModel()->toggleReceived(1);
        d.page->checklistModel()->toggleReceived(2);
        QSignalSpy received(d.page.get(), &ui::IntakePage::received);
        d.page->next(); // decision
        QCOMPARE(d.page->step(), Step::Decision);
        d.page->next(); // accept
        QVERIFY(received.wait(10000));
        QVERIFY(!QFile::exists(path));

        // Declining a draft deletes it.
        d.page->startNew();
        d.page->findChild<QLineEdit*>(QStringLiteral("intake_procedure_search"))->setText(QStringLiteral("ba"));
        d.page->saveDraftNow();
        QVERIFY(QFile::exists(path));
        d.page.reset();
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(d.open());
        QTRY_VERIFY(!QFile::exists(path));
        QCOMPARE(d.page->step(), Step::Procedure);
    }

    void aUserSwitchKeepsEachClerksDraft()
    {
        Desk d;
        QVERIFY(d.setUp());
        QVERIFY(d.open());
        Effort e;
        walkToPapers(d, e);
        const QString clerkDraft = d.page->draftPath();
        d.page->setActor(d.f.postal); // shift change: the postal clerk signs in
        QVERIFY(QFile::exists(clerkDraft));
        QVERIFY(d.page->draftPath() != clerkDraft);
        QCOMPARE(d.page->step(), Step::Procedure);
        QVERIFY(d.edit(QStringLiteral("intake_applicant_name"))->text().isEmpty());
        QSignalSpy restored(d.page.get(), &ui::IntakePage::draftRestored);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        d.page->setActor(d.f.clerk); // and back: the clerk's intake is offered again
        QVERIFY(restored.wait(10000));
        QCOMPARE(d.page->step(), Step::Papers);
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_name"))->text(), QStringLiteral("Nguyễn Văn An"));
    }

    void idCardQrTypedByAScannerFillsTheFields()
    {
        Desk d;
        QVERIFY(d.setUp());
        QVERIFY(d.open());
        Effort e;
        Effort::type(QStringLiteral("ba giay to"));
        e.key(Qt::Key_Return);
        Effort::type(QStringLiteral("001090012345|012345678|Nguyễn Văn An|17051990|Nam|12 Trần Duy Hưng, Cầu Giấy, Hà "
                                    "Nội|01072021"));
        e.key(Qt::Key_Return);
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_id"))->text(), QStringLiteral("001090012345"));
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_name"))->text(), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_birth"))->text(), QStringLiteral("17/05/1990"));
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_address"))->text(),
            QStringLiteral("12 Trần Duy Hưng, Cầu Giấy, Hà Nội"));
        // The clerk goes on with what the card does not carry.
        QCOMPARE(QApplication::focusWidget(), d.edit(QStringLiteral("intake_applicant_phone")));
    }

    void earlierApplicantIsRecalledByIdNumber()
    {
        Desk d;
        QVERIFY(d.setUp());
        auto earlier = StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-001"), QStringLiteral("Lê Thị Mai"), QStringLiteral("001190012345"));
        QVERIFY(!d.f.receiveOne(earlier).isEmpty());
        QVERIFY(d.open());
        Effort e;
        Effort::type(QStringLiteral("ba giay to"));
        e.key(Qt::Key_Return);
        Effort::type(QStringLiteral("001190012345"));
        e.key(Qt::Key_Return);
        QTRY_COMPARE(d.edit(QStringLiteral("intake_applicant_name"))->text(), QStringLiteral("Lê Thị Mai"));
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_phone"))->text(), earlier.applicant.phone);
        QCOMPARE(d.edit(QStringLiteral("intake_applicant_address"))->text(), earlier.applicant.address);
    }

    void mostUsedProceduresComeFirstAndIncompleteOnesAreMarked()
    {
        Desk d;
        QVERIFY(d.setUp());
        QVERIFY(!d.f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-002"))).isEmpty());
        QVERIFY(!d.f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-002"))).isEmpty());
        QVERIFY(!d.f.receiveOne(StoreFixture::citizenIntake(kCode)).isEmpty());
        QVERIFY(d.open());
        ui::ProcedureListModel* model = d.page->procedureModel();
        QCOMPARE(model->procedureAt(0)->code, QStringLiteral("LOCAL-RF-002"));
        QCOMPARE(model->procedureAt(1)->code, kCode);
        QVERIFY(model->index(0, 0).data(ui::ProcedureListModel::IncompleteRole).toBool());
        QVERIFY(!model->index(1, 0).data(ui::ProcedureListModel::IncompleteRole).toBool());
        QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("⚠")));
        // The details pane shows the chosen procedure's papers, fee and time limit.
        d.edit(QStringLiteral("intake_procedure_search"))->setText(QStringLiteral("thu nghiem"));
        const QString details = d.find<QTextBrowser>(QStringLiteral("intake_procedure_details"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Bản sao thẻ căn cước")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("150.000")));
        QVERIFY(details.contains(QStringLiteral("5 ngày làm việc")));
    }

    void aRoleThatMayNotReceiveGetsADisabledPage()
    {
        Desk d;
        QVERIFY(d.setUp());
        QVERIFY(!auth::isAllowed(d.f.supervisor.role, auth::Action::ReceiveDossier));
        QVERIFY(d.open(d.f.supervisor));
        QVERIFY(!d.find<QStackedWidget>(QStringLiteral("intake_steps"))->isEnabled());
        QVERIFY(d.find<QLabel>(QStringLiteral("intake_role_message"))->isVisible());
    }

    void modelsPassTheModelTester()
    {
        Desk d;
        QVERIFY(d.setUp());
        auto procedures = d.f.store->procedures(QDate(2025, 3, 12));
        QVERIFY(procedures);
        ui::ProcedureListModel list;
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setProcedures(procedures.value(), { { kCode, 3 } });
        QCOMPARE(list.procedureAt(0)->code, kCode);
        list.setFilter(QStringLiteral("tan so"));
        QVERIFY(list.rowCount() > 0);
        list.setFilter(QStringLiteral("khong co thu tuc nao"));
        QCOMPARE(list.rowCount(), 0);
        list.setFilter(QString());
        QCOMPARE(list.rowCount(), procedures->size());

        ui::PaperChecklistModel papers;
        QAbstractItemModelTester papersTester(&papers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        papers.setProcedure(*list.procedure(kCode));
        QCOMPARE(papers.rowCount(), 3);
        QCOMPARE(papers.missingRequired(), 3);
        papers.toggleReceived(0);
        QVERIFY(papers.setData(papers.index(1, ui::PaperChecklistModel::CertifiedCopies), 2));
        QVERIFY(!papers.setData(papers.index(1, ui::PaperChecklistModel::CertifiedCopies), -1));
        QVERIFY(!papers.setData(papers.index(1, ui::PaperChecklistModel::Paper), 1));
        QCOMPARE(papers.missingIds(), QStringList { QStringLiteral("tai-lieu") });
        QVERIFY(papers.setData(papers.index(2, ui::PaperChecklistModel::Missing), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(papers.missingIds().isEmpty());
        papers.setFileCounts({ { QStringLiteral("tai-lieu"), 2 } });
        QCOMPARE(papers.documents().size(), 3);
        const QJsonArray saved = papers.toJson();
        papers.setProcedure(*list.procedure(QStringLiteral("LOCAL-RF-001"))); // papers unknown: one free row
        QCOMPARE(papers.rowCount(), 1);
        papers.setProcedure(*list.procedure(kCode));
        papers.restore(saved);
        QCOMPARE(papers.rows().at(1).certifiedCopies, 2);
        QVERIFY(papers.missingIds().isEmpty());
    }

    void aPaperFilesSourceIsToldThePapersAndGivesTheFiles()
    {
        Desk d;
        QVERIFY(d.setUp());
        FakePaperFiles source;
        QVERIFY(d.open());
        d.page->setPaperFiles(&source);
        QVERIFY(d.page->isAncestorOf(source.widget()));
        Effort e;
        walkToPapers(d, e);
        QCOMPARE(source.papers.size(), 3);
        QCOMPARE(source.papers.at(1).componentId, QStringLiteral("cccd"));
        QVERIFY(source.papers.at(1).required);
        QCOMPARE(source.current.last(), QStringLiteral("don"));
        const QString page = d.f.dir.filePath(QStringLiteral("cccd.pdf"));
        QFile file(page);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n");
        file.close();
        source.pages.insert(QStringLiteral("cccd"), { page });
        e.key(Qt::Key_Space);
        QCOMPARE(source.current.last(), QStringLiteral("cccd"));
        QCOMPARE(d.page->checklistModel()->rows().at(1).files, 1);
        e.key(Qt::Key_Space);
        e.key(Qt::Key_Space);
        e.key(Qt::Key_Return);
        QSignalSpy received(d.page.get(), &ui::IntakePage::received);
        e.key(Qt::Key_Return);
        QVERIFY(received.wait(10000));
        QCOMPARE(source.filesAsked, 1);
        QVERIFY(source.cleared >= 1);
        auto stored = d.f.store->dossier(d.f.clerk, d.page->lastCode());
        QVERIFY(stored);
        QCOMPARE(stored->documents.at(1).files.size(), 1);
        d.page.reset(); // the source's widget is the source's: it outlives the page
        QVERIFY(source.widget()->parent() == nullptr);
    }

    void fileListKeepsFilesPerPaper()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.pdf"));
        QFile file(a);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        ui::FileListPaperFiles files;
        files.setPapers({ { QStringLiteral("don"), QStringLiteral("Đơn"), true },
            { QStringLiteral("cccd"), QStringLiteral("CCCD"), true } });
        files.setCurrentPaper(QStringLiteral("cccd"));
        files.addFiles({ a });
        QCOMPARE(files.pageCounts().value(QStringLiteral("cccd")), 1);
        QCOMPARE(files.pageCounts().value(QStringLiteral("don")), 0);
        auto got = files.files();
        QVERIFY(got);
        QCOMPARE(got->value(QStringLiteral("cccd")), QStringList { a });
        QVERIFY(QFile::remove(a));
        auto gone = files.files();
        QVERIFY(!gone);
        QVERIFY(gone.error().message.contains(QStringLiteral("CCCD")));
        files.setPapers({ { QStringLiteral("don"), QStringLiteral("Đơn"), true } }); // cccd no longer listed
        QVERIFY(files.pageCounts().isEmpty());
        delete files.widget();
    }
};

QTEST_MAIN(TestIntakePage)
#include "test_intakepage.moc"
