// NationalCheckBox: the intake's "Check with the national database" for one party (issue 15,
// docs/central.md): a citizen's ID number, name and birth date against the population database, or a
// business's tax code against the business registration database, asked through central with the desk's
// credential. The question goes over the sync transport (libcurl on its own thread), so the window never
// waits; the clerk goes on typing. The answer is shown in words (match, mismatch and what differs, not
// found, unavailable); for a business the registered name, address, legal representative and status, with
// what disagrees with the form highlighted (another name, a suspended or dissolved business). Changing the
// form drops the answer. The intake keeps what was asked with the dossier (keepWith: a pending check when
// there was no answer).
#pragma once

#include "core/SiteConfig.h"
#include "core/store/Store.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace motcua::sync {
class ServiceCheckClient;
struct CheckAnswer;
} // namespace motcua::sync

namespace motcua::ui {

class PartyForm;
class StoreWorker;

class NationalCheckBox : public QWidget
{
    Q_OBJECT

public:
    // `party` names the form's party ("applicant"); `dataDir` holds the desk credential (sync/DeskCredential).
    NationalCheckBox(PartyForm* form, QString party, SiteConfig site, QString dataDir, QWidget* parent = nullptr);
    ~NationalCheckBox() override;

    // What was asked for the party as the form shows it now; nullopt when nothing was asked.
    struct Asked {
        store::ServiceCheckKind kind = store::ServiceCheckKind::Citizen;
        QString result; // "pending" when there was no answer
        QJsonObject answer;
    };
    std::optional<Asked> asked() const;
    // Keeps the check with the received dossier `code` through the worker (history and audit by the store).
    void keepWith(StoreWorker& worker, const store::Actor& actor, const QString& code);
    void reset(); // a new intake
    bool isAsking() const { return m_asking; }

Q_SIGNALS:
    void answerShown(); // the answer (or unavailability) is on screen
    void kept(const QString& message); // keepWith() finished: what happened, for the status line

private:
    void ask();
    void askWith(const QString& credential, const QString& problem);
    void show(const sync::CheckAnswer& answer, bool business);
    void showBusiness(const sync::CheckAnswer& answer);
    void formChanged();

    PartyForm* m_form;
    QString m_party;
    SiteConfig m_site;
    QString m_dataDir;
    QPushButton* m_button;
    QLabel* m_result;
    QLabel* m_details;
    std::unique_ptr<sync::ServiceCheckClient> m_client;
    std::optional<Asked> m_asked;
    quint64 m_generation = 0; // a change of the form makes an answer on its way stale
    bool m_asking = false;
};

} // namespace motcua::ui
