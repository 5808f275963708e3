// Dossier: the domain types of one dossier (hồ sơ) as the desk records it: applicant and owner,
// procedure version, channel, documents with stored files, fees and payments, supplement rounds,
// hand-overs (the control slip), status history, return record and rating. Plain values; the Store
// reads and writes them, toJson() is what `motcua dossier show` prints.
#pragma once

#include "core/DateFormat.h"
#include "core/workflow/Workflow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::dossier {

// Who applies or owns a dossier. Stored and sent as "citizen" | "business".
enum class ApplicantKind { Citizen, Business };
QString applicantKindName(ApplicantKind kind);
std::optional<ApplicantKind> applicantKindFromName(const QString& name);

// How a fee was paid. Stored as "cash" | "transfer".
enum class PaymentMethod { Cash, Transfer };
QString paymentMethodName(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromName(const QString& name);

struct Party {
    ApplicantKind kind = ApplicantKind::Citizen;
    QString name;
    QString idNumber; // citizen: 12-digit personal id
    QString taxCode; // business
    QDate birthDate;
    QString phone;
    QString email;
    QString address;

    QJsonObject toJson() const;
    static Party fromStoredJson(const QJsonObject&); // trusted (from the store)
};

struct StoredFile {
    QString name; // original file name
    QString sha256; // hex
    qint64 size = 0;
    QString path; // relative to the data dir: files/ab/abcdef...
};

struct Document {
    QString componentId;
    QString componentName;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
    QList<StoredFile> files;
};

struct FeeNotice {
    QString number; // e.g. "797/26/CTS-DR" (free text)
    qint64 amountVnd = 0;
    QDateTime atUtc;
    QString by;
};

struct Payment {
    qint64 amountVnd = 0;
    PaymentMethod method = PaymentMethod::Cash;
    QDateTime atUtc;
    QString by;
};

struct SupplementRound {
    int round = 0;
    QDateTime requestedAtUtc;
    QString requestedBy;
    QString reason;
    QStringList missing; // component ids
    QDateTime receivedAtUtc; // invalid while waiting
    QString receivedBy;
};

struct HandOver {
    int seq = 0;
    QString fromUnit;
    QString toUnit;
    QDateTime atUtc;
    QString by;
    QString note;
    QString result; // "early" | "on_time" | "late" against the appointment ("" when unknown)
};

struct ReturnRecord {
    QDateTime atUtc;
    QString collectorName;
    QString collectorId;
    bool authorised = false; // collected by an authorised person, not the applicant
    QString by;
    QString postalItemNumber; // the postal item the result was sent in ("" when collected at the desk)
};

struct Rating {
    int value = 0; // 1 very satisfied, 2 satisfied, 3 dissatisfied
    QString scale; // configuration version of the scale
    QDateTime atUtc;
};

struct StatusChange {
    QDateTime atUtc;
    QString fromState; // "" for the intake row
    QString toState;
    QString step;
    QString by;
    QString note;
};

struct Pause {
    QString kind; // "supplement" | "payment"
    QDateTime fromUtc;
    QDateTime toUtc; // invalid while paused
};

struct Dossier {
    qint64 id = 0;
    QString code;
    QString procedureCode;
    qint64 procedureRowId = 0; // catalogue row (version) the dossier is pinned to
    int procedureVersion = 0;
    QString procedureName;
    QString processingUnit;
    QString channel; // "desk" | "postal" | "online"
    workflow::State state = workflow::State::Received;
    Party applicant;
    std::optional<Party> owner;
    QDateTime receivedAtUtc;
    QDateTime dueLocal; // invalid = unknown (the limit is unknown, or the clock is paused)
    QDateTime originalDueLocal; // the first appointment, kept after a reschedule
    QString returnMethod; // "desk" | "postal" | "online"
    QString note;
    QString reason; // refusal / withdrawal / stop reason
    QString summary; // TrichYeuHoSo
    int bookYear = 0;
    int bookSerial = 0;
    QJsonObject extra; // postal item data and other extensions
    QString receivedBy;
    QList<Document> documents;
    QList<FeeNotice> feeNotices;
    QList<Payment> payments;
    QList<SupplementRound> supplements;
    QList<HandOver> handOvers;
    QList<StatusChange> history;
    QList<Pause> pauses;
    std::optional<ReturnRecord> returned;
    std::optional<Rating> rating;
    // The public status page's secret (core/domain/LookupSecret): in the QR code of the receipt and the
    // registration record, never in toJson(), a log or the audit log.
    QString lookupSecret;

    // Sums of the fee notices and payments, overflow-checked: at most kMaxTotalVnd (saturates there; the
    // store refuses an amount that would take a sum past it, so a stored dossier never reaches it).
    qint64 feesDueVnd() const;
    qint64 paidVnd() const;
    int nationalStatus() const;
    QJsonObject toJson() const;
};

// Largest amount the desk records, for one fee notice or payment and for a dossier's sum of them:
// 10^13 đồng (ten thousand billion) is far above any administrative fee, yet a sum of a million such
// amounts still fits in 64 bits, so no sum can wrap round to a negative number.
inline constexpr qint64 kMaxAmountVnd = 10'000'000'000'000LL;
inline constexpr qint64 kMaxTotalVnd = kMaxAmountVnd;

// a + b, or nullopt when it overflows 64 bits or exceeds kMaxTotalVnd.
std::optional<qint64> addAmountsVnd(qint64 a, qint64 b);

// ISO text in UTC+7 ("2027-03-01T09:30:00+07:00"); empty for an invalid time. The format itself is
// motcua::localIso in core/DateFormat.h; this name stays for the store's callers.
inline QString localIso(const QDateTime& t)
{
    return motcua::localIso(t);
}

} // namespace motcua::dossier
