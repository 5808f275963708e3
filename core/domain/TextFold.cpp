#include "core/domain/TextFold.h"

namespace motcua {
namespace {

// Removes combining marks after canonical decomposition and maps đ/Đ (which have no decomposition).
QString stripMarks(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0111))
            out += QLatin1Char('d');
        else if (c == QChar(0x0110))
            out += QLatin1Char('D');
        else
            out += c;
    }
    return out;
}

QString collapseSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    return out;
}

} // namespace

QString foldVietnamese(const QString& text)
{
    // Fast path: plain ASCII needs only lower-casing and space collapsing.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString base = ascii ? text : stripMarks(text.normalized(QString::NormalizationForm_C));
    return collapseSpaces(base.toLower()).normalized(QString::NormalizationForm_C);
}

QString asciiUpperNote(const QString& text)
{
    const QString folded = stripMarks(text.normalized(QString::NormalizationForm_C)).toUpper();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        const bool keep = (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '/'
            || u == ',' || u == ':';
        out += keep ? c : QLatin1Char(' ');
    }
    return collapseSpaces(out);
}

} // namespace motcua
