// AuditReseal: what an attacker who edits the store file does next — rewrite the audit log's hashes from a
// position on and move the head in meta — so tests can show which checks still catch the edit.
#pragma once

#include "core/audit/AuditChain.h"

#include <optional>

namespace motcua::store {
class Store;
}

namespace motcua::test {

// Re-seals the audit log from `seq` on: with the plain (unkeyed) SHA-256 chain when `key` is empty (one who
// edits the file without the key), or with `key`; then moves the head. False when any SQL fails.
bool resealAuditLog(store::Store& s, qint64 seq, const audit::AuditChain::Key& key = {});

// The store's own audit key, read from its key file (one who took the key file as well); nullopt if unreadable.
std::optional<audit::AuditChain::Key> storeAuditKey(store::Store& s);

} // namespace motcua::test
