// ReturnPage (Trả kết quả): gives a result back to whoever collects it. A dossier is opened by its code
// (typed in the field, picked from the "ready for return" list, or scanned from the receipt anywhere in
// the window through BarcodeWedge); the page shows who applied and for what. The clerk types the
// collector's ID number from their card: it is compared with the applicant's, and a different person
// must be recorded as an authorised person, with their name and the authorisation paper checked. A
// result sent by post records its postal item number instead. "Return the result" applies
// Step::ReturnResult; the applicant's satisfaction rating (Step::Rate) is offered next. A dossier
// waiting for papers (supplement requested, or incomplete at intake) opens on its supplement: the
// added papers' files are listed and Step::SupplementReceived restarts the clock. Every store call
// goes through the StoreWorker.
#pragma once

#include "core/store/Store.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;

namespace motcua::ui {

class BarcodeWedge;
class MainWindow;
class SearchResultsModel;
class StoreWorker;

class ReturnPage : public QWidget
{
    Q_OBJECT

public:
    ReturnPage(StoreWorker& worker, store::Actor actor, QWidget* parent = nullptr);

    // A scanned receipt opens its dossier here: the wedge's codes show this page of `window` and open
    // the dossier; the wedge is paused while the window is locked.
    static void openScansIn(BarcodeWedge* wedge, MainWindow* window, ReturnPage* page);

    SearchResultsModel* readyModel() const { return m_readyModel; }
    // The dossier on the page ("" when none).
    QString currentCode() const { return m_dossier ? m_dossier->code : QString(); }
    // Where "Add files…" gets the supplement's files from (default: a QFileDialog).
    void setFileChooser(std::function<QStringList()> chooser) { m_chooseFiles = std::move(chooser); }

public Q_SLOTS:
    void openDossier(const QString& code);
    void refreshReady();
    void setActor(const motcua::store::Actor& actor);
    // Records the satisfaction rating (3 very satisfied, 2 satisfied, 1 not satisfied) of the dossier just
    // returned: from the page's buttons or the citizen's screen.
    void rate(int rating);

Q_SIGNALS:
    void dossierOpened(const QString& code);
    void readyListed();
    void resultReturned(const QString& code);
    void rated(const QString& code, int rating);
    void supplementReceived(const QString& code);
    // A store answer refused something (message in the status line).
    void refused(const QString& message);

protected:
    void showEvent(QShowEvent* event) override; // the queue may have changed while hidden

private:
    QWidget* buildCollectBox();
    QWidget* buildRatingBox();
    QWidget* buildSupplementBox();
    void showDossier(const Result<dossier::Dossier>& loaded);
    void updateIdCheck();
    void confirmReturn();
    std::optional<store::StepRequest> returnRequest();
    void receiveSupplement();
    void applyStep(const store::StepRequest& request, std::function<void(const dossier::Dossier&)> after);
    void say(const QString& message);

    StoreWorker& m_worker;
    store::Actor m_actor;
    std::optional<dossier::Dossier> m_dossier;
    QLineEdit* m_code;
    QLabel* m_status;
    QLabel* m_summary;
    QGroupBox* m_collect;
    QLineEdit* m_collectorId;
    QLabel* m_idCheck;
    QRadioButton* m_asApplicant;
    QRadioButton* m_asAuthorised;
    QLineEdit* m_authorisedName;
    QCheckBox* m_paper;
    QLabel* m_postalLabel;
    QLineEdit* m_postalItem;
    QPushButton* m_confirm;
    QGroupBox* m_rating;
    QGroupBox* m_supplement;
    QListWidget* m_files;
    QPushButton* m_addFiles;
    QPushButton* m_receiveSupplement;
    QTableView* m_ready;
    SearchResultsModel* m_readyModel;
    std::function<QStringList()> m_chooseFiles;
    quint64 m_loadId = 0;
};

} // namespace motcua::ui
