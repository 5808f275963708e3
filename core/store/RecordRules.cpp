// The record rules of docs/sync-protocol.md ("Records"), shared by the desk's tests and the central.
#include "core/store/RecordRules.h"

#include "core/domain/DossierCode.h"
#include "core/domain/LookupSecret.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace motcua::store {

namespace {

const QString kNonconforming = QStringLiteral("nonconforming_record");

Error bad(const QString& field, const QString& message)
{
    return Error::invalid(field, message, kNonconforming);
}

bool isDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// yyyyMMddHHmmss and a real date and time (without QDateTime parsing: central checks many of these).
bool isPortalTime(const QString& s)
{
    if (s.size() != 14 || !isDigits(s))
        return false;
    const auto part = [&s](int from, int length) { return QStringView(s).mid(from, length).toInt(); };
    return QDate::isValid(part(0, 4), part(4, 2), part(6, 2)) && QTime::isValid(part(8, 2), part(10, 2), part(12, 2));
}

bool isOneOf(const QString& s, std::initializer_list<const char*> values)
{
    for (const char* v : values)
        if (s == QLatin1String(v))
            return true;
    return false;
}

// Every value, at any depth, is a string (lists of objects are allowed).
Status allStrings(const QJsonValue& v, const QString& path)
{
    if (v.isString())
        return {};
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (auto s = allStrings(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)); !s)
                return s;
        return {};
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (auto s = allStrings(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key()); !s)
                return s;
        return {};
    }
    return bad(path, RecordRules::tr("%1 must be a JSON string, as the national portal expects").arg(path));
}

Status present(const QJsonObject& r, const QStringList& fields, const QStringList& lists)
{
    for (const QString& f : fields)
        if (!r.contains(f))
            return bad(f, RecordRules::tr("%1 is missing; it is sent even when empty").arg(f));
    for (const QString& f : lists)
        if (!r.value(f).isArray())
            return bad(f, RecordRules::tr("%1 must be a list, sent even when empty").arg(f));
    return {};
}

Status checkTimes(const QJsonObject& r, const QStringList& required, const QStringList& optional)
{
    for (const QString& f : required)
        if (!isPortalTime(r.value(f).toString()))
            return bad(f, RecordRules::tr("%1 must be a time as yyyyMMddHHmmss").arg(f));
    for (const QString& f : optional) {
        const QString v = r.value(f).toString();
        if (!v.isEmpty() && !isPortalTime(v))
            return bad(f, RecordRules::tr("%1 must be empty or a time as yyyyMMddHHmmss").arg(f));
    }
    return {};
}

Status checkStatus(const QJsonObject& r, const QString& field)
{
    bool ok = false;
    const int code = r.value(field).toString().toInt(&ok);
    if (!ok || code < 1 || code > 10 || !isDigits(r.value(field).toString()))
        return bad(field, RecordRules::tr("%1 must be a national status code from 1 to 10").arg(field));
    return {};
}

const QStringList kDossierLists { QStringLiteral("TaiLieuNop"), QStringLiteral("DanhSachLePhi"),
    QStringLiteral("DanhSachTepDinhKemKhac"), QStringLiteral("DanhSachHoSoBoSung"),
    QStringLiteral("DanhSachGiayToKetQua"), QStringLiteral("DinhDanhCHS") };

Status checkFiles(const QJsonArray& files)
{
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject f = files.at(i).toObject();
        const QString at = QStringLiteral("TaiLieuNop[%1].").arg(i);
        for (const char* name : { "TepDinhKemId", "TenTepDinhKem", "MaThanhPhanHoSo" })
            if (f.value(QLatin1String(name)).toString().isEmpty())
                return bad(at + QLatin1String(name), RecordRules::tr("%1 is empty").arg(at + QLatin1String(name)));
        if (!isOneOf(f.value(QStringLiteral("IsDeleted")).toString(), { "True", "False" }))
            return bad(at + QStringLiteral("IsDeleted"), RecordRules::tr("IsDeleted must be \"True\" or \"False\""));
        const QUrl url(f.value(QStringLiteral("DuongDanTaiTepTin")).toString(), QUrl::StrictMode);
        if (!url.isValid() || !isOneOf(url.scheme(), { "http", "https" }) || url.host().isEmpty())
            return bad(at + QStringLiteral("DuongDanTaiTepTin"),
                RecordRules::tr("DuongDanTaiTepTin must be the http(s) address the portal fetches the file from"));
    }
    return {};
}

