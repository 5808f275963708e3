#include "ui/LookupPage.h"

#include "core/DateFormat.h"
#include "ui/Accessibility.h"
#include "ui/SearchResultsModel.h"
#include "ui/StoreWorker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {
QString localText(const QDateTime& t)
{
    return displayDateTime(t);
}
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

LookupPage::LookupPage(StoreWorker& worker, store::Actor actor, QWidget* parent)
    : QWidget(parent),
      m_worker(worker),
      m_actor(std::move(actor)),
      m_query(new QLineEdit(this)),
      m_searchButton(new QPushButton(tr("Search"), this)),
      m_printButton(new QPushButton(tr("Print receipt…"), this)),
      m_status(new QLabel(this)),
      m_table(new QTableView(this)),
      m_details(new QTextBrowser(this)),
      m_model(new SearchResultsModel(this))
{
    m_query->setObjectName(QStringLiteral("lookup_query"));
    m_query->setPlaceholderText(tr("Dossier code, name, ID or tax number, phone, procedure…"));
    m_query->setClearButtonEnabled(true);
    // The clear button shows only an icon: name it for screen readers and for the mouse pointer.
    for (QToolButton* clear : m_query->findChildren<QToolButton*>()) {
        clear->setAccessibleName(tr("Clear the search"));
        clear->setToolTip(clear->accessibleName());
    }
    m_searchButton->setObjectName(QStringLiteral("lookup_search"));
    m_searchButton->setAccessibleName(accessibleText(m_searchButton->text()));
    m_printButton->setAccessibleName(accessibleText(m_printButton->text()));
    m_printButton->setObjectName(QStringLiteral("lookup_print"));
    m_printButton->setEnabled(false);
    m_status->setObjectName(QStringLiteral("lookup_status"));
    m_table->setObjectName(QStringLiteral("lookup_results"));
    m_details->setObjectName(QStringLiteral("lookup_details"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(SearchResultsModel::Code, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SearchResultsModel::Applicant, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SearchResultsModel::Procedure, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SearchResultsModel::State, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SearchResultsModel::Received, QHeaderView::ResizeToContents);

    auto* bar = new QHBoxLayout;
    auto* findLabel = new QLabel(tr("&Find"), this);
    nameAfterLabel(findLabel, m_query);
    bar->addWidget(findLabel);
    bar->addWidget(m_query, 1);
    bar->addWidget(m_searchButton);
    bar->addWidget(m_printButton);

    // The table and the details pane each under the label a screen reader names them by.
    const auto labelled = [this](const QString& text, QWidget* control) {
        auto* box = new QWidget(this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(text, box);
        nameAfterLabel(label, control);
        boxLayout->addWidget(label);
        boxLayout->addWidget(control, 1);
        return box;
    };
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(labelled(tr("&Dossiers found"), m_table));
    splitter->addWidget(labelled(tr("De&tails"), m_details));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Dossier lookup"), this);
    title->setObjectName(QStringLiteral("title_lookup"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    // Search as you type: a short pause after the last key, at least two characters.
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(250);
    connect(m_query, &QLineEdit::textEdited, &m_typingPause, qOverload<>(&QTimer::start));
    connect(&m_typingPause, &QTimer::timeout, this, [this] {
        const qsizetype typed = m_query->text().trimmed().size();
        if (typed >= 2 || typed == 0) // cleared (also by its clear button): back to today's dossiers
            search();
    });
    connect(m_query, &QLineEdit::returnPressed, this, &LookupPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &LookupPage::search);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                showDossier(m_model->hit(current.row()).code);
        });
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        if (m_print && !selectedCode().isEmpty())
            m_print(selectedCode());
    });
    showToday();
}

void LookupPage::setPrintHandler(std::function<void(const QString&)> handler)
{
    m_print = std::move(handler);
    m_printButton->setEnabled(m_print && !selectedCode().isEmpty());
}

QString LookupPage::selectedCode() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->hit(current.row()).code : QString();
}

void LookupPage::search()
{
    m_typingPause.stop();
    const QString text = m_query->text().trimmed();
    if (text.isEmpty()) {
        showToday();
        return;
    }
    m_status->setText(tr("Searching for \"%1\"…").arg(text));
    // A newer search replaces the one asked before: not run at all if it has not started, its answer
    // dropped if it has.
    m_worker.cancel(m_searchId);
    m_searchId = m_worker.search(this, m_actor, text, [this, text](quint64 id, Result<QList<store::SearchHit>> hits) {
        if (id == m_searchId)
            showHits(text, hits);
    });
}

void LookupPage::showToday()
{
    m_typingPause.stop();
    m_status->setText(tr("Listing today's dossiers…"));
    m_worker.cancel(m_searchId);
    m_searchId = m_worker.today(this, m_actor, [this](quint64 id, Result<QList<store::SearchHit>> hits) {
        if (id == m_searchId)
            showTodayHits(hits);
    });
}

