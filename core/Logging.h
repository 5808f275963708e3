// Logging categories of the core layer. Other layers declare their own in their own files
// ("motcua.scanner.sane", "motcua.sync.client", ...). Enable with QT_LOGGING_RULES="motcua.*=true".
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
