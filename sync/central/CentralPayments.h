// CentralPayments: online payments as the national payment platform or a bank (a transfer to the VietQR on
// the fee notice) reports them to the reference central (docs/central.md, "Online payments"). A payment is
// for a dossier code with an open fee notice at central (a unit's fee_notice change not yet covered by the
// payments central recorded); it is kept once per transaction id (a repeated report changes nothing) and
// published in the pull feed to the dossier's agency as a change of kind "payment" ({"amount_vnd",
// "txn_id", "channel", "paid_at"}). Whether the amount matches is the desk's decision (it knows what was
// paid at the counter); central only refuses a payment it has no open notice for. Table payments in
// central.db.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace motcua::sync {

class CentralState;

struct OnlinePayment {
    QString code; // dossier code
    qint64 amountVnd = 0;
    QString txnId; // the platform's or bank's transaction id
    QString channel = QStringLiteral("online"); // online (national payment platform) | vietqr (bank transfer)
    QDateTime paidAtUtc; // when the platform says it was paid; invalid = now
};

class CentralPayments
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::CentralPayments)

public:
    explicit CentralPayments(CentralState& state) : m_state(state) { }
    static Status createTables(CentralState& state); // CREATE TABLE IF NOT EXISTS, at open

    // Records and publishes one payment in one transaction; returns the feed change
    // ({"seq","kind","code","agency","data","replayed"}). The same transaction id again with the same code
    // and amount returns the first change with "replayed": true; with other details it is refused (code
    // "txn_reused"). Refused with Error::notFound (code "no_fee_notice") when central holds no open fee
    // notice for the code; errors name the field.
    Result<QJsonObject> record(const OnlinePayment& payment);

private:
    Result<QJsonObject> replay(const OnlinePayment& payment, bool& found);
    Status checkOpenNotice(const OnlinePayment& payment, QString& agency);

    CentralState& m_state;
};

} // namespace motcua::sync
