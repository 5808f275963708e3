#include "ui/intake/NationalCheckBox.h"

#include "core/domain/TextFold.h"
#include "core/domain/Validators.h"
#include "sync/DeskCredential.h"
#include "sync/ServiceChecks.h"
#include "sync/SyncSiteSettings.h"
#include "ui/PartyForm.h"
#include "ui/StoreWorker.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

QString businessStatusText(const QString& status)
{
    if (status == QLatin1String("active"))
        return NationalCheckBox::tr("active");
    if (status == QLatin1String("suspended"))
        return NationalCheckBox::tr("suspended");
    if (status == QLatin1String("dissolved"))
        return NationalCheckBox::tr("dissolved");
    return status;
}

void setAttention(QLabel* label, bool attention)
{
    label->setProperty("attention", attention);
    label->setStyleSheet(attention ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

} // namespace

NationalCheckBox::NationalCheckBox(PartyForm* form, QString party, SiteConfig site, QString dataDir, QWidget* parent)
    : QWidget(parent),
      m_form(form),
      m_party(std::move(party)),
      m_site(std::move(site)),
      m_dataDir(std::move(dataDir)),
      m_button(new QPushButton(tr("Check with the national database"), this)),
      m_result(new QLabel(this)),
      m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("intake_%1_national_check_box").arg(m_party));
    m_button->setObjectName(QStringLiteral("intake_%1_national_check").arg(m_party));
    m_button->setAccessibleName(m_button->text());
    m_result->setObjectName(QStringLiteral("intake_%1_national_check_result").arg(m_party));
    m_details->setObjectName(QStringLiteral("intake_%1_national_check_details").arg(m_party));
    for (QLabel* label : { m_result, m_details }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    auto* row = new QHBoxLayout;
    row->addWidget(m_button);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(m_details);
    connect(m_button, &QPushButton::clicked, this, &NationalCheckBox::ask);
    connect(m_form, &PartyForm::changed, this, &NationalCheckBox::formChanged);
}

NationalCheckBox::~NationalCheckBox() = default;

std::optional<NationalCheckBox::Asked> NationalCheckBox::asked() const
{
    return m_asked;
}

void NationalCheckBox::reset()
{
    ++m_generation;
    m_asked.reset();
    m_asking = false;
    m_button->setEnabled(true);
    m_result->clear();
    m_result->hide();
    m_details->clear();
    m_details->hide();
    setAttention(m_result, false);
}

void NationalCheckBox::formChanged()
{
    if (m_asked || m_asking)
        reset(); // the answer was about what the form said before
}

void NationalCheckBox::ask()
{
    const dossier::Party p = m_form->party();
    const bool business = p.kind == dossier::ApplicantKind::Business;
    const bool ready = business
        ? validateTaxCode(p.taxCode).ok()
        : validatePersonalId(p.idNumber).ok() && !p.name.trimmed().isEmpty() && p.birthDate.isValid();
    reset();
    m_result->show();
    if (!ready) {
        m_result->setText(business ? tr("Type a valid tax code first.")
                                   : tr("Type a valid ID number, the full name and the birth date first."));
        return;
    }
    m_asking = true;
    m_button->setEnabled(false);
    m_result->setText(tr("Asking the national database through the central system…"));
    if (m_client) {
        askWith({}, {});
        return;
    }
    // The credential may come from the system keychain (D-Bus): read it away from the window's thread.
    const QPointer<NationalCheckBox> guard(this);
    const QString dataDir = m_dataDir;
    QThreadPool::globalInstance()->start([guard, dataDir] {
        auto credential = sync::DeskCredential::read(dataDir);
        const QString value = credential ? credential.value() : QString();
        const QString problem = credential ? QString() : credential.error().message;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, value, problem] {
                if (guard)
                    guard->askWith(value, problem);
            },
            Qt::QueuedConnection);
    });
}

void NationalCheckBox::askWith(const QString& credential, const QString& problem)
{
    if (!m_asking)
        return; // the form changed meanwhile
    const dossier::Party p = m_form->party();
    const bool business = p.kind == dossier::ApplicantKind::Business;
    if (!m_client) {
        sync::SyncSettings settings;
        QString trouble = problem;
        if (auto applied = sync::SyncSiteSettings::apply(m_site, settings); !applied && trouble.isEmpty())
            trouble = applied.error().message;
        if (!trouble.isEmpty()) {
            sync::CheckAnswer none;
            none.problem = trouble;
            show(none, business);
            return;
        }
        settings.credential = credential;
        m_client = std::make_unique<sync::ServiceCheckClient>(settings);
    }
    const quint64 generation = m_generation;
    m_client->ask(sync::CheckQuestion::fromParty(p), [this, generation, business](const sync::CheckAnswer& answer) {
        if (generation == m_generation)
            show(answer, business);
    });
}

