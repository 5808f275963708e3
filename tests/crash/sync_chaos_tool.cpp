// The desk-side helper of the sync chaos test (tests/crash/crash-sync.sh), through the store's own API:
//
//   sync_chaos_tool seed DATA_DIR SITE_FILE COUNT TAG   receives COUNT dossiers as the signed-in clerk
//       (login "clerk", password in MOTCUA_PASSWORD): each with one or two scanned pages, small PNGs of
//       noise that no other dossier has (seeded by TAG and the number), copied into the content store by
//       Store::receive with the dossier's outbox row in the same transaction, as `motcua dossier receive`
//       does; one code per line on stdout. One sign-in for all of them: 1,000 intakes in seconds, where
//       1,000 `motcua dossier receive` processes would spend most of their time in Argon2id.
//   sync_chaos_tool dump DATA_DIR SITE_FILE CODES_FILE  one JSON line per code of CODES_FILE:
//       {"code", "status", "files": [sha256...], "steps": [[step, actor]...]} from Store::dossier.
#include "core/SiteConfig.h"
#include "core/dossier/Intake.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace motcua;

namespace {

int fail(const QString& what)
{
    QTextStream(stderr) << "sync_chaos_tool: " << what << Qt::endl;
    return 1;
}

// A 40×40 page of noise: about 5 KB of PNG that does not compress, different for every seed.
bool writePage(const QString& path, quint64 seed)
{
    QRandomGenerator random(static_cast<quint32>(seed ^ (seed >> 32)));
    QImage page(40, 40, QImage::Format_RGB32);
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            page.setPixel(x, y, random.generate() | 0xff000000u);
    return page.save(path, "PNG");
}

int seed(store::Store& db, const store::Actor& clerk, const QString& dataDir, int count, const QString& tag)
{
    const QString intakeDir = QDir(dataDir).filePath(QStringLiteral("../intake-") + tag);
    QDir().mkpath(intakeDir);
    const quint64 tagHash
        = QByteArray(QCryptographicHash::hash(tag.toUtf8(), QCryptographicHash::Sha256).left(8).toHex())
              .toULongLong(nullptr, 16);
    QTextStream out(stdout);
    for (int i = 1; i <= count; ++i) {
        QJsonArray files;
        const int pages = 1 + i % 2;
        for (int p = 1; p <= pages; ++p) {
            const QString name = QStringLiteral("%1-%2-%3.png").arg(tag).arg(i).arg(p);
            if (!writePage(QDir(intakeDir).filePath(name), tagHash + quint64(i) * 16 + quint64(p)))
                return fail(QStringLiteral("cannot write %1").arg(name));
            files.append(name);
        }
        const QJsonObject intake {
            { QStringLiteral("procedure"), QStringLiteral("LOCAL-RF-001") },
            { QStringLiteral("idempotency_key"), QStringLiteral("chaos-%1-%2").arg(tag).arg(i) },
            { QStringLiteral("applicant"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Trần Văn Bình %1").arg(i) },
                    { QStringLiteral("id_number"),
                        QStringLiteral("0010900%1").arg(i % 100000, 5, 10, QLatin1Char('0')) },
                    { QStringLiteral("phone"), QStringLiteral("0912345678") } } },
            { QStringLiteral("documents"),
                QJsonArray { QJsonObject { { QStringLiteral("component"), QStringLiteral("don") },
                    { QStringLiteral("originals"), 1 }, { QStringLiteral("files"), files } } } },
        };
        auto request = dossier::IntakeRequest::fromJson(intake, intakeDir);
        if (!request)
            return fail(request.error().message);
        auto received = db.receive(clerk, request.value());
        if (!received)
            return fail(QStringLiteral("intake %1: %2").arg(i).arg(received.error().message));
        out << received->toJson().value(QStringLiteral("code")).toString() << '\n';
    }
    out.flush();
    return 0;
}

int dump(store::Store& db, const store::Actor& clerk, const QString& codesFile)
{
    QFile codes(codesFile);
    if (!codes.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QStringLiteral("cannot read %1").arg(codesFile));
    QTextStream out(stdout);
    while (!codes.atEnd()) {
        const QString code = QString::fromUtf8(codes.readLine()).trimmed();
        if (code.isEmpty())
            continue;
        auto d = db.dossier(clerk, code);
        if (!d) {
            out << QJsonDocument(QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("missing"), true } })
                       .toJson(QJsonDocument::Compact)
                << '\n';
            continue;
        }
        const QJsonObject shown = d->toJson();
        QJsonArray files;
        for (const QJsonValue document : shown.value(QStringLiteral("documents")).toArray())
            for (const QJsonValue f : document.toObject().value(QStringLiteral("files")).toArray())
                files.append(f.toObject().value(QStringLiteral("sha256")));
        QJsonArray steps;
        for (const QJsonValue h : shown.value(QStringLiteral("history")).toArray())
            steps.append(
                QJsonArray { h.toObject().value(QStringLiteral("step")), h.toObject().value(QStringLiteral("by")) });
        out << QJsonDocument(QJsonObject { { QStringLiteral("code"), code },
                                 { QStringLiteral("status"), shown.value(QStringLiteral("status")) },
                                 { QStringLiteral("files"), files }, { QStringLiteral("steps"), steps } })
                   .toJson(QJsonDocument::Compact)
            << '\n';
    }
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool seeding = args.value(0) == QLatin1String("seed");
    if (args.size() != (seeding ? 5 : 4) || (!seeding && args.value(0) != QLatin1String("dump")))
        return fail(QStringLiteral("usage: sync_chaos_tool seed DATA_DIR SITE COUNT TAG | dump DATA_DIR SITE CODES"));
    auto site = SiteConfig::load(args[2]);
    if (!site)
        return fail(site.error().message);
    auto opened = store::Store::open(QDir(args[1]).filePath(QStringLiteral("motcua.db")));
    if (!opened)
        return fail(opened.error().message);
    store::Store& db = *opened.value();
    if (auto s = db.setSite(site.value()); !s)
        return fail(s.error().message);
    auto clerk = db.authenticate(QStringLiteral("clerk"), qEnvironmentVariable("MOTCUA_PASSWORD"));
    if (!clerk)
        return fail(clerk.error().message);
    if (seeding)
        return seed(db, clerk.value(), args[1], args[3].toInt(), args[4]);
    return dump(db, clerk.value(), args[3]);
}
