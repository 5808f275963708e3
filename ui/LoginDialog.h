// LoginDialog: signs a clerk in against the local store (works offline). Wrong passwords and lockouts
// are shown in the dialog, in Vietnamese, without losing what was typed.
#pragma once

#include "core/store/Store.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua::ui {

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(store::Store& store, const QString& login = {}, QWidget* parent = nullptr);
    std::optional<store::Actor> actor() const { return m_actor; }

public Q_SLOTS:
    void tryLogin();

private:
    store::Store& m_store;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_ok;
    std::optional<store::Actor> m_actor;
};

} // namespace motcua::ui
