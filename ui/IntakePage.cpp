#include "ui/IntakePage.h"

#include "core/Clock.h"
#include "core/DateFormat.h"
#include "core/domain/VietQr.h"
#include "core/forms/PrintableFromStore.h"
#include "ui/Accessibility.h"
#include "ui/FileListPaperFiles.h"
#include "ui/IntakeDraft.h"
#include "ui/MessageBox.h"
#include "ui/PaperChecklistModel.h"
#include "ui/PartyForm.h"
#include "ui/PrintPreview.h"
#include "ui/ProcedureListModel.h"
#include "ui/StoreWorker.h"
#include "ui/intake/NationalCheckBox.h"
#include "ui/print/Barcode.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUuid>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

QString htmlEsc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString vndText(qint64 vnd)
{
    QString digits = QString::number(vnd);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits + QStringLiteral(" đ");
}

// The sum of the fees whose amount the catalogue knows; nullopt when none is known.
std::optional<qint64> knownFeesVnd(const catalogue::Procedure* p)
{
    if (!p || !p->fees)
        return std::nullopt;
    std::optional<qint64> total;
    for (const catalogue::Fee& fee : *p->fees)
        if (fee.amountVnd)
            total = total.value_or(0) + *fee.amountVnd;
    return total;
}

// A labelled control in a vertical box: the label names the control for screen readers.
QWidget* labelledBox(QWidget* parent, const QString& text, QWidget* control, int stretch = 1)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(text, box);
    nameAfterLabel(label, control);
    layout->addWidget(label);
    layout->addWidget(control, stretch);
    return box;
}

void nameAfterText(QAbstractButton* button, const char* objectName)
{
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAccessibleName(accessibleText(button->text()));
}

} // namespace

IntakePage::IntakePage(StoreWorker& worker, store::Actor actor, SiteConfig site, QString dataDir, QWidget* parent)
    : QWidget(parent),
      m_worker(worker),
      m_actor(std::move(actor)),
      m_site(std::move(site)),
      m_dataDir(std::move(dataDir)),
      m_procedures(new ProcedureListModel(this)),
      m_checklist(new PaperChecklistModel(this)),
      m_fileList(std::make_unique<FileListPaperFiles>())
{
    m_draft = std::make_unique<IntakeDraft>(m_dataDir, m_actor.login);
    m_draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_print = [this](const print::PrintRequest& request) {
        return showPrintPreview(this, request, print::RenderOptions::fromSite(m_site));
    };

    auto* title = new QLabel(tr("Intake"), this);
    title->setObjectName(QStringLiteral("title_intake"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("intake_step_title"));
    m_roleMessage = new QLabel(this);
    m_roleMessage->setObjectName(QStringLiteral("intake_role_message"));
    m_roleMessage->setWordWrap(true);
    m_roleMessage->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("intake_status"));
    m_status->setWordWrap(true);

    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("intake_steps"));
    m_steps->addWidget(buildProcedureStep());
    m_steps->addWidget(buildApplicantStep());
    m_steps->addWidget(buildPapersStep());
    m_steps->addWidget(buildDecisionStep());
    m_steps->addWidget(buildFeeStep());
    m_steps->addWidget(buildDoneStep());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_roleMessage);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_status);
    layout->addWidget(buildNavigation());

    m_draftPause.setSingleShot(true);
    m_draftPause.setInterval(400);
    connect(&m_draftPause, &QTimer::timeout, this, &IntakePage::saveDraftNow);
    m_filesPoll.setInterval(500);
    connect(&m_filesPoll, &QTimer::timeout, this, [this] { m_checklist->setFileCounts(m_paperFiles->pageCounts()); });
    installShortcuts();
    setPaperFiles(nullptr);
    applyRole();
    goTo(Step::Procedure);
    loadCatalogue();
}

IntakePage::~IntakePage()
{
    // The source's widget belongs to its source: take it out before the page's children are deleted.
    if (m_paperFilesWidget && m_paperFiles != m_fileList.get())
        m_paperFilesWidget->setParent(nullptr);
}

QString IntakePage::draftPath() const
{
    return m_draft->path();
}

void IntakePage::setPrintSink(PrintSink sink)
{
    m_print = std::move(sink);
}

void IntakePage::setPaperFiles(PaperFiles* files)
{
    if (m_paperFilesWidget) {
        m_paperFilesWidget->hide();
        m_paperFilesWidget->setParent(nullptr);
    }
    m_paperFiles = files ? files : static_cast<PaperFiles*>(m_fileList.get());
    m_paperFilesWidget = m_paperFiles->widget();
    if (m_paperFilesWidget) {
        m_filesHolder->layout()->addWidget(m_paperFilesWidget);
        m_paperFilesWidget->show();
    }
    papersChanged();
}

QWidget* IntakePage::buildNavigation()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_back = new QPushButton(tr("Back (Esc)"), bar);
    m_next = new QPushButton(tr("Next (Ctrl+Enter)"), bar);
    m_new = new QPushButton(tr("Abandon and start again"), bar);
    nameAfterText(m_back, "intake_back");
    nameAfterText(m_next, "intake_next");
    nameAfterText(m_new, "intake_abandon");
    for (QPushButton* b : { m_back, m_next, m_new })
        b->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_new);
    layout->addStretch(1);
    layout->addWidget(m_back);
    layout->addWidget(m_next);
    connect(m_back, &QPushButton::clicked, this, &IntakePage::back);
    connect(m_next, &QPushButton::clicked, this, &IntakePage::next);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Intake"), tr("Drop what was entered for this intake and start again?"))
            == QMessageBox::Yes)
            startNew();
    });
    return bar;
}

