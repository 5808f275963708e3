#include "ui/LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::ui {

LoginDialog::LoginDialog(store::Store& store, const QString& login, QWidget* parent)
    : QDialog(parent),
      m_store(store),
      m_login(new QLineEdit(login, this)),
      m_password(new QLineEdit(this)),
      m_error(new QLabel(this)),
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

    auto* form = new QFormLayout;
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("login_ok"));
    m_ok->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::tryLogin()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_error->setText(tr("Login name: please enter your login name."));
        m_error->show();
        m_login->setFocus();
        return;
    }
    auto actor = m_store.authenticate(login, m_password->text());
    if (!actor) {
        // Keep what was typed; select the password so that retyping replaces it.
        m_error->setText(actor.error().message);
        m_error->show();
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    m_actor = actor.value();
    accept();
}

} // namespace motcua::ui
