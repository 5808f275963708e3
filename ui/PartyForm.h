// PartyForm: the fields of one party of an intake, the applicant or the dossier's owner: citizen or
// business, ID number (citizen) or tax code (business), name, birth date, phone, address, e-mail.
// What is typed is checked as it is typed with the core validators, and a problem is shown in words
// that name the field by its label. Enter moves to the next field. The ID card's QR code, typed into
// the ID field by a handheld scanner acting as a keyboard ("id|old id|name|ddMMyyyy|sex|address|..."),
// fills the fields it carries; a complete ID number or tax code asks (recallRequested) for the party
// recorded with it earlier, whose data then fill the fields left empty.
#pragma once

#include "core/dossier/Dossier.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QRadioButton;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace motcua::ui {

class PartyForm : public QWidget
{
    Q_OBJECT

public:
    // `key` names the party in object names and intake errors: "applicant" or "owner" (fields are
    // "intake_<key>_id", "intake_<key>_name", ...).
    explicit PartyForm(const QString& key, QWidget* parent = nullptr);

    dossier::Party party() const;
    // Fills the fields from a recalled party, leaving those already typed; true when one changed.
    bool fillEmpty(const dossier::Party& party);
    QJsonObject toJson() const; // the texts as typed, for the draft
    void restore(const QJsonObject& saved);
    void clear();
    bool isBlank() const;
    void focusFirst();

    // The first problem of what is typed so far (empty fields are not problems yet), naming the field
    // by its label; empty when none.
    QString liveProblem() const;
    // The message for an intake error whose field is "<key>.<field>" (IntakeRequest::validate), naming
    // the field by its label, and focuses that field; empty when the error is not about this party.
    QString explain(const Error& error);
    QLineEdit* idField() const { return m_id; }

Q_SIGNALS:
    void changed();
    void recallRequested(const QString& idOrTaxCode);
    // The QR code of an ID card was read into the fields.
    void qrApplied();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& name, QLabel** labelOut);
    void kindChanged();
    void idEdited();
    bool applyQr();
    void askRecall();
    void showProblem();
    QString labelOf(const QWidget* field) const;
    QWidget* fieldNamed(const QString& field) const;
    QList<QWidget*> order() const;

    QString m_key;
    QRadioButton* m_citizen;
    QRadioButton* m_business;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_birth;
    QLineEdit* m_phone;
    QLineEdit* m_address;
    QLineEdit* m_email;
    QLabel* m_idLabel = nullptr;
    QLabel* m_birthLabel = nullptr;
    QLabel* m_message;
    QTimer m_qrPause; // a scanner that sends no Enter: the QR is read when the typing stops
    QString m_lastRecall;
    bool m_filling = false;
    bool isBusiness() const;
    void setBusiness(bool business);
};

} // namespace motcua::ui
