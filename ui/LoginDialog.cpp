#include "ui/LoginDialog.h"

#include "ui/Accessibility.h"
#include "ui/StoreWorker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

LoginDialog::LoginDialog(StoreWorker& worker, const QString& login, QWidget* parent)
    : QDialog(parent),
      m_worker(worker),
      m_login(new QLineEdit(login, this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_busyLabel(new QLabel(tr("Checking the password…"), this)),
      m_busy(new QProgressBar(this)),
      m_ok(nullptr)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — MotCua Desk"));
    m_login->setObjectName(QStringLiteral("login_user"));
    m_password->setObjectName(QStringLiteral("login_password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("login_error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    // Shown while the password is checked: an endless bar that keeps moving (the dialog never freezes).
    m_busyLabel->setObjectName(QStringLiteral("login_busy_label"));
    m_busy->setObjectName(QStringLiteral("login_busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(m_busyLabel->text());
    m_busyLabel->setBuddy(m_busy);
    m_busyLabel->hide();
    m_busy->hide();

    auto* form = new QFormLayout;
    auto* loginLabel = new QLabel(tr("&Login name:"), this);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    nameAfterLabel(loginLabel, m_login);
    nameAfterLabel(passwordLabel, m_password);
    form->addRow(loginLabel, m_login);
    form->addRow(passwordLabel, m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("login_ok"));
    m_ok->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QAbstractButton* button : buttons->buttons())
        button->setAccessibleName(accessibleText(button->text()));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::tryLogin()
{
    if (isChecking())
        return;
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_error->setText(tr("Login name: please enter your login name."));
        m_error->show();
        m_login->setFocus();
        Q_EMIT loginFailed(m_error->text());
        return;
    }
    setChecking(true);
    m_checkId = m_worker.authenticate(this, login, m_password->text(), [this](quint64 id, Result<store::Actor> actor) {
        if (id == m_checkId)
            finishLogin(actor);
    });
}

void LoginDialog::setChecking(bool checking)
{
    if (!checking)
        m_checkId = 0;
    m_busyLabel->setVisible(checking);
    m_busy->setVisible(checking);
    m_ok->setEnabled(!checking);
    m_login->setReadOnly(checking);
    m_password->setReadOnly(checking);
    if (checking)
        m_error->hide();
}

void LoginDialog::finishLogin(const Result<store::Actor>& actor)
{
    setChecking(false);
    if (!actor) {
        // Keep what was typed; select the password so that retyping replaces it.
        m_error->setText(actor.error().message);
        m_error->show();
        m_password->setFocus();
        m_password->selectAll();
        Q_EMIT loginFailed(m_error->text());
        return;
    }
    m_actor = actor.value();
    accept();
}

} // namespace motcua::ui