Status checkLists(const QJsonObject& r)
{
    if (auto s = checkFiles(r.value(QStringLiteral("TaiLieuNop")).toArray()); !s)
        return s;
    const QJsonArray papers = r.value(QStringLiteral("DanhSachTepDinhKemKhac")).toArray();
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const QJsonObject p = papers.at(i).toObject();
        const QString at = QStringLiteral("DanhSachTepDinhKemKhac[%1].").arg(i);
        if (p.value(QStringLiteral("TenGiayTo")).toString().isEmpty())
            return bad(
                at + QStringLiteral("TenGiayTo"), RecordRules::tr("%1 is empty").arg(at + QStringLiteral("TenGiayTo")));
        if (!isDigits(p.value(QStringLiteral("SoLuong")).toString()))
            return bad(at + QStringLiteral("SoLuong"), RecordRules::tr("SoLuong must be a whole number"));
        if (!p.contains(QStringLiteral("LoaiGiayTo")))
            return bad(at + QStringLiteral("LoaiGiayTo"), RecordRules::tr("LoaiGiayTo is missing"));
    }
    const QJsonArray fees = r.value(QStringLiteral("DanhSachLePhi")).toArray();
    for (qsizetype i = 0; i < fees.size(); ++i)
        if (!isDigits(fees.at(i).toObject().value(QStringLiteral("Gia")).toString()))
            return bad(
                QStringLiteral("DanhSachLePhi[%1].Gia").arg(i), RecordRules::tr("Gia must be an amount in đồng"));
    const QJsonArray ids = r.value(QStringLiteral("DinhDanhCHS")).toArray();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonObject id = ids.at(i).toObject();
        const QString kind = id.value(QStringLiteral("LoaiDinhDanh")).toString();
        const QString number = id.value(QStringLiteral("SoDinhDanh")).toString();
        if (!isDigits(number)
            || !((kind == QLatin1String("1") && number.size() == 12)
                || (kind == QLatin1String("2") && number.size() == 9)))
            return bad(QStringLiteral("DinhDanhCHS[%1].SoDinhDanh").arg(i),
                RecordRules::tr("SoDinhDanh must be a 12-digit personal ID (LoaiDinhDanh \"1\") or a 9-digit old ID "
                                "(\"2\")"));
    }
    return {};
}