void IntakePage::installShortcuts()
{
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Escape), &IntakePage::back);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &IntakePage::back);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &IntakePage::next);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &IntakePage::next);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &IntakePage::next);
}

void IntakePage::applyRole()
{
    const bool allowed = auth::isAllowed(m_actor.role, auth::Action::ReceiveDossier);
    m_steps->setEnabled(allowed);
    m_next->setEnabled(allowed);
    m_back->setEnabled(allowed);
    m_new->setEnabled(allowed);
    m_roleMessage->setVisible(!allowed);
    m_roleMessage->setText(allowed ? QString()
                                   : tr("Your role (%1) does not receive dossiers: intake is not available.")
                                         .arg(auth::roleLabel(m_actor.role)));
}

// ---- procedure

QWidget* IntakePage::buildProcedureStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("intake_step_procedure"));
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("intake_procedure_search"));
    m_search->setPlaceholderText(tr("Type words of the procedure's name or its code, with or without accents"));
    m_search->installEventFilter(this);
    m_procedureList = new QListView(page);
    m_procedureList->setObjectName(QStringLiteral("intake_procedures"));
    m_procedureList->setModel(m_procedures);
    m_procedureList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_procedureList->setWordWrap(true);
    m_procedureDetails = new QTextBrowser(page);
    m_procedureDetails->setObjectName(QStringLiteral("intake_procedure_details"));

    auto* searchRow = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Procedure"), page);
    nameAfterLabel(searchLabel, m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(labelledBox(page, tr("Procedures, the most used first"), m_procedureList));
    splitter->addWidget(labelledBox(page, tr("About the procedure"), m_procedureDetails));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &IntakePage::procedureFilterChanged);
    connect(m_procedureList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &IntakePage::showProcedureDetails);
    // Enter (in the search field or the list) reaches keyPressEvent; a double click chooses too.
    connect(m_procedureList, &QListView::doubleClicked, this, [this] {
        if (chooseProcedure())
            goTo(Step::Applicant);
    });
    return page;
}

void IntakePage::loadCatalogue()
{
    setStatus(tr("Reading the catalogue…"));
    const QDate today = Clock::current().today();
    const store::Actor actor = m_actor;
    using Loaded = Result<std::pair<QList<catalogue::Procedure>, QHash<QString, int>>>;
    m_worker.cancel(m_catalogueId);
    m_catalogueId = m_worker.run(
        this,
        [today, actor](store::Store& s) -> Loaded {
            auto procedures = s.procedures(today);
            if (!procedures)
                return procedures.error();
            auto usage = s.procedureUsage(actor);
            return std::make_pair(procedures.value(), usage ? usage.value() : QHash<QString, int>());
        },
        [this](quint64 id, Loaded loaded) {
            if (id != m_catalogueId)
                return; // asked for another clerk since
            if (!loaded) {
                setStatus(loaded.error().message);
                Q_EMIT failed(loaded.error().message);
                return;
            }
            m_procedures->setProcedures(loaded->first, loaded->second);
            m_catalogueReady = true;
            setStatus(tr("%n procedure(s) in the catalogue.", nullptr, m_procedures->rowCount()));
            procedureFilterChanged(m_search->text());
            Q_EMIT catalogueLoaded();
            offerDraft();
        });
}

void IntakePage::procedureFilterChanged(const QString& text)
{
    m_procedures->setFilter(text);
    int row = m_procedures->rowOf(m_procedureCode);
    if (row < 0 && m_procedures->rowCount() > 0)
        row = 0;
    m_procedureList->setCurrentIndex(m_procedures->index(row, 0));
    showProcedureDetails();
    scheduleDraft();
}

void IntakePage::showProcedureDetails()
{
    const catalogue::Procedure* p = m_procedures->procedureAt(m_procedureList->currentIndex().row());
    if (!p) {
        m_procedureDetails->setPlainText(m_catalogueReady && !m_search->text().isEmpty()
                ? tr("No procedure matches \"%1\".").arg(m_search->text())
                : QString());
        return;
    }
    m_procedureDetails->setHtml(procedureHtml(*p));
}

QString IntakePage::procedureHtml(const catalogue::Procedure& p) const
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=4>").arg(htmlEsc(p.code), htmlEsc(p.name));
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(htmlEsc(label), htmlEsc(value));
    };
    row(tr("Processing unit"), p.agency);
    const QString limit = forms::PrintableFromStore::timeLimitText(p.timeLimit);
    row(tr("Time limit"), limit.isEmpty() ? tr("unknown in the catalogue") : limit);
    QStringList fees;
    if (p.fees)
        for (const catalogue::Fee& f : *p.fees)
            fees << f.name + QStringLiteral(": ") + (f.amountVnd ? vndText(*f.amountVnd) : tr("set by a fee notice"));
    row(tr("Fee"), !p.fees ? tr("unknown in the catalogue") : fees.isEmpty() ? tr("none") : fees.join(u"; "));
    row(tr("Used at this desk"),
        tr("%n dossier(s)", nullptr,
            m_procedures->data(m_procedures->index(m_procedures->rowOf(p.code), 0), ProcedureListModel::UsageRole)
                .toInt()));
    html += QStringLiteral("</table>");
    const QString missing = ProcedureListModel::missingText(p);
    if (!missing.isEmpty())
        html += QStringLiteral("<p style='color:#9a5b00'>⚠ %1</p>")
                    .arg(htmlEsc(
                        tr("Incomplete in the catalogue: %1 unknown. Check the published procedure.").arg(missing)));
    html += QStringLiteral("<p><b>%1</b></p>").arg(htmlEsc(tr("Papers")));
    if (!p.components) {
        html += QStringLiteral("<p>%1</p>").arg(htmlEsc(tr("unknown in the catalogue")));
    } else {
        html += QStringLiteral("<ol>");
        for (const catalogue::Component& c : *p.components)
            html += QStringLiteral("<li>%1 (%2)</li>")
                        .arg(htmlEsc(c.name),
                            htmlEsc(tr("%1 original(s), %2 cop(ies)")
                                        .arg(c.originals ? QString::number(*c.originals) : QStringLiteral("?"),
                                            c.copies ? QString::number(*c.copies) : QStringLiteral("?"))));
        html += QStringLiteral("</ol>");
    }
    return html;
}

