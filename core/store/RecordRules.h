// RecordRules: the national portal's record rules as three public integrations apply them
// (DongBoHoSoMC / CapNhatTienDoHoSoMC, docs/sync-protocol.md "Records"): every value a JSON string,
// the always-sent fields present, dates yyyyMMddHHmmss, codes from the portal's lists. The desk builds
// records with NationalCodes (the adapter's code tables, site section "national"); the reference
// central checks every record it receives with checkRecord() and names the first field that fails.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace motcua::store {

// Per-adapter code lists (codes-and-integration.md §4.7), from the site file's "national" section:
// {"applicant_kinds": {"citizen": "1", "business": "2"}, "field_codes": {"Tần số vô tuyến điện": "..."},
//  "paper_kinds": {"original": "0", "copy": "1", "electronic": "2"},
//  "file_url": "{central}/files/sha256/{sha256}"}. Anything absent keeps the default shown.
struct NationalCodes {
    QHash<QString, QString> applicantKinds; // our kind name -> LoaiDoiTuong
    QHash<QString, QString> fieldCodes; // field (sector) name -> MaLinhVuc
    QHash<QString, QString> paperKinds; // original | copy | electronic -> LoaiGiayTo
    QString fileUrl; // template for DuongDanTaiTepTin; {central} and {sha256} are replaced

    static NationalCodes defaults();
    // Reads the section over the defaults; an unknown key or a non-string value is an error naming it.
    static Result<NationalCodes> fromSection(const QJsonObject& section);
    QString applicantKind(const QString& kindName) const;
    QString fileUrlFor(const QUrl& central, const QString& sha256) const;
};

// The desk's own field of a DongBoHoSoMC record (not the portal's): the receipt's lookup secret
// (core/domain/LookupSecret), which central's public status page checks. Optional; when present and not
// empty it must be a valid secret.
inline constexpr const char* kLookupSecretField = "MaTraCuu";

// Largest lengths the integrations enforce.
inline constexpr int kMaxSummaryChars = 1000; // TrichYeuHoSo
inline constexpr int kMaxHandlerChars = 50; // NguoiXuLy

class RecordRules
{
    Q_DECLARE_TR_FUNCTIONS(motcua::store::RecordRules)

public:
    // The fields every DongBoHoSoMC record carries, even when empty.
    static const QStringList& dossierFields();
    static const QStringList& progressFields();
    // Checks one record of `service` ("DongBoHoSoMC" or "CapNhatTienDoHoSoMC"); the error's field is the
    // record's field path ("TaiLieuNop[0].DuongDanTaiTepTin"), its code "nonconforming_record".
    static Status checkRecord(const QString& service, const QJsonObject& record);
    // Checks the envelope {"service","isUpdating","data":[...]} and each of its records.
    static Status checkEnvelope(const QJsonObject& envelope);
};

} // namespace motcua::store
