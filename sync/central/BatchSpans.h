// BatchSpans: the bytes of each record's "envelope" in a records batch as it was received
// ({"records":[{"envelope":{...},...},...]}), found by a scan of the JSON text without building it
// again. Central hashes and stores those bytes instead of serialising every parsed envelope anew (the
// largest cost of taking a batch, tests/bench/bench_sync). Nothing (an empty list) when the text is not
// of that shape, or when a key is written twice or with an escape (Qt's parser could then read another
// envelope than the scan, and central would check one and keep the other); the caller then serialises
// the parsed envelopes as before.
#pragma once

#include <QByteArray>
#include <QList>

namespace motcua::sync {

class BatchSpans
{
public:
    // One entry per element of "records", in order: the envelope's JSON text, or a null QByteArray for an
    // element without one. Empty when the scan fails. The entries share `body`'s bytes (no copy).
    static QList<QByteArray> envelopes(const QByteArray& body);
};

} // namespace motcua::sync
