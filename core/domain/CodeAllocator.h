// CodeAllocator: the policy that keeps two offline desks from issuing the same
// dossier code (docs/dossier-codes.md). Each desk owns a fixed slice of the
// daily 0001-9999 sequence space, set in its site file section "codes"
// {"first": 1, "last": 2999}; the central system keeps its own slice. The store
// keeps the durable counter per (agency, day) and asks next() inside the
// receiving transaction. When the slice is used up the desk refuses (error code
// "sequence_exhausted"); it never spills into another desk's numbers.
#pragma once

#include "core/Result.h"
#include "core/SiteConfig.h"

#include <QJsonObject>

#include <QDateTime>

namespace motcua {

struct CodeRange {
    int first = 1;
    int last = 9999;
};

class CodeAllocator
{
public:
    explicit CodeAllocator(CodeRange range);
    // Reads site section "codes" ({"first":..,"last":..}); absent section = the
    // whole 1..9999 range (a single-desk site). Errors name the field.
    static Result<CodeAllocator> fromSite(const SiteConfig& site);
    static Result<CodeAllocator> fromJson(const QJsonObject& codesSection);

    CodeRange range() const { return m_range; }
    // The sequence to issue after `lastIssued` (0 = none issued yet today by this
    // desk for this agency); Error code "sequence_exhausted" when the desk's
    // range for the day is used up.
    Result<int> next(int lastIssued) const;
    // Refuse when the desk clock looks wrong (now earlier than the last
    // issued/confirmed time). Error code "clock_behind".
    static Status checkClock(const QDateTime& nowUtc, const QDateTime& lastKnownUtc);

private:
    CodeRange m_range;
};

} // namespace motcua
