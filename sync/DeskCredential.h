// DeskCredential: where a desk keeps its credential for the central system and how it is read, the same
// for `motcua sync` and the desk window: MOTCUA_CENTRAL_CREDENTIAL, else the file `sync login` wrote in
// the data folder, which only its user may read (a file others can read is refused, as ssh does).
// Never from the command line.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace motcua::sync {

class DeskCredential
{
    Q_DECLARE_TR_FUNCTIONS(DeskCredential)
public:
    static QString path(const QString& dataDir); // <data>/central-credential
    static QString statePath(const QString& dataDir); // <data>/sync-state.json
    static Result<QString> read(const QString& dataDir);
};

} // namespace motcua::sync
