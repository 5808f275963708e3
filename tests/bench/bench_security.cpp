// bench_security: the cost of the security pieces on this machine.
//   - Argon2id hash and verify at the product cost (libsodium INTERACTIVE): the login delay a clerk
//     feels, and the cost an attacker pays per guess.
//   - AuditChain: sealing rows (what each business change adds) and verifying a whole log (what
//     `motcua audit verify` costs on a big store).
// Usage: bench_security [audit rows, default 1000000] [hash repetitions, default 5]
#include "core/audit/AuditChain.h"
#include "core/auth/PasswordHasher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace motcua;

namespace {

// CPU time of this process in ms: on a shared, loaded machine wall time mostly measures the others.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = args.size() > 1 ? args[1].toLongLong() : 1'000'000;
    const int reps = args.size() > 2 ? args[2].toInt() : 5;
    QTextStream out(stdout);

    auth::PasswordHasher::setCost(auth::PasswordHasher::Cost::Interactive);
    QList<double> hashMs, verifyMs;
    QString encoded;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        auto h = auth::PasswordHasher::hash(QStringLiteral("Hà Nội mùa thu 2027"));
        hashMs << t.nsecsElapsed() / 1e6;
        if (!h.ok()) {
            out << "hash failed: " << h.error().message << Qt::endl;
            return 1;
        }
        encoded = h.value();
        t.restart();
        const bool ok = auth::PasswordHasher::verify(QStringLiteral("Hà Nội mùa thu 2027"), encoded);
        verifyMs << t.nsecsElapsed() / 1e6;
        if (!ok)
            return 1;
    }
    out << "argon2id INTERACTIVE (" << encoded.section(QLatin1Char('$'), 3, 3) << "): hash median " << median(hashMs)
        << " ms, verify median " << median(verifyMs) << " ms over " << reps << " runs" << Qt::endl;

    QList<audit::AuditRecord> log;
    log.reserve(rows);
    const QDateTime start(QDate(2027, 3, 1), QTime(1, 0), Qt::UTC);
    audit::AuditChain::Head head = audit::AuditChain::emptyHead();
    QElapsedTimer t;
    t.start();
    double c0 = cpuMs();
    for (qint64 i = 0; i < rows; ++i) {
        audit::AuditRecord r;
        r.atUtc = start.addMSecs(i * 997);
        r.actor = QStringLiteral("lan.nguyen");
        r.action = QStringLiteral("receive_dossier");
        r.entity = QStringLiteral("dossier");
        r.entityId = QStringLiteral("000.00.00.G12-270301-%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        r.details = QJsonObject { { "status", "received" }, { "channel", "desk" }, { "applicant", "Nguyễn Văn An" } };
        log.append(audit::AuditChain::seal(std::move(r), head));
        head = audit::AuditChain::headOf(log.last());
    }
    const double sealMs = t.nsecsElapsed() / 1e6;
    const double sealCpu = cpuMs() - c0;
    t.restart();
    c0 = cpuMs();
    const auto intact = audit::AuditChain::verify(log, head);
    const double verifyAllMs = t.nsecsElapsed() / 1e6;
    const double verifyAllCpu = cpuMs() - c0;
    log[rows / 2].actor = QStringLiteral("ke.gian");
    log.swapItemsAt(rows / 3, rows / 3 + 7);
    t.restart();
    c0 = cpuMs();
    const auto tampered = audit::AuditChain::verify(log, head);
    const double verifyTamperedMs = t.nsecsElapsed() / 1e6;
    const double verifyTamperedCpu = cpuMs() - c0;
    out << "audit chain, " << rows << " rows (wall / cpu): seal " << sealMs * 1000.0 / double(rows) << " / "
        << sealCpu * 1000.0 / double(rows) << " us/row; verify intact " << verifyAllMs << " / " << verifyAllCpu
        << " ms (" << intact.size() << " findings); verify tampered " << verifyTamperedMs << " / " << verifyTamperedCpu
        << " ms (" << tampered.size() << " findings)" << Qt::endl;
    return intact.isEmpty() && tampered.size() == 3 ? 0 : 1;
}
