// Translations: Vietnamese is installed by default and really translates; English shows the source.
#include "core/Config.h"
#include "core/Translations.h"

#include <QtTest>

using namespace motcua;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vietnameseTranslatesAndEnglishIsSource()
    {
        const char* context = "motcua::Config";
        const char* source = "Cannot save the settings file %1.";
        QVERIFY(Translations::install(QStringLiteral("vi")));
        QCOMPARE(Translations::current(), QStringLiteral("vi"));
        const QString vi = QCoreApplication::translate(context, source);
        QCOMPARE(vi, QStringLiteral("Không lưu được tệp cài đặt %1."));

        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromLatin1(source));
    }

    void unknownLanguageKeepsThePreviousOne()
    {
        QVERIFY(Translations::install(QStringLiteral("vi")));
        QVERIFY(!Translations::install(QStringLiteral("fr")));
        QCOMPARE(Translations::current(), QStringLiteral("vi"));
        QVERIFY(Translations::available().contains(QStringLiteral("en")));
    }

    void cliStringsAreTranslated()
    {
        QVERIFY(Translations::install(QStringLiteral("vi")));
        const QString text = QCoreApplication::translate("cli", "Show the program version and library versions.");
        QVERIFY2(text != QLatin1String("Show the program version and library versions."), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("phiên bản")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
