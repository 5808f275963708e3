#include "core/audit/AuditChain.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <type_traits>
#include <vector>

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

// Appends `s` as a JSON string, byte for byte as QJsonDocument writes it: plain text (no control
// characters, quotes, backslashes or surrogates) is its UTF-8; anything else goes through QJsonDocument.
void appendJsonString(QByteArray& out, const QString& s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || c.isSurrogate()) {
            const QByteArray j = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact); // ["..."]
            out += QByteArrayView(j).sliced(1, j.size() - 2);
            return;
        }
    }
    out += '"';
    out += s.toUtf8();
    out += '"';
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ" in UTC; empty for an invalid time. Computed from the epoch milliseconds
// (civil-from-days) because QDateTime::toString is slow; years outside 1..9999 use Qt.
QByteArray timeBytes(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    const qint64 ms = t.toMSecsSinceEpoch();
    constexpr qint64 kDayMs = 86'400'000;
    qint64 days = ms / kDayMs;
    qint64 rem = ms % kDayMs;
    if (rem < 0) {
        rem += kDayMs;
        days -= 1;
    }
    // Howard Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    if (y < 1 || y > 9999)
        return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", int(y), int(m), int(d), int(rem / 3'600'000),
        int(rem / 60'000 % 60), int(rem / 1000 % 60), int(rem % 1000));
    return QByteArray(buf);
}

} // namespace

QByteArray AuditChain::genesisHash()
{
    return QByteArray(64, '0');
}

QString AuditChain::formatTime(const QDateTime& atUtc)
{
    return QString::fromLatin1(timeBytes(atUtc));
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
    // double conversion can ever round it. Written by hand (the same bytes QJsonDocument writes for
    // this array, see appendJsonString) because this runs once per row of `audit verify`.
    QByteArray out;
    out.reserve(256);
    out += "[\"motcua-audit-v1\",\"";
    out += QByteArray::number(r.seq);
    out += "\",\"";
    out += timeBytes(r.atUtc);
    out += "\",";
    appendJsonString(out, r.actor);
    out += ',';
    appendJsonString(out, r.action);
    out += ',';
    appendJsonString(out, r.entity);
    out += ',';
    appendJsonString(out, r.entityId);
    out += ',';
    out += QJsonDocument(r.details).toJson(QJsonDocument::Compact);
    out += ',';
    appendJsonString(out, QString::fromLatin1(r.prevHash));
    out += ']';
    return out;
}

QByteArray AuditChain::computeHash(const AuditRecord& record)
{
    // libsodium's SHA-256 is about twice as fast as QCryptographicHash's here, and core links it
    // anyway; the digest is the same (checked by the golden vector test).
    static const bool sodiumReady = sodium_init() >= 0;
    const QByteArray bytes = canonicalBytes(record);
    if (!sodiumReady)
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.constData()),
        static_cast<unsigned long long>(bytes.size()));
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
}

