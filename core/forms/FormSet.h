// FormSet: the versioned, date-effective form sets of the one-stop desk (Circular 01/2018/TT-VPCP,
// Circular 03/2025/TT-VPCP, ...). Forms are keyed by meaning (receipt, refusal, ...), never by number;
// each version carries the printed number, title, legal-basis line, signer roles, slip-number pattern and
// the Vietnamese label texts of its templates. Loaded from ":/forms/formsets.json" or any JSON file.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::forms {

enum class FormKey {
    Receipt,
    SupplementRequest,
    Refusal,
    ControlSlip,
    ApologyExtension,
    StopProcessingNotice,
    TrackingBook,
    FeeNotice,
};

// All keys in a stable order.
QList<FormKey> allFormKeys();
// Configuration name of a key: "receipt", "supplement_request", ...
QString formKeyName(FormKey key);
// Accepts the configuration name and the CLI spelling ("supplement-request", "apology", "fee-notice").
std::optional<FormKey> formKeyFromName(const QString& name);
// The CLI spelling: "receipt", "supplement-request", "refusal", "control-slip", "apology", ...
QString formKeyCliName(FormKey key);

// One column of a table-shaped form (tracking book): what it shows and its relative width.
struct FormColumn {
    QString key; // "code", "applicant", "received", ...
    QString title; // printed header text
    double width = 1.0;
};

struct FormDefinition {
    FormKey key = FormKey::Receipt;
    bool exists = true; // false: the key has no form in this version (printed generically)
    QString number; // "01" (printed as the form_number label); empty: no number line
    QString title; // "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    QString legalBasis; // "Ban hành kèm theo Thông tư số ..."
    QStringList signerRoles; // signature blocks, left to right
    QString slipPattern; // "{code}/HDHS"; empty: no slip number
    bool landscape = false; // page orientation
    QList<FormColumn> columns; // table layout (tracking book)
    QString note; // provenance remark ("number unconfirmed")
};

class FormSetVersion
{
    Q_DECLARE_TR_FUNCTIONS(FormSetVersion)
public:
    QString id; // "TT03-2025"
    QString name; // human name of the set
    QDate validFrom;
    QDate validTo; // invalid: open-ended
    QMap<FormKey, FormDefinition> forms;
    QHash<QString, QString> labels; // label key -> Vietnamese template text with {placeholders}

    bool coversDate(QDate date) const;
    // The definition of a key; a generic one (exists = false) when the set lacks it.
    FormDefinition form(FormKey key) const;
    // A label with {name} placeholders filled; "[key]" when the label is missing.
    QString label(const QString& key, const QHash<QString, QString>& args = {}) const;
    // Slip number from the form's pattern: {code}, {serial}, {year}; empty when no pattern.
    QString slipNumber(FormKey key, const QString& dossierCode, int serial, int year) const;
};

class FormSetCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FormSetCatalog)
public:
    // The catalogue compiled into the program (resources/forms/formsets.json).
    static const FormSetCatalog& builtin();
    static Result<FormSetCatalog> fromJson(const QJsonObject& json);
    static Result<FormSetCatalog> load(const QString& path);

    const QList<FormSetVersion>& versions() const { return m_versions; }
    // The version in force on a date; nullptr when none covers it.
    const FormSetVersion* inForceOn(QDate date) const;
    const FormSetVersion* byId(const QString& id) const;
    // Resolution used by printing: an explicit id wins, else the set in force on the date.
    Result<FormSetVersion> resolve(const QString& explicitId, QDate date) const;

private:
    QList<FormSetVersion> m_versions;
};

} // namespace motcua::forms
