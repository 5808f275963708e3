#include "core/audit/AuditChain.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAudit, "motcua.core.audit")

namespace motcua::audit {

namespace {

constexpr qint64 kMaxDeletedFindings = 1000; // per gap; the rest is summed up in one finding

const QString kEdited = QStringLiteral("edited");
const QString kDeleted = QStringLiteral("deleted");
const QString kReordered = QStringLiteral("reordered");
const QString kInserted = QStringLiteral("inserted");

// Indices (into `seqs`) of one longest strictly increasing subsequence, O(n log n).
QSet<int> longestIncreasing(const QList<qint64>& seqs)
{
    QList<int> tailIdx; // index of the smallest tail of an increasing run of each length
    QList<int> parent(seqs.size(), -1);
    for (int i = 0; i < seqs.size(); ++i) {
        auto it = std::lower_bound(
            tailIdx.begin(), tailIdx.end(), seqs[i], [&](int idx, qint64 v) { return seqs[idx] < v; });
        const int len = int(it - tailIdx.begin());
        parent[i] = len > 0 ? tailIdx[len - 1] : -1;
        if (it == tailIdx.end())
            tailIdx.append(i);
        else
            *it = i;
    }
    QSet<int> keep;
    for (int i = tailIdx.isEmpty() ? -1 : tailIdx.last(); i >= 0; i = parent[i])
        keep.insert(i);
    return keep;
}

} // namespace

QByteArray AuditChain::genesisHash()
{
    return QByteArray(64, '0');
}

QString AuditChain::formatTime(const QDateTime& atUtc)
{
    if (!atUtc.isValid())
        return {};
    return atUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime AuditChain::parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QByteArray AuditChain::formatDetails(const QJsonObject& details)
{
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

QJsonObject AuditChain::parseDetails(const QByteArray& text)
{
    if (text.trimmed().isEmpty())
        return {};
    return QJsonDocument::fromJson(text).object();
}

QByteArray AuditChain::canonicalBytes(const AuditRecord& r)
{
    // A JSON array: every field is delimited and escaped, so no two different records share bytes.
    // QJsonObject keeps its keys sorted, so details are canonical too. seq is a string so that no
    // double conversion can ever round it.
    const QJsonArray fields { QStringLiteral("motcua-audit-v1"), QString::number(r.seq), formatTime(r.atUtc), r.actor,
        r.action, r.entity, r.entityId, r.details, QString::fromLatin1(r.prevHash) };
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QByteArray AuditChain::computeHash(const AuditRecord& record)
{
    return QCryptographicHash::hash(canonicalBytes(record), QCryptographicHash::Sha256).toHex();
}

AuditRecord AuditChain::seal(AuditRecord record, const Head& head)
{
    record.seq = head.seq + 1;
    record.prevHash = head.hash.isEmpty() ? genesisHash() : head.hash;
    // Hash exactly what the store will read back: UTC, milliseconds.
    record.atUtc = parseTime(formatTime(record.atUtc));
    record.hash = computeHash(record);
    return record;
}

AuditRecord AuditChain::seal(AuditRecord record, const std::optional<AuditRecord>& previous)
{
    return seal(std::move(record), previous ? headOf(*previous) : emptyHead());
}

QList<AuditChain::Finding> AuditChain::verify(const QList<AuditRecord>& rows, const std::optional<Head>& expectedHead)
{
    const int n = int(rows.size());
    QList<Finding> findings;
    auto add = [&](qint64 seq, const QString& problem, const QString& message, qint64 position) {
        findings.append(Finding { seq, problem, message, position });
    };

    // 1. Each row against its own hash.
    QList<QByteArray> computed(n);
    QList<bool> selfOk(n);
    QMultiHash<QByteArray, int> byHash, byPrev;
    for (int i = 0; i < n; ++i) {
        computed[i] = computeHash(rows[i]);
        selfOk[i] = computed[i] == rows[i].hash;
        byHash.insert(rows[i].hash, i);
        byPrev.insert(rows[i].prevHash, i);
    }

    // 2. Where each row belongs in the chain. A row whose own hash fails may have had its seq edited:
    // recover its place from its neighbours' links (its stored hash or prevHash are still intact).
    QList<qint64> effSeq(n);
    for (int i = 0; i < n; ++i) {
        effSeq[i] = rows[i].seq;
        if (selfOk[i])
            continue;
        std::optional<qint64> recovered;
        for (int q : byPrev.values(rows[i].hash))
            if (q != i && selfOk[q])
                recovered = rows[q].seq - 1;
        if (!recovered) {
            if (rows[i].prevHash == genesisHash())
                recovered = 1;
            else
                for (int p : byHash.values(rows[i].prevHash))
                    if (p != i && selfOk[p])
                        recovered = rows[p].seq + 1;
        }
        if (recovered && *recovered >= 1)
            effSeq[i] = *recovered;
    }

    // 3. Inserted rows: impossible seq, beyond the stored head, or a second row claiming a seq.
    QList<bool> inserted(n, false);
    const qint64 headSeq = expectedHead ? expectedHead->seq : -1;
    QMap<qint64, QList<int>> bySeq;
    for (int i = 0; i < n; ++i) {
        if (effSeq[i] < 1 || (expectedHead && effSeq[i] > headSeq)) {
            inserted[i] = true;
            add(rows[i].seq, kInserted,
                effSeq[i] < 1 ? tr("Audit row %1 (position %2) has an impossible sequence number: it was added "
                                   "outside the program.")
                                    .arg(rows[i].seq)
                                    .arg(i + 1)
                              : tr("Audit row %1 (position %2) comes after the last row the program recorded "
                                   "(%3): it was added outside the program.")
                                    .arg(rows[i].seq)
                                    .arg(i + 1)
                                    .arg(headSeq),
                i);
            continue;
        }
        bySeq[effSeq[i]].append(i);
    }
    auto linksBack = [&](int i) {
        if (effSeq[i] == 1)
            return rows[i].prevHash == genesisHash();
        for (int p : bySeq.value(effSeq[i] - 1))
            if (rows[p].hash == rows[i].prevHash || computed[p] == rows[i].prevHash)
                return true;
        return false;
    };
    auto linksForward = [&](int i) {
        if (expectedHead && effSeq[i] == headSeq)
            return expectedHead->hash == rows[i].hash;
        for (int q : bySeq.value(effSeq[i] + 1))
            if (rows[q].prevHash == rows[i].hash || rows[q].prevHash == computed[i])
                return true;
        return false;
    };
    QMap<qint64, int> kept; // seq -> position of the genuine row
    for (auto it = bySeq.cbegin(); it != bySeq.cend(); ++it) {
        const QList<int>& group = it.value();
        int best = group.first(), bestScore = -1;
        for (int i : group) {
            const int score = int(selfOk[i]) * 4 + int(linksBack(i)) * 2 + int(linksForward(i)) * 2;
            if (score > bestScore) { // ties: the earlier stored row is the original
                best = i;
                bestScore = score;
            }
        }
        kept.insert(it.key(), best);
        for (int i : group)
            if (i != best) {
                inserted[i] = true;
                add(rows[i].seq, kInserted,
                    tr("Audit row %1 at position %2 is a second row with the same sequence number as "
                       "the row at position %3: it was added outside the program.")
                        .arg(rows[i].seq)
                        .arg(i + 1)
                        .arg(best + 1),
                    i);
            }
    }

    // 4. Deleted rows: gaps in 1..last (last = the stored head when given).
    qint64 last = kept.isEmpty() ? 0 : kept.lastKey();
    if (expectedHead)
        last = std::max(last, headSeq);
    qint64 expect = 1;
    auto gapMessage = [&](qint64 s, qint64 from, qint64 to) {
        const bool hasBefore = from > 1;
        const bool hasAfter = kept.contains(to + 1);
        if (hasBefore && hasAfter)
            return tr("Audit row %1 is missing (between rows %2 and %3): it was deleted.")
                .arg(s)
                .arg(from - 1)
                .arg(to + 1);
        if (hasAfter)
            return tr("Audit row %1 is missing (before row %2): it was deleted.").arg(s).arg(to + 1);
        if (hasBefore)
            return tr("Audit row %1 is missing (after row %2; the program recorded %3 rows): it was "
                      "deleted.")
                .arg(s)
                .arg(from - 1)
                .arg(last);
        return tr("Audit row %1 is missing (the program recorded %2 rows): it was deleted.").arg(s).arg(last);
    };
    auto reportGap = [&](qint64 from, qint64 to) { // missing from..to inclusive
        for (qint64 s = from; s <= to && s - from < kMaxDeletedFindings; ++s)
            add(s, kDeleted, gapMessage(s, from, to), -1);
        if (to - from + 1 > kMaxDeletedFindings)
            add(from + kMaxDeletedFindings, kDeleted,
                tr("Audit rows %1 to %2 are missing too: they were deleted.").arg(from + kMaxDeletedFindings).arg(to),
                -1);
    };
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        if (it.key() > expect)
            reportGap(expect, it.key() - 1);
        expect = it.key() + 1;
    }
    if (last >= expect)
        reportGap(expect, last);

    // 5. Edited rows: own hash wrong, or re-sealed so that the next row no longer links to it.
    QSet<int> edited;
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        const int i = it.value();
        if (selfOk[i])
            continue;
        edited.insert(i);
        add(effSeq[i], kEdited,
            effSeq[i] != rows[i].seq
                ? tr("Audit row %1 (position %2) was changed: its sequence number now reads %3 and "
                     "its content no longer matches its hash.")
                      .arg(effSeq[i])
                      .arg(i + 1)
                      .arg(rows[i].seq)
                : tr("Audit row %1 (position %2) was changed: its content no longer matches its hash.")
                      .arg(rows[i].seq)
                      .arg(i + 1),
            i);
    }
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        const int i = it.value();
        if (edited.contains(i))
            continue;
        const qint64 s = it.key();
        if (s == 1 && rows[i].prevHash != genesisHash()) {
            edited.insert(i);
            add(rows[i].seq, kEdited,
                tr("Audit row 1 (position %1) was changed and re-sealed: it no longer starts the "
                   "chain.")
                    .arg(i + 1),
                i);
            continue;
        }
        // Does the next row (when present and itself intact) still record this row's hash?
        const auto next = kept.constFind(s + 1);
        if (next != kept.cend()) {
            const int q = next.value();
            if (!edited.contains(q) && rows[q].prevHash != rows[i].hash && rows[q].prevHash != computed[i]) {
                edited.insert(i);
                add(rows[i].seq, kEdited,
                    tr("Audit row %1 (position %2) was changed and re-sealed: its hash differs from "
                       "the one recorded by row %3.")
                        .arg(rows[i].seq)
                        .arg(i + 1)
                        .arg(s + 1),
                    i);
            }
        } else if (expectedHead && s == headSeq && expectedHead->hash != rows[i].hash) {
            edited.insert(i);
            add(rows[i].seq, kEdited,
                tr("Audit row %1 (position %2) is the last row but its hash differs from the head "
                   "the program stored: the row was changed and re-sealed, or the head was altered.")
                    .arg(rows[i].seq)
                    .arg(i + 1),
                i);
        }
    }

    // 6. Reordered rows: stored order must be seq order. A swap of two rows names both; otherwise
    // the rows outside the longest run in order are the ones that moved.
    QList<int> order = kept.values(); // positions of genuine rows, in seq order
    std::sort(order.begin(), order.end()); // -> in stored order
    QList<qint64> stored;
    for (int i : order)
        stored.append(effSeq[i]);
    QList<qint64> sorted = stored;
    std::sort(sorted.begin(), sorted.end());
    if (stored != sorted) {
        QList<int> misplaced;
        for (int k = 0; k < stored.size(); ++k)
            if (stored[k] != sorted[k])
                misplaced.append(k);
        if (misplaced.size() != 2) {
            const QSet<int> keep = longestIncreasing(stored);
            misplaced.clear();
            for (int k = 0; k < stored.size(); ++k)
                if (!keep.contains(k))
                    misplaced.append(k);
        }
        for (int k : misplaced) {
            const int i = order[k];
            add(effSeq[i], kReordered,
                k > 0 ? tr("Audit row %1 is out of order: it is stored at position %2, after row %3.")
                            .arg(effSeq[i])
                            .arg(i + 1)
                            .arg(effSeq[order[k - 1]])
                      : tr("Audit row %1 is out of order: it is stored first.").arg(effSeq[i]),
                i);
        }
    }

    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding& a, const Finding& b) { return a.seq != b.seq ? a.seq < b.seq : a.position < b.position; });
    if (!findings.isEmpty())
        qCWarning(lcAudit) << "audit chain verification found" << findings.size() << "problem(s)";
    return findings;
}

} // namespace motcua::audit
