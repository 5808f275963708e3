// HandoverPage (Bàn giao, on the Queues page): the accepted dossiers waiting for hand-over (state
// Received), grouped under the processing unit that decides them (the procedure's agency in the
// catalogue). It lists the day's dossiers (the desk's local date); a check box adds the ones received
// on earlier days that are still waiting, and while it is off a line says how many those are, so no
// waiting dossier goes unnoticed. The clerk ticks a whole unit or some of its dossiers; "Hand over" applies
// Step::HandOver to each ticked dossier and then prints each one's control slip (FormKey::ControlSlip)
// through the print handler (the window's print preview; tests render PDF). "Mark result ready"
// records a result that came back by hand (Step::MarkResultReady) for a typed or scanned code, so the
// dossier joins the return page's "ready for return" list. Store calls go through the StoreWorker.
#pragma once

#include "core/SiteConfig.h"
#include "core/store/Store.h"
#include "ui/print/FormRenderer.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace motcua::ui {

class StoreWorker;

class HandoverPage : public QWidget
{
    Q_OBJECT

public:
    HandoverPage(StoreWorker& worker, store::Actor actor, SiteConfig site, QWidget* parent = nullptr);

    // Prints (or previews) one control slip; without a handler the slips are not printed.
    void setPrintHandler(std::function<void(const print::PrintRequest&)> handler) { m_print = std::move(handler); }
    // Units at the top level (checkable, tri-state), their dossiers below; column 0 holds the code.
    QStandardItemModel* model() const { return m_model; }
    QStringList checkedCodes() const;
    // Whether the dossiers received before today that still wait are listed too (off by default).
    bool includesEarlier() const;
    void setIncludeEarlier(bool include);
    // How many dossiers received before today are still waiting (as of the last listing).
    int earlierWaiting() const { return m_earlierCount; }

public Q_SLOTS:
    void refresh();
    void setActor(const motcua::store::Actor& actor);
    void selectAll();
    void handOverChecked();
    void markResultReady();

Q_SIGNALS:
    void listed();
    // After a hand-over: the codes handed over, and how many control slips went to the print handler.
    void handedOver(const QStringList& codes, int slips);
    void resultMarkedReady(const QString& code);
    void refused(const QString& message);

protected:
    void showEvent(QShowEvent* event) override; // the queue may have changed while hidden

private:
    struct Waiting {
        QString code, applicant, procedure, unit;
        QDateTime receivedUtc;
    };
    struct HandOverOutcome {
        QStringList handed;
        QList<forms::PrintableDossier> slips;
        QStringList problems;
    };
    struct Listing {
        QList<Waiting> rows; // today's, and the earlier ones when asked for
        int earlier = 0; // received before today and still waiting, listed or not
    };
    static Result<Listing> loadWaiting(store::Store& s, const store::Actor& actor, bool includeEarlier);
    static HandOverOutcome handOver(
        store::Store& s, const store::Actor& actor, const QStringList& codes, const SiteConfig& site);
    void showWaiting(const Result<Listing>& waiting);
    void showEarlierHint();
    void finishHandOver(const HandOverOutcome& outcome);
    void followRole();
    void followChecks(QStandardItem* item); // a unit's tick and its dossiers' ticks agree

    StoreWorker& m_worker;
    store::Actor m_actor;
    SiteConfig m_site;
    QStandardItemModel* m_model;
    QTreeView* m_tree;
    QLabel* m_status;
    QPushButton* m_handOver;
    QLineEdit* m_readyCode;
    QPushButton* m_markReady;
    QCheckBox* m_includeEarlier;
    QLabel* m_earlier;
    int m_earlierCount = 0;
    std::function<void(const print::PrintRequest&)> m_print;
    bool m_followingChecks = false;
};

} // namespace motcua::ui
