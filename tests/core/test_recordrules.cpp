// RecordRules: a record the public integrations would send passes; each kind of nonconforming record
// is refused with the offending field named (the reference central answers 4xx with that field).
#include "core/domain/LookupSecret.h"
#include "core/store/RecordRules.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace motcua;
using store::RecordRules;

namespace {

QJsonObject goodDossier()
{
    QJsonObject r;
    for (const QString& f : RecordRules::dossierFields())
        r.insert(f, QString());
    r[QStringLiteral("MaHoSo")] = QStringLiteral("000.00.25.G14-250312-0007");
    r[QStringLiteral("MaTTHC")] = QStringLiteral("1.011892");
    r[QStringLiteral("TenTTHC")] = QStringLiteral("Cấp đổi giấy phép");
    r[QStringLiteral("ChuHoSo")] = QStringLiteral("Công ty TNHH Ví Dụ");
    r[QStringLiteral("LoaiDoiTuong")] = QStringLiteral("2");
    r[QStringLiteral("TrichYeuHoSo")] = QStringLiteral("Đề nghị cấp đổi");
    r[QStringLiteral("NgayTiepNhan")] = QStringLiteral("20250312090530");
    r[QStringLiteral("NgayHenTra")] = QStringLiteral("20250410170000");
    r[QStringLiteral("TrangThaiHoSo")] = QStringLiteral("2");
    r[QStringLiteral("KenhThucHien")] = QStringLiteral("1");
    r[QStringLiteral("HinhThuc")] = QStringLiteral("0");
    r[QStringLiteral("DonViXuLy")] = QStringLiteral("Cục Tần số vô tuyến điện");
    for (const char* list : { "TaiLieuNop", "DanhSachLePhi", "DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung",
             "DanhSachGiayToKetQua", "DinhDanhCHS" })
        r.insert(QLatin1String(list), QJsonArray());
    r[QStringLiteral("TaiLieuNop")]
        = QJsonArray { QJsonObject { { QStringLiteral("TepDinhKemId"), QStringLiteral("ab") },
            { QStringLiteral("TenTepDinhKem"), QStringLiteral("don.pdf") },
            { QStringLiteral("IsDeleted"), QStringLiteral("False") },
            { QStringLiteral("MaThanhPhanHoSo"), QStringLiteral("TP1") },
            { QStringLiteral("DuongDanTaiTepTin"), QStringLiteral("https://central.example/files/sha256/ab") } } };
    return r;
}

} // namespace

class TestRecordRules : public QObject
{
    Q_OBJECT

private slots:
    void conformingRecordPasses()
    {
        QVERIFY(RecordRules::checkRecord(QStringLiteral("DongBoHoSoMC"), goodDossier()).ok());
        const QJsonObject envelope { { QStringLiteral("service"), QStringLiteral("DongBoHoSoMC") },
            { QStringLiteral("isUpdating"), QStringLiteral("False") },
            { QStringLiteral("data"), QJsonArray { goodDossier() } } };
        QVERIFY(RecordRules::checkEnvelope(envelope).ok());
    }

    // The desk's lookup secret (issue 15) is optional; when sent, it is a valid secret, and the refusal
    // never quotes it back.
    void lookupSecretField()
    {
        QJsonObject r = goodDossier();
        const QString secret = LookupSecret::generate();
        QVERIFY(LookupSecret::isValid(secret));
        r[QLatin1String(store::kLookupSecretField)] = secret;
        QVERIFY(RecordRules::checkRecord(QStringLiteral("DongBoHoSoMC"), r).ok());
        r[QLatin1String(store::kLookupSecretField)] = QString();
        QVERIFY(RecordRules::checkRecord(QStringLiteral("DongBoHoSoMC"), r).ok());
        r[QLatin1String(store::kLookupSecretField)] = QStringLiteral("abcdefgh");
        const Status s = RecordRules::checkRecord(QStringLiteral("DongBoHoSoMC"), r);
        QVERIFY(!s.ok());
        QVERIFY(!s.error().message.contains(QStringLiteral("abcdefgh")));
    }

