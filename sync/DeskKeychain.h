// DeskKeychain: the desk's credential in the system keychain (Secret Service / KWallet through
// qtkeychain, Debian's qtkeychain-qt6-dev), one entry per data folder. Every call waits for the
// keychain at most a few seconds and says whether it was there: on a machine without a keychain service
// (a server, CI) the callers fall back to a file only the user can read (sync/DeskCredential).
// MOTCUA_KEYCHAIN=off skips the keychain. Nothing here logs a secret.
#pragma once

#include <QString>

#include <optional>

namespace motcua::sync {

class DeskKeychain
{
public:
    enum class Outcome { Done, NotFound, Unavailable };
    struct Read {
        Outcome outcome = Outcome::Unavailable;
        QString secret;
    };

    static bool enabled(); // false when MOTCUA_KEYCHAIN=off
    static QString service(); // "MotCua Desk"
    static QString keyFor(const QString& dataDir); // "central-credential:<absolute data folder>"
    static Read read(const QString& dataDir, int timeoutMs = 3000);
    static Outcome write(const QString& dataDir, const QString& secret, int timeoutMs = 3000);
    static Outcome remove(const QString& dataDir, int timeoutMs = 3000);
};

} // namespace motcua::sync
