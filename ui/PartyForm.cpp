#include "ui/PartyForm.h"

#include "core/Clock.h"
#include "core/domain/CccdQr.h"
#include "core/domain/Validators.h"
#include "ui/Accessibility.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace motcua::ui {

namespace {

QDate parseTypedDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const char* format : { "d/M/yyyy", "dd/MM/yyyy", "ddMMyyyy", "yyyy-MM-dd", "d.M.yyyy", "d-M-yyyy" }) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

// "Số định danh cá nhân: phải gồm…" / "Intake field "x": the name is required" → the reason alone.
QString reasonPart(const QString& message)
{
    const qsizetype colon = message.indexOf(QStringLiteral(": "));
    return colon < 0 ? message : message.mid(colon + 2);
}

} // namespace

PartyForm::PartyForm(const QString& key, QWidget* parent)
    : QWidget(parent),
      m_key(key),
      m_citizen(new QRadioButton(tr("Citizen"), this)),
      m_business(new QRadioButton(tr("Business or organisation"), this)),
      m_id(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_birth(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_address(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    m_citizen->setObjectName(QStringLiteral("intake_%1_citizen").arg(key));
    m_business->setObjectName(QStringLiteral("intake_%1_business").arg(key));
    m_citizen->setAccessibleName(m_citizen->text());
    m_business->setAccessibleName(m_business->text());
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_citizen);
    kinds->addButton(m_business);
    m_citizen->setChecked(true);
    m_birth->setPlaceholderText(tr("dd/mm/yyyy"));
    m_message->setObjectName(QStringLiteral("intake_%1_message").arg(key));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_citizen);
    kindRow->addWidget(m_business);
    kindRow->addStretch(1);
    form->addRow(new QLabel(tr("Kind"), this), kindRow);
    addRow(form, tr("&ID number"), m_id, QStringLiteral("id"), &m_idLabel);
    addRow(form, tr("Full &name"), m_name, QStringLiteral("name"), nullptr);
    addRow(form, tr("&Birth date"), m_birth, QStringLiteral("birth"), &m_birthLabel);
    addRow(form, tr("&Phone"), m_phone, QStringLiteral("phone"), nullptr);
    addRow(form, tr("&Address"), m_address, QStringLiteral("address"), nullptr);
    addRow(form, tr("&E-mail"), m_email, QStringLiteral("email"), nullptr);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);

    m_qrPause.setSingleShot(true);
    m_qrPause.setInterval(300);
    connect(&m_qrPause, &QTimer::timeout, this, [this] { applyQr(); });
    connect(m_business, &QRadioButton::toggled, this, &PartyForm::kindChanged);
    connect(m_id, &QLineEdit::textEdited, this, &PartyForm::idEdited);
    connect(m_id, &QLineEdit::returnPressed, this, [this] {
        if (!applyQr())
            askRecall();
    });
    connect(m_id, &QLineEdit::editingFinished, this, &PartyForm::askRecall);
    for (QLineEdit* e : { m_id, m_name, m_birth, m_phone, m_address, m_email })
        connect(e, &QLineEdit::textChanged, this, [this] {
            showProblem();
            if (!m_filling)
                Q_EMIT changed();
        });
    kindChanged();
}

void PartyForm::addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& name, QLabel** labelOut)
{
    field->setObjectName(QStringLiteral("intake_%1_%2").arg(m_key, name));
    auto* l = new QLabel(label, this);
    nameAfterLabel(l, field);
    form->addRow(l, field);
    if (labelOut)
        *labelOut = l;
}

bool PartyForm::isBusiness() const
{
    return m_business->isChecked();
}

void PartyForm::setBusiness(bool business)
{
    (business ? m_business : m_citizen)->setChecked(true);
}

void PartyForm::kindChanged()
{
    const bool business = isBusiness();
    m_idLabel->setText(business ? tr("&Tax code") : tr("&ID number"));
    m_id->setAccessibleName(accessibleText(m_idLabel->text()));
    m_name->setPlaceholderText(business ? tr("Name of the business") : QString());
    m_birthLabel->setVisible(!business);
    m_birth->setVisible(!business);
    showProblem();
    if (!m_filling)
        Q_EMIT changed();
}

