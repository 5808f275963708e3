#include "core/domain/LookupSecret.h"

#include <sodium.h>

namespace motcua {

QString LookupSecret::generate()
{
    static const bool ready = sodium_init() >= 0; // randombytes works even when this fails (it falls back)
    (void)ready;
    constexpr quint32 size = sizeof(kAlphabet) - 1;
    QString out;
    out.reserve(kLength);
    for (int i = 0; i < kLength; ++i)
        out.append(QLatin1Char(kAlphabet[randombytes_uniform(size)]));
    return out;
}

bool LookupSecret::isValid(const QString& text)
{
    if (text.size() != kLength)
        return false;
    const QLatin1String alphabet(kAlphabet, sizeof(kAlphabet) - 1);
    for (QChar c : text)
        if (c.unicode() > 0x7f || !alphabet.contains(c))
            return false;
    return true;
}

} // namespace motcua
