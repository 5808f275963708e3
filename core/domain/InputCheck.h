// InputCheck: screening of raw text that arrives from outside (command-line arguments, stdin, scanner
// wedges) before a domain parser sees it: empty, oversized, non-UTF-8 and control-character input is
// refused with a message naming the field.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua {

// Refuses empty text (unless allowEmpty), text longer than maxChars, U+FFFD (what invalid UTF-8
// decodes to) and control characters other than tab/CR/LF (those only when allowNewlines).
Status checkInputText(
    const QString& field, const QString& text, int maxChars, bool allowEmpty = false, bool allowNewlines = false);
// Strict UTF-8 decoding of raw bytes (stdin, files); an error names the field when the bytes are not
// UTF-8 or exceed maxBytes.
Result<QString> decodeUtf8Input(const QString& field, const QByteArray& bytes, int maxBytes);
// True for non-empty text made only of the ASCII digits 0-9.
bool isAsciiDigits(const QString& text);

} // namespace motcua