void PartyForm::idEdited()
{
    if (m_id->text().contains(QLatin1Char('|')))
        m_qrPause.start();
}

bool PartyForm::applyQr()
{
    m_qrPause.stop();
    if (!m_id->text().contains(QLatin1Char('|')))
        return false;
    auto qr = parseCccdQr(m_id->text());
    if (!qr) {
        m_message->setText(
            tr("%1: this is not the QR code of an ID card (%2)").arg(labelOf(m_id), reasonPart(qr.error().message)));
        return false;
    }
    m_filling = true;
    setBusiness(false);
    m_id->setText(qr->id);
    m_name->setText(qr->name);
    if (qr->birthDate.isValid())
        m_birth->setText(qr->birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    if (!qr->address.isEmpty())
        m_address->setText(qr->address);
    m_filling = false;
    showProblem();
    if (!qr->warnings.isEmpty())
        m_message->setText(qr->warnings.join(QLatin1Char(' ')));
    Q_EMIT changed();
    Q_EMIT qrApplied();
    return true;
}

void PartyForm::askRecall()
{
    const QString id = m_id->text().trimmed();
    const bool business = isBusiness();
    if (id.isEmpty() || id == m_lastRecall || id.contains(QLatin1Char('|')))
        return;
    if (!(business ? validateTaxCode(id) : validatePersonalId(id)))
        return;
    m_lastRecall = id;
    Q_EMIT recallRequested(id);
}

bool PartyForm::fillEmpty(const dossier::Party& p)
{
    bool changedAny = false;
    m_filling = true;
    const auto fill = [&changedAny](QLineEdit* e, const QString& value) {
        if (e->text().trimmed().isEmpty() && !value.isEmpty()) {
            e->setText(value);
            changedAny = true;
        }
    };
    if (isBlank() || m_name->text().trimmed().isEmpty())
        setBusiness(p.kind == dossier::ApplicantKind::Business);
    fill(m_name, p.name);
    if (p.birthDate.isValid())
        fill(m_birth, p.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
    fill(m_phone, p.phone);
    fill(m_address, p.address);
    fill(m_email, p.email);
    m_filling = false;
    showProblem();
    if (changedAny)
        Q_EMIT changed();
    return changedAny;
}

dossier::Party PartyForm::party() const
{
    dossier::Party p;
    p.kind = isBusiness() ? dossier::ApplicantKind::Business : dossier::ApplicantKind::Citizen;
    const QString id = m_id->text().trimmed();
    if (p.kind == dossier::ApplicantKind::Business)
        p.taxCode = normalizeTaxCode(id);
    else
        p.idNumber = id;
    p.name = m_name->text().simplified();
    if (p.kind == dossier::ApplicantKind::Citizen)
        p.birthDate = parseTypedDate(m_birth->text());
    p.phone = m_phone->text().trimmed().isEmpty() ? QString() : normalizePhone(m_phone->text());
    p.address = m_address->text().simplified();
    p.email = m_email->text().trimmed();
    return p;
}

QJsonObject PartyForm::toJson() const
{
    return { { QStringLiteral("kind"),
                 dossier::applicantKindName(
                     isBusiness() ? dossier::ApplicantKind::Business : dossier::ApplicantKind::Citizen) },
        { QStringLiteral("id"), m_id->text() }, { QStringLiteral("name"), m_name->text() },
        { QStringLiteral("birth"), m_birth->text() }, { QStringLiteral("phone"), m_phone->text() },
        { QStringLiteral("address"), m_address->text() }, { QStringLiteral("email"), m_email->text() } };
}

void PartyForm::restore(const QJsonObject& saved)
{
    m_filling = true;
    setBusiness(dossier::applicantKindFromName(saved.value(QStringLiteral("kind")).toString())
        == dossier::ApplicantKind::Business);
    m_id->setText(saved.value(QStringLiteral("id")).toString());
    m_name->setText(saved.value(QStringLiteral("name")).toString());
    m_birth->setText(saved.value(QStringLiteral("birth")).toString());
    m_phone->setText(saved.value(QStringLiteral("phone")).toString());
    m_address->setText(saved.value(QStringLiteral("address")).toString());
    m_email->setText(saved.value(QStringLiteral("email")).toString());
    m_lastRecall = m_id->text().trimmed();
    m_filling = false;
    showProblem();
}

void PartyForm::clear()
{
    restore({});
    m_lastRecall.clear();
    m_message->clear();
}

bool PartyForm::isBlank() const
{
    for (const QLineEdit* e : { m_id, m_name, m_birth, m_phone, m_address, m_email })
        if (!e->text().trimmed().isEmpty())
            return false;
    return true;
}

void PartyForm::focusFirst()
{
    m_id->setFocus(Qt::OtherFocusReason);
}

QString PartyForm::labelOf(const QWidget* field) const
{
    return field->accessibleName();
}

QString PartyForm::liveProblem() const
{
    const QString id = m_id->text().trimmed();
    if (!id.isEmpty() && !id.contains(QLatin1Char('|'))) {
        const Status s = isBusiness() ? validateTaxCode(id) : validatePersonalId(id);
        if (!s)
            return labelOf(m_id) + QStringLiteral(": ") + reasonPart(s.error().message);
    }
    if (m_birth->isVisible() && !m_birth->text().trimmed().isEmpty()) {
        const QDate birth = parseTypedDate(m_birth->text());
        if (!birth.isValid() || birth > Clock::current().today().addDays(1) || birth.year() < 1900)
            return labelOf(m_birth) + QStringLiteral(": ") + tr("expected a date such as 17/05/1990");
    }
    if (auto s = validatePhone(m_phone->text()); !m_phone->text().trimmed().isEmpty() && !s)
        return labelOf(m_phone) + QStringLiteral(": ") + reasonPart(s.error().message);
    if (auto s = validateEmail(m_email->text().trimmed()); !s)
        return labelOf(m_email) + QStringLiteral(": ") + reasonPart(s.error().message);
    return {};
}

void PartyForm::showProblem()
{
    if (m_filling)
        return;
    QString text = liveProblem();
    const dossier::Party p = party();
    if (text.isEmpty() && p.kind == dossier::ApplicantKind::Citizen && p.birthDate.isValid()
        && validatePersonalId(p.idNumber))
        text = personalIdWarnings(p.idNumber, p.birthDate, QString()).join(QLatin1Char(' '));
    m_message->setText(text);
}

QWidget* PartyForm::fieldNamed(const QString& field) const
{
    if (field == QLatin1String("id_number") || field == QLatin1String("tax_code"))
        return m_id;
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("birth_date"))
        return m_birth;
    if (field == QLatin1String("phone"))
        return m_phone;
    if (field == QLatin1String("email"))
        return m_email;
    if (field == QLatin1String("address"))
        return m_address;
    return nullptr;
}

QString PartyForm::explain(const Error& error)
{
    const QString prefix = m_key + QLatin1Char('.');
    if (!error.field.startsWith(prefix))
        return {};
    QWidget* field = fieldNamed(error.field.mid(prefix.size()));
    if (!field)
        return error.message;
    const QString text = labelOf(field) + QStringLiteral(": ") + reasonPart(error.message);
    m_message->setText(text);
    field->setFocus(Qt::OtherFocusReason);
    return text;
}

QList<QWidget*> PartyForm::order() const
{
    QList<QWidget*> fields { isBusiness() ? m_business : m_citizen, m_id, m_name };
    if (m_birth->isVisible())
        fields << m_birth;
    fields << m_phone << m_address << m_email;
    return fields;
}

void PartyForm::keyPressEvent(QKeyEvent* event)
{
    // Enter moves to the next field; from the last one it goes on to the intake (the event goes up).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier) {
        const QList<QWidget*> fields = order();
        QWidget* focused = focusWidget();
        if (focused == m_id && !m_name->text().isEmpty() && !m_birth->text().isEmpty()) {
            m_phone->setFocus(Qt::TabFocusReason); // filled from the card (QR) or recalled
            event->accept();
            return;
        }
        const qsizetype at = fields.indexOf(focused);
        if (at >= 0 && at + 1 < fields.size()) {
            fields.at(at + 1)->setFocus(Qt::TabFocusReason);
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace motcua::ui
