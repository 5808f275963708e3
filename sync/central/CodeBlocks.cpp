#include "sync/central/CodeBlocks.h"

#include "core/Clock.h"
#include "core/domain/DossierCode.h"
#include "core/store/Statement.h"
#include "sync/central/CentralState.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <sqlite3.h>

namespace motcua::sync {

using store::Statement;

namespace {

const char* const kCodeBlockSchema[] = {
    "CREATE TABLE IF NOT EXISTS code_slices(desk_id TEXT PRIMARY KEY, agency TEXT NOT NULL, first INTEGER NOT NULL, "
    " last INTEGER NOT NULL, at INTEGER NOT NULL) STRICT",
    "CREATE TABLE IF NOT EXISTS code_blocks(id INTEGER PRIMARY KEY, agency TEXT NOT NULL, day TEXT NOT NULL, "
    " desk_id TEXT NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL, at INTEGER NOT NULL, "
    " UNIQUE(agency, day, first)) STRICT",
    "CREATE INDEX IF NOT EXISTS code_blocks_desk ON code_blocks(desk_id, agency, day)",
};

// Rolls back unless committed: every early return of a leasing transaction leaves nothing behind.
struct BlockTransaction {
    CentralState& state;
    bool done = false;
    ~BlockTransaction()
    {
        if (!done)
            state.rollback();
    }
};

} // namespace

Status CodeBlocks::createTables(CentralState& state)
{
    for (const char* sql : kCodeBlockSchema)
        if (auto s = state.exec(sql); !s)
            return s;
    return {};
}

Status CodeBlocks::registerSlice(const QString& deskId, int first, int last, bool replace)
{
    if (auto s = m_state.begin(); !s)
        return s;
    BlockTransaction tx { m_state };
    if (auto s = registerSliceLocked(deskId, first, last, replace); !s)
        return s;
    if (auto s = m_state.commit(); !s)
        return s;
    tx.done = true;
    return {};
}

Status CodeBlocks::registerSliceLocked(const QString& deskId, int first, int last, bool replace)
{
    const QString agency = m_state.agencyOf(deskId);
    if (agency.isEmpty())
        return Error::notFound(
            QStringLiteral("desk"), tr("Unknown desk %1").arg(deskId), QStringLiteral("unknown_desk"));
    if (first < 1 || last < first || last >= kLeaseFirst)
        return Error::invalid(QStringLiteral("codes"),
            tr("A desk's static slice lies within 0001-%1 (the numbers from %2 are leased by central); %3-%4 does "
               "not. Correct the site setting \"codes\".")
                .arg(kLeaseFirst - 1, 4, 10, QLatin1Char('0'))
                .arg(kLeaseFirst)
                .arg(first, 4, 10, QLatin1Char('0'))
                .arg(last, 4, 10, QLatin1Char('0')),
            QStringLiteral("slice_outside"));
    Statement mine = m_state.prepare("SELECT first, last FROM code_slices WHERE desk_id = ?1");
    mine.bind(1, deskId);
    if (mine.step() == SQLITE_ROW && !replace) {
        if (mine.i32(0) == first && mine.i32(1) == last)
            return {};
        return Error::invalid(QStringLiteral("codes"),
            tr("Desk %1 registered the static slice %2-%3 before; it now reports %4-%5. Ask the central "
               "administrator to change it (motcua-central codes slice DESK_ID FIRST-LAST).")
                .arg(deskId)
                .arg(mine.i32(0))
                .arg(mine.i32(1))
                .arg(first)
                .arg(last),
            QStringLiteral("slice_changed"));
    }
    Statement other = m_state.prepare("SELECT desk_id, first, last FROM code_slices WHERE agency = ?1 AND desk_id <> "
                                      "?2 AND first <= ?4 AND last >= ?3 LIMIT 1");
    other.bind(1, agency).bind(2, deskId).bind(3, first).bind(4, last);
    if (other.step() == SQLITE_ROW)
        return Error::invalid(QStringLiteral("codes"),
            tr("The static slice %1-%2 overlaps desk %3's slice %4-%5 of agency %6; two desks of one agency would "
               "issue the same codes. Give the desks slices that do not overlap.")
                .arg(first)
                .arg(last)
                .arg(other.text(0))
                .arg(other.i32(1))
                .arg(other.i32(2))
                .arg(agency),
            QStringLiteral("slice_overlap"));
    Statement ins = m_state.prepare("INSERT INTO code_slices(desk_id, agency, first, last, at) VALUES(?1, ?2, ?3, "
                                    "?4, ?5) ON CONFLICT(desk_id) DO UPDATE SET agency = ?2, first = ?3, last = ?4");
    ins.bind(1, deskId).bind(2, agency).bind(3, first).bind(4, last).bindTime(5, Clock::current().nowUtc());
    if (ins.step() != SQLITE_DONE)
        return m_state.sqlError(tr("registering a static slice"));
    return {};
}

Result<QJsonObject> CodeBlocks::lease(
    const QString& deskId, const QString& agency, const QString& day, int size, int sliceFirst, int sliceLast)
{
    if (auto s = m_state.begin(); !s)
        return s.error();
    BlockTransaction tx { m_state };
    if (sliceFirst > 0)
        if (auto s = registerSliceLocked(deskId, sliceFirst, sliceLast); !s)
            return s.error();
    auto block = leaseLocked(deskId, agency, day, size);
    if (!block)
        return block.error();
    if (auto s = m_state.commit(); !s)
        return s.error();
    tx.done = true;
    return block;
}

Result<QJsonObject> CodeBlocks::leaseLocked(const QString& deskId, const QString& agency, const QString& day, int size)
{
    const QString own = m_state.agencyOf(deskId);
    if (own.isEmpty() || own != agency)
        return Error::permission(QStringLiteral("agency"),
            tr("Desk %1 issues codes of agency %2, not %3").arg(deskId, own, agency), QStringLiteral("agency"));
    const QDate today = Clock::current().now().date();
    const QDate date = QDate::fromString(QStringLiteral("20") + day, QStringLiteral("yyyyMMdd"));
    static const QRegularExpression six(QStringLiteral("^[0-9]{6}$"));
    if (!six.match(day).hasMatch() || !date.isValid() || date < today || date > today.addDays(1))
        return Error::invalid(QStringLiteral("day"),
            tr("A block is leased for today or tomorrow (yyMMdd, central's date %1), not \"%2\"")
                .arg(today.toString(QStringLiteral("yyMMdd")), day),
            QStringLiteral("day"));
    if (size < 1 || size > kMaxSize)
        return Error::invalid(
            QStringLiteral("size"), tr("A block has 1 to %1 numbers").arg(kMaxSize), QStringLiteral("size"));
    Statement top = m_state.prepare("SELECT max(last) FROM code_blocks WHERE agency = ?1 AND day = ?2");
    top.bind(1, agency).bind(2, day);
    if (top.step() != SQLITE_ROW)
        return m_state.sqlError(tr("leasing a code block"));
    const int first = std::max(kLeaseFirst, top.i32(0) + 1);
    (void)top.step();
    if (first > kLeaseLast)
        return Error::invalid(QStringLiteral("size"),
            tr("Every number of the leasing range %1-%2 of agency %3 is leased for %4; desks issue from their "
               "static slices")
                .arg(kLeaseFirst)
                .arg(kLeaseLast)
                .arg(agency, day),
            QStringLiteral("sequence_exhausted"));
    const int last = std::min(kLeaseLast, first + size - 1);
    Statement ins = m_state.prepare(
        "INSERT INTO code_blocks(agency, day, desk_id, first, last, at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    ins.bind(1, agency).bind(2, day).bind(3, deskId).bind(4, first).bind(5, last).bindTime(
        6, Clock::current().nowUtc());
    if (ins.step() != SQLITE_DONE)
        return m_state.sqlError(tr("leasing a code block"));
    return QJsonObject { { QStringLiteral("agency"), agency }, { QStringLiteral("day"), day },
        { QStringLiteral("first"), first }, { QStringLiteral("last"), last } };
}

Status CodeBlocks::checkRecord(const QString& deskId, const QJsonObject& envelope)
{
    if (envelope.value(QStringLiteral("service")).toString() != QLatin1String("DongBoHoSoMC"))
        return {}; // progress records follow a registration that was checked
    const QString text = envelope.value(QStringLiteral("data"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("MaHoSo"))
                             .toString();
    auto code = DossierCode::parse(text);
    if (!code)
        return {}; // RecordRules names the malformed code
    Statement slice = m_state.prepare("SELECT first, last FROM code_slices WHERE desk_id = ?1");
    slice.bind(1, deskId);
    bool enrolled = false;
    if (slice.step() == SQLITE_ROW) {
        enrolled = true;
        if (code->sequence >= slice.i32(0) && code->sequence <= slice.i32(1))
            return {};
    }
    const QString day = code->date.toString(QStringLiteral("yyMMdd"));
    Statement blocks = m_state.prepare("SELECT count(*), coalesce(sum(agency = ?2 AND day = ?3 AND ?4 BETWEEN first "
                                       "AND last), 0) FROM code_blocks WHERE desk_id = ?1");
    blocks.bind(1, deskId).bind(2, code->agency).bind(3, day).bind(4, code->sequence);
    if (blocks.step() != SQLITE_ROW)
        return m_state.sqlError(tr("checking a dossier code"));
    enrolled = enrolled || blocks.i64(0) > 0;
    if (!enrolled || blocks.i64(1) > 0)
        return {};
    return Error::invalid(QStringLiteral("MaHoSo"),
        tr("Dossier code %1: number %2 is neither in desk %3's static slice nor in a block central leased to it for "
           "that day; two desks could have issued it")
            .arg(text)
            .arg(code->sequence, 4, 10, QLatin1Char('0'))
            .arg(deskId),
        QStringLiteral("code_block"));
}

Result<QJsonObject> CodeBlocks::overview(const QString& agency)
{
    QJsonArray slices, blocks;
    Statement s = m_state.prepare(
        "SELECT desk_id, agency, first, last FROM code_slices WHERE ?1 = '' OR agency = ?1 ORDER BY agency, first");
    s.bind(1, agency);
    while (s.step() == SQLITE_ROW)
        slices.append(QJsonObject { { QStringLiteral("desk_id"), s.text(0) }, { QStringLiteral("agency"), s.text(1) },
            { QStringLiteral("first"), s.i32(2) }, { QStringLiteral("last"), s.i32(3) } });
    Statement b = m_state.prepare("SELECT desk_id, agency, day, first, last FROM code_blocks WHERE ?1 = '' OR agency = "
                                  "?1 ORDER BY agency, day, first");
    b.bind(1, agency);
    while (b.step() == SQLITE_ROW)
        blocks.append(QJsonObject { { QStringLiteral("desk_id"), b.text(0) }, { QStringLiteral("agency"), b.text(1) },
            { QStringLiteral("day"), b.text(2) }, { QStringLiteral("first"), b.i32(3) },
            { QStringLiteral("last"), b.i32(4) } });
    return QJsonObject { { QStringLiteral("lease_range"),
                             QJsonObject {
                                 { QStringLiteral("first"), kLeaseFirst }, { QStringLiteral("last"), kLeaseLast } } },
        { QStringLiteral("slices"), slices }, { QStringLiteral("blocks"), blocks } };
}

} // namespace motcua::sync