    // Secrets use the unambiguous alphabet only and are not repeated (drawn, not derived).
    void lookupSecretsAreRandom()
    {
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const QString s = LookupSecret::generate();
            QVERIFY2(LookupSecret::isValid(s), qPrintable(s));
            for (const QChar c : { QChar('0'), QChar('O'), QChar('1'), QChar('I'), QChar('L') })
                QVERIFY(!s.contains(c));
            seen.insert(s);
        }
        QCOMPARE(seen.size(), 500);
        QVERIFY(!LookupSecret::isValid(QStringLiteral("23456789A")));
        QVERIFY(!LookupSecret::isValid(QStringLiteral("2345678a")));
    }

    void nonconformingNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("boolean flag") << QStringLiteral("GhiChu") << QJsonValue(false) << QStringLiteral("GhiChu");
        QTest::newRow("missing field") << QStringLiteral("Fax") << QJsonValue(QJsonValue::Undefined)
                                       << QStringLiteral("Fax");
        QTest::newRow("word for kind") << QStringLiteral("LoaiDoiTuong") << QJsonValue(QStringLiteral("citizen"))
                                       << QStringLiteral("LoaiDoiTuong");
        QTest::newRow("bad status") << QStringLiteral("TrangThaiHoSo") << QJsonValue(QStringLiteral("11"))
                                    << QStringLiteral("TrangThaiHoSo");
        QTest::newRow("bad time") << QStringLiteral("NgayTiepNhan") << QJsonValue(QStringLiteral("2025-03-12"))
                                  << QStringLiteral("NgayTiepNhan");
        QTest::newRow("bad code") << QStringLiteral("MaHoSo") << QJsonValue(QStringLiteral("X-1"))
                                  << QStringLiteral("MaHoSo");
        QTest::newRow("empty summary") << QStringLiteral("TrichYeuHoSo") << QJsonValue(QStringLiteral(" "))
                                       << QStringLiteral("TrichYeuHoSo");
        QTest::newRow("channel") << QStringLiteral("KenhThucHien") << QJsonValue(QStringLiteral("9"))
                                 << QStringLiteral("KenhThucHien");
        QTest::newRow("bool in file") << QStringLiteral(
            "TaiLieuNop") << QJsonValue(QJsonArray { QJsonObject { { QStringLiteral("IsDeleted"), false } } })
                                      << QStringLiteral("TaiLieuNop[0].IsDeleted");
        QTest::newRow("no file url") << QStringLiteral("TaiLieuNop")
                                     << QJsonValue(QJsonArray {
                                            QJsonObject { { QStringLiteral("TepDinhKemId"), QStringLiteral("a") },
                                                { QStringLiteral("TenTepDinhKem"), QStringLiteral("a.pdf") },
                                                { QStringLiteral("IsDeleted"), QStringLiteral("False") },
                                                { QStringLiteral("MaThanhPhanHoSo"), QStringLiteral("TP1") } } })
                                     << QStringLiteral("TaiLieuNop[0].DuongDanTaiTepTin");
        QTest::newRow("lookup secret with a look-alike")
            << QStringLiteral("MaTraCuu") << QJsonValue(QStringLiteral("ABCD1234")) << QStringLiteral("MaTraCuu");
        QTest::newRow("lookup secret too short")
            << QStringLiteral("MaTraCuu") << QJsonValue(QStringLiteral("ABCD")) << QStringLiteral("MaTraCuu");
        QTest::newRow("short id") << QStringLiteral("DinhDanhCHS")
                                  << QJsonValue(QJsonArray {
                                         QJsonObject { { QStringLiteral("LoaiDinhDanh"), QStringLiteral("1") },
                                             { QStringLiteral("SoDinhDanh"), QStringLiteral("12345") } } })
                                  << QStringLiteral("DinhDanhCHS[0].SoDinhDanh");
    }

    void nonconformingNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject r = goodDossier();
        if (value.isUndefined())
            r.remove(field);
        else
            r[field] = value;
        const Status s = RecordRules::checkRecord(QStringLiteral("DongBoHoSoMC"), r);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, expected);
        QCOMPARE(s.error().code, QStringLiteral("nonconforming_record"));
        QVERIFY(!s.error().message.isEmpty());
    }

    void progressRules()
    {
        QJsonObject p;
        for (const QString& f : RecordRules::progressFields())
            p.insert(f, QString());
        p[QStringLiteral("MaHoSo")] = QStringLiteral("000.00.25.G14-250312-0007");
        p[QStringLiteral("NguoiXuLy")] = QStringLiteral("Nguyễn Thị Hoa");
        p[QStringLiteral("ThoiDiemXuLy")] = QStringLiteral("20250312090530");
        p[QStringLiteral("NoiDungXuLy")] = QStringLiteral("Tiếp nhận");
        p[QStringLiteral("TrangThai")] = QStringLiteral("2");
        QVERIFY(RecordRules::checkRecord(QStringLiteral("CapNhatTienDoHoSoMC"), p).ok());
        p[QStringLiteral("NguoiXuLy")] = QString(51, QLatin1Char('a'));
        QCOMPARE(RecordRules::checkRecord(QStringLiteral("CapNhatTienDoHoSoMC"), p).error().field,
            QStringLiteral("NguoiXuLy"));
        QCOMPARE(RecordRules::checkRecord(QStringLiteral("Other"), p).error().field, QStringLiteral("service"));
    }
};

QTEST_GUILESS_MAIN(TestRecordRules)
#include "test_recordrules.moc"
