// IntakePage (Tiếp nhận): one keyboard-first flow that takes a dossier in, step by step:
//   1. procedure: searched as typed without diacritics, the desk's most used first, with its papers,
//      fee and time limit (an entry the catalogue leaves incomplete is marked);
//   2. applicant (and owner when someone else): citizen or business, checked as typed, filled from the
//      ID card's QR typed by a handheld scanner, or recalled from an earlier dossier by ID / tax code;
//   3. papers: the procedure's checklist with counts and files (from a PaperFiles source: the scanning
//      panel, or a plain file list), missing required papers highlighted;
//   4. decision: accept (receipt with the appointment), request a supplement (missing papers ticked)
//      or refuse (reason required); the dossier is received and its form printed;
//   5. fee: the amount, cash or transfer (VietQR on screen), and the payment recorded.
// Enter moves on (Ctrl+Enter or Alt+Right from anywhere), Esc or Alt+Left goes back, and nothing
// typed is lost going back and forth. Everything entered is kept in a draft on disk (IntakeDraft) as
// it is typed, so a crash or power cut mid-intake loses nothing: the page offers to continue it when
// it opens for the same clerk. The store is asked only through the StoreWorker; core checks the
// clerk's rights again, and the page is disabled for a role that may not receive dossiers.
#pragma once

#include "core/SiteConfig.h"
#include "core/forms/PrintableDossier.h"
#include "core/store/Store.h"
#include "ui/CustomerDisplay.h"
#include "ui/print/FormRenderer.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace motcua::ui {

class FileListPaperFiles;
class IntakeDraft;
class NationalCheckBox;
class PaperChecklistModel;
class PaperFiles;
class PartyForm;
class ProcedureListModel;
class StoreWorker;

class IntakePage : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Procedure, Applicant, Papers, Decision, Fee, Done };
    Q_ENUM(Step)
    // Prints one form: the default shows the print preview (the clerk prints from it); tests write PDF.
    using PrintSink = std::function<Status(const print::PrintRequest& request)>;

    // `dataDir` is the store's data folder (drafts live in dataDir/drafts).
    IntakePage(StoreWorker& worker, store::Actor actor, SiteConfig site, QString dataDir, QWidget* parent = nullptr);
    ~IntakePage() override;

    // Where the papers' files come from (not owned; null: the built-in file list).
    void setPaperFiles(PaperFiles* files);
    void setPrintSink(PrintSink sink);

    Step step() const { return m_step; }
    bool isBusy() const { return m_busy; }
    QString draftPath() const;
    QString draftId() const { return m_draftId; }
    QString lastCode() const { return m_lastCode; }
    ProcedureListModel* procedureModel() const { return m_procedures; }
    PaperChecklistModel* checklistModel() const { return m_checklist; }
    FileListPaperFiles* fileList() const { return m_fileList.get(); }
    // What the citizen-facing screen may show of the intake in progress (this applicant only).
    dossier::Party applicantParty() const;
    QList<CustomerPaper> receivedPapers() const;
    const forms::PrintableDossier& lastPrintable() const { return m_lastPrintable; }

public Q_SLOTS:
    void next();
    void back();
    // Drops what is entered (and its draft) and starts again at the procedure.
    void startNew();
    // Another clerk signed in: the draft of the previous one stays on disk for them.
    void setActor(const motcua::store::Actor& actor);
    void saveDraftNow();

