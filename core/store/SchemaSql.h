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
