// Core speaks the domain, not the command line: no translatable message under core/ names a CLI option
// ("--reason"), a `motcua` command or a backquoted command, in its English source or in any translation.
// The CLI maps an error's field to its option (app/cli, CliContext::fieldFlags).
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString file;
    int line = 0;
    QString text; // the source text, C escapes resolved
};

// What a core message must not contain.
QString cliPattern(const QString& text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("(^|[^\\w-])--[a-z]")), // an option: --reason
        QRegularExpression(QStringLiteral("`")), // a backquoted command
        QRegularExpression(QStringLiteral("\\bmotcua(-desk|-central)? [a-z]")), // motcua init, motcua user add
    };
    for (const QRegularExpression& re : patterns) {
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch())
            return m.captured(0);
    }
    return {};
}

// Reads the C++ string literals starting at `pos` ("a" "b" across lines, skipping whitespace and
// comments); returns their concatenation with escapes resolved and moves `pos` past them.
QString readLiterals(const QString& src, qsizetype& pos, bool* found)
{
    QString out;
    *found = false;
    for (;;) {
        while (pos < src.size() && src.at(pos).isSpace())
            ++pos;
        if (src.mid(pos, 2) == QLatin1String("//")) {
            pos = src.indexOf(QLatin1Char('\n'), pos);
            if (pos < 0)
                pos = src.size();
            continue;
        }
        if (src.mid(pos, 15) == QLatin1String("QStringLiteral(")) {
            pos += 15;
            continue;
        }
        if (pos >= src.size() || src.at(pos) != QLatin1Char('"'))
            return out;
        *found = true;
        ++pos;
        while (pos < src.size() && src.at(pos) != QLatin1Char('"')) {
            if (src.at(pos) == QLatin1Char('\\') && pos + 1 < src.size()) {
                const QChar e = src.at(pos + 1);
                out += e == QLatin1Char('n') ? QLatin1Char('\n') : e;
                pos += 2;
                continue;
            }
            out += src.at(pos++);
        }
        ++pos; // closing quote
    }
}

// Every tr(), translate() and QT_TRANSLATE_NOOP()/QT_TR_NOOP() source text in one file.
QList<Message> messagesIn(const QString& file, const QString& src)
{
    static const QRegularExpression call(
        QStringLiteral("(?<![\\w])(tr|translate|QT_TRANSLATE_NOOP|QT_TRANSLATE_NOOP3|QT_TR_NOOP)\\s*\\("));
    QList<Message> out;
    auto it = call.globalMatch(src);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        qsizetype pos = m.capturedEnd(0);
        bool found = false;
        QString text = readLiterals(src, pos, &found);
        const QString fn = m.captured(1);
        if (fn == QLatin1String("translate") || fn.startsWith(QLatin1String("QT_TRANSLATE_NOOP"))) {
            // The first argument is the context; the source text follows the comma.
            while (pos < src.size() && src.at(pos).isSpace())
                ++pos;
            if (pos >= src.size() || src.at(pos) != QLatin1Char(','))
                continue;
            ++pos;
            text = readLiterals(src, pos, &found);
        }
        if (!found)
            continue;
        const int line = int(src.left(m.capturedStart(0)).count(QLatin1Char('\n'))) + 1;
        out << Message { file, line, text };
    }
    return out;
}

QList<Message> coreMessages()
{
    QList<Message> out;
    const QString root = QStringLiteral(MOTCUA_SOURCE_DIR "/core");
    QDirIterator it(
        root, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out << messagesIn(QStringLiteral("core") + path.mid(root.size()), QString::fromUtf8(f.readAll()));
    }
    return out;
}

} // namespace

class TestCoreMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The scanner itself finds what it must (so an empty result below means something).
    void scannerFindsOptionsAndCommands()
    {
        const QString src = QStringLiteral("x = tr(\"Give the reason \"\n   \"(--reason)\");\n"
                                           "y = QCoreApplication::translate(\"ctx\", \"run `motcua init` first\");\n"
                                           "z = tr(\"Give the reason\"); w = tr(\"Use motcua user add\");\n");
        const QList<Message> found = messagesIn(QStringLiteral("x.cpp"), src);
        QCOMPARE(found.size(), 4);
        QCOMPARE(found[0].text, QStringLiteral("Give the reason (--reason)"));
        QCOMPARE(found[0].line, 1);
        QCOMPARE(cliPattern(found[0].text), QStringLiteral("(--r"));
        QCOMPARE(found[1].text, QStringLiteral("run `motcua init` first"));
        QCOMPARE(found[1].line, 3);
        QVERIFY(!cliPattern(found[1].text).isEmpty());
        QVERIFY(cliPattern(found[2].text).isEmpty());
        QVERIFY(!cliPattern(found[3].text).isEmpty());
        QVERIFY(cliPattern(QStringLiteral("a period from 1 to 10 -- inclusive")).isEmpty());
    }

    void coreSourcesNameNoOption()
    {
        const QList<Message> messages = coreMessages();
        QVERIFY2(messages.size() > 100, "the scan found too few core messages");
        QStringList bad;
        for (const Message& m : messages)
            if (const QString hit = cliPattern(m.text); !hit.isEmpty())
                bad << QStringLiteral("%1:%2: \"%3\" names the command line (%4)")
                           .arg(m.file)
                           .arg(m.line)
                           .arg(m.text, hit);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    // For every .ts entry whose source is a core message, neither the source nor the translation
    // names the command line.
    void translationsOfCoreMessagesNameNoOption()
    {
        QSet<QString> sources;
        for (const Message& m : coreMessages())
            sources.insert(m.text);
        QDirIterator it(QStringLiteral(MOTCUA_SOURCE_DIR "/translations"), { QStringLiteral("*.ts") }, QDir::Files);
        QStringList bad;
        int checked = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&f);
            QString source;
            int sourceLine = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    sourceLine = int(xml.lineNumber());
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation") && sources.contains(source)) {
                    const bool obsolete = xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")
                        || xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete");
                    const QString translation = xml.readElementText();
                    if (obsolete)
                        continue;
                    ++checked;
                    for (const QString& text : { source, translation })
                        if (const QString hit = cliPattern(text); !hit.isEmpty())
                            bad << QStringLiteral("%1:%2: \"%3\" names the command line (%4)")
                                       .arg(QFileInfo(path).fileName())
                                       .arg(sourceLine)
                                       .arg(text, hit);
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(path + QStringLiteral(": ") + xml.errorString()));
        }
        QVERIFY2(checked > 100, "too few .ts entries matched core messages");
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCoreMessages)
#include "test_core_messages.moc"
