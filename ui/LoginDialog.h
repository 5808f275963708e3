// LoginDialog: signs a clerk in against the local store (works offline). The password check (Argon2id,
// about 0.2 s) runs on the StoreWorker's thread while the dialog shows that it is checking and keeps
// painting. Wrong passwords and lockouts are shown in the dialog, in Vietnamese, without losing what
// was typed.
#pragma once

#include "core/store/Store.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace motcua::ui {

class StoreWorker;

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(StoreWorker& worker, const QString& login = {}, QWidget* parent = nullptr);
    std::optional<store::Actor> actor() const { return m_actor; }
    // True while the password is being checked.
    bool isChecking() const { return m_checkId != 0; }

public Q_SLOTS:
    // Starts the check and returns at once; the dialog accepts itself when the password is right.
    void tryLogin();

Q_SIGNALS:
    // The check ended with a message shown in the dialog (wrong password, lockout, ...).
    void loginFailed(const QString& message);

private:
    void setChecking(bool checking);
    void finishLogin(const Result<store::Actor>& actor);

    StoreWorker& m_worker;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    QLabel* m_busyLabel;
    QProgressBar* m_busy;
    QPushButton* m_ok;
    std::optional<store::Actor> m_actor;
    quint64 m_checkId = 0;
};

} // namespace motcua::ui
