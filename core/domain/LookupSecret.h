// LookupSecret: the short secret printed beside a dossier's code on its receipt (in the QR code) that
// opens the central's public status page (docs/central.md, "Public status page"). Eight characters of an
// alphabet without look-alikes (no 0/O, 1/I/L), drawn from libsodium's random generator when the dossier
// is received: never derived from the code, so one receipt tells nothing about another dossier's secret.
// 31^8 ≈ 8.5·10^11 values per code, against a rate-limited page. It is not personal data but is treated
// as a credential: never written to a log or the audit log.
#pragma once

#include <QString>

namespace motcua {

class LookupSecret
{
public:
    static constexpr int kLength = 8;
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // 31 characters

    // A fresh secret (libsodium randombytes_uniform: uniform over the alphabet, no modulo bias).
    static QString generate();
    // True for exactly kLength characters of kAlphabet (capital letters only).
    static bool isValid(const QString& text);
};

} // namespace motcua
