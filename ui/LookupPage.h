// LookupPage (Tra cứu): finds dossiers by code, name, ID or tax number, phone or procedure, with or
// without diacritics, and shows the selected dossier's details. A scanned receipt barcode typed by a
// keyboard-wedge scanner is just a code in the search field. Searching starts as the clerk types
// (after a short pause) or on Enter; the store is asked through the StoreWorker, so the page keeps
// painting while it works, and only the answer to the latest question is shown. With nothing to search
// for (when the page opens, or the field is cleared) it lists the dossiers received today.
#pragma once

#include "core/store/Store.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace motcua::ui {

class SearchResultsModel;
class StoreWorker;

class LookupPage : public QWidget
{
    Q_OBJECT

public:
    LookupPage(StoreWorker& worker, store::Actor actor, QWidget* parent = nullptr);

    // What the "print receipt" button does with the selected dossier code (set by the composition
    // root; the button stays disabled without it).
    void setPrintHandler(std::function<void(const QString& code)> handler);
    SearchResultsModel* model() const { return m_model; }
    QString selectedCode() const;
    // True while a search (or today's list) asked for has not been answered yet.
    bool isSearching() const { return m_searchId != 0; }

public Q_SLOTS:
    // Searches for the text in the field; with an empty field, lists today's dossiers.
    void search();
    void showToday();
    // Another clerk signed in (quick user switch): what the previous one found is cleared, and the
    // search in the field, if any, is asked again as the new clerk.
    void setActor(const motcua::store::Actor& actor);
    void showDossier(const QString& code);

Q_SIGNALS:
    // After the results of the latest search are shown (tests, the counter-effort walk).
    void searchFinished();
    // After today's dossiers are listed (the page opened, or the field was cleared).
    void todayShown();
    // After the details of the selected dossier are shown.
    void dossierShown(const QString& code);

private:
    void showHits(const QString& text, const Result<QList<store::SearchHit>>& hits);
    void showTodayHits(const Result<QList<store::SearchHit>>& hits);
    void showLoaded(const QString& code, const Result<dossier::Dossier>& loaded);
    QString detailsHtml(const dossier::Dossier& d) const;

    StoreWorker& m_worker;
    store::Actor m_actor;
    QLineEdit* m_query;
    QPushButton* m_searchButton;
    QPushButton* m_printButton;
    QLabel* m_status;
    QTableView* m_table;
    QTextBrowser* m_details;
    SearchResultsModel* m_model;
    std::function<void(const QString&)> m_print;
    QTimer m_typingPause;
    quint64 m_searchId = 0; // the search whose answer is awaited; 0 = none
    quint64 m_dossierId = 0; // likewise for the details pane
};

} // namespace motcua::ui
