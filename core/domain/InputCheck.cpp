#include "core/domain/InputCheck.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace motcua {

Status checkInputText(const QString& field, const QString& text, int maxChars, bool allowEmpty, bool allowNewlines)
{
    if (!allowEmpty && text.trimmed().isEmpty())
        return Error::invalid(field,
            QCoreApplication::translate("motcua::InputCheck", "%1: the value is empty. Give a value.").arg(field),
            QStringLiteral("empty"));
    if (text.size() > maxChars)
        return Error::invalid(field,
            QCoreApplication::translate(
                "motcua::InputCheck", "%1: the value is too long (%2 characters, at most %3 allowed).")
                .arg(field)
                .arg(text.size())
                .arg(maxChars),
            QStringLiteral("too_long"));
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter)
            return Error::invalid(field,
                QCoreApplication::translate("motcua::InputCheck",
                    "%1: the value is not valid UTF-8 text. Check the input's character encoding.")
                    .arg(field),
                QStringLiteral("not_utf8"));
        const bool newline = c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t');
        if (c.category() == QChar::Other_Control && !(allowNewlines && newline))
            return Error::invalid(field,
                QCoreApplication::translate("motcua::InputCheck",
                    "%1: the value contains a control character (code %2). Remove it and try again.")
                    .arg(field)
                    .arg(c.unicode()),
                QStringLiteral("control_character"));
    }
    return {};
}

Result<QString> decodeUtf8Input(const QString& field, const QByteArray& bytes, int maxBytes)
{
    if (bytes.size() > maxBytes)
        return Error::invalid(field,
            QCoreApplication::translate("motcua::InputCheck", "%1: the input is too long (more than %2 bytes).")
                .arg(field)
                .arg(maxBytes),
            QStringLiteral("too_long"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error::invalid(field,
            QCoreApplication::translate(
                "motcua::InputCheck", "%1: the input is not valid UTF-8 text. Check the input's character encoding.")
                .arg(field),
            QStringLiteral("not_utf8"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

bool isAsciiDigits(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    return !text.isEmpty();
}

} // namespace motcua
