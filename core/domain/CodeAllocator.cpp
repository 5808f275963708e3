#include "core/domain/CodeAllocator.h"

#include "core/DateFormat.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace motcua {

CodeAllocator::CodeAllocator(CodeRange range) : m_range(range) { }

Result<CodeAllocator> CodeAllocator::fromSite(const SiteConfig& site)
{
    return fromJson(site.section(QStringLiteral("codes")));
}

Result<CodeAllocator> CodeAllocator::fromJson(const QJsonObject& codes)
{
    CodeRange range;
    for (const char* key : { "first", "last" }) {
        const QJsonValue v = codes.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != static_cast<int>(d) || d < 1 || d > 9999)
            return Error::invalid(QStringLiteral("codes.") + QLatin1String(key),
                QCoreApplication::translate("motcua::CodeAllocator",
                    "Site setting codes.%1 must be a whole number from 1 to 9999. "
                    "Ask the administrator to correct the site file.")
                    .arg(QLatin1String(key)),
                QStringLiteral("bad_range"));
        (QLatin1String(key) == QLatin1String("first") ? range.first : range.last) = static_cast<int>(d);
    }
    if (range.first > range.last)
        return Error::invalid(QStringLiteral("codes"),
            QCoreApplication::translate("motcua::CodeAllocator",
                "Site setting codes.first (%1) is greater than codes.last (%2). "
                "Ask the administrator to correct the site file.")
                .arg(range.first)
                .arg(range.last),
            QStringLiteral("bad_range"));
    return CodeAllocator(range);
}

Result<int> CodeAllocator::next(int lastIssued) const
{
    // Numbers below the desk's slice (e.g. a counter carried over from before the slice was set) are
    // ignored: the desk continues at the start of its own slice.
    const int candidate = lastIssued < m_range.first ? m_range.first : lastIssued + 1;
    if (candidate > m_range.last)
        return Error::invalid(QStringLiteral("sequence"),
            QCoreApplication::translate("motcua::CodeAllocator",
                "This desk has issued every dossier number of its range %1-%2 for today. Issue the code "
                "from the central system when it is reachable, or ask the administrator to give this "
                "desk a further range (site setting \"codes\").")
                .arg(m_range.first, 4, 10, QLatin1Char('0'))
                .arg(m_range.last, 4, 10, QLatin1Char('0')),
            QStringLiteral("sequence_exhausted"));
    return candidate;
}

Status CodeAllocator::checkClock(const QDateTime& nowUtc, const QDateTime& lastKnownUtc)
{
    if (!nowUtc.isValid())
        return Error::environment(QStringLiteral("clock"),
            QCoreApplication::translate("motcua::CodeAllocator",
                "The computer clock gives no valid time. Set the date and time "
                "before receiving dossiers."),
            QStringLiteral("clock_invalid"));
    if (lastKnownUtc.isValid() && nowUtc < lastKnownUtc)
        return Error::environment(QStringLiteral("clock"),
            QCoreApplication::translate("motcua::CodeAllocator",
                "The computer clock (%1) is earlier than the last time this desk issued or confirmed a "
                "code (%2). The date is part of the dossier code, so no code is issued: correct the "
                "date and time of this computer, then try again.")
                .arg(displayDateTime(nowUtc), displayDateTime(lastKnownUtc)),
            QStringLiteral("clock_behind"));
    return {};
}

} // namespace motcua
