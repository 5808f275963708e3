#include "ui/ReturnPage.h"

#include "core/DateFormat.h"
#include "ui/Accessibility.h"
#include "ui/BarcodeWedge.h"
#include "ui/MainWindow.h"
#include "ui/SearchResultsModel.h"
#include "ui/StoreWorker.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::ui {

using workflow::State;
using workflow::Step;

namespace {

QPushButton* namedButton(const QString& text, const char* objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAccessibleName(accessibleText(text));
    return button;
}

// A line edit under its label in a form layout, named after the label.
QLineEdit* labelledEdit(QFormLayout* form, const QString& label, const char* objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    auto* text = new QLabel(label, parent);
    nameAfterLabel(text, edit);
    form->addRow(text, edit);
    return edit;
}

QString applicantIdOf(const dossier::Dossier& d)
{
    return d.applicant.kind == dossier::ApplicantKind::Business ? d.applicant.taxCode : d.applicant.idNumber;
}

bool waitsForPapers(State s)
{
    return s == State::SupplementRequested || s == State::Incomplete;
}

} // namespace

ReturnPage::ReturnPage(StoreWorker& worker, store::Actor actor, QWidget* parent)
    : QWidget(parent),
      m_worker(worker),
      m_actor(std::move(actor)),
      m_code(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_ready(new QTableView(this)),
      m_readyModel(new SearchResultsModel(this))
{
    m_chooseFiles = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Supplementary papers"), QString(),
            tr("Scanned papers (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    };
    m_code->setObjectName(QStringLiteral("return_code"));
    m_code->setPlaceholderText(tr("Scan the receipt's barcode or type the dossier code"));
    auto* codeLabel = new QLabel(tr("Dossier &code"), this);
    nameAfterLabel(codeLabel, m_code);
    auto* open = namedButton(tr("Open"), "return_open", this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(codeLabel);
    bar->addWidget(m_code, 1);
    bar->addWidget(open);
    m_status->setObjectName(QStringLiteral("return_status"));
    m_status->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("return_summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_ready->setObjectName(QStringLiteral("return_ready"));
    m_ready->setModel(m_readyModel);
    m_ready->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ready->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ready->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ready->verticalHeader()->hide();
    m_ready->horizontalHeader()->setSectionResizeMode(SearchResultsModel::Procedure, QHeaderView::Stretch);
    auto* readyLabel = new QLabel(tr("&Ready for return"), this);
    nameAfterLabel(readyLabel, m_ready);

    auto* title = new QLabel(tr("Return of results"), this);
    title->setObjectName(QStringLiteral("title_return"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);

    auto* steps = new QHBoxLayout;
    steps->addWidget(buildCollectBox(), 3);
    steps->addWidget(buildRatingBox(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addLayout(steps);
    layout->addWidget(buildSupplementBox());
    layout->addWidget(readyLabel);
    layout->addWidget(m_ready, 1);

    connect(m_code, &QLineEdit::returnPressed, this, [this] { openDossier(m_code->text()); });
    connect(open, &QPushButton::clicked, this, [this] { openDossier(m_code->text()); });
    const auto openRow = [this](const QModelIndex& index) {
        if (index.isValid())
            openDossier(m_readyModel->hit(index.row()).code);
    };
    connect(m_ready, &QTableView::activated, this, openRow);
    connect(m_ready, &QTableView::clicked, this, openRow);
    showDossier(Error::notFound(QString(), QString()));
    refreshReady();
}

QWidget* ReturnPage::buildCollectBox()
{
    m_collect = new QGroupBox(tr("Who collects"), this);
    m_collect->setObjectName(QStringLiteral("return_collect_box"));
    auto* form = new QFormLayout(m_collect);
    m_collectorId = labelledEdit(form, tr("Collector's &ID number"), "return_collector_id", m_collect);
    m_idCheck = new QLabel(m_collect);
    m_idCheck->setObjectName(QStringLiteral("return_id_check"));
    form->addRow(m_idCheck);
    m_asApplicant = new QRadioButton(tr("The &applicant"), m_collect);
    m_asApplicant->setObjectName(QStringLiteral("return_as_applicant"));
    m_asApplicant->setAccessibleName(accessibleText(m_asApplicant->text()));
    m_asAuthorised = new QRadioButton(tr("An a&uthorised person"), m_collect);
    m_asAuthorised->setObjectName(QStringLiteral("return_as_authorised"));
    m_asAuthorised->setAccessibleName(accessibleText(m_asAuthorised->text()));
    m_asApplicant->setChecked(true);
    auto* who = new QHBoxLayout;
    who->addWidget(m_asApplicant);
    who->addWidget(m_asAuthorised);
    form->addRow(who);
    m_authorisedName = labelledEdit(form, tr("Authorised person's &name"), "return_authorised_name", m_collect);
    m_paper = new QCheckBox(tr("Authorisation &paper checked"), m_collect);
    m_paper->setObjectName(QStringLiteral("return_authorisation_paper"));
    m_paper->setAccessibleName(accessibleText(m_paper->text()));
    form->addRow(m_paper);
    m_postalItem = new QLineEdit(m_collect);
    m_postalItem->setObjectName(QStringLiteral("return_postal_item"));
    m_postalLabel = new QLabel(tr("P&ostal item number"), m_collect);
    nameAfterLabel(m_postalLabel, m_postalItem);
    form->addRow(m_postalLabel, m_postalItem);
    m_confirm = namedButton(tr("&Return the result"), "return_confirm", m_collect);
    m_confirm->setDefault(true);
    form->addRow(m_confirm);

    const auto authorisedShown = [this] {
        const bool authorised = m_asAuthorised->isChecked();
        m_authorisedName->setEnabled(authorised);
        m_paper->setEnabled(authorised);
        updateIdCheck();
    };
    connect(m_asAuthorised, &QRadioButton::toggled, this, authorisedShown);
    connect(m_collectorId, &QLineEdit::textChanged, this, &ReturnPage::updateIdCheck);
    connect(m_collectorId, &QLineEdit::returnPressed, this, &ReturnPage::confirmReturn);
    connect(m_authorisedName, &QLineEdit::returnPressed, this, &ReturnPage::confirmReturn);
    connect(m_postalItem, &QLineEdit::returnPressed, this, &ReturnPage::confirmReturn);
    connect(m_confirm, &QPushButton::clicked, this, &ReturnPage::confirmReturn);
    authorisedShown();
    return m_collect;
}

QWidget* ReturnPage::buildRatingBox()
{
    m_rating = new QGroupBox(tr("Satisfaction"), this);
    m_rating->setObjectName(QStringLiteral("return_rating_box"));
    auto* layout = new QVBoxLayout(m_rating);
    const QString labels[] = { tr("Very satisfied"), tr("Satisfied"), tr("Dissatisfied") };
    for (int value = 1; value <= 3; ++value) {
        const QByteArray name = "return_rate_" + QByteArray::number(value);
        auto* button = namedButton(labels[value - 1], name.constData(), m_rating);
        connect(button, &QPushButton::clicked, this, [this, value] { rate(value); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_rating->setEnabled(false);
    return m_rating;
}

QWidget* ReturnPage::buildSupplementBox()
{
    m_supplement = new QGroupBox(tr("Supplement"), this);
    m_supplement->setObjectName(QStringLiteral("return_supplement_box"));
    auto* layout = new QHBoxLayout(m_supplement);
    m_files = new QListWidget(m_supplement);
    m_files->setObjectName(QStringLiteral("return_supplement_files"));
    auto* filesLabel = new QLabel(tr("Added &papers"), m_supplement);
    nameAfterLabel(filesLabel, m_files);
    m_addFiles = namedButton(tr("Add &files…"), "return_supplement_add", m_supplement);
    m_receiveSupplement = namedButton(tr("&Supplement received"), "return_supplement_receive", m_supplement);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_receiveSupplement);
    buttons->addStretch(1);
    layout->addWidget(filesLabel);
    layout->addWidget(m_files, 1);
    layout->addLayout(buttons);
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        for (const QString& path : m_chooseFiles()) {
            auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
            item->setData(Qt::UserRole, path);
            item->setToolTip(path);
        }
    });
    connect(m_receiveSupplement, &QPushButton::clicked, this, &ReturnPage::receiveSupplement);
    m_supplement->setVisible(false);
    return m_supplement;
}

void ReturnPage::openScansIn(BarcodeWedge* wedge, MainWindow* window, ReturnPage* page)
{
    connect(wedge, &BarcodeWedge::codeScanned, page, [window, page](const QString& code) {
        window->showPage(MainWindow::Page::Return);
        page->openDossier(code);
    });
    connect(window, &MainWindow::lockedChanged, wedge, [wedge](bool locked) { wedge->setEnabled(!locked); });
}

void ReturnPage::setActor(const store::Actor& actor)
{
    m_actor = actor;
    m_code->clear();
    showDossier(Error::notFound(QString(), QString()));
    refreshReady();
}

void ReturnPage::say(const QString& message)
{
    m_status->setText(message);
}

void ReturnPage::refreshReady()
{
    m_worker.run(
        this, [actor = m_actor](store::Store& s) { return s.inState(actor, State::ResultReady); },
        [this](quint64, Result<QList<store::SearchHit>> hits) {
            m_readyModel->setHits(hits ? hits.value() : QList<store::SearchHit> {});
            Q_EMIT readyListed();
        });
}

void ReturnPage::openDossier(const QString& typed)
{
    const QString code = typed.trimmed();
    if (code.isEmpty())
        return;
    m_code->setText(code);
    say(tr("Opening %1…").arg(code));
    m_loadId = m_worker.dossier(this, m_actor, code, [this](quint64 id, Result<dossier::Dossier> loaded) {
        if (id != m_loadId)
            return; // a later code was asked for
        m_loadId = 0;
        showDossier(loaded);
        if (loaded)
            Q_EMIT dossierOpened(loaded->code);
        else
            Q_EMIT refused(loaded.error().message);
    });
}

void ReturnPage::showDossier(const Result<dossier::Dossier>& loaded)
{
    m_dossier.reset();
    m_collectorId->clear();
    m_authorisedName->clear();
    m_paper->setChecked(false);
    m_postalItem->clear();
    m_asApplicant->setChecked(true);
    m_files->clear();
    m_rating->setEnabled(false);
    if (!loaded) {
        m_summary->clear();
        m_collect->setEnabled(false);
        m_supplement->setVisible(false);
        if (!loaded.error().message.isEmpty())
            say(loaded.error().message);
        return;
    }
    const dossier::Dossier& d = loaded.value();
    m_dossier = d;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    m_summary->setText(tr("<b>%1</b> — %2<br>Applicant: <b>%3</b> (ID / tax number %4)<br>Status: %5 — "
                          "appointment %6 — result returned %7")
                           .arg(esc(d.code), esc(d.procedureName), esc(d.applicant.name), esc(applicantIdOf(d)),
                               esc(workflow::stateLabel(d.state)),
                               d.dueLocal.isValid() ? displayDateTime(d.dueLocal) : tr("not computed"),
                               d.returnMethod == QLatin1String("postal") ? tr("by post") : tr("at the desk")));
    const bool ready = d.state == State::ResultReady;
    const bool byPost = d.returnMethod == QLatin1String("postal");
    m_collect->setEnabled(ready);
    m_postalLabel->setVisible(byPost);
    m_postalItem->setVisible(byPost);
    m_supplement->setVisible(waitsForPapers(d.state));
    if (ready) {
        say(byPost ? tr("Result ready: enter the postal item number it is sent in, then return it.")
                   : tr("Result ready: type the collector's ID number from their card, then return it."));
        (byPost ? m_postalItem : m_collectorId)->setFocus();
    } else if (waitsForPapers(d.state)) {
        say(tr("This dossier is waiting for papers: add what the applicant brought, then record the supplement."));
        m_addFiles->setFocus();
    } else if (d.state == State::Returned && d.returned) {
        say(tr("The result of %1 was already returned on %2 to %3.")
                .arg(d.code, displayDateTime(d.returned->atUtc), d.returned->collectorName));
        m_rating->setEnabled(!d.rating.has_value());
    } else {
        say(tr("The result of %1 is not ready for return (status: %2; appointment %3).")
                .arg(d.code, workflow::stateLabel(d.state),
                    d.dueLocal.isValid() ? displayDateTime(d.dueLocal) : tr("not computed")));
    }
    updateIdCheck();
}

void ReturnPage::updateIdCheck()
{
    const QString typed = m_collectorId->text().trimmed();
    if (!m_dossier || typed.isEmpty()) {
        m_idCheck->clear();
        return;
    }
    if (typed == applicantIdOf(*m_dossier))
        m_idCheck->setText(tr("Matches the applicant's ID."));
    else if (m_asAuthorised->isChecked())
        m_idCheck->setText(tr("Not the applicant: the authorised person's ID is recorded."));
    else
        m_idCheck->setText(tr("Does not match the applicant's ID: choose \"An authorised person\"."));
}

std::optional<store::StepRequest> ReturnPage::returnRequest()
{
    store::StepRequest r;
    r.step = Step::ReturnResult;
    if (m_dossier->returnMethod == QLatin1String("postal")) {
        r.postalItemNumber = m_postalItem->text().trimmed().toUpper();
        if (r.postalItemNumber.isEmpty()) {
            say(tr("Enter the postal item number the result is sent in."));
            m_postalItem->setFocus();
            return std::nullopt;
        }
        return r;
    }
    r.collectorId = m_collectorId->text().trimmed();
    if (r.collectorId.isEmpty()) {
        say(tr("Type the collector's ID number from their card first."));
        m_collectorId->setFocus();
        return std::nullopt;
    }
    const bool matches = r.collectorId == applicantIdOf(*m_dossier);
    if (!m_asAuthorised->isChecked()) {
        if (!matches) {
            say(tr("The ID number does not match the applicant's: choose \"An authorised person\" and check the "
                   "authorisation paper."));
            m_asAuthorised->setFocus();
            return std::nullopt;
        }
        r.collectorName = m_dossier->applicant.name;
        return r;
    }
    r.collectorName = m_authorisedName->text().trimmed();
    r.authorised = true;
    if (r.collectorName.isEmpty()) {
        say(tr("Type the authorised person's name."));
        m_authorisedName->setFocus();
        return std::nullopt;
    }
    if (!m_paper->isChecked()) {
        say(tr("Check the authorisation paper and tick it before returning the result."));
        m_paper->setFocus();
        return std::nullopt;
    }
    return r;
}

void ReturnPage::confirmReturn()
{
    if (!m_dossier || m_dossier->state != State::ResultReady)
        return;
    const auto request = returnRequest();
    if (!request)
        return;
    applyStep(*request, [this](const dossier::Dossier& d) {
        m_collect->setEnabled(false);
        m_rating->setEnabled(true);
        say(tr("Result of %1 returned to %2. Ask the applicant to rate the service.")
                .arg(d.code, d.returned ? d.returned->collectorName : QString()));
        if (auto* first = m_rating->findChild<QPushButton*>(QStringLiteral("return_rate_1")))
            first->setFocus();
        refreshReady();
        Q_EMIT resultReturned(d.code);
    });
}

void ReturnPage::rate(int rating)
{
    if (!m_dossier)
        return;
    store::StepRequest r;
    r.step = Step::Rate;
    r.rating = rating;
    applyStep(r, [this, rating](const dossier::Dossier& d) {
        m_rating->setEnabled(false);
        say(tr("Thank you: the rating of %1 is recorded. Scan the next receipt.").arg(d.code));
        m_code->clear();
        m_code->setFocus();
        Q_EMIT rated(d.code, rating);
    });
}

void ReturnPage::receiveSupplement()
{
    if (!m_dossier || !waitsForPapers(m_dossier->state))
        return;
    store::StepRequest r;
    r.step = Step::SupplementReceived;
    for (int i = 0; i < m_files->count(); ++i)
        r.files << m_files->item(i)->data(Qt::UserRole).toString();
    applyStep(r, [this](const dossier::Dossier& d) {
        say(tr("Supplement of %1 recorded: the dossier is %2 again; appointment %3.")
                .arg(d.code, workflow::stateLabel(d.state),
                    d.dueLocal.isValid() ? displayDateTime(d.dueLocal) : tr("not computed")));
        m_supplement->setVisible(false);
        m_files->clear();
        Q_EMIT supplementReceived(d.code);
    });
}

void ReturnPage::applyStep(const store::StepRequest& request, std::function<void(const dossier::Dossier&)> after)
{
    const QString code = m_dossier->code;
    m_collect->setEnabled(false);
    m_worker.run(
        this, [actor = m_actor, code, request](store::Store& s) { return s.apply(actor, code, request); },
        [this, after = std::move(after)](quint64, Result<dossier::Dossier> done) {
            if (!done) {
                m_collect->setEnabled(m_dossier && m_dossier->state == State::ResultReady);
                say(done.error().message);
                Q_EMIT refused(done.error().message);
                return;
            }
            m_dossier = done.value();
            after(done.value());
        });
}

void ReturnPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshReady();
}

} // namespace motcua::ui
