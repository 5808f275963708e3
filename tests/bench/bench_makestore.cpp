// bench_makestore: makes the large bench store quickly (tests/bench/BenchStoreReplica.h): a template of
// dossiers through the real Store API, copied forward in time in SQL, then the recent weeks through the
// API again. Prints how long each part took. Usage:
//   bench_makestore [--db FILE] [--per-block N] [--copies K]
// (defaults: /work/benchdata/store-1m.db, 10000, 97: 1,000,000 dossiers from 2023-01-02 to 2026-10-30).
#include "tests/bench/BenchStoreReplica.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace motcua;
using namespace motcua::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.debug=false\nmotcua.*.info=false"));
    const BenchArgs args { app.arguments().mid(1) };
    const qint64 perBlock = args.value(QStringLiteral("--per-block"), QStringLiteral("10000")).toLongLong();
    const int copies = args.value(QStringLiteral("--copies"), QStringLiteral("97")).toInt();
    return makeReplicatedStore(args.dbPath(), perBlock, copies);
}