bool IntakePage::chooseProcedure()
{
    const catalogue::Procedure* p = m_procedures->procedureAt(m_procedureList->currentIndex().row());
    if (!p) {
        setStatus(m_catalogueReady ? tr("Procedure: choose one in the list (type words of its name).")
                                   : tr("The catalogue is still being read."));
        m_search->setFocus();
        return false;
    }
    if (p->code != m_procedureCode) {
        m_procedureCode = p->code;
        m_checklist->setProcedure(*p);
        m_decisionChosen = false;
    }
    return true;
}

// ---- applicant

QWidget* IntakePage::buildApplicantStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("intake_step_applicant"));
    m_applicant = new PartyForm(QStringLiteral("applicant"), page);
    m_ownerDiffers = new QCheckBox(tr("The dossier's &owner is someone else"), page);
    nameAfterText(m_ownerDiffers, "intake_owner_differs");
    m_owner = new PartyForm(QStringLiteral("owner"), page);
    m_owner->hide();

    auto* inner = new QWidget(page);
    auto* layout = new QVBoxLayout(inner);
    auto* applicantTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(htmlEsc(tr("Applicant"))), inner);
    layout->addWidget(applicantTitle);
    layout->addWidget(m_applicant);
    m_nationalCheck = new NationalCheckBox(m_applicant, QStringLiteral("applicant"), m_site, m_dataDir, inner);
    layout->addWidget(m_nationalCheck);
    layout->addWidget(m_ownerDiffers);
    layout->addWidget(m_owner);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (PartyForm* form : { m_applicant, m_owner }) {
        connect(form, &PartyForm::changed, this, &IntakePage::scheduleDraft);
        connect(form, &PartyForm::recallRequested, this, [this, form](const QString& id) { recall(form, id); });
    }
    connect(m_ownerDiffers, &QCheckBox::toggled, this, [this](bool on) {
        m_owner->setVisible(on);
        if (on && !m_restoring)
            m_owner->focusFirst();
        scheduleDraft();
    });
    return page;
}

void IntakePage::recall(PartyForm* form, const QString& idOrTaxCode)
{
    const store::Actor actor = m_actor;
    using Found = Result<std::optional<dossier::Party>>;
    m_worker.run(
        this, [actor, idOrTaxCode](store::Store& s) { return s.recallParty(actor, idOrTaxCode); },
        [this, form, idOrTaxCode](quint64, Found found) {
            if (!found || !found->has_value())
                return;
            if (form->fillEmpty(**found))
                setStatus(tr("Filled from the earlier dossier of %1 (%2): check the details with the applicant.")
                              .arg((*found)->name, idOrTaxCode));
        });
}

bool IntakePage::checkApplicant()
{
    dossier::IntakeRequest r;
    r.procedure = m_procedureCode;
    r.applicant = m_applicant->party();
    if (m_ownerDiffers->isChecked())
        r.owner = m_owner->party();
    for (PartyForm* form : { m_applicant, m_owner }) {
        const QString problem = form->liveProblem();
        if (!problem.isEmpty() && (form == m_applicant || m_ownerDiffers->isChecked())) {
            setStatus(problem);
            return false;
        }
    }
    const Status s = r.validate();
    if (s)
        return true;
    QString text = m_applicant->explain(s.error());
    if (text.isEmpty())
        text = m_owner->explain(s.error());
    setStatus(text.isEmpty() ? s.error().message : text);
    return false;
}

// ---- papers

QWidget* IntakePage::buildPapersStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("intake_step_papers"));
    m_papers = new QTableView(page);
    m_papers->setObjectName(QStringLiteral("intake_papers"));
    m_papers->setModel(m_checklist);
    m_papers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_papers->setEditTriggers(
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_papers->verticalHeader()->hide();
    m_papers->horizontalHeader()->setSectionResizeMode(PaperChecklistModel::Paper, QHeaderView::Stretch);
    for (int c = PaperChecklistModel::Originals; c < PaperChecklistModel::ColumnCount; ++c)
        m_papers->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_papers->setWordWrap(true);
    m_papers->installEventFilter(this);
    m_completeness = new QLabel(page);
    m_completeness->setObjectName(QStringLiteral("intake_completeness"));
    m_completeness->setWordWrap(true);
    auto* hint = new QLabel(tr("Space: brought as the catalogue asks (again: nothing brought) · a digit: change a "
                               "count · Enter: next"),
        page);
    hint->setWordWrap(true);
    m_filesHolder = new QWidget(page);
    m_filesHolder->setObjectName(QStringLiteral("intake_files_holder"));
    auto* holderLayout = new QVBoxLayout(m_filesHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(labelledBox(page, tr("P&apers brought"), m_papers));
    splitter->addWidget(m_filesHolder);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_completeness);
    layout->addWidget(splitter, 1);
    layout->addWidget(hint);

    connect(m_checklist, &PaperChecklistModel::checklistChanged, this, &IntakePage::papersChanged);
    connect(m_checklist, &QAbstractItemModel::modelReset, this, [this] {
        if (m_checklist->rowCount() > 0)
            m_papers->setCurrentIndex(m_checklist->index(0, PaperChecklistModel::Originals));
    });
    connect(m_papers->selectionModel(), &QItemSelectionModel::currentChanged, this, &IntakePage::currentPaperChanged);
    connect(m_fileList.get(), &FileListPaperFiles::filesChanged, this,
        [this] { m_checklist->setFileCounts(m_paperFiles->pageCounts()); });
    return page;
}

