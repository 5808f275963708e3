// IntakeDraft: the intake a clerk has not finished, kept on disk so that a crash or a power cut loses
// nothing: one JSON file per clerk under the data folder (drafts/<login>.json), written atomically
// (QSaveFile: the old draft or the new one, never half of either) and readable by its owner only
// (0600: it holds applicants' personal data). Deleted once the dossier is received.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace motcua::ui {

class IntakeDraft
{
    Q_DECLARE_TR_FUNCTIONS(IntakeDraft)
public:
    // The draft of `login` under `dataDir` (the store's data folder).
    IntakeDraft(const QString& dataDir, const QString& login);

    QString path() const { return m_path; }
    bool exists() const;
    Result<QJsonObject> load() const;
    Status save(const QJsonObject& state) const;
    Status remove() const;

private:
    QString m_path;
};

} // namespace motcua::ui
