// DeskCredential: where a desk keeps its credential for the central system and how it is read, the same
// for `motcua sync` and the desk window: MOTCUA_CENTRAL_CREDENTIAL, else the system keychain (qtkeychain,
// sync/DeskKeychain), else the file `sync login` wrote in the data folder when there was no keychain,
// which only its user may read (a file others can read is refused, as ssh does). Never from the command
// line; never in a log.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace motcua::sync {

class DeskCredential
{
    Q_DECLARE_TR_FUNCTIONS(DeskCredential)
public:
    static QString path(const QString& dataDir); // <data>/central-credential (the fallback file)
    static QString statePath(const QString& dataDir); // <data>/sync-state.json
    static Result<QString> read(const QString& dataDir);
    // Keeps the credential: in the keychain when one answers (a fallback file left from before is then
    // removed), else in the file, created with mode 0600. Returns "keychain" or the file's path.
    static Result<QString> save(const QString& dataDir, const QString& credential);
};

} // namespace motcua::sync