void IntakePage::papersChanged()
{
    if (!m_paperFiles)
        return;
    const int missing = m_checklist->missingRequired();
    const int rows = m_checklist->rowCount();
    m_completeness->setText(missing == 0
            ? tr("Complete: every required paper is there (%n paper(s) listed).", nullptr, rows)
            : tr("Incomplete: %n required paper(s) missing (highlighted).", nullptr, missing));
    m_completeness->setStyleSheet(missing == 0 ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                               : QStringLiteral("color: #b00020; font-weight: bold;"));
    scheduleDraft();
}

void IntakePage::currentPaperChanged()
{
    const int row = m_papers->currentIndex().row();
    if (m_paperFiles && row >= 0 && row < m_checklist->rows().size()) {
        m_paperFiles->setCurrentPaper(m_checklist->rows().at(row).componentId);
        m_checklist->setFileCounts(m_paperFiles->pageCounts());
    }
}

bool IntakePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
        const int row = m_procedureList->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
        if (row >= 0 && row < m_procedures->rowCount())
            m_procedureList->setCurrentIndex(m_procedures->index(row, 0));
        return true;
    }
    if (watched == m_papers && key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
        const QModelIndex at = m_papers->currentIndex();
        if (at.column() == PaperChecklistModel::Missing)
            m_checklist->setData(at, at.data(Qt::CheckStateRole).toInt() == Qt::Checked ? Qt::Unchecked : Qt::Checked,
                Qt::CheckStateRole);
        else
            m_checklist->toggleReceived(at.row());
        if (at.row() + 1 < m_checklist->rowCount())
            m_papers->setCurrentIndex(m_checklist->index(at.row() + 1, at.column()));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// ---- decision

QWidget* IntakePage::buildDecisionStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("intake_step_decision"));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("intake_summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_accept = new QRadioButton(tr("Accept: receive the dossier and print the receipt with the appointment"), page);
    m_supplement = new QRadioButton(tr("Incomplete: request a supplement of the missing papers"), page);
    m_refuse = new QRadioButton(tr("Outside the agency's remit: refuse with the reason"), page);
    nameAfterText(m_accept, "intake_accept");
    nameAfterText(m_supplement, "intake_supplement");
    nameAfterText(m_refuse, "intake_refuse");
    m_decision = new QButtonGroup(page);
    m_decision->addButton(m_accept, static_cast<int>(dossier::IntakeDecision::Accept));
    m_decision->addButton(m_supplement, static_cast<int>(dossier::IntakeDecision::RequestSupplement));
    m_decision->addButton(m_refuse, static_cast<int>(dossier::IntakeDecision::Refuse));
    m_accept->setChecked(true);
    m_missingSummary = new QLabel(page);
    m_missingSummary->setObjectName(QStringLiteral("intake_missing_summary"));
    m_missingSummary->setWordWrap(true);
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(QStringLiteral("intake_reason"));
    m_decisionMessage = new QLabel(page);
    m_decisionMessage->setObjectName(QStringLiteral("intake_decision_message"));
    m_decisionMessage->setWordWrap(true);
    m_decisionMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_decide = new QPushButton(tr("Receive and &print"), page);
    nameAfterText(m_decide, "intake_decide");

    auto* reasonRow = new QHBoxLayout;
    auto* reasonLabel = new QLabel(tr("&Reason"), page);
    nameAfterLabel(reasonLabel, m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_accept);
    layout->addWidget(m_supplement);
    layout->addWidget(m_missingSummary);
    layout->addWidget(m_refuse);
    layout->addLayout(reasonRow);
    layout->addWidget(m_decisionMessage);
    layout->addWidget(m_decide, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_decision, &QButtonGroup::idClicked, this, [this] {
        m_decisionChosen = true;
        updateDecisionView();
        scheduleDraft();
    });
    connect(m_decision, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateDecisionView();
    });
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        m_decisionMessage->clear();
        scheduleDraft();
    });
    connect(m_decide, &QPushButton::clicked, this, &IntakePage::decide);
    return page;
}

void IntakePage::preselectDecision()
{
    if (!m_decisionChosen)
        (m_checklist->missingRequired() > 0 ? m_supplement : m_accept)->setChecked(true);
    updateDecisionView();
    m_decision->checkedButton()->setFocus(Qt::OtherFocusReason);
}

