#include "ui/HandoverPage.h"

#include "core/Clock.h"
#include "core/DateFormat.h"
#include "core/forms/PrintableFromStore.h"
#include "ui/Accessibility.h"
#include "ui/StoreWorker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

QPushButton* handoverButton(const QString& text, const char* objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAccessibleName(accessibleText(text));
    return button;
}

} // namespace

HandoverPage::HandoverPage(StoreWorker& worker, store::Actor actor, SiteConfig site, QWidget* parent)
    : QWidget(parent),
      m_worker(worker),
      m_actor(std::move(actor)),
      m_site(std::move(site)),
      m_model(new QStandardItemModel(this)),
      m_tree(new QTreeView(this)),
      m_status(new QLabel(this)),
      m_readyCode(new QLineEdit(this)),
      m_includeEarlier(new QCheckBox(tr("Include &earlier days still waiting"), this)),
      m_earlier(new QLabel(this))
{
    m_model->setHorizontalHeaderLabels({ tr("Unit / dossier code"), tr("Applicant"), tr("Procedure"), tr("Received") });
    m_tree->setObjectName(QStringLiteral("handover_tree"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* treeLabel = new QLabel(tr("&Dossiers waiting for hand-over, by processing unit"), this);
    nameAfterLabel(treeLabel, m_tree);
    m_status->setObjectName(QStringLiteral("handover_status"));
    m_status->setWordWrap(true);
    m_includeEarlier->setObjectName(QStringLiteral("handover_include_earlier"));
    m_includeEarlier->setAccessibleName(accessibleText(m_includeEarlier->text()));
    m_earlier->setObjectName(QStringLiteral("handover_earlier"));
    m_earlier->setWordWrap(true);
    m_earlier->setVisible(false);

    auto* refreshButton = handoverButton(tr("Re&fresh"), "handover_refresh", this);
    auto* all = handoverButton(tr("Select &all"), "handover_select_all", this);
    m_handOver = handoverButton(tr("&Hand over"), "handover_hand_over", this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addWidget(all);
    buttons->addStretch(1);
    buttons->addWidget(m_handOver);

    // Results coming back by hand: the code typed or scanned here (the wedge leaves this field alone).
    m_readyCode->setObjectName(QStringLiteral("handover_ready_code"));
    m_readyCode->setProperty("acceptsScans", true);
    auto* readyLabel = new QLabel(tr("Dossier code of a &result that came back"), this);
    nameAfterLabel(readyLabel, m_readyCode);
    m_markReady = handoverButton(tr("&Mark result ready"), "handover_mark_ready", this);
    auto* markReady = m_markReady;
    auto* ready = new QHBoxLayout;
    ready->addWidget(readyLabel);
    ready->addWidget(m_readyCode, 1);
    ready->addWidget(markReady);

    auto* title = new QLabel(tr("Hand-over to processing units"), this);
    title->setObjectName(QStringLiteral("title_queues"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(m_includeEarlier);
    layout->addWidget(m_earlier);
    layout->addWidget(treeLabel);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(ready);

    connect(m_model, &QStandardItemModel::itemChanged, this, &HandoverPage::followChecks);
    connect(refreshButton, &QPushButton::clicked, this, &HandoverPage::refresh);
    connect(m_includeEarlier, &QCheckBox::toggled, this, &HandoverPage::refresh);
    connect(all, &QPushButton::clicked, this, &HandoverPage::selectAll);
    connect(m_handOver, &QPushButton::clicked, this, &HandoverPage::handOverChecked);
    connect(markReady, &QPushButton::clicked, this, &HandoverPage::markResultReady);
    connect(m_readyCode, &QLineEdit::returnPressed, this, &HandoverPage::markResultReady);
    followRole(); // the list is read when the page is shown
}

void HandoverPage::setActor(const store::Actor& actor)
{
    m_actor = actor;
    followRole();
    refresh();
}

void HandoverPage::followRole()
{
    // What the role may not do is not offered (the store refuses it anyway): postal staff do not record
    // results coming back, supervisors do not hand over.
    const bool mayMark = auth::isAllowed(m_actor.role, auth::Action::MarkResultReady);
    m_markReady->setEnabled(mayMark);
    m_readyCode->setEnabled(mayMark);
    m_handOver->setEnabled(auth::isAllowed(m_actor.role, auth::Action::HandOver));
}

bool HandoverPage::includesEarlier() const
{
    return m_includeEarlier->isChecked();
}

void HandoverPage::setIncludeEarlier(bool include)
{
    m_includeEarlier->setChecked(include); // lists again when it changes
}

// The dossiers waiting for hand-over: today's (by the desk's local date), and the earlier ones when
// asked for; the earlier ones are always counted. Only the listed ones are read in full (for their unit).
Result<HandoverPage::Listing> HandoverPage::loadWaiting(store::Store& s, const store::Actor& actor, bool includeEarlier)
{
    auto hits = s.inState(actor, workflow::State::Received, 100000);
    if (!hits)
        return hits.error();
    const QDateTime todayStart = Clock::local(Clock::current().today());
    Listing listing;
    for (const store::SearchHit& hit : hits.value()) {
        const bool earlier = hit.receivedUtc < todayStart;
        listing.earlier += earlier ? 1 : 0;
        if (earlier && !includeEarlier)
            continue;
        auto d = s.dossier(actor, hit.code);
        if (!d)
            return d.error();
        listing.rows << Waiting { hit.code, hit.applicantName, hit.procedureName, d->processingUnit, hit.receivedUtc };
    }
    return listing;
}

void HandoverPage::refresh()
{
    m_worker.run(
        this,
        [actor = m_actor, include = m_includeEarlier->isChecked()](
            store::Store& s) { return loadWaiting(s, actor, include); },
        [this](quint64, Result<Listing> waiting) { showWaiting(waiting); });
}

void HandoverPage::showWaiting(const Result<Listing>& listing)
{
    m_model->removeRows(0, m_model->rowCount());
    if (!listing) {
        m_status->setText(listing.error().message);
        Q_EMIT listed();
        return;
    }
    const QList<Waiting>& waiting = listing->rows;
    m_earlierCount = listing->earlier;
    QMap<QString, QList<Waiting>> byUnit;
    for (const Waiting& w : waiting)
        byUnit[w.unit.isEmpty() ? tr("(unit not known)") : w.unit] << w;
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        auto* unit = new QStandardItem(tr("%1 (%2)").arg(it.key()).arg(it.value().size()));
        unit->setData(it.key(), Qt::UserRole);
        unit->setCheckable(true);
        unit->setCheckState(Qt::Unchecked);
        for (const Waiting& w : it.value()) {
            auto* code = new QStandardItem(w.code);
            code->setData(w.code, Qt::UserRole);
            code->setCheckable(true);
            code->setCheckState(Qt::Unchecked);
            unit->appendRow({ code, new QStandardItem(w.applicant), new QStandardItem(w.procedure),
                new QStandardItem(displayDateTime(w.receivedUtc)) });
        }
        m_model->appendRow({ unit, new QStandardItem, new QStandardItem, new QStandardItem });
    }
    m_tree->expandAll();
    if (m_includeEarlier->isChecked())
        m_status->setText(waiting.isEmpty() ? tr("No dossier is waiting for hand-over.")
                                            : tr("%n dossier(s) waiting for hand-over.", nullptr, int(waiting.size())));
    else
        m_status->setText(waiting.isEmpty()
                ? tr("No dossier received today is waiting for hand-over.")
                : tr("%n dossier(s) received today waiting for hand-over.", nullptr, int(waiting.size())));
    showEarlierHint();
    Q_EMIT listed();
}

// The dossiers of earlier days still waiting, counted where the clerk looks, listed or not.
void HandoverPage::showEarlierHint()
{
    m_earlier->setVisible(m_earlierCount > 0);
    if (m_earlierCount == 0)
        m_earlier->clear();
    else if (m_includeEarlier->isChecked())
        m_earlier->setText(
            tr("Listed with them: %n dossier(s) received on earlier days, still waiting.", nullptr, m_earlierCount));
    else
        m_earlier->setText(tr("%n dossier(s) received on earlier days are still waiting: tick \"%1\" to list them.",
            nullptr, m_earlierCount)
                               .arg(accessibleText(m_includeEarlier->text())));
}

void HandoverPage::followChecks(QStandardItem* item)
{
    if (m_followingChecks || !item->isCheckable())
        return;
    m_followingChecks = true;
    if (!item->parent()) {
        // A unit ticked or unticked: all its dossiers follow.
        if (item->checkState() != Qt::PartiallyChecked)
            for (int r = 0; r < item->rowCount(); ++r)
                item->child(r)->setCheckState(item->checkState());
    } else {
        // A dossier: its unit shows whether all, some or none are ticked.
        QStandardItem* unit = item->parent();
        int checked = 0;
        for (int r = 0; r < unit->rowCount(); ++r)
            checked += unit->child(r)->checkState() == Qt::Checked ? 1 : 0;
        unit->setCheckState(checked == 0      ? Qt::Unchecked
                : checked == unit->rowCount() ? Qt::Checked
                                              : Qt::PartiallyChecked);
    }
    m_followingChecks = false;
}

void HandoverPage::selectAll()
{
    for (int u = 0; u < m_model->rowCount(); ++u) {
        QStandardItem* unit = m_model->item(u);
        unit->setCheckState(Qt::Checked); // its dossiers follow
    }
}

QStringList HandoverPage::checkedCodes() const
{
    QStringList codes;
    for (int u = 0; u < m_model->rowCount(); ++u) {
        const QStandardItem* unit = m_model->item(u);
        for (int r = 0; r < unit->rowCount(); ++r)
            if (unit->child(r)->checkState() == Qt::Checked)
                codes << unit->child(r)->data(Qt::UserRole).toString();
    }
    return codes;
}

HandoverPage::HandOverOutcome HandoverPage::handOver(
    store::Store& s, const store::Actor& actor, const QStringList& codes, const SiteConfig& site)
{
    HandOverOutcome outcome;
    for (const QString& code : codes) {
        store::StepRequest r;
        r.step = workflow::Step::HandOver; // to the procedure's unit
        if (auto done = s.apply(actor, code, r); !done) {
            outcome.problems << QStringLiteral("%1: %2").arg(code, done.error().message);
            continue;
        }
        outcome.handed << code;
        auto printable = forms::PrintableFromStore::load(s, actor, code, site);
        if (printable)
            outcome.slips << printable.value();
        else
            outcome.problems << QStringLiteral("%1: %2").arg(code, printable.error().message);
    }
    return outcome;
}

void HandoverPage::handOverChecked()
{
    const QStringList codes = checkedCodes();
    if (codes.isEmpty()) {
        m_status->setText(tr("Tick the dossiers (or a whole unit) to hand over."));
        return;
    }
    m_handOver->setEnabled(false);
    m_worker.run(
        this, [actor = m_actor, codes, site = m_site](store::Store& s) { return handOver(s, actor, codes, site); },
        [this](quint64, HandOverOutcome outcome) { finishHandOver(outcome); });
}

void HandoverPage::finishHandOver(const HandOverOutcome& outcome)
{
    followRole();
    int printed = 0;
    if (m_print)
        for (const forms::PrintableDossier& slip : outcome.slips) {
            print::PrintRequest request;
            request.key = forms::FormKey::ControlSlip;
            request.dossier = slip;
            m_print(request);
            ++printed;
        }
    QString text = tr("%n dossier(s) handed over.", nullptr, int(outcome.handed.size()));
    if (!outcome.problems.isEmpty()) {
        text += QLatin1Char(' ') + tr("Not done: %1").arg(outcome.problems.join(QStringLiteral("; ")));
        Q_EMIT refused(outcome.problems.join(QLatin1Char('\n')));
    }
    m_status->setText(text);
    Q_EMIT handedOver(outcome.handed, printed);
    refresh();
}

void HandoverPage::markResultReady()
{
    const QString code = m_readyCode->text().trimmed();
    if (code.isEmpty())
        return;
    store::StepRequest r;
    r.step = workflow::Step::MarkResultReady;
    m_worker.run(
        this, [actor = m_actor, code, r](store::Store& s) { return s.apply(actor, code, r); },
        [this, code](quint64, Result<dossier::Dossier> done) {
            if (!done) {
                m_status->setText(done.error().message);
                Q_EMIT refused(done.error().message);
                return;
            }
            m_readyCode->clear();
            m_status->setText(tr("The result of %1 is ready for return.").arg(code));
            Q_EMIT resultMarkedReady(code);
        });
}

void HandoverPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace motcua::ui
