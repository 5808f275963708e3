// Translations: installs the UI language (Vietnamese by default, English second) from the .qm files
// compiled into the program under ":/i18n". Used by every executable at start-up.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace motcua {

class Translations
{
public:
    static QStringList available(); // {"vi", "en"}
    static QString defaultLanguage(); // "vi"
    // Installs the translator for `language` ("vi" or "en"); returns false for an unknown language
    // (the previous language stays). Qt's own translations are loaded too when found.
    static bool install(const QString& language);
    static QString current();
};

} // namespace motcua
