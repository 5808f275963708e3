// Outbox records in the national portal's field names (codes-and-integration.md §4.3-4.4), so the
// central side can forward them unchanged: DongBoHoSoMC for the dossier record and
// CapNhatTienDoHoSoMC for progress steps.
#include "core/store/Store.h"

#include "core/Clock.h"

namespace motcua::store {

namespace {

// The portal's sample uses local time "yyyyMMddHHmmss".
QString portalTime(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyyMMddHHmmss")) : QString();
}

} // namespace

QJsonObject Store::dossierRecord(const dossier::Dossier& d) const
{
    const dossier::Party& owner = d.owner ? *d.owner : d.applicant;
    QJsonObject r;
    r.insert(QStringLiteral("MaHoSo"), d.code);
    r.insert(QStringLiteral("MaTTHC"), d.procedureCode);
    r.insert(QStringLiteral("TenTTHC"), d.procedureName);
    r.insert(QStringLiteral("TenLinhVuc"), QString());
    r.insert(QStringLiteral("ChuHoSo"), owner.name);
    // LoaiDoiTuong coding conflicts between sources; the adapter maps our kind (sync settings).
    r.insert(QStringLiteral("LoaiDoiTuong"), dossier::applicantKindName(owner.kind));
    r.insert(QStringLiteral("SoDienThoai"), d.applicant.phone);
    r.insert(QStringLiteral("Email"), d.applicant.email);
    r.insert(QStringLiteral("TrichYeuHoSo"), d.summary.isEmpty() ? d.procedureName : d.summary);
    r.insert(QStringLiteral("NgayTiepNhan"), portalTime(d.receivedAtUtc));
    r.insert(QStringLiteral("NgayHenTra"), portalTime(d.dueLocal));
    r.insert(QStringLiteral("TrangThaiHoSo"), QString::number(m_mapping.nationalCode(d.state)));
    r.insert(QStringLiteral("KenhTiepNhan"), QString::number(workflow::nationalChannelCode(d.channel)));
    r.insert(QStringLiteral("DonViXuLy"), d.processingUnit);
    r.insert(QStringLiteral("HinhThuc"),
        d.returnMethod == QLatin1String("postal") ? QStringLiteral("1") : QStringLiteral("0"));
    if (!d.note.isEmpty() || !d.reason.isEmpty())
        r.insert(QStringLiteral("GhiChu"), d.reason.isEmpty() ? d.note : d.reason);
    if (d.returned) {
        r.insert(QStringLiteral("NgayTra"), portalTime(d.returned->atUtc));
        r.insert(QStringLiteral("ThongTinTra"), d.returned->collectorName);
    }
    QJsonArray fees;
    for (const dossier::FeeNotice& f : d.feeNotices)
        fees.append(QJsonObject { { QStringLiteral("TenPhiLePhi"), f.number },
            { QStringLiteral("MaPhiLePhi"), f.number }, { QStringLiteral("Gia"), f.amountVnd } });
    r.insert(QStringLiteral("DanhSachLePhi"), fees);
    QJsonArray files;
    for (const dossier::Document& doc : d.documents)
        for (const dossier::StoredFile& f : doc.files)
            files.append(
                QJsonObject { { QStringLiteral("TepDinhKemId"), f.sha256 }, { QStringLiteral("TenTepDinhKem"), f.name },
                    { QStringLiteral("IsDeleted"), false }, { QStringLiteral("MaThanhPhanHoSo"), doc.componentId } });
    r.insert(QStringLiteral("TaiLieuNop"), files);
    QJsonArray papers;
    for (const dossier::Document& doc : d.documents)
        papers.append(QJsonObject { { QStringLiteral("TenGiayTo"), doc.componentName },
            { QStringLiteral("SoLuong"), doc.originals + doc.certifiedCopies + doc.photocopies } });
    r.insert(QStringLiteral("DanhSachTepDinhKemKhac"), papers);
    QJsonArray rounds;
    for (const dossier::SupplementRound& s : d.supplements)
        rounds.append(
            QJsonObject { { QStringLiteral("HoSoBoSungId"), QStringLiteral("%1-%2").arg(d.code).arg(s.round) },
                { QStringLiteral("NguoiYeuCauBoSung"), s.requestedBy }, { QStringLiteral("NoiDungBoSung"), s.reason },
                { QStringLiteral("NgayBoSung"), portalTime(s.requestedAtUtc) },
                { QStringLiteral("NguoiTiepNhanBoSung"), s.receivedBy },
                { QStringLiteral("NgayTiepNhanBoSung"), portalTime(s.receivedAtUtc) },
                { QStringLiteral("TrangThaiBoSung"), s.receivedAtUtc.isValid() ? 1 : 0 } });
    r.insert(QStringLiteral("DanhSachHoSoBoSung"), rounds);
    return r;
}

QJsonObject Store::progressRecord(const dossier::Dossier& d, const Actor& actor, const QString& what) const
{
    return { { QStringLiteral("MaHoSo"), d.code },
        { QStringLiteral("NguoiXuLy"), actor.name.isEmpty() ? actor.login : actor.name },
        { QStringLiteral("ThoiDiemXuLy"), portalTime(Clock::current().nowUtc()) },
        { QStringLiteral("PhongBanXuLy"), d.handOvers.isEmpty() ? m_site.unit : d.handOvers.last().toUnit },
        { QStringLiteral("NoiDungXuLy"), what },
        { QStringLiteral("TrangThai"), QString::number(m_mapping.nationalCode(d.state)) },
        { QStringLiteral("NgayKetThucTheoQuyDinh"), portalTime(d.dueLocal) } };
}

} // namespace motcua::store
