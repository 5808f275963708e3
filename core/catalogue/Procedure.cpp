#include "core/catalogue/Procedure.h"

#include "core/domain/DueDate.h"

#include <QJsonArray>

namespace motcua::catalogue {

namespace {

const QStringList kKnownKeys = { QStringLiteral("code"), QStringLiteral("name_vi"), QStringLiteral("field"),
    QStringLiteral("agency"), QStringLiteral("time_limit"), QStringLiteral("channels"), QStringLiteral("components"),
    QStringLiteral("fees"), QStringLiteral("legal_basis"), QStringLiteral("verified"), QStringLiteral("source"),
    QStringLiteral("replaces") };
const QStringList kUnits
    = { QStringLiteral("working_days"), QStringLiteral("days"), QStringLiteral("hours"), QStringLiteral("same_day") };
const QStringList kChannels = { QStringLiteral("desk"), QStringLiteral("postal"), QStringLiteral("online") };

Error bad(const QString& code, const QString& field, const QString& what)
{
    return Error::invalid(field,
        Procedure::tr("Procedure %1: %2 is invalid (%3); correct the catalogue file").arg(code, field, what),
        QStringLiteral("catalogue_invalid"));
}

std::optional<int> optInt(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

QJsonValue fromOpt(const std::optional<int>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

bool ProcedureTimeLimit::isKnown() const
{
    return TimeLimit::fromCatalogueJson(raw).isKnown();
}

QJsonObject ProcedureTimeLimit::toJson() const
{
    QJsonObject o = raw;
    o.insert(QStringLiteral("value"), fromOpt(value));
    o.insert(QStringLiteral("unit"), unit.isEmpty() ? QJsonValue() : QJsonValue(unit));
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

Result<Procedure> Procedure::fromJson(const QJsonObject& e)
{
    Procedure p;
    p.code = e.value(QStringLiteral("code")).toString().trimmed();
    if (p.code.isEmpty())
        return Error::invalid(QStringLiteral("code"),
            tr("A catalogue entry has no \"code\"; give every procedure its national "
               "code or a LOCAL- placeholder"),
            QStringLiteral("catalogue_invalid"));
    for (auto it = e.begin(); it != e.end(); ++it)
        if (!kKnownKeys.contains(it.key()))
            return bad(p.code, it.key(), tr("unknown key"));
    p.name = e.value(QStringLiteral("name_vi")).toString().trimmed();
    if (p.name.isEmpty())
        return bad(p.code, QStringLiteral("name_vi"), tr("missing"));
    p.field = e.value(QStringLiteral("field")).toString();
    p.agency = e.value(QStringLiteral("agency")).toString();
    p.verified = e.value(QStringLiteral("verified")).toBool(false);
    p.source = e.value(QStringLiteral("source")).toString();

    const QJsonValue tl = e.value(QStringLiteral("time_limit"));
    if (tl.isObject()) {
        const QJsonObject t = tl.toObject();
        const QJsonValue v = t.value(QStringLiteral("value"));
        if (!v.isNull() && !v.isUndefined() && (!v.isDouble() || v.toInt() < 0))
            return bad(p.code, QStringLiteral("time_limit.value"), tr("not a non-negative number"));
        p.timeLimit.value = optInt(v);
        p.timeLimit.unit = t.value(QStringLiteral("unit")).toString();
        if (!p.timeLimit.unit.isEmpty() && !kUnits.contains(p.timeLimit.unit))
            return bad(p.code, QStringLiteral("time_limit.unit"), tr("expected working_days, days, hours or same_day"));
        p.timeLimit.note = t.value(QStringLiteral("note")).toString();
        p.timeLimit.raw = t;
    } else if (!tl.isNull() && !tl.isUndefined()) {
        return bad(p.code, QStringLiteral("time_limit"), tr("not an object"));
    }

    const QJsonValue ch = e.value(QStringLiteral("channels"));
    if (ch.isArray()) {
        QStringList list;
        for (const QJsonValue& c : ch.toArray()) {
            if (!kChannels.contains(c.toString()))
                return bad(p.code, QStringLiteral("channels"), tr("expected desk, postal or online"));
            list << c.toString();
        }
        p.channels = list;
    }

    const QJsonValue comps = e.value(QStringLiteral("components"));
    if (comps.isArray()) {
        QList<Component> list;
        for (const QJsonValue& cv : comps.toArray()) {
            const QJsonObject c = cv.toObject();
            Component k { c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("name_vi")).toString(),
                optInt(c.value(QStringLiteral("originals"))), optInt(c.value(QStringLiteral("copies"))) };
            if (k.id.isEmpty() || k.name.isEmpty())
                return bad(p.code, QStringLiteral("components"), tr("a component lacks id or name_vi"));
            for (const Component& other : list)
                if (other.id == k.id)
                    return bad(p.code, QStringLiteral("components"), tr("duplicate id %1").arg(k.id));
            list << k;
        }
        p.components = list;
    }

    const QJsonValue fees = e.value(QStringLiteral("fees"));
    if (fees.isArray()) {
        QList<Fee> list;
        for (const QJsonValue& fv : fees.toArray()) {
            const QJsonObject f = fv.toObject();
            const QJsonValue a = f.value(QStringLiteral("amount_vnd"));
            Fee fee { f.value(QStringLiteral("name_vi")).toString(),
                a.isDouble() ? std::optional<qint64>(qint64(a.toDouble())) : std::nullopt,
                f.value(QStringLiteral("note")).toString() };
            list << fee;
        }
        p.fees = list;
    }
    const QJsonValue lb = e.value(QStringLiteral("legal_basis"));
    if (lb.isArray()) {
        QStringList list;
        for (const QJsonValue& l : lb.toArray())
            list << l.toString();
        p.legalBasis = list;
    }
    p.raw = e;
    return p;
}

QJsonObject Procedure::toJson() const
{
    QJsonObject o = raw;
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("name_vi"), name);
    return o;
}

QStringList Procedure::missingFields() const
{
    QStringList missing;
    if (isLocalPlaceholderCode())
        missing << QStringLiteral("code");
    if (!timeLimit.isKnown())
        missing << QStringLiteral("time_limit");
    if (!channels)
        missing << QStringLiteral("channels");
    if (!components) {
        missing << QStringLiteral("components");
    } else {
        for (const Component& c : *components)
            if (!c.originals || !c.copies) {
                missing << QStringLiteral("components.counts");
                break;
            }
    }
    if (!fees)
        missing << QStringLiteral("fees");
    if (!legalBasis)
        missing << QStringLiteral("legal_basis");
    return missing;
}

bool Procedure::acceptsChannel(const QString& channel) const
{
    return !channels || channels->contains(channel);
}

const Component* Procedure::component(const QString& id) const
{
    if (!components)
        return nullptr;
    for (const Component& c : *components)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace motcua::catalogue
