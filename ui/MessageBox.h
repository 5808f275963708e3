// MessageBox: the one way the UI asks the user something. Tests queue the next answer with
// setNextAnswer() so that no modal dialog ever blocks a test (the KeePassXC seam).
#pragma once

#include <QMessageBox>

#include <optional>

namespace motcua::ui {

class MessageBox
{
public:
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);

    // The next call answers `answer` at once without showing a dialog.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Text of the last message shown or answered (for tests).
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons);
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace motcua::ui
