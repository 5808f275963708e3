// Translations: Vietnamese is installed by default and really translates; English shows the source.
#include "core/Config.h"
#include "core/Translations.h"

#include <QFile>
#include <QXmlStreamReader>
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

    // The house rule: every user-visible string has its Vietnamese translation in the same change.
    void everyVietnameseEntryIsFinished()
    {
        QFile ts(QStringLiteral(MOTCUA_SOURCE_DIR "/translations/motcua_vi.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        QString context, source;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool marked = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (marked || text.trimmed().isEmpty())
                    unfinished << QStringLiteral("[%1] %2").arg(context, source.left(60));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
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