Status checkDossier(const QJsonObject& r)
{
    if (auto s = present(r, RecordRules::dossierFields(), kDossierLists); !s)
        return s;
    if (!DossierCode::parse(r.value(QStringLiteral("MaHoSo")).toString()))
        return bad(QStringLiteral("MaHoSo"), RecordRules::tr("MaHoSo is not a dossier code"));
    for (const char* f : { "MaTTHC", "TenTTHC", "ChuHoSo", "DonViXuLy" })
        if (r.value(QLatin1String(f)).toString().isEmpty())
            return bad(QLatin1String(f), RecordRules::tr("%1 is empty").arg(QLatin1String(f)));
    const QString summary = r.value(QStringLiteral("TrichYeuHoSo")).toString();
    if (summary.trimmed().isEmpty() || summary.size() > kMaxSummaryChars)
        return bad(QStringLiteral("TrichYeuHoSo"),
            RecordRules::tr("TrichYeuHoSo must be given and at most %1 characters").arg(kMaxSummaryChars));
    if (auto s = checkTimes(r, { QStringLiteral("NgayTiepNhan") },
            { QStringLiteral("NgayHenTra"), QStringLiteral("NgayTra"), QStringLiteral("NgayKetThucXuLy") });
        !s)
        return s;
    if (auto s = checkStatus(r, QStringLiteral("TrangThaiHoSo")); !s)
        return s;
    if (!isOneOf(r.value(QStringLiteral("LoaiDoiTuong")).toString(), { "0", "1", "2", "3", "4" }))
        return bad(QStringLiteral("LoaiDoiTuong"), RecordRules::tr("LoaiDoiTuong must be an applicant type code"));
    if (!isOneOf(r.value(QStringLiteral("KenhThucHien")).toString(), { "1", "2", "3" }))
        return bad(
            QStringLiteral("KenhThucHien"), RecordRules::tr("KenhThucHien must be 1 (desk), 2 (online) or 3 (post)"));
    if (!isOneOf(r.value(QStringLiteral("HinhThuc")).toString(), { "0", "1" }))
        return bad(QStringLiteral("HinhThuc"), RecordRules::tr("HinhThuc must be \"0\" or \"1\""));
    const QString secret = r.value(QLatin1String(kLookupSecretField)).toString();
    if (!secret.isEmpty() && !LookupSecret::isValid(secret)) // never quoted back: it is a credential
        return bad(QLatin1String(kLookupSecretField),
            RecordRules::tr("%1 must be %2 characters of the lookup secret's alphabet")
                .arg(QLatin1String(kLookupSecretField))
                .arg(LookupSecret::kLength));
    return checkLists(r);
}

Status checkProgress(const QJsonObject& r)
{
    if (auto s = present(r, RecordRules::progressFields(), {}); !s)
        return s;
    if (!DossierCode::parse(r.value(QStringLiteral("MaHoSo")).toString()))
        return bad(QStringLiteral("MaHoSo"), RecordRules::tr("MaHoSo is not a dossier code"));
    const QString who = r.value(QStringLiteral("NguoiXuLy")).toString();
    if (who.isEmpty() || who.size() > kMaxHandlerChars)
        return bad(QStringLiteral("NguoiXuLy"),
            RecordRules::tr("NguoiXuLy must be given and at most %1 characters").arg(kMaxHandlerChars));
    if (r.value(QStringLiteral("NoiDungXuLy")).toString().isEmpty())
        return bad(QStringLiteral("NoiDungXuLy"), RecordRules::tr("%1 is empty").arg(QStringLiteral("NoiDungXuLy")));
    if (auto s = checkTimes(r, { QStringLiteral("ThoiDiemXuLy") },
            { QStringLiteral("NgayBatDau"), QStringLiteral("NgayKetThucTheoQuyDinh") });
        !s)
        return s;
    return checkStatus(r, QStringLiteral("TrangThai"));
}

} // namespace

NationalCodes NationalCodes::defaults()
{
    NationalCodes c;
    c.applicantKinds
        = { { QStringLiteral("citizen"), QStringLiteral("1") }, { QStringLiteral("business"), QStringLiteral("2") } };
    c.paperKinds = { { QStringLiteral("original"), QStringLiteral("0") },
        { QStringLiteral("copy"), QStringLiteral("1") }, { QStringLiteral("electronic"), QStringLiteral("2") } };
    c.fileUrl = QStringLiteral("{central}/files/sha256/{sha256}");
    return c;
}

Result<NationalCodes> NationalCodes::fromSection(const QJsonObject& section)
{
    NationalCodes c = defaults();
    const auto table = [&section](const QString& name, QHash<QString, QString>& into) -> Status {
        const QJsonObject o = section.value(name).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                return Error::invalid(QStringLiteral("national.%1.%2").arg(name, it.key()),
                    RecordRules::tr("Codes in the site's \"national\" section are strings"),
                    QStringLiteral("invalid_site"));
            into.insert(it.key(), it.value().toString());
        }
        return {};
    };
    for (auto it = section.begin(); it != section.end(); ++it)
        if (!isOneOf(it.key(), { "applicant_kinds", "field_codes", "paper_kinds", "file_url" }))
            return Error::invalid(QStringLiteral("national.%1").arg(it.key()),
                RecordRules::tr("Unknown setting in the site's \"national\" section"), QStringLiteral("invalid_site"));
    if (auto s = table(QStringLiteral("applicant_kinds"), c.applicantKinds); !s)
        return s.error();
    if (auto s = table(QStringLiteral("field_codes"), c.fieldCodes); !s)
        return s.error();
    if (auto s = table(QStringLiteral("paper_kinds"), c.paperKinds); !s)
        return s.error();
    if (section.contains(QStringLiteral("file_url")))
        c.fileUrl = section.value(QStringLiteral("file_url")).toString();
    return c;
}

