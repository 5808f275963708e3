// Online payments reported by central (issue 15; docs/central.md, "Online payments"): a change of kind
// "payment" in the pull feed ({"amount_vnd","txn_id","channel","paid_at"}). An amount equal to what the
// dossier still owes while it waits for payment is recorded through the workflow's own payment step (as
// the service account "@central", method transfer): the dossier leaves the payment pause and its clock
// resumes. Any other amount, or a dossier not waiting for payment, is flagged and never silently
// accepted: the money is recorded as received (so the day's fee-mismatch list shows it) but the dossier
// stays where it is, with a history row, an audit row and outcome "mismatch" (`motcua sync --status`).
// Each payment is kept in the dossier's extra data ("online_payments", with its transaction id), so a
// transaction reported twice is taken once.
#include "core/store/Statement.h"
#include "core/store/Store.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace motcua::store {

using workflow::State;

namespace {

bool knownTransaction(const dossier::Dossier& d, const QString& txn)
{
    for (const QJsonValue v : d.extra.value(QStringLiteral("online_payments")).toArray())
        if (v.toObject().value(QStringLiteral("txn_id")).toString() == txn)
            return true;
    return false;
}

} // namespace

Status Store::applyOnlinePayment(const Actor& service, const CentralChange& change, ChangeOutcome& out)
{
    const qint64 amount = change.data.value(QStringLiteral("amount_vnd")).toInteger();
    const QString txn = change.data.value(QStringLiteral("txn_id")).toString();
    const QString channel = change.data.value(QStringLiteral("channel")).toString();
    if (amount <= 0 || amount > dossier::kMaxAmountVnd || txn.isEmpty()) {
        out.result = QStringLiteral("invalid");
        out.note = tr("A payment without a transaction id or with an impossible amount (%1); ignored").arg(amount);
        return {};
    }
    auto id = dossierId(change.code);
    if (!id) {
        if (id.error().kind != ErrorKind::NotFound)
            return id.error();
        out.result = QStringLiteral("not_held");
        out.note = tr("This desk does not hold dossier %1").arg(change.code);
        return {};
    }
    auto loaded = load(id.value());
    if (!loaded)
        return loaded.error();
    const dossier::Dossier& d = loaded.value();
    out.deskState = workflow::stateName(d.state);
    if (knownTransaction(d, txn)) {
        out.result = QStringLiteral("already");
        out.note = tr("Transaction %1 was recorded before").arg(txn);
        return {};
    }
    const qint64 due = std::max<qint64>(0, d.feesDueVnd() - d.paidVnd());
    const bool matches = d.state == State::AwaitingPayment && due > 0 && amount == due;
    const QDateTime now = nowUtc();
    if (matches) { // the workflow's payment step: payments row, pause closed, appointment moved, history, audit, outbox
        Actor payer = service;
        payer.role = auth::Role::Clerk; // the step's permission is the fee collector's
        StepRequest r;
        r.step = workflow::Step::RecordPayment;
        r.amountVnd = amount;
        r.method = dossier::PaymentMethod::Transfer;
        r.note = tr("Paid online (%1), transaction %2").arg(channel, txn);
        auto after = apply(payer, change.code, r);
        if (!after)
            return after.error();
        out.deskState = workflow::stateName(after->state);
        out.result = QStringLiteral("applied");
        out.note = tr("Paid online: %1 đồng, transaction %2; the clock resumes").arg(amount).arg(txn);
    } else {
        Statement pay = prepare("INSERT INTO payments(dossier_id, amount_vnd, method, at, user_id) VALUES(?1, ?2, "
                                "'transfer', ?3, ?4)");
        pay.bind(1, d.id).bind(2, amount).bindTime(3, now).bind(4, service.userId);
        if (pay.step() != SQLITE_DONE)
            return sqlError(tr("saving the payment"));
        out.result = QStringLiteral("mismatch");
        out.note = d.state == State::AwaitingPayment
            ? tr("Online payment of %1 đồng (transaction %2) differs from the %3 đồng due; flagged, not accepted: "
                 "the clock stays paused until a person settles it")
                  .arg(amount)
                  .arg(txn)
                  .arg(due)
            : tr("Online payment of %1 đồng (transaction %2) for a dossier that is not waiting for payment (%3); "
                 "flagged, not accepted")
                  .arg(amount)
                  .arg(txn)
                  .arg(workflow::stateLabel(d.state));
        if (auto s = writeHistory(
                d.id, out.deskState, out.deskState, QStringLiteral("online_payment_mismatch"), service, out.note, now);
            !s)
            return s;
    }
    const QJsonObject entry { { QStringLiteral("txn_id"), txn }, { QStringLiteral("amount_vnd"), amount },
        { QStringLiteral("channel"), channel },
        { QStringLiteral("paid_at"), change.data.value(QStringLiteral("paid_at")).toString() },
        { QStringLiteral("seq"), change.seq }, { QStringLiteral("due_vnd"), due },
        { QStringLiteral("result"), matches ? QStringLiteral("paid") : QStringLiteral("mismatch") } };
    QJsonObject extra = d.extra;
    QJsonArray list = extra.value(QStringLiteral("online_payments")).toArray();
    list.append(entry);
    extra.insert(QStringLiteral("online_payments"), list);
    Statement e = prepare("UPDATE dossiers SET extra = ?2 WHERE id = ?1");
    e.bind(1, d.id).bind(2, QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)));
    if (e.step() != SQLITE_DONE)
        return sqlError(tr("saving the online payment"));
    return appendAudit(service,
        matches ? QStringLiteral("central_payment") : QStringLiteral("central_payment_mismatch"),
        QStringLiteral("dossier"), d.code, entry);
}

} // namespace motcua::store
