// PrintableDossier: everything a printed one-stop form shows about one dossier, as plain data. The
// renderer (ui/print) draws only from this struct, so forms can be tested with fixture builders and
// printed from the store (PrintableFromStore) or from a JSON file (`motcua print --from-json`).
// Times are absolute (QDateTime); they print in Asia/Ho_Chi_Minh local time.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::forms {

// Letterhead and place/date line of a printed form.
struct Letterhead {
    QString parentAgency; // "BỘ KHOA HỌC VÀ CÔNG NGHỆ" (printed upper-case)
    QString agency; // "CỤC TẦN SỐ VÔ TUYẾN ĐIỆN"
    QString desk; // "Bộ phận Tiếp nhận và Trả kết quả" (receiving body)
    QString place; // "Hà Nội"
    QDate date; // print date; invalid: today from Clock::current()
};

struct PrintableParty {
    QString kind = QStringLiteral("citizen"); // "citizen" | "business"
    QString name;
    QString idNumber; // CCCD/passport number, or tax code for a business
    QString address;
    QString phone;
    QString email;
};

struct PrintableComponent {
    QString name;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
    QString reason; // supplement request: what to add or correct
};

// One hand-off on the control slip.
struct PrintableHandover {
    QString fromUnit;
    QString toUnit;
    QDateTime at;
    QString handedBy;
    QString receivedBy;
    QString result; // "before" | "on_time" | "late" | "" (not yet judged)
    QString note;
};

struct PrintableFee {
    QString name;
    std::optional<qint64> amountVnd; // nullopt: not known (never invented)
};

// Account the fee notice's VietQR pays into (site section "payment").
struct PaymentAccount {
    QString bin;
    QString account;
    QString accountName;
};

struct PrintableDossier {
    Letterhead letterhead;
    QString code; // dossier code
    QString formSetId; // version pinned at receipt; empty: the set in force on the receipt date
    int bookNumber = 0;
    int serial = 0; // serial number in the tracking book

    PrintableParty submitter;
    std::optional<PrintableParty> owner; // when the owner is not the submitter

    QString procedureCode;
    QString procedureName;
    QString field;
    QString leadUnit;
    QStringList coordinatingUnits;

    QList<PrintableComponent> components;
    int sets = 1;
    QString timeLimitText; // "20 ngày làm việc"; empty: unknown
    QString feeCollection; // "Thu trước"
    QString returnMethod = QStringLiteral("desk"); // desk | post | online

    QDateTime received;
    QDateTime appointment; // invalid: to be announced
    QDateTime newAppointment; // apology: the new date
    QDateTime sentToUnit; // tracking book columns
    QDateTime resultBack;
    QDateTime returned;

    QString receivingOfficer;
    QString guidingOfficer;
    QString contactName;
    QString contactPhone;
    QString contactExt;
    QString rulesWhere; // where the applicant can read the rules
    QString reason; // supplement / refusal / delay / stop reason
    QString documentsFate; // stop notice: what happens to documents and fees
    QString note;

    QList<PrintableHandover> handovers;
    QList<PrintableFee> fees;
    PaymentAccount payment;
    QString paymentReference; // short ASCII transfer note (VietQR)
    QString lookupUrl; // status lookup URL for the receipt QR ("{code}" is replaced)
    // Central's public status page for this dossier, with its code and short secret (PublicLookup);
    // empty when the site has no central public_url. Comes before lookupUrl in the QR.
    QString publicLookupUrl;

    // Total of the known fee amounts; nullopt when any amount is unknown.
    std::optional<qint64> feeTotal() const;
    // The receipt QR payload: the public status page's URL, else the lookup URL with the code, else the
    // bare code.
    QString qrPayload() const;

    // JSON form used by `motcua print --from-json` and the fixtures (docs/forms.md).
    static Result<PrintableDossier> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// The tracking book of one period.
struct PrintableBook {
    Letterhead letterhead;
    QString formSetId;
    int bookNumber = 0;
    QDate from;
    QDate to;
    QList<PrintableDossier> entries;

    static Result<PrintableBook> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

} // namespace motcua::forms
