#include "core/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace motcua {

namespace {
std::unique_ptr<QTranslator> s_app;
std::unique_ptr<QTranslator> s_qt;
QString s_current;
} // namespace

QStringList Translations::available()
{
    return { QStringLiteral("vi"), QStringLiteral("en") };
}

QString Translations::defaultLanguage()
{
    return QStringLiteral("vi");
}

bool Translations::install(const QString& language)
{
    if (!available().contains(language)) {
        qCWarning(lcI18n) << "unknown language" << language;
        return false;
    }
    if (s_app) {
        QCoreApplication::removeTranslator(s_app.get());
        s_app.reset();
    }
    if (s_qt) {
        QCoreApplication::removeTranslator(s_qt.get());
        s_qt.reset();
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/motcua_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(app.get());
        s_app = std::move(app);
    } else if (language != QLatin1String("en")) {
        qCWarning(lcI18n) << "translation missing for" << language;
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_qt = std::move(qt);
    }
    s_current = language;
    return true;
}

QString Translations::current()
{
    return s_current.isEmpty() ? QStringLiteral("en") : s_current;
}

} // namespace motcua