Q_SIGNALS:
    void catalogueLoaded();
    void stepChanged(motcua::ui::IntakePage::Step step);
    void draftRestored();
    // The dossier was received (whatever the decision) and its form printed.
    void received(const QString& code);
    void paymentRecorded(const QString& code);
    // The transfer's VietQR is on screen (amount and payload), for the citizen-facing screen too.
    void feeShown(qint64 amountVnd, const QString& vietQrPayload);
    // An answer of the store came back with an error (shown in the status line).
    void failed(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Outcome {
        store::ReceiveResult result;
        forms::PrintableDossier printable;
    };

    QWidget* buildProcedureStep();
    QWidget* buildApplicantStep();
    QWidget* buildPapersStep();
    QWidget* buildDecisionStep();
    QWidget* buildFeeStep();
    QWidget* buildDoneStep();
    QWidget* buildNavigation();
    void installShortcuts();
    void applyRole();

    void loadCatalogue();
    void offerDraft();
    void goTo(Step step);
    void enterStep();
    void onEnter();
    void procedureFilterChanged(const QString& text);
    void showProcedureDetails();
    bool chooseProcedure();
    QString procedureHtml(const catalogue::Procedure& p) const;
    void recall(PartyForm* form, const QString& idOrTaxCode);
    bool checkApplicant();
    void papersChanged();
    void currentPaperChanged();
    void preselectDecision();
    void updateDecisionView();
    Result<dossier::IntakeRequest> buildRequest();
    void decide();
    void decided(const Result<Outcome>& outcome, dossier::IntakeDecision decision);
    void printForm(forms::FormKey key);
    void prepareFee();
    void showVietQr();
    void recordPayment();
    void finishIntake(const QString& message);

    QJsonObject draftState() const;
    void restoreDraft(const QJsonObject& saved);
    void scheduleDraft();
    void dropDraft();
    void resetIntake();
    void setStatus(const QString& text);

    StoreWorker& m_worker;
    store::Actor m_actor;
    SiteConfig m_site;
    QString m_dataDir;
    std::unique_ptr<IntakeDraft> m_draft;
    QString m_draftId;
    PrintSink m_print;

    QLabel* m_stepTitle = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_roleMessage = nullptr;
    QStackedWidget* m_steps = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_new = nullptr;
    // procedure
    ProcedureListModel* m_procedures;
    QLineEdit* m_search = nullptr;
    QListView* m_procedureList = nullptr;
    QTextBrowser* m_procedureDetails = nullptr;
    QString m_procedureCode; // the procedure chosen
    // applicant
    PartyForm* m_applicant = nullptr;
    NationalCheckBox* m_nationalCheck = nullptr; // the applicant checked with the national databases (issue 15)
    QCheckBox* m_ownerDiffers = nullptr;
    PartyForm* m_owner = nullptr;
    // papers
    PaperChecklistModel* m_checklist;
    QTableView* m_papers = nullptr;
    QLabel* m_completeness = nullptr;
    QWidget* m_filesHolder = nullptr;
    std::unique_ptr<FileListPaperFiles> m_fileList;
    PaperFiles* m_paperFiles = nullptr; // m_fileList or the one set
    QPointer<QWidget> m_paperFilesWidget;
    // decision
    QLabel* m_summary = nullptr;
    QButtonGroup* m_decision = nullptr;
    QRadioButton* m_accept = nullptr;
    QRadioButton* m_supplement = nullptr;
    QRadioButton* m_refuse = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_missingSummary = nullptr;
    QLabel* m_decisionMessage = nullptr;
    QPushButton* m_decide = nullptr;
    bool m_decisionChosen = false; // the clerk picked one: no preselection any more
    // fee
    QLineEdit* m_amount = nullptr;
    QRadioButton* m_cash = nullptr;
    QRadioButton* m_transfer = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_feeMessage = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_feeLater = nullptr;
    // done
    QLabel* m_doneMessage = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_startNew = nullptr;

    Step m_step = Step::Procedure;
    bool m_busy = false;
    bool m_restoring = false;
    bool m_catalogueReady = false;
    quint64 m_catalogueId = 0; // the catalogue read awaited (a user switch asks again)
    QTimer m_draftPause;
    QTimer m_filesPoll; // a PaperFiles source has no signal: its page counts are read while on the papers step
    QString m_lastCode;
    forms::PrintableDossier m_lastPrintable;
    forms::FormKey m_lastForm = forms::FormKey::Receipt;
};

} // namespace motcua::ui