void IntakePage::updateDecisionView()
{
    const auto decision = static_cast<dossier::IntakeDecision>(m_decision->checkedId());
    const dossier::Party a = m_applicant->party();
    const catalogue::Procedure* p = m_procedures->procedure(m_procedureCode);
    QStringList papers;
    for (const auto& row : m_checklist->rows())
        if (row.total() > 0 || row.files > 0)
            papers << tr("%1 (%2 original(s), %3 certified, %4 photocop(ies), %5 file(s))")
                          .arg(row.name)
                          .arg(row.originals)
                          .arg(row.certifiedCopies)
                          .arg(row.photocopies)
                          .arg(row.files);
    m_summary->setText(
        QStringLiteral("<b>%1</b><br>%2 — %3<br>%4")
            .arg(htmlEsc(p ? p->code + QStringLiteral(" — ") + p->name : m_procedureCode), htmlEsc(a.name),
                htmlEsc(a.kind == dossier::ApplicantKind::Business ? a.taxCode : a.idNumber),
                htmlEsc(papers.isEmpty() ? tr("No paper brought.") : papers.join(QStringLiteral("; ")))));
    QStringList missing;
    for (const auto& row : m_checklist->rows())
        if (row.missing())
            missing << row.name;
    m_missingSummary->setText(missing.isEmpty()
            ? tr("No paper is ticked as missing.")
            : tr("Missing (ticked on the papers step): %1").arg(missing.join(u"; ")));
    m_missingSummary->setEnabled(decision == dossier::IntakeDecision::RequestSupplement);
    m_reason->setEnabled(decision != dossier::IntakeDecision::Accept);
    m_decide->setText(decision == dossier::IntakeDecision::Accept    ? tr("Receive and &print the receipt")
            : decision == dossier::IntakeDecision::RequestSupplement ? tr("Record and &print the supplement request")
                                                                     : tr("Record and &print the refusal"));
    m_decide->setAccessibleName(accessibleText(m_decide->text()));
}

Result<dossier::IntakeRequest> IntakePage::buildRequest()
{
    dossier::IntakeRequest r;
    r.idempotencyKey = m_draftId; // a retry after a crash between commit and print finds the dossier made
    r.procedure = m_procedureCode;
    r.applicant = m_applicant->party();
    if (m_ownerDiffers->isChecked())
        r.owner = m_owner->party();
    r.decision = static_cast<dossier::IntakeDecision>(m_decision->checkedId());
    if (r.decision != dossier::IntakeDecision::Accept)
        r.reason = m_reason->text().trimmed();
    if (r.decision == dossier::IntakeDecision::RequestSupplement)
        r.missing = m_checklist->missingIds();
    r.documents = m_checklist->documents();
    if (auto s = r.validate(); !s)
        return s.error();
    auto files = m_paperFiles->files();
    if (!files)
        return files.error();
    for (auto it = files->begin(); it != files->end(); ++it) {
        auto doc = std::find_if(r.documents.begin(), r.documents.end(),
            [&it](const dossier::IntakeDocument& d) { return d.componentId == it.key(); });
        if (doc == r.documents.end()) {
            dossier::IntakeDocument d;
            d.componentId = it.key();
            r.documents << d;
            doc = r.documents.end() - 1;
        }
        doc->files = it.value();
    }
    return r;
}

void IntakePage::decide()
{
    if (m_busy)
        return;
    auto request = buildRequest();
    if (!request) {
        const Error& e = request.error();
        QString text = m_applicant->explain(e);
        if (text.isEmpty())
            text = m_owner->explain(e);
        if (!text.isEmpty()) {
            goTo(Step::Applicant);
        } else if (e.field == QLatin1String("reason")) {
            text = accessibleText(tr("&Reason")) + QStringLiteral(": ")
                + tr("required when the dossier is not accepted; say why.");
            m_reason->setFocus(Qt::OtherFocusReason);
        } else if (e.field == QLatin1String("missing")) {
            text = tr("Missing papers: tick at least one on the papers step (column \"Missing\").");
        } else {
            text = e.message;
        }
        m_decisionMessage->setText(text);
        setStatus(text);
        return;
    }
    saveDraftNow();
    m_busy = true;
    setEnabled(false);
    setStatus(tr("Receiving the dossier…"));
    const store::Actor actor = m_actor;
    const SiteConfig site = m_site;
    const dossier::IntakeDecision decision = request->decision;
    m_worker.run(
        this,
        [actor, site, r = request.value()](store::Store& s) -> Result<Outcome> {
            auto received = s.receive(actor, r);
            if (!received)
                return received.error();
            auto printable = forms::PrintableFromStore::load(s, actor, received->code, site);
            if (!printable)
                return printable.error();
            return Outcome { received.value(), printable.value() };
        },
        [this, decision](quint64, Result<Outcome> outcome) { decided(outcome, decision); });
}

void IntakePage::decided(const Result<Outcome>& outcome, dossier::IntakeDecision decision)
{
    m_busy = false;
    setEnabled(true);
    applyRole();
    if (!outcome) {
        m_decisionMessage->setText(outcome.error().message);
        setStatus(outcome.error().message);
        Q_EMIT failed(outcome.error().message);
        return;
    }
    m_lastCode = outcome->result.code;
    m_lastPrintable = outcome->printable;
    // Received: the draft has done its work, and the papers' pages are stored with the dossier.
    m_draftPause.stop();
    dropDraft();
    m_paperFiles->clear();
    const forms::FormKey form = decision == dossier::IntakeDecision::Accept ? forms::FormKey::Receipt
        : decision == dossier::IntakeDecision::RequestSupplement            ? forms::FormKey::SupplementRequest
                                                                            : forms::FormKey::Refusal;
    printForm(form);
    QString text = decision == dossier::IntakeDecision::Accept
        ? tr("Dossier %1 received. Appointment: %2.")
              .arg(m_lastCode,
                  outcome->result.dueLocal.isValid() ? displayDateTime(outcome->result.dueLocal)
                                                     : tr("to be announced (time limit unknown)"))
        : decision == dossier::IntakeDecision::RequestSupplement
        ? tr("Dossier %1 recorded as waiting for papers; the supplement request was printed.").arg(m_lastCode)
        : tr("Dossier %1 refused; the refusal was printed.").arg(m_lastCode);
    if (!outcome->result.warnings.isEmpty())
        text += QLatin1Char(' ') + outcome->result.warnings.join(QLatin1Char(' '));
    m_doneMessage->setText(text);
    setStatus(text);
    Q_EMIT received(m_lastCode);
    m_nationalCheck->keepWith(m_worker, m_actor, m_lastCode); // its answer, or a pending check
    if (decision == dossier::IntakeDecision::Accept) {
        prepareFee();
        goTo(Step::Fee);
    } else {
        goTo(Step::Done);
    }
}

