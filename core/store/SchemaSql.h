// SchemaSql: SQL fragments shared between a migration and the code that keeps the same data current
// (so the back-fill of a migration and the live insert can never disagree).
#pragma once

// The folded search text of dossiers, one row per dossier (FTS5 columns code, names, ids, phones,
// procedure). Used by migration 3 (all dossiers) and by Store::receive (WHERE d.id = ?).
#define MOTCUA_FTS_INSERT_SELECT                                                                                       \
    "INSERT INTO dossier_fts(rowid, code, names, ids, phones, procedure) "                                             \
    " SELECT d.id, motcua_fold(d.code), "                                                                              \
    "  motcua_fold(coalesce(d.applicant->>'name','') || ' ' || coalesce(d.owner->>'name','')), "                       \
    "  trim(coalesce(d.applicant->>'id_number','') || ' ' || coalesce(d.applicant->>'tax_code','') "                   \
    "   || ' ' || coalesce(d.owner->>'id_number','') || ' ' || coalesce(d.owner->>'tax_code','')), "                   \
    "  trim(coalesce(d.applicant->>'phone','') || ' ' || coalesce(d.owner->>'phone','')), "                            \
    "  motcua_fold(p.code || ' ' || p.name) "                                                                          \
    " FROM dossiers d JOIN procedures p ON p.id = d.procedure_id"

// Version 5 (search as you type over a million dossiers): the names alone in an FTS5 table of their own,
// so the name ranks never walk the postings of words that are common in other columns (a procedure
// word, a code's agency part), and every identity number, tax code and phone as one exact key in a
// B-tree (an exact number is one index lookup). Both keyed by dossier id; callers append a WHERE on d.
#define MOTCUA_NAME_FTS_INSERT_SELECT                                                                                  \
    "INSERT INTO dossier_name_fts(rowid, names) "                                                                      \
    " SELECT d.id, motcua_fold(coalesce(d.applicant->>'name','') || ' ' || coalesce(d.owner->>'name','')) "            \
    " FROM dossiers d"

// The key of a number as typed or stored: folded, without spaces, dots, dashes, plus signs or slashes
// (Store::search joins the words typed the same way).
#define MOTCUA_KEYS_INSERT_SELECT                                                                                      \
    "INSERT OR IGNORE INTO dossier_keys(key, dossier_id) "                                                             \
    " SELECT replace(replace(replace(replace(replace(motcua_fold(j.value), ' ', ''), '.', ''), '-', ''), '+', ''), "   \
    "  '/', ''), d.id FROM dossiers d JOIN json_each(json_array(d.applicant->>'id_number', "                           \
    "  d.applicant->>'tax_code', d.applicant->>'phone', d.owner->>'id_number', d.owner->>'tax_code', "                 \
    "  d.owner->>'phone')) j ON j.type = 'text' AND trim(j.value) != ''"
