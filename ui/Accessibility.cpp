#include "ui/Accessibility.h"

#include <QLabel>

namespace motcua::ui {

QString accessibleText(const QString& visible)
{
    QString text;
    text.reserve(visible.size());
    for (qsizetype i = 0; i < visible.size(); ++i) {
        if (visible[i] == QLatin1Char('&')) {
            if (i + 1 < visible.size() && visible[i + 1] == QLatin1Char('&'))
                text += QLatin1Char('&'); // "&&" is a literal ampersand
            ++i;
            if (i < visible.size() && visible[i] != QLatin1Char('&'))
                text += visible[i];
            continue;
        }
        text += visible[i];
    }
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

void nameAfterLabel(QLabel* label, QWidget* control)
{
    label->setBuddy(control);
    control->setAccessibleName(accessibleText(label->text()));
}

} // namespace motcua::ui