void IntakePage::printForm(forms::FormKey key)
{
    m_lastForm = key;
    print::PrintRequest request;
    request.key = key;
    request.dossier = m_lastPrintable;
    if (auto printed = m_print(request); !printed) {
        setStatus(
            tr("Printing failed: %1. Use \"Print again\" when the printer is ready.").arg(printed.error().message));
        MessageBox::warning(this, tr("Print"), printed.error().message);
    }
}

// ---- fee

QWidget* IntakePage::buildFeeStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("intake_step_fee"));
    m_amount = new QLineEdit(page);
    m_amount->setObjectName(QStringLiteral("intake_fee_amount"));
    m_amount->setPlaceholderText(tr("whole đồng, e.g. 150000"));
    m_cash = new QRadioButton(tr("&Cash"), page);
    m_transfer = new QRadioButton(tr("Bank &transfer (VietQR)"), page);
    nameAfterText(m_cash, "intake_pay_cash");
    nameAfterText(m_transfer, "intake_pay_transfer");
    m_cash->setChecked(true);
    m_qr = new QLabel(page);
    m_qr->setObjectName(QStringLiteral("intake_vietqr"));
    m_qr->setAccessibleName(tr("VietQR code for the transfer"));
    m_qr->setMinimumSize(200, 200);
    m_qr->setAlignment(Qt::AlignCenter);
    m_account = new QLabel(page);
    m_account->setObjectName(QStringLiteral("intake_fee_account"));
    m_account->setWordWrap(true);
    m_feeMessage = new QLabel(page);
    m_feeMessage->setObjectName(QStringLiteral("intake_fee_message"));
    m_feeMessage->setWordWrap(true);
    m_pay = new QPushButton(tr("&Record the payment"), page);
    m_feeLater = new QPushButton(tr("No payment &now"), page);
    nameAfterText(m_pay, "intake_pay");
    nameAfterText(m_feeLater, "intake_fee_later");

    auto* amountRow = new QHBoxLayout;
    auto* amountLabel = new QLabel(tr("&Amount (đồng)"), page);
    nameAfterLabel(amountLabel, m_amount);
    amountRow->addWidget(amountLabel);
    amountRow->addWidget(m_amount, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pay);
    buttons->addWidget(m_feeLater);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(amountRow);
    layout->addWidget(m_cash);
    layout->addWidget(m_transfer);
    layout->addWidget(m_qr, 0, Qt::AlignLeft);
    layout->addWidget(m_account);
    layout->addWidget(m_feeMessage);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_transfer, &QRadioButton::toggled, this, &IntakePage::showVietQr);
    connect(m_amount, &QLineEdit::textChanged, this, &IntakePage::showVietQr);
    connect(m_pay, &QPushButton::clicked, this, &IntakePage::recordPayment);
    connect(m_feeLater, &QPushButton::clicked, this, [this] { goTo(Step::Done); });
    return page;
}

void IntakePage::prepareFee()
{
    const auto fee = knownFeesVnd(m_procedures->procedure(m_procedureCode));
    m_amount->setText(fee && *fee > 0 ? QString::number(*fee) : QString());
    m_cash->setChecked(true);
    m_feeMessage->setText(fee ? tr("Fee from the catalogue for dossier %1.").arg(m_lastCode)
                              : tr("The catalogue gives no amount: type the amount of the fee notice, or choose "
                                   "\"No payment now\"."));
    showVietQr();
}

void IntakePage::showVietQr()
{
    const bool transfer = m_transfer->isChecked();
    m_qr->setVisible(transfer);
    m_account->setVisible(transfer);
    if (!transfer)
        return;
    const forms::PaymentAccount& account = m_lastPrintable.payment;
    VietQrRequest q;
    q.bin = account.bin;
    q.account = account.account;
    q.amountVnd = m_amount->text().trimmed().toLongLong();
    q.note = m_lastPrintable.paymentReference.isEmpty() ? m_lastCode : m_lastPrintable.paymentReference;
    auto payload = buildVietQr(q);
    auto matrix = payload ? print::BarcodeMatrix::encode(print::BarcodeMatrix::Format::QRCode, payload.value())
                          : Result<print::BarcodeMatrix>(payload.error());
    if (!matrix) {
        m_qr->setPixmap({});
        m_qr->setText(tr("No VietQR: %1").arg(matrix.error().message));
        m_account->setText(tr("Set the desk's bank account in the site file (section \"payment\")."));
        return;
    }
    const int quiet = 4;
    QImage image(matrix->width() + 2 * quiet, matrix->height() + 2 * quiet, QImage::Format_Mono);
    image.fill(1);
    for (int y = 0; y < matrix->height(); ++y)
        for (int x = 0; x < matrix->width(); ++x)
            if (matrix->dark(x, y))
                image.setPixel(x + quiet, y + quiet, 0);
    m_qr->setPixmap(QPixmap::fromImage(image.scaled(image.size() * 6)));
    Q_EMIT feeShown(q.amountVnd, payload.value());
    m_account->setText(tr("Account %1 (%2), bank %3; transfer note: %4")
                           .arg(account.account, account.accountName, account.bin, q.note));
}

