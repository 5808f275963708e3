// LookupPage (Tra cứu): finds dossiers by code, name, ID or tax number, phone or procedure, with or
// without diacritics, and shows the selected dossier's details. A scanned receipt barcode typed by a
// keyboard-wedge scanner is just a code in the search field.
#pragma once

#include "core/store/Store.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace motcua::ui {

class SearchResultsModel;

class LookupPage : public QWidget
{
    Q_OBJECT

public:
    LookupPage(store::Store& store, store::Actor actor, QWidget* parent = nullptr);

    // What the "print receipt" button does with the selected dossier code (set by the composition
    // root; the button stays disabled without it).
    void setPrintHandler(std::function<void(const QString& code)> handler);
    SearchResultsModel* model() const { return m_model; }
    QString selectedCode() const;

public Q_SLOTS:
    void search();
    void showDossier(const QString& code);

private:
    QString detailsHtml(const dossier::Dossier& d) const;

    store::Store& m_store;
    store::Actor m_actor;
    QLineEdit* m_query;
    QPushButton* m_searchButton;
    QPushButton* m_printButton;
    QLabel* m_status;
    QTableView* m_table;
    QTextBrowser* m_details;
    SearchResultsModel* m_model;
    std::function<void(const QString&)> m_print;
};

} // namespace motcua::ui
