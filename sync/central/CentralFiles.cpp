#include "sync/central/CentralFiles.h"

#include <QJsonObject>

namespace motcua::sync {

QJsonArray CentralFiles::withFileStatus(const QJsonArray& list, const TusFileStore& files)
{
    QJsonArray out;
    for (const QJsonValue entry : list) {
        QJsonObject dossier = entry.toObject();
        QJsonArray annotated;
        int waiting = 0;
        for (const QJsonValue f : dossier.value(QStringLiteral("files")).toArray()) {
            QJsonObject file = f.toObject();
            const QByteArray sha = file.value(QStringLiteral("sha256")).toString().toLatin1();
            const std::optional<TusUpload> held
                = files.directory().isEmpty() ? std::nullopt : files.completedBySha256(sha);
            file.insert(QStringLiteral("size"), held ? QJsonValue(held->length) : QJsonValue());
            file.insert(QStringLiteral("received"), held.has_value());
            waiting += held ? 0 : 1;
            annotated.append(file);
        }
        dossier.insert(QStringLiteral("files"), annotated);
        dossier.insert(QStringLiteral("complete"), waiting == 0);
        dossier.insert(QStringLiteral("waiting_for_files"), waiting);
        out.append(dossier);
    }
    return out;
}

} // namespace motcua::sync