void LookupPage::setActor(const store::Actor& actor)
{
    m_actor = actor;
    m_worker.cancel(m_searchId);
    m_searchId = 0;
    m_dossierId = 0;
    m_model->setHits({});
    m_details->clear();
    m_printButton->setEnabled(false);
    m_status->clear();
    search(); // as the new clerk: the text in the field, or today's dossiers
}

void LookupPage::showHits(const QString& text, const Result<QList<store::SearchHit>>& hits)
{
    m_searchId = 0;
    if (!hits) {
        m_status->setText(hits.error().message);
        Q_EMIT searchFinished();
        return;
    }
    m_dossierId = 0;
    m_model->setHits(hits.value());
    m_details->clear();
    m_printButton->setEnabled(false);
    m_status->setText(hits->isEmpty() ? tr("No dossier matches \"%1\".").arg(text)
                                      : tr("%n dossier(s) found.", nullptr, static_cast<int>(hits->size())));
    if (hits->size() == 1)
        m_table->selectRow(0);
    Q_EMIT searchFinished();
}

void LookupPage::showTodayHits(const Result<QList<store::SearchHit>>& hits)
{
    m_searchId = 0;
    const QString hint = tr("Search: type a dossier code, a name, an ID or tax number, a phone or a procedure.");
    if (!hits) {
        m_status->setText(hits.error().message + QLatin1Char(' ') + hint);
        Q_EMIT todayShown();
        return;
    }
    m_dossierId = 0;
    m_model->setHits(hits.value());
    m_details->clear();
    m_printButton->setEnabled(false);
    const QString listed = hits->isEmpty()
        ? tr("No dossier received today yet.")
        : tr("Today's dossiers: %n received today, newest first.", nullptr, static_cast<int>(hits->size()));
    m_status->setText(listed + QLatin1Char(' ') + hint);
    Q_EMIT todayShown();
}

void LookupPage::showDossier(const QString& code)
{
    m_printButton->setEnabled(false);
    m_dossierId = m_worker.dossier(this, m_actor, code, [this, code](quint64 id, Result<dossier::Dossier> loaded) {
        if (id == m_dossierId)
            showLoaded(code, loaded);
    });
}

void LookupPage::showLoaded(const QString& code, const Result<dossier::Dossier>& loaded)
{
    m_dossierId = 0;
    if (!loaded) {
        m_details->setPlainText(loaded.error().message);
        m_printButton->setEnabled(false);
        return;
    }
    m_details->setHtml(detailsHtml(loaded.value()));
    m_printButton->setEnabled(static_cast<bool>(m_print));
    Q_EMIT dossierShown(code);
}

QString LookupPage::detailsHtml(const dossier::Dossier& d) const
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(esc(d.code));
    const auto row = [&html](const QString& label, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Procedure"), d.procedureName);
    row(tr("Status"), workflow::stateLabel(d.state));
    row(tr("Applicant"), d.applicant.name);
    row(tr("ID / tax number"),
        d.applicant.kind == dossier::ApplicantKind::Business ? d.applicant.taxCode : d.applicant.idNumber);
    row(tr("Phone"), d.applicant.phone);
    row(tr("Address"), d.applicant.address);
    if (d.owner)
        row(tr("Dossier owner"), d.owner->name);
    row(tr("Received"), localText(d.receivedAtUtc));
    row(tr("Appointment"), d.dueLocal.isValid() ? localText(d.dueLocal) : tr("not computed (time limit unknown)"));
    if (d.originalDueLocal.isValid() && d.originalDueLocal != d.dueLocal)
        row(tr("Original appointment"), localText(d.originalDueLocal));
    row(tr("Processing unit"), d.processingUnit);
    row(tr("Reason"), d.reason);
    html += QStringLiteral("</table>");
    if (!d.documents.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("Documents")));
        for (const auto& doc : d.documents)
            html += QStringLiteral("<li>%1 — %2</li>")
                        .arg(esc(doc.componentName.isEmpty() ? doc.componentId : doc.componentName),
                            esc(tr("%1 original(s), %2 certified cop(ies), %3 photocop(ies), %4 file(s)")
                                    .arg(doc.originals)
                                    .arg(doc.certifiedCopies)
                                    .arg(doc.photocopies)
                                    .arg(doc.files.size())));
        html += QStringLiteral("</ol>");
    }
    if (!d.history.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("History")));
        for (const auto& change : d.history) {
            const auto to = workflow::stateFromName(change.toState);
            QString what = to ? workflow::stateLabel(*to) : change.toState;
            if (change.step == QLatin1String("notice")) // a notice leaves the state: its outcome is the note
                what = change.note;
            else if (change.step == QLatin1String("central_conflict")) // the unit's change lost to the desk's act
                what = tr("Conflict with central: a processing unit's change was not applied, the desk's act "
                          "stands (%1) — %2")
                           .arg(what, change.note);
            html
                += QStringLiteral("<li>%1 — %2 (%3)</li>").arg(esc(localText(change.atUtc)), esc(what), esc(change.by));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace motcua::ui
