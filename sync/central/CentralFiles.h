// CentralFiles: whether the files a dossier's record refers to have arrived at central. A record that
// names a file is complete only once that file's upload is complete (same SHA-256); until then the
// dossier is listed as waiting for files. Used by `motcua-central list` and by tests.
#pragma once

#include "sync/central/TusFileStore.h"

#include <QJsonArray>

namespace motcua::sync {

class CentralFiles
{
public:
    // The list of CentralState::list() with, per dossier, "files": [{"sha256","name","size","received"}]
    // ("size" null while the file has not arrived), "complete" and "waiting_for_files" (how many).
    static QJsonArray withFileStatus(const QJsonArray& list, const TusFileStore& files);
};

} // namespace motcua::sync
