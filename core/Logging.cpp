#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "motcua.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "motcua.core.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "motcua.core.i18n", QtInfoMsg)