QString NationalCodes::applicantKind(const QString& kindName) const
{
    return applicantKinds.value(kindName);
}

QString NationalCodes::fileUrlFor(const QUrl& central, const QString& sha256) const
{
    QString base = central.toString(QUrl::StripTrailingSlash);
    if (base.isEmpty())
        base = QStringLiteral("http://127.0.0.1:8765");
    return QString(fileUrl).replace(QStringLiteral("{central}"), base).replace(QStringLiteral("{sha256}"), sha256);
}

const QStringList& RecordRules::dossierFields()
{
    static const QStringList fields { QStringLiteral("MaHoSo"), QStringLiteral("MaTTHC"), QStringLiteral("TenTTHC"),
        QStringLiteral("MaLinhVuc"), QStringLiteral("TenLinhVuc"), QStringLiteral("ChuHoSo"),
        QStringLiteral("LoaiDoiTuong"), QStringLiteral("MaDoiTuong"), QStringLiteral("SoGiayToChuHoSo"),
        QStringLiteral("ThongTinKhac"), QStringLiteral("Email"), QStringLiteral("Fax"), QStringLiteral("SoDienThoai"),
        QStringLiteral("TrichYeuHoSo"), QStringLiteral("NgayTiepNhan"), QStringLiteral("NgayHenTra"),
        QStringLiteral("TrangThaiHoSo"), QStringLiteral("KenhThucHien"), QStringLiteral("NgayTra"),
        QStringLiteral("ThongTinTra"), QStringLiteral("HinhThuc"), QStringLiteral("NgayKetThucXuLy"),
        QStringLiteral("DonViXuLy"), QStringLiteral("GhiChu") };
    return fields;
}

const QStringList& RecordRules::progressFields()
{
    static const QStringList fields { QStringLiteral("MaHoSo"), QStringLiteral("NguoiXuLy"), QStringLiteral("ChucDanh"),
        QStringLiteral("ThoiDiemXuLy"), QStringLiteral("PhongBanXuLy"), QStringLiteral("NoiDungXuLy"),
        QStringLiteral("TrangThai"), QStringLiteral("NgayBatDau"), QStringLiteral("NgayKetThucTheoQuyDinh") };
    return fields;
}

Status RecordRules::checkRecord(const QString& service, const QJsonObject& record)
{
    if (auto s = allStrings(record, {}); !s)
        return s;
    if (service == QLatin1String("DongBoHoSoMC"))
        return checkDossier(record);
    if (service == QLatin1String("CapNhatTienDoHoSoMC"))
        return checkProgress(record);
    return bad(QStringLiteral("service"), tr("Unknown service \"%1\"").arg(service));
}

Status RecordRules::checkEnvelope(const QJsonObject& envelope)
{
    const QString service = envelope.value(QStringLiteral("service")).toString();
    if (!isOneOf(envelope.value(QStringLiteral("isUpdating")).toString(), { "True", "False" }))
        return bad(QStringLiteral("isUpdating"), tr("isUpdating must be \"True\" or \"False\""));
    const QJsonValue data = envelope.value(QStringLiteral("data"));
    if (!data.isArray() || data.toArray().isEmpty())
        return bad(QStringLiteral("data"), tr("data must be a list of records"));
    const QJsonArray records = data.toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records.at(i).isObject())
            return bad(QStringLiteral("data[%1]").arg(i), tr("Each record is a JSON object"));
        if (auto s = checkRecord(service, records.at(i).toObject()); !s)
            return s;
    }
    return {};
}

} // namespace motcua::store