void IntakePage::recordPayment()
{
    bool ok = false;
    const qint64 amount = m_amount->text().trimmed().toLongLong(&ok);
    if (!ok || amount <= 0) {
        m_feeMessage->setText(accessibleText(tr("&Amount (đồng)")) + QStringLiteral(": ")
            + tr("type a whole positive number of đồng, or choose \"No payment now\"."));
        m_amount->setFocus(Qt::OtherFocusReason);
        return;
    }
    store::StepRequest r;
    r.step = workflow::Step::RecordPayment;
    r.amountVnd = amount;
    r.method = m_transfer->isChecked() ? dossier::PaymentMethod::Transfer : dossier::PaymentMethod::Cash;
    const store::Actor actor = m_actor;
    const QString code = m_lastCode;
    m_busy = true;
    m_worker.run(
        this, [actor, code, r](store::Store& s) { return s.apply(actor, code, r); },
        [this, code, amount](quint64, Result<dossier::Dossier> paid) {
            m_busy = false;
            if (!paid) {
                m_feeMessage->setText(paid.error().message);
                Q_EMIT failed(paid.error().message);
                return;
            }
            m_doneMessage->setText(
                m_doneMessage->text() + QLatin1Char(' ') + tr("Payment of %1 recorded.").arg(vndText(amount)));
            Q_EMIT paymentRecorded(code);
            goTo(Step::Done);
        });
}

// ---- done

QWidget* IntakePage::buildDoneStep()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("intake_step_done"));
    m_doneMessage = new QLabel(page);
    m_doneMessage->setObjectName(QStringLiteral("intake_done_message"));
    m_doneMessage->setWordWrap(true);
    m_doneMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reprint = new QPushButton(tr("Print &again"), page);
    m_startNew = new QPushButton(tr("&New intake (Enter)"), page);
    nameAfterText(m_reprint, "intake_reprint");
    nameAfterText(m_startNew, "intake_new");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startNew);
    buttons->addWidget(m_reprint);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_doneMessage);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_reprint, &QPushButton::clicked, this, [this] { printForm(m_lastForm); });
    connect(m_startNew, &QPushButton::clicked, this, &IntakePage::startNew);
    return page;
}

// ---- moving between steps

dossier::Party IntakePage::applicantParty() const
{
    return m_applicant->party();
}

QList<CustomerPaper> IntakePage::receivedPapers() const
{
    QList<CustomerPaper> papers;
    for (const PaperChecklistModel::Row& row : m_checklist->rows()) {
        const int count = row.originals + row.certifiedCopies + row.photocopies;
        if (count > 0)
            papers.append({ row.name, count });
    }
    return papers;
}

void IntakePage::goTo(Step step)
{
    if (step != m_step && step != Step::Fee && step != Step::Done)
        saveDraftNow(); // flushed at every step (a received dossier has no draft any more)
    m_step = step;
    m_steps->setCurrentIndex(static_cast<int>(step));
    if (step == Step::Papers)
        m_filesPoll.start();
    else
        m_filesPoll.stop();
    const QString names[] = { tr("Procedure"), tr("Applicant"), tr("Papers"), tr("Decision"), tr("Fee"), tr("Done") };
    const int n = static_cast<int>(step);
    m_stepTitle->setText(step == Step::Done ? names[n] : tr("Step %1 of 5: %2").arg(n + 1).arg(names[n]));
    const bool received = step == Step::Fee || step == Step::Done;
    m_back->setVisible(!received && step != Step::Procedure);
    m_next->setVisible(!received);
    m_new->setVisible(!received);
    enterStep();
    Q_EMIT stepChanged(step);
}