void NationalCheckBox::show(const sync::CheckAnswer& answer, bool business)
{
    m_asking = false;
    m_button->setEnabled(true);
    m_result->show();
    const auto kind = business ? store::ServiceCheckKind::Business : store::ServiceCheckKind::Citizen;
    if (answer.refused) { // the question itself was refused: nothing to keep
        m_result->setText(answer.problem);
        setAttention(m_result, true);
    } else if (!answer.answered()) {
        m_asked = Asked { kind, QStringLiteral("pending"), {} };
        m_result->setText(tr("Unavailable: no answer from the national database (%1). The check is kept with "
                             "the dossier and asked again when the desk is online.")
                              .arg(answer.problem));
        setAttention(m_result, false);
    } else if (business) {
        m_asked = Asked { kind, answer.result, answer.details() };
        showBusiness(answer);
    } else {
        m_asked = Asked { kind, answer.result, answer.details() };
        QStringList differs;
        for (const QJsonValue v : answer.body.value(QStringLiteral("differs")).toArray())
            differs << (v.toString() == QLatin1String("name") ? tr("the full name") : tr("the birth date"));
        if (answer.result == QLatin1String("match"))
            m_result->setText(tr("Match: the ID number, full name and birth date agree with the national "
                                 "population database."));
        else if (answer.result == QLatin1String("mismatch"))
            m_result->setText(tr("Mismatch: %1 on the form differs from the national population database.")
                                  .arg(differs.join(tr(" and "))));
        else
            m_result->setText(tr("Not found: the national population database has no citizen with this ID number."));
        setAttention(m_result, answer.result != QLatin1String("match"));
    }
    m_result->setAccessibleName(m_result->text());
    Q_EMIT answerShown();
}

void NationalCheckBox::showBusiness(const sync::CheckAnswer& answer)
{
    if (answer.result != QLatin1String("found")) {
        m_result->setText(
            tr("Not found: the national business registration database has no business with this tax code."));
        setAttention(m_result, true);
        return;
    }
    const QJsonObject b = answer.body;
    const QString name = b.value(QStringLiteral("name")).toString();
    const QString status = b.value(QStringLiteral("status")).toString();
    QStringList problems;
    if (foldVietnamese(name).trimmed() != foldVietnamese(m_form->party().name).trimmed())
        problems << tr("the name on the form differs from the registered name");
    if (status != QLatin1String("active"))
        problems << tr("the business is %1").arg(businessStatusText(status));
    m_result->setText(problems.isEmpty() ? tr("Found: the business is registered and active.")
                                         : tr("Mismatch: %1.").arg(problems.join(QStringLiteral("; "))));
    setAttention(m_result, !problems.isEmpty());
    m_details->setText(tr("Registered name: %1\nAddress: %2\nLegal representative: %3\nStatus: %4")
                           .arg(name, b.value(QStringLiteral("address")).toString(),
                               b.value(QStringLiteral("representative")).toString(), businessStatusText(status)));
    m_details->setAccessibleName(m_details->text());
    m_details->show();
}

void NationalCheckBox::keepWith(StoreWorker& worker, const store::Actor& actor, const QString& code)
{
    std::optional<Asked> asked = m_asked;
    if (!asked && m_asking) // the answer is still on its way: kept as pending, asked again by sync
        asked = Asked { m_form->party().kind == dossier::ApplicantKind::Business ? store::ServiceCheckKind::Business
                                                                                 : store::ServiceCheckKind::Citizen,
            QStringLiteral("pending"), {} };
    if (!asked)
        return;
    const Asked a = asked.value();
    const QString party = m_party;
    worker.run(
        this,
        [actor, code, a, party](
            store::Store& s) { return s.recordServiceCheck(actor, code, a.kind, party, a.result, a.answer); },
        [this, code](quint64, Result<store::ServiceCheck> stored) {
            const QString message = stored
                ? (stored->pending() ? tr("The check is kept with dossier %1 as pending.").arg(code)
                                     : tr("The answer is kept with dossier %1.").arg(code))
                : stored.error().message;
            m_details->show();
            m_details->setText(m_details->text().isEmpty() ? message : m_details->text() + QLatin1Char('\n') + message);
            Q_EMIT kept(message);
        });
}

} // namespace motcua::ui
