#include "sync/central/CentralPayments.h"

#include "core/Clock.h"
#include "core/store/Statement.h"
#include "sync/central/CentralState.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <sqlite3.h>

namespace motcua::sync {

using store::Statement;

namespace {

const char* const kPaymentSchema[] = {
    "CREATE TABLE IF NOT EXISTS payments(txn_id TEXT PRIMARY KEY, code TEXT NOT NULL, agency TEXT NOT NULL, "
    " amount_vnd INTEGER NOT NULL, channel TEXT NOT NULL, paid_at INTEGER NOT NULL, seq INTEGER NOT NULL, "
    " at INTEGER NOT NULL) STRICT",
    "CREATE INDEX IF NOT EXISTS payments_code ON payments(code)",
};

constexpr qint64 kMaxPaymentVnd = 1'000'000'000'000; // a typo guard, as the desk's own cap

struct PaymentTransaction {
    CentralState& state;
    bool done = false;
    ~PaymentTransaction()
    {
        if (!done)
            state.rollback();
    }
};

QString paymentIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

Status CentralPayments::createTables(CentralState& state)
{
    for (const char* sql : kPaymentSchema)
        if (auto s = state.exec(sql); !s)
            return s;
    return {};
}

Result<QJsonObject> CentralPayments::replay(const OnlinePayment& p, bool& found)
{
    Statement q = m_state.prepare(
        "SELECT p.code, p.amount_vnd, p.seq, c.agency, c.data, c.at FROM payments p JOIN changes c ON c.seq = p.seq "
        "WHERE p.txn_id = ?1");
    q.bind(1, p.txnId);
    found = q.step() == SQLITE_ROW;
    if (!found)
        return QJsonObject {};
    if (q.text(0) != p.code || q.i64(1) != p.amountVnd)
        return Error::invalid(QStringLiteral("txn"),
            tr("Transaction %1 was reported before for dossier %2 and %3 đồng; a transaction id names one payment")
                .arg(p.txnId, q.text(0))
                .arg(q.i64(1)),
            QStringLiteral("txn_reused"));
    return QJsonObject { { QStringLiteral("seq"), q.i64(2) }, { QStringLiteral("kind"), QStringLiteral("payment") },
        { QStringLiteral("code"), p.code }, { QStringLiteral("agency"), q.text(3) },
        { QStringLiteral("data"), QJsonDocument::fromJson(q.text(4).toUtf8()).object() },
        { QStringLiteral("at"), paymentIso(q.i64(5)) }, { QStringLiteral("replayed"), true } };
}

// Open: a unit's fee notice exists for the code, its amounts are not yet covered by the payments central
// recorded, and central's status of the dossier is not a closed one.
Status CentralPayments::checkOpenNotice(const OnlinePayment& p, QString& agency)
{
    Statement d = m_state.prepare("SELECT agency, status FROM dossiers WHERE code = ?1");
    d.bind(1, p.code);
    if (d.step() != SQLITE_ROW)
        return Error::notFound(
            QStringLiteral("code"), tr("Central holds no dossier %1").arg(p.code), QStringLiteral("no_fee_notice"));
    agency = d.text(0);
    const int status = d.text(1).toInt();
    Statement n = m_state.prepare(
        "SELECT count(*), coalesce(sum(json_extract(data, '$.amount_vnd')), 0), (SELECT coalesce(sum(amount_vnd), 0) "
        "FROM payments WHERE code = ?1) FROM changes WHERE code = ?1 AND kind = 'fee_notice'");
    n.bind(1, p.code);
    if (n.step() != SQLITE_ROW)
        return m_state.sqlError(tr("looking up the fee notice"));
    const bool closed = status == 3 || status == 7 || status == 8 || status == 10;
    if (n.i64(0) == 0 || n.i64(2) >= n.i64(1) || closed)
        return Error::notFound(QStringLiteral("code"),
            tr("Central holds no open fee notice for dossier %1 (notices: %2, %3 đồng; paid online: %4 đồng); the "
               "payment is not recorded, return it to the payer")
                .arg(p.code)
                .arg(n.i64(0))
                .arg(n.i64(1))
                .arg(n.i64(2)),
            QStringLiteral("no_fee_notice"));
    return {};
}

Result<QJsonObject> CentralPayments::record(const OnlinePayment& p)
{
    static const QRegularExpression txnPattern(QStringLiteral("^[A-Za-z0-9._:/-]{1,64}$"));
    if (!txnPattern.match(p.txnId).hasMatch())
        return Error::invalid(QStringLiteral("txn"), tr("A transaction id is 1 to 64 letters, digits or . _ : / -"),
            QStringLiteral("invalid_txn"));
    if (p.amountVnd <= 0 || p.amountVnd > kMaxPaymentVnd)
        return Error::invalid(QStringLiteral("amount"),
            tr("The amount is a whole number of đồng, more than 0 (e.g. 150000)"), QStringLiteral("invalid_amount"));
    if (p.channel != QLatin1String("online") && p.channel != QLatin1String("vietqr"))
        return Error::invalid(QStringLiteral("channel"),
            tr("The channel is online (national payment platform) or vietqr (bank transfer)"),
            QStringLiteral("invalid_channel"));
    if (auto s = m_state.begin(); !s)
        return s.error();
    PaymentTransaction tx { m_state };
    bool found = false;
    auto earlier = replay(p, found);
    if (!earlier || found)
        return earlier; // the rollback ends the read transaction
    QString agency;
    if (auto s = checkOpenNotice(p, agency); !s)
        return s.error();
    const QDateTime now = Clock::current().nowUtc();
    const QDateTime paidAt = p.paidAtUtc.isValid() ? p.paidAtUtc : now;
    const QJsonObject data { { QStringLiteral("amount_vnd"), p.amountVnd }, { QStringLiteral("txn_id"), p.txnId },
        { QStringLiteral("channel"), p.channel },
        { QStringLiteral("paid_at"), paidAt.toUTC().toString(Qt::ISODateWithMs) } };
    qint64 seq = 0;
    {
        Statement ins = m_state.prepare("INSERT INTO changes(agency, kind, code, unit, data, at) VALUES(?1, 'payment', "
                                        "?2, ?3, ?4, ?5) RETURNING seq");
        ins.bind(1, agency).bind(2, p.code).bind(
            3, p.channel == QLatin1String("vietqr") ? QStringLiteral("VietQR") : QStringLiteral("PayGov"));
        ins.bind(4, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))).bindTime(5, now);
        if (ins.step() != SQLITE_ROW)
            return m_state.sqlError(tr("publishing the payment"));
        seq = ins.i64(0);
    }
    Statement pay = m_state.prepare("INSERT INTO payments(txn_id, code, agency, amount_vnd, channel, paid_at, seq, at) "
                                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    pay.bind(1, p.txnId).bind(2, p.code).bind(3, agency).bind(4, p.amountVnd).bind(5, p.channel);
    pay.bindTime(6, paidAt).bind(7, seq).bindTime(8, now);
    Statement hist = m_state.prepare("INSERT INTO history(code, status, at, service) SELECT code, status, ?2, ?3 FROM "
                                     "dossiers WHERE code = ?1");
    hist.bind(1, p.code)
        .bind(2, now.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyyMMddHHmmss")))
        .bind(3, QStringLiteral("payment:") + p.channel);
    if (pay.step() != SQLITE_DONE || hist.step() != SQLITE_DONE)
        return m_state.sqlError(tr("recording the payment"));
    if (auto s = m_state.commit(); !s)
        return s.error();
    tx.done = true;
    return QJsonObject { { QStringLiteral("seq"), seq }, { QStringLiteral("kind"), QStringLiteral("payment") },
        { QStringLiteral("code"), p.code }, { QStringLiteral("agency"), agency }, { QStringLiteral("data"), data },
        { QStringLiteral("at"), paymentIso(now.toMSecsSinceEpoch()) }, { QStringLiteral("replayed"), false } };
}

} // namespace motcua::sync