void IntakePage::enterStep()
{
    switch (m_step) {
    case Step::Procedure:
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->selectAll();
        break;
    case Step::Applicant:
        m_applicant->focusFirst();
        break;
    case Step::Papers: {
        QList<PaperSlot> papers;
        for (const auto& row : m_checklist->rows())
            papers << PaperSlot { row.componentId, row.name, row.required };
        m_paperFiles->setPapers(papers);
        currentPaperChanged();
        m_checklist->setFileCounts(m_paperFiles->pageCounts());
        m_papers->setFocus(Qt::OtherFocusReason);
        break;
    }
    case Step::Decision:
        m_checklist->setFileCounts(m_paperFiles->pageCounts());
        preselectDecision();
        break;
    case Step::Fee:
        m_pay->setFocus(Qt::OtherFocusReason);
        break;
    case Step::Done:
        m_startNew->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void IntakePage::next()
{
    if (m_busy || !m_steps->isEnabled())
        return;
    switch (m_step) {
    case Step::Procedure:
        if (chooseProcedure())
            goTo(Step::Applicant);
        break;
    case Step::Applicant:
        if (checkApplicant())
            goTo(Step::Papers);
        break;
    case Step::Papers:
        goTo(Step::Decision);
        break;
    case Step::Decision:
        decide();
        break;
    case Step::Fee:
        recordPayment();
        break;
    case Step::Done:
        startNew();
        break;
    }
}

void IntakePage::back()
{
    if (m_busy)
        return;
    QWidget* focused = QApplication::focusWidget();
    if (m_step == Step::Papers && focused && focused != m_papers && m_papers->isAncestorOf(focused)) {
        m_papers->setFocus(Qt::OtherFocusReason); // Esc while a count is edited: the edit ends, the step stays
        return;
    }
    switch (m_step) {
    case Step::Applicant:
        goTo(Step::Procedure);
        break;
    case Step::Papers:
        goTo(Step::Applicant);
        break;
    case Step::Decision:
        goTo(Step::Papers);
        break;
    default: // nothing before the procedure; a received dossier cannot be taken back here
        break;
    }
}

void IntakePage::onEnter()
{
    if (auto* button = qobject_cast<QPushButton*>(focusWidget()); button && button->isEnabled()) {
        button->click();
        return;
    }
    next();
}

void IntakePage::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier) {
        onEnter();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

// ---- draft, clerk, restart

QJsonObject IntakePage::draftState() const
{
    return { { QStringLiteral("id"), m_draftId }, { QStringLiteral("login"), m_actor.login },
        { QStringLiteral("saved_at"), localIso(Clock::current().now()) },
        { QStringLiteral("step"), static_cast<int>(m_step) }, { QStringLiteral("search"), m_search->text() },
        { QStringLiteral("procedure"), m_procedureCode }, { QStringLiteral("applicant"), m_applicant->toJson() },
        { QStringLiteral("owner_differs"), m_ownerDiffers->isChecked() },
        { QStringLiteral("owner"), m_owner->toJson() }, { QStringLiteral("papers"), m_checklist->toJson() },
        { QStringLiteral("decision"), m_decisionChosen ? m_decision->checkedId() : -1 },
        { QStringLiteral("reason"), m_reason->text() } };
}

void IntakePage::restoreDraft(const QJsonObject& saved)
{
    m_restoring = true;
    m_draftId = saved.value(QStringLiteral("id")).toString(m_draftId);
    m_search->setText(saved.value(QStringLiteral("search")).toString());
    const QString code = saved.value(QStringLiteral("procedure")).toString();
    if (const catalogue::Procedure* p = m_procedures->procedure(code)) {
        m_procedureCode = code;
        m_checklist->setProcedure(*p);
        m_checklist->restore(saved.value(QStringLiteral("papers")).toArray());
        procedureFilterChanged(m_search->text());
    }
    m_applicant->restore(saved.value(QStringLiteral("applicant")).toObject());
    m_ownerDiffers->setChecked(saved.value(QStringLiteral("owner_differs")).toBool());
    m_owner->restore(saved.value(QStringLiteral("owner")).toObject());
    m_reason->setText(saved.value(QStringLiteral("reason")).toString());
    if (QAbstractButton* b = m_decision->button(saved.value(QStringLiteral("decision")).toInt(-1))) {
        b->setChecked(true);
        m_decisionChosen = true;
    }
    int step = saved.value(QStringLiteral("step")).toInt();
    if (m_procedureCode.isEmpty() || step < 0 || step > static_cast<int>(Step::Decision))
        step = 0;
    m_restoring = false;
    goTo(static_cast<Step>(step));
    setStatus(tr("The unfinished intake was reopened."));
    Q_EMIT draftRestored();
}

void IntakePage::offerDraft()
{
    if (!m_draft->exists() || !auth::isAllowed(m_actor.role, auth::Action::ReceiveDossier))
        return;
    auto saved = m_draft->load();
    if (!saved) {
        setStatus(saved.error().message);
        return;
    }
    const QJsonObject applicant = saved->value(QStringLiteral("applicant")).toObject();
    const QString who = applicant.value(QStringLiteral("name")).toString();
    const QString when = saved->value(QStringLiteral("saved_at")).toString();
    const auto answer = MessageBox::question(this, tr("Unfinished intake"),
        tr("An intake was not finished (procedure %1, applicant %2, last saved %3). Continue it?\n\n"
           "No deletes it.")
            .arg(saved->value(QStringLiteral("procedure")).toString(), who.isEmpty() ? tr("not entered") : who, when));
    if (answer == QMessageBox::Yes)
        restoreDraft(saved.value());
    else
        dropDraft();
}

void IntakePage::scheduleDraft()
{
    if (m_restoring || m_step == Step::Fee || m_step == Step::Done || !m_catalogueReady)
        return;
    m_draftPause.start();
}

void IntakePage::saveDraftNow()
{
    m_draftPause.stop();
    if (m_restoring || m_step == Step::Fee || m_step == Step::Done || !m_catalogueReady)
        return;
    if (m_procedureCode.isEmpty() && m_search->text().isEmpty() && m_applicant->isBlank())
        return; // nothing entered yet
    if (auto saved = m_draft->save(draftState()); !saved)
        setStatus(saved.error().message);
}

void IntakePage::resetIntake()
{
    m_restoring = true;
    m_draftPause.stop();
    m_draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_search->clear();
    m_procedureCode.clear();
    m_checklist->setProcedure({});
    m_applicant->clear();
    m_nationalCheck->reset();
    m_ownerDiffers->setChecked(false);
    m_owner->clear();
    m_reason->clear();
    m_decisionMessage->clear();
    m_accept->setChecked(true);
    m_decisionChosen = false;
    m_paperFiles->clear();
    m_restoring = false;
}

void IntakePage::startNew()
{
    if (m_busy)
        return;
    dropDraft();
    resetIntake();
    setStatus(QString());
    goTo(Step::Procedure);
}

void IntakePage::setActor(const store::Actor& actor)
{
    if (actor.login == m_actor.login && actor.userId == m_actor.userId) {
        m_actor = actor;
        return;
    }
    saveDraftNow(); // the previous clerk's intake waits for them in their draft
    resetIntake();
    m_actor = actor;
    m_draft = std::make_unique<IntakeDraft>(m_dataDir, m_actor.login);
    applyRole();
    goTo(Step::Procedure);
    m_catalogueReady = false;
    loadCatalogue(); // the new clerk's usage; offers their draft
}

void IntakePage::dropDraft()
{
    if (auto removed = m_draft->remove(); !removed)
        setStatus(removed.error().message);
}

void IntakePage::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace motcua::ui