QByteArray AuditChain::computeHash(const AuditRecord& record, const Key& key)
{
    if (!key.covers(record.seq) || sodium_init() < 0)
        return computeHash(record);
    const QByteArray bytes = canonicalBytes(record);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(
        &state, reinterpret_cast<const unsigned char*>(key.secret.constData()), size_t(key.secret.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
        static_cast<unsigned long long>(bytes.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    return QByteArray(reinterpret_cast<const char*>(mac), sizeof mac).toHex();
}

AuditRecord AuditChain::seal(AuditRecord record, const Head& head)
{
    return seal(std::move(record), head, Key {});
}

AuditRecord AuditChain::seal(AuditRecord record, const Head& head, const Key& key)
{
    record.seq = head.seq + 1;
    record.prevHash = head.hash.isEmpty() ? genesisHash() : head.hash;
    // Hash exactly what the store will read back: UTC, milliseconds.
    if (record.atUtc.isValid())
        record.atUtc = QDateTime::fromMSecsSinceEpoch(record.atUtc.toMSecsSinceEpoch(), Qt::UTC);
    record.hash = computeHash(record, key);
    return record;
}

AuditRecord AuditChain::seal(AuditRecord record, const std::optional<AuditRecord>& previous)
{
    return seal(std::move(record), previous ? headOf(*previous) : emptyHead());
}

namespace {

// One verification of a chain, one function per pass (see AuditChain::verify). The passes share what
// the earlier ones learnt: each row's computed hash, its place in the chain, the genuine row of each seq.
class ChainVerifier
{
public:
    ChainVerifier(
        const QList<AuditRecord>& rows, const std::optional<AuditChain::Head>& expectedHead, const AuditChain::Key& key)
        : m_rows(rows),
          m_key(key),
          m_head(expectedHead),
          m_n(int(rows.size())),
          m_genesis(AuditChain::genesisHash()),
          m_headSeq(expectedHead ? expectedHead->seq : -1)
    { }

    QList<AuditChain::Finding> run()
    {
        hashRows();
        recoverPlaces();
        findInserted();
        findDeleted();
        findEdited();
        findReordered();
        return m_findings;
    }

private:
    using Range = std::pair<std::vector<int>::const_iterator, std::vector<int>::const_iterator>;

    void add(qint64 seq, const QString& problem, const QString& message, qint64 position)
    {
        m_findings.append(AuditChain::Finding { seq, problem, message, position });
    }

    void hashRows();
    void recoverPlaces();
    std::optional<qint64> recoverPlace(
        int i, const QMultiHash<QByteArray, int>& byHash, const QMultiHash<QByteArray, int>& byPrev) const;
    void findInserted();
    Range withSeq(qint64 seq) const; // the candidates claiming `seq`
    bool linksBack(int i) const;
    bool linksForward(int i) const;
    int genuineOf(std::size_t g, std::size_t e); // the genuine row among cand[g..e) of one seq
    void findDeleted();
    QString gapMessage(qint64 s, qint64 from, qint64 to, bool hasAfter, qint64 last) const;
    void reportGap(qint64 from, qint64 to, bool hasAfter, qint64 last);
    void findEdited();
    bool findResealed(std::size_t k);
    void findReordered();

    const QList<AuditRecord>& m_rows;
    const AuditChain::Key& m_key;
    const std::optional<AuditChain::Head>& m_head;
    const int m_n;
    const QByteArray m_genesis;
    const qint64 m_headSeq;
    std::vector<QByteArray> m_computed;
    std::vector<bool> m_selfOk;
    bool m_allSelfOk = true;
    std::vector<qint64> m_effSeq; // where each row belongs in the chain
    std::vector<int> m_cand; // rows that may be genuine, sorted by (seq, stored position)
    std::vector<int> m_kept; // position of the genuine row of each seq, in seq order
    std::vector<bool> m_edited;
    QList<AuditChain::Finding> m_findings;
};

// 1. Each row against its own hash.
void ChainVerifier::hashRows()
{
    m_computed.resize(m_n);
    m_selfOk.resize(m_n);
    for (int i = 0; i < m_n; ++i) {
        m_computed[i] = AuditChain::computeHash(m_rows[i], m_key);
        m_selfOk[i] = m_computed[i] == m_rows[i].hash;
        m_allSelfOk = m_allSelfOk && m_selfOk[i];
    }
}

// 2. Where each row belongs in the chain. A row whose own hash fails may have had its seq edited:
// recover its place from its neighbours' links (its stored hash or prevHash are still intact).
void ChainVerifier::recoverPlaces()
{
    m_effSeq.resize(m_n);
    for (int i = 0; i < m_n; ++i)
        m_effSeq[i] = m_rows[i].seq;
    if (m_allSelfOk)
        return;
    QMultiHash<QByteArray, int> byHash, byPrev;
    for (int i = 0; i < m_n; ++i) {
        byHash.insert(m_rows[i].hash, i);
        byPrev.insert(m_rows[i].prevHash, i);
    }
    for (int i = 0; i < m_n; ++i) {
        if (m_selfOk[i])
            continue;
        const std::optional<qint64> recovered = recoverPlace(i, byHash, byPrev);
        if (recovered && *recovered >= 1)
            m_effSeq[i] = *recovered;
    }
}

std::optional<qint64> ChainVerifier::recoverPlace(
    int i, const QMultiHash<QByteArray, int>& byHash, const QMultiHash<QByteArray, int>& byPrev) const
{
    std::optional<qint64> recovered;
    const AuditRecord& row = m_rows[i];
    for (auto it = byPrev.constFind(row.hash); it != byPrev.cend() && it.key() == row.hash; ++it)
        if (it.value() != i && m_selfOk[it.value()])
            recovered = m_rows[it.value()].seq - 1;
    if (recovered)
        return recovered;
    if (row.prevHash == m_genesis)
        return 1;
    for (auto it = byHash.constFind(row.prevHash); it != byHash.cend() && it.key() == row.prevHash; ++it)
        if (it.value() != i && m_selfOk[it.value()])
            recovered = m_rows[it.value()].seq + 1;
    return recovered;
}

// 3. Inserted rows: impossible seq, beyond the stored head, or a second row claiming a seq.
void ChainVerifier::findInserted()
{
    m_cand.reserve(m_n);
    for (int i = 0; i < m_n; ++i) {
        if (m_effSeq[i] < 1 || (m_head && m_effSeq[i] > m_headSeq)) {
            add(m_rows[i].seq, kInserted,
                m_effSeq[i] < 1
                    ? AuditChain::tr("Audit row %1 (position %2) has an impossible sequence number: it was added "
                                     "outside the program.")
                          .arg(m_rows[i].seq)
                          .arg(i + 1)
                    : AuditChain::tr("Audit row %1 (position %2) comes after the last row the program recorded "
                                     "(%3): it was added outside the program.")
                          .arg(m_rows[i].seq)
                          .arg(i + 1)
                          .arg(m_headSeq),
                i);
            continue;
        }
        m_cand.push_back(i);
    }
    std::stable_sort(m_cand.begin(), m_cand.end(), [&](int a, int b) { return m_effSeq[a] < m_effSeq[b]; });
    m_kept.reserve(m_cand.size());
    for (std::size_t g = 0; g < m_cand.size();) {
        std::size_t e = g + 1;
        while (e < m_cand.size() && m_effSeq[m_cand[e]] == m_effSeq[m_cand[g]])
            ++e;
        m_kept.push_back(genuineOf(g, e));
        g = e;
    }
}

ChainVerifier::Range ChainVerifier::withSeq(qint64 seq) const
{
    return std::equal_range(m_cand.cbegin(), m_cand.cend(), seq, [&](const auto& a, const auto& b) {
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, int>)
            return m_effSeq[a] < b;
        else
            return a < m_effSeq[b];
    });
}

bool ChainVerifier::linksBack(int i) const
{
    if (m_effSeq[i] == 1)
        return m_rows[i].prevHash == m_genesis;
    const auto [lo, hi] = withSeq(m_effSeq[i] - 1);
    for (auto p = lo; p != hi; ++p)
        if (m_rows[*p].hash == m_rows[i].prevHash || m_computed[*p] == m_rows[i].prevHash)
            return true;
    return false;
}

bool ChainVerifier::linksForward(int i) const
{
    if (m_head && m_effSeq[i] == m_headSeq)
        return m_head->hash == m_rows[i].hash;
    const auto [lo, hi] = withSeq(m_effSeq[i] + 1);
    for (auto q = lo; q != hi; ++q)
        if (m_rows[*q].prevHash == m_rows[i].hash || m_rows[*q].prevHash == m_computed[i])
            return true;
    return false;
}

int ChainVerifier::genuineOf(std::size_t g, std::size_t e)
{
    int best = m_cand[g];
    if (e - g == 1)
        return best;
    int bestScore = -1;
    for (std::size_t k = g; k < e; ++k) {
        const int i = m_cand[k];
        const int score = int(m_selfOk[i]) * 4 + int(linksBack(i)) * 2 + int(linksForward(i)) * 2;
        if (score > bestScore || (score == bestScore && i < best)) { // ties: the earlier row
            best = i;
            bestScore = score;
        }
    }
    for (std::size_t k = g; k < e; ++k)
        if (m_cand[k] != best)
            add(m_rows[m_cand[k]].seq, kInserted,
                AuditChain::tr("Audit row %1 at position %2 is a second row with the same sequence number as the "
                               "row at position %3: it was added outside the program.")
                    .arg(m_rows[m_cand[k]].seq)
                    .arg(m_cand[k] + 1)
                    .arg(best + 1),
                m_cand[k]);
    return best;
}

// 4. Deleted rows: gaps in 1..last (last = the stored head when given).
void ChainVerifier::findDeleted()
{
    qint64 last = m_kept.empty() ? 0 : m_effSeq[m_kept.back()];
    if (m_head)
        last = std::max(last, m_headSeq);
    qint64 expect = 1;
    for (int i : m_kept) {
        if (m_effSeq[i] > expect)
            reportGap(expect, m_effSeq[i] - 1, true, last);
        expect = m_effSeq[i] + 1;
    }
    if (last >= expect)
        reportGap(expect, last, false, last);
}

QString ChainVerifier::gapMessage(qint64 s, qint64 from, qint64 to, bool hasAfter, qint64 last) const
{
    const bool hasBefore = from > 1;
    if (hasBefore && hasAfter)
        return AuditChain::tr("Audit row %1 is missing (between rows %2 and %3): it was deleted.")
            .arg(s)
            .arg(from - 1)
            .arg(to + 1);
    if (hasAfter)
        return AuditChain::tr("Audit row %1 is missing (before row %2): it was deleted.").arg(s).arg(to + 1);
    if (hasBefore)
        return AuditChain::tr("Audit row %1 is missing (after row %2; the program recorded %3 rows): it was "
                              "deleted.")
            .arg(s)
            .arg(from - 1)
            .arg(last);
    return AuditChain::tr("Audit row %1 is missing (the program recorded %2 rows): it was deleted.").arg(s).arg(last);
}

void ChainVerifier::reportGap(qint64 from, qint64 to, bool hasAfter, qint64 last) // missing from..to inclusive
{
    for (qint64 s = from; s <= to && s - from < kMaxDeletedFindings; ++s)
        add(s, kDeleted, gapMessage(s, from, to, hasAfter, last), -1);
    if (to - from + 1 > kMaxDeletedFindings)
        add(from + kMaxDeletedFindings, kDeleted,
            AuditChain::tr("Audit rows %1 to %2 are missing too: they were deleted.")
                .arg(from + kMaxDeletedFindings)
                .arg(to),
            -1);
}

// 5. Edited rows: own hash wrong, or re-sealed so that the next row no longer links to it.
void ChainVerifier::findEdited()
{
    m_edited.assign(m_n, false);
    for (int i : m_kept) {
        if (m_selfOk[i])
            continue;
        m_edited[i] = true;
        add(m_effSeq[i], kEdited,
            m_effSeq[i] != m_rows[i].seq
                ? AuditChain::tr("Audit row %1 (position %2) was changed: its sequence number now reads %3 and its "
                                 "content no longer matches its hash.")
                      .arg(m_effSeq[i])
                      .arg(i + 1)
                      .arg(m_rows[i].seq)
                : AuditChain::tr("Audit row %1 (position %2) was changed: its content no longer matches its hash.")
                      .arg(m_rows[i].seq)
                      .arg(i + 1),
            i);
    }
    for (std::size_t k = 0; k < m_kept.size(); ++k)
        if (!m_edited[m_kept[k]])
            m_edited[m_kept[k]] = findResealed(k);
}

// A row whose own hash is right but that was re-sealed: the chain no longer links to it.
bool ChainVerifier::findResealed(std::size_t k)
{
    const int i = m_kept[k];
    const qint64 s = m_effSeq[i];
    if (s == 1 && m_rows[i].prevHash != m_genesis) {
        add(m_rows[i].seq, kEdited,
            AuditChain::tr("Audit row 1 (position %1) was changed and re-sealed: it no longer starts the chain.")
                .arg(i + 1),
            i);
        return true;
    }
    // Does the next row (when present and itself intact) still record this row's hash?
    if (k + 1 < m_kept.size() && m_effSeq[m_kept[k + 1]] == s + 1) {
        const int q = m_kept[k + 1];
        if (!m_edited[q] && m_rows[q].prevHash != m_rows[i].hash && m_rows[q].prevHash != m_computed[i]) {
            add(m_rows[i].seq, kEdited,
                AuditChain::tr("Audit row %1 (position %2) was changed and re-sealed: its hash differs from the "
                               "one recorded by row %3.")
                    .arg(m_rows[i].seq)
                    .arg(i + 1)
                    .arg(s + 1),
                i);
            return true;
        }
    } else if (m_head && s == m_headSeq && m_head->hash != m_rows[i].hash) {
        add(m_rows[i].seq, kEdited,
            AuditChain::tr("Audit row %1 (position %2) is the last row but its hash differs from the head the "
                           "program stored: the row was changed and re-sealed, or the head was altered.")
                .arg(m_rows[i].seq)
                .arg(i + 1),
            i);
        return true;
    }
    return false;
}

// 6. Reordered rows: stored order must be seq order. A swap of two rows names both; otherwise
// the rows outside the longest run in order are the ones that moved.
void ChainVerifier::findReordered()
{
    QList<int> order(m_kept.begin(), m_kept.end()); // positions of genuine rows, in seq order
    std::sort(order.begin(), order.end()); // -> in stored order
    QList<qint64> stored;
    stored.reserve(order.size());
    for (int i : order)
        stored.append(m_effSeq[i]);
    if (std::is_sorted(stored.cbegin(), stored.cend()))
        return;
    QList<qint64> sorted = stored;
    std::sort(sorted.begin(), sorted.end());
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
        add(m_effSeq[i], kReordered,
            k > 0 ? AuditChain::tr("Audit row %1 is out of order: it is stored at position %2, after row %3.")
                        .arg(m_effSeq[i])
                        .arg(i + 1)
                        .arg(m_effSeq[order[k - 1]])
                  : AuditChain::tr("Audit row %1 is out of order: it is stored first.").arg(m_effSeq[i]),
            i);
    }
}

} // namespace

QList<AuditChain::Finding> AuditChain::verify(const QList<AuditRecord>& rows, const std::optional<Head>& expectedHead)
{
    return verify(rows, expectedHead, Key {});
}

QList<AuditChain::Finding> AuditChain::verify(
    const QList<AuditRecord>& rows, const std::optional<Head>& expectedHead, const Key& key)
{
    QList<Finding> findings = ChainVerifier(rows, expectedHead, key).run();
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding& a, const Finding& b) { return a.seq != b.seq ? a.seq < b.seq : a.position < b.position; });
    if (!findings.isEmpty())
        qCWarning(lcAudit) << "audit chain verification found" << findings.size() << "problem(s)";
    return findings;
}

} // namespace motcua::audit
