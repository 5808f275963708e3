#include "sync/central/BatchSpans.h"

#include <cstring>

namespace motcua::sync {

namespace {

// A cursor over JSON text that skips values without building them.
struct JsonScan {
    const char* p;
    const char* end;

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    }
    bool take(char c)
    {
        ws();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        ws();
        return p < end && *p == c;
    }
    // A string at p (after ws): its raw contents between the quotes.
    bool string(const char** from, const char** to)
    {
        if (!take('"'))
            return false;
        *from = p;
        while (p < end && *p != '"')
            p += *p == '\\' ? 2 : 1;
        if (p >= end)
            return false;
        *to = p++;
        return true;
    }
    // Any value: p moves past it; its text is [*from, p).
    bool value(const char** from)
    {
        ws();
        *from = p;
        if (p >= end)
            return false;
        if (*p == '"') {
            const char *a, *b;
            return string(&a, &b);
        }
        if (*p != '{' && *p != '[') { // number, true, false, null
            while (
                p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
                ++p;
            return p > *from;
        }
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                const char *a, *b;
                if (!string(&a, &b))
                    return false;
                continue;
            }
            ++p;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
    static bool is(const char* from, const char* to, const char* key)
    {
        const qsizetype n = qstrlen(key);
        return to - from == n && memcmp(from, key, size_t(n)) == 0;
    }
};

// A key written with an escape ("envel\u006fpe") names what Qt's parser sees, not what the scan compares:
// such a batch is not scanned (central then keeps the parsed envelopes).
bool escaped(const char* from, const char* to)
{
    return std::memchr(from, '\\', size_t(to - from)) != nullptr;
}

// One element of "records": an object whose "envelope" member's text goes to `envelope`. A second
// "envelope" member fails the scan: the parser and the scan could each take another one.
bool recordElement(JsonScan& s, QByteArray& envelope)
{
    if (!s.take('{'))
        return false;
    if (s.take('}'))
        return true;
    bool seen = false;
    do {
        const char *k0, *k1, *v;
        if (!s.string(&k0, &k1) || escaped(k0, k1) || !s.take(':') || !s.value(&v))
            return false;
        if (JsonScan::is(k0, k1, "envelope")) {
            if (seen)
                return false;
            seen = true;
            if (*v == '{')
                envelope = QByteArray::fromRawData(v, s.p - v);
        }
    } while (s.take(','));
    return s.take('}');
}

} // namespace

QList<QByteArray> BatchSpans::envelopes(const QByteArray& body)
{
    JsonScan s { body.constData(), body.constData() + body.size() };
    QList<QByteArray> out;
    if (!s.take('{'))
        return {};
    bool found = false;
    do {
        const char *k0, *k1, *v;
        if (!s.string(&k0, &k1) || escaped(k0, k1) || !s.take(':'))
            return {};
        if (JsonScan::is(k0, k1, "records") && found)
            return {}; // "records" twice: which one the parser keeps is its own choice
        if (!JsonScan::is(k0, k1, "records")) {
            if (!s.value(&v))
                return {};
            continue;
        }
        found = true;
        if (!s.take('['))
            return {};
        if (s.take(']'))
            continue;
        do {
            QByteArray envelope;
            if (!recordElement(s, envelope))
                return {};
            out << envelope;
        } while (s.take(','));
        if (!s.take(']'))
            return {};
    } while (s.take(','));
    return s.take('}') ? out : QList<QByteArray> {};
}

} // namespace motcua::sync
