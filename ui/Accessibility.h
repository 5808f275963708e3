// Accessibility: every control's accessible name is the text the clerk reads next to it, so that a
// screen reader (and any automation over the AT-SPI bus) finds the control by what is on screen.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace motcua::ui {

// The text a label or button shows, as read aloud: without the '&' mnemonic marker and without a
// trailing ':' ("&Login name:" → "Login name").
QString accessibleText(const QString& visible);

// Makes `label` the buddy of `control` (Alt+mnemonic moves there) and names the control after it.
void nameAfterLabel(QLabel* label, QWidget* control);

} // namespace motcua::ui
