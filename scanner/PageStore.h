// PageStore: compressed pages on disk, content-addressed by SHA-256:
// <data-dir>/pages/ab/abcdef....jpg. The same page stored twice is one file; a stored file never changes,
// so the dossier's document rows and the sync upload can refer to pages by their hash.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::scanner {

struct StoredPage {
    QString sha256; // lower-case hex
    QString path; // absolute path of the file
    qint64 size = 0;
};

class PageStore
{
public:
    explicit PageStore(QString dataDir);

    // Stores the bytes under their hash with the given suffix ("jpg", "png"); atomic and idempotent.
    Result<StoredPage> put(const QByteArray& bytes, const QString& suffix) const;
    // Where a page with this hash and suffix lives (whether or not it exists).
    QString pathFor(const QString& sha256, const QString& suffix) const;
    QString root() const { return m_root; }

private:
    QString m_root; // <data-dir>/pages
};

} // namespace motcua::scanner
