// CodeBlocks: the reference central's share of the day's dossier sequence (docs/central.md, "Code
// blocks"; docs/dossier-codes.md). Every desk of an agency has a static slice for working offline (the
// site's "codes" section, reported by the desk with each lease request); central hands out further
// blocks from the leasing range 5001-9999, which no static slice may touch. Blocks are handed out per
// (agency, day) inside one write transaction (BEGIN IMMEDIATE), so concurrent requests, even from two
// central processes on one data folder, never overlap. A registration record whose code's sequence lies
// outside the desk's static slice and outside every block leased to it is refused (checkRecord). Tables
// code_slices and code_blocks live in central.db beside CentralState's.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::sync {

class CentralState;

class CodeBlocks
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::CodeBlocks)

public:
    static constexpr int kLeaseFirst = 5001; // the leasing range; static slices lie in 1..kLeaseFirst-1
    static constexpr int kLeaseLast = 9999;
    static constexpr int kDefaultSize = 100;
    static constexpr int kMaxSize = 1000;

    explicit CodeBlocks(CentralState& state) : m_state(state) { }
    static Status createTables(CentralState& state); // CREATE TABLE IF NOT EXISTS, at open

    // Registers the desk's static slice (or checks it is the one registered): refused (Error::invalid,
    // field "codes", code "slice_overlap" or "slice_changed") when it overlaps another desk of the agency
    // or the leasing range, or differs from the one registered before. One transaction of its own.
    // `replace` (the administrator's command): a registered slice may change, still checked for overlaps.
    Status registerSlice(const QString& deskId, int first, int last, bool replace = false);
    // In one transaction: the static slice registered (when `sliceFirst` > 0), then the next block of
    // `size` numbers of (the desk's agency, day yyMMdd) leased to it: {"agency","day","first","last"}.
    // Errors name the field (agency, day, size, codes); "sequence_exhausted" when the range is used up.
    Result<QJsonObject> lease(const QString& deskId, const QString& agency, const QString& day, int size,
        int sliceFirst = 0, int sliceLast = 0);
    // A record (envelope) of `deskId`: refused (field MaHoSo, code "code_block") when its code's sequence is
    // outside the desk's static slice and every block leased to it. Desks that never registered a slice
    // nor leased a block are not checked (sites without leasing, docs/central.md).
    Status checkRecord(const QString& deskId, const QJsonObject& envelope);
    // The blocks leased so far (optionally one agency's), for the administrator.
    Result<QJsonObject> overview(const QString& agency = {});

private:
    Status registerSliceLocked(const QString& deskId, int first, int last, bool replace = false);
    Result<QJsonObject> leaseLocked(const QString& deskId, const QString& agency, const QString& day, int size);

    CentralState& m_state;
};

} // namespace motcua::sync
