// Procedure: one version of an administrative procedure from the catalogue (thủ tục hành chính), as the
// desk needs it: components with counts, time limit, fees, channels and processing unit. null in the
// seed means "unknown", so every such value is optional here and an incomplete procedure says why.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::catalogue {

struct Component {
    QString id;
    QString name;
    std::optional<int> originals; // nullopt = unknown
    std::optional<int> copies; // certified copies / copies as published (unknown when nullopt)
};

struct Fee {
    QString name;
    std::optional<qint64> amountVnd; // nullopt = set by a fee notice (never invented)
    QString note;
};

struct ProcedureTimeLimit {
    std::optional<int> value;
    QString unit; // "working_days" | "days" | "hours" | "same_day" | "" (unknown)
    QString note;
    QJsonObject raw; // as imported; may carry chained "stages" (see core/domain/DueDate.h)
    bool isKnown() const; // TimeLimit::fromCatalogueJson(raw).isKnown()
    QJsonObject toJson() const;
};

class Procedure
{
    Q_DECLARE_TR_FUNCTIONS(Procedure)
public:
    qint64 rowId = 0; // row in the store (0 before import)
    int version = 0; // 1, 2, ... per code
    QDate validFrom;
    QDate validTo; // invalid = open-ended
    QString code; // national code "1.011892" or local placeholder "LOCAL-RF-001"
    QString name;
    QString field;
    QString agency; // processing unit
    ProcedureTimeLimit timeLimit;
    std::optional<QStringList> channels; // "desk" "postal" "online"; nullopt = unknown
    std::optional<QList<Component>> components;
    std::optional<QList<Fee>> fees;
    std::optional<QStringList> legalBasis;
    bool verified = false;
    QString source;
    QJsonObject raw; // the entry as imported

    // Parses one entry of the seed format (resources/procedures.json); errors name the key.
    static Result<Procedure> fromJson(const QJsonObject& entry);
    QJsonObject toJson() const; // the seed format (round-trips fromJson)

    bool isLocalPlaceholderCode() const { return code.startsWith(QLatin1String("LOCAL-")); }
    // What is unknown about this procedure ("time_limit", "components", "fees", "channels", "code"...).
    QStringList missingFields() const;
    bool isComplete() const { return missingFields().isEmpty(); }
    bool acceptsChannel(const QString& channel) const; // unknown channels accept every channel
    const Component* component(const QString& id) const;
};

} // namespace motcua::catalogue
