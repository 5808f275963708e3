// Outbox records in the national portal's field names, shaped as the public integrations send them
// (docs/sync-protocol.md "Records"; every value a string, the always-sent fields present even when
// empty), so the central side can forward them unchanged: DongBoHoSoMC for the dossier record and
// CapNhatTienDoHoSoMC for progress steps. Code lists come from the site's "national" section.
#include "core/store/Store.h"

#include "core/Clock.h"
#include "core/store/RecordRules.h"

namespace motcua::store {

namespace {

// The portal's sample uses local time "yyyyMMddHHmmss".
QString portalTime(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyyMMddHHmmss")) : QString();
}

} // namespace

namespace {

QString str(qint64 n)
{
    return QString::number(n);
}

// "1" with a 12-digit personal ID, "2" with a 9-digit old ID; none for anything else.
QJsonArray identities(const dossier::Party& p)
{
    const QString id = p.idNumber;
    if (p.kind != dossier::ApplicantKind::Citizen || (id.size() != 12 && id.size() != 9))
        return {};
    return { QJsonObject {
        { QStringLiteral("LoaiDinhDanh"), id.size() == 12 ? QStringLiteral("1") : QStringLiteral("2") },
        { QStringLiteral("SoDinhDanh"), id } } };
}

// When processing finished: the last change into "result ready" (or a terminal state after it).
QDateTime processingEnd(const dossier::Dossier& d)
{
    for (auto it = d.history.crbegin(); it != d.history.crend(); ++it)
        if (it->toState == workflow::stateName(workflow::State::ResultReady)
            || it->toState == workflow::stateName(workflow::State::Stopped))
            return it->atUtc;
    return {};
}

QString paperKind(const NationalCodes& codes, const dossier::Document& doc)
{
    return codes.paperKinds.value(doc.originals > 0 ? QStringLiteral("original") : QStringLiteral("copy"));
}

} // namespace

QString Store::procedureField(const dossier::Dossier& d) const
{
    const auto it = m_procedureCache.constFind(d.procedureRowId);
    return it == m_procedureCache.constEnd() ? QString() : it->field;
}

QJsonArray Store::fileRecords(const dossier::Dossier& d) const
{
    QJsonArray files;
    for (const dossier::Document& doc : d.documents)
        for (const dossier::StoredFile& f : doc.files)
            files.append(QJsonObject { { QStringLiteral("TepDinhKemId"), f.sha256 },
                { QStringLiteral("TenTepDinhKem"), f.name }, { QStringLiteral("IsDeleted"), QStringLiteral("False") },
                { QStringLiteral("MaThanhPhanHoSo"), doc.componentId },
                { QStringLiteral("DuongDanTaiTepTin"), m_national.fileUrlFor(m_site.centralUrl, f.sha256) } });
    return files;
}

QJsonObject Store::dossierRecord(const dossier::Dossier& d) const
{
    const dossier::Party& owner = d.owner ? *d.owner : d.applicant;
    QJsonObject r;
    r.insert(QStringLiteral("MaHoSo"), d.code);
    r.insert(QStringLiteral("MaTTHC"), d.procedureCode);
    r.insert(QStringLiteral("TenTTHC"), d.procedureName);
    const QString field = procedureField(d);
    r.insert(QStringLiteral("MaLinhVuc"), m_national.fieldCodes.value(field));
    r.insert(QStringLiteral("TenLinhVuc"), field);
    r.insert(QStringLiteral("ChuHoSo"), owner.name);
    r.insert(QStringLiteral("LoaiDoiTuong"), m_national.applicantKind(dossier::applicantKindName(owner.kind)));
    r.insert(QStringLiteral("MaDoiTuong"), QString());
    r.insert(QStringLiteral("SoGiayToChuHoSo"),
        owner.kind == dossier::ApplicantKind::Business ? owner.taxCode : owner.idNumber);
    r.insert(QStringLiteral("DinhDanhCHS"), identities(owner));
    r.insert(QStringLiteral("ThongTinKhac"), QString());
    r.insert(QStringLiteral("SoDienThoai"), d.applicant.phone);
    r.insert(QStringLiteral("Email"), d.applicant.email);
    r.insert(QStringLiteral("Fax"), QString());
    r.insert(
        QStringLiteral("TrichYeuHoSo"), (d.summary.isEmpty() ? d.procedureName : d.summary).left(kMaxSummaryChars));
    r.insert(QStringLiteral("NgayTiepNhan"), portalTime(d.receivedAtUtc));
    r.insert(QStringLiteral("NgayHenTra"), portalTime(d.dueLocal));
    r.insert(QStringLiteral("TrangThaiHoSo"), str(m_mapping.nationalCode(d.state)));
    r.insert(QStringLiteral("KenhThucHien"), str(workflow::nationalChannelCode(d.channel)));
    r.insert(QStringLiteral("NgayTra"), d.returned ? portalTime(d.returned->atUtc) : QString());
    r.insert(QStringLiteral("ThongTinTra"), d.returned ? d.returned->collectorName : QString());
    r.insert(QStringLiteral("HinhThuc"),
        d.returnMethod == QLatin1String("postal") ? QStringLiteral("1") : QStringLiteral("0"));
    r.insert(QStringLiteral("NgayKetThucXuLy"), portalTime(processingEnd(d)));
    r.insert(QStringLiteral("DonViXuLy"), d.processingUnit);
    r.insert(QStringLiteral("GhiChu"), d.reason.isEmpty() ? d.note : d.reason);
    QJsonArray fees;
    for (const dossier::FeeNotice& f : d.feeNotices)
        fees.append(QJsonObject { { QStringLiteral("TenPhiLePhi"), f.number },
            { QStringLiteral("MaPhiLePhi"), f.number }, { QStringLiteral("HinhThucThu"), QStringLiteral("1") },
            { QStringLiteral("Gia"), str(f.amountVnd) }, { QStringLiteral("LoaiPhiLePhi"), QString() } });
    r.insert(QStringLiteral("DanhSachLePhi"), fees);
    r.insert(QStringLiteral("TaiLieuNop"), fileRecords(d));
    QJsonArray papers;
    for (const dossier::Document& doc : d.documents)
        papers.append(QJsonObject { { QStringLiteral("TenGiayTo"), doc.componentName },
            { QStringLiteral("SoLuong"), str(doc.originals + doc.certifiedCopies + doc.photocopies) },
            { QStringLiteral("LoaiGiayTo"), paperKind(m_national, doc) } });
    r.insert(QStringLiteral("DanhSachTepDinhKemKhac"), papers);
    QJsonArray rounds;
    for (const dossier::SupplementRound& s : d.supplements)
        rounds.append(
            QJsonObject { { QStringLiteral("HoSoBoSungId"), QStringLiteral("%1-%2").arg(d.code).arg(s.round) },
                { QStringLiteral("NguoiYeuCauBoSung"), s.requestedBy }, { QStringLiteral("NoiDungBoSung"), s.reason },
                { QStringLiteral("NgayBoSung"), portalTime(s.requestedAtUtc) },
                { QStringLiteral("NguoiTiepNhanBoSung"), s.receivedBy },
                { QStringLiteral("NgayTiepNhanBoSung"), portalTime(s.receivedAtUtc) },
                { QStringLiteral("TrangThaiBoSung"),
                    s.receivedAtUtc.isValid() ? QStringLiteral("1") : QStringLiteral("0") } });
    r.insert(QStringLiteral("DanhSachHoSoBoSung"), rounds);
    r.insert(QStringLiteral("DanhSachGiayToKetQua"), QJsonArray());
    // Not a portal field: the receipt's lookup secret, so that central's public status page can check it
    // (docs/sync-protocol.md "Records"; the portal's adapter drops fields it does not know).
    r.insert(QString::fromLatin1(kLookupSecretField), d.lookupSecret);
    return r;
}

QJsonObject Store::progressRecord(const dossier::Dossier& d, const Actor& actor, const QString& what) const
{
    return { { QStringLiteral("MaHoSo"), d.code },
        { QStringLiteral("NguoiXuLy"), (actor.name.isEmpty() ? actor.login : actor.name).left(kMaxHandlerChars) },
        { QStringLiteral("ChucDanh"), QString() },
        { QStringLiteral("ThoiDiemXuLy"), portalTime(Clock::current().nowUtc()) },
        { QStringLiteral("PhongBanXuLy"), d.handOvers.isEmpty() ? m_site.unit : d.handOvers.last().toUnit },
        { QStringLiteral("NoiDungXuLy"), what }, { QStringLiteral("TrangThai"), str(m_mapping.nationalCode(d.state)) },
        { QStringLiteral("NgayBatDau"), QString() },
        { QStringLiteral("NgayKetThucTheoQuyDinh"), portalTime(d.dueLocal) } };
}

} // namespace motcua::store
