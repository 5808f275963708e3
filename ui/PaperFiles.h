// PaperFiles: where the intake's papers get their files. The intake page (IntakePage) asks a source for
// the files of each paper of the procedure's checklist; the scanning panel (ScanPanel, pages from the SANE
// device or imported files) is one source, a plain file list another. The source's widget is shown in the
// intake's papers step; the intake never knows how the files were made.
#pragma once

#include "core/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QWidget;

namespace motcua::ui {

// One paper of the procedure's checklist, as the intake shows it.
struct PaperSlot {
    QString componentId; // the procedure component's id (IntakeDocument::componentId)
    QString name; // the paper's name as the catalogue gives it
    bool required = false;
};

class PaperFiles
{
public:
    virtual ~PaperFiles() = default;

    // The widget shown in the intake's papers step (owned by the source).
    virtual QWidget* widget() = 0;
    // The papers of the chosen procedure; a paper no longer listed loses its files.
    virtual void setPapers(const QList<PaperSlot>& papers) = 0;
    // The paper the clerk is working on: new scans and imported files go to it.
    virtual void setCurrentPaper(const QString& componentId) = 0;
    // How many pages (or files) each paper has now, by componentId.
    virtual QMap<QString, int> pageCounts() const = 0;
    // The files to store with the dossier, by componentId (absolute paths, e.g. one PDF per paper).
    // Called when the clerk decides; may assemble the pages into files. An error names the paper.
    virtual Result<QMap<QString, QStringList>> files() = 0;
    // Forgets all pages (after the dossier was received, or the intake was abandoned).
    virtual void clear() = 0;
};

} // namespace motcua::ui
