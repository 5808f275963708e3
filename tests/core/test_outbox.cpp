// Outbox: every synced change writes exactly one message in the same transaction, in the national
// portal's field names, with a UUID idempotency key; delivered messages leave the queue.
#include "core/domain/LookupSecret.h"
#include "core/store/RecordRules.h"
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include <QFile>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace motcua;
using namespace motcua::test;
using workflow::Step;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void receiveWritesDongBoHoSoMC()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        auto items = f.store->pendingOutbox(f.clerk);
        QVERIFY(items);
        QCOMPARE(items->size(), 1);
        const store::OutboxItem& m = items->first();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                    .match(m.key)
                    .hasMatch());
        QCOMPARE(m.service, store::OutboxService::DongBoHoSoMC);
        QCOMPARE(m.dossierCode, code);
        QCOMPARE(m.envelope.value(QStringLiteral("service")).toString(), QStringLiteral("DongBoHoSoMC"));
        QCOMPARE(m.envelope.value(QStringLiteral("isUpdating")).toString(), QStringLiteral("False"));
        const QJsonObject rec = m.envelope.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(rec.value(QStringLiteral("MaHoSo")).toString(), code);
        QCOMPARE(rec.value(QStringLiteral("MaTTHC")).toString(), QStringLiteral("LOCAL-RF-001"));
        QCOMPARE(rec.value(QStringLiteral("NgayTiepNhan")).toString(), QStringLiteral("20250312090500"));
        QCOMPARE(rec.value(QStringLiteral("NgayHenTra")).toString(), QStringLiteral("20250410170000"));
        QCOMPARE(rec.value(QStringLiteral("TrangThaiHoSo")).toString(), QStringLiteral("2"));
        QCOMPARE(rec.value(QStringLiteral("ChuHoSo")).toString(), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(rec.value(QStringLiteral("SoDienThoai")).toString(), QStringLiteral("0912345678"));
        QCOMPARE(rec.value(QStringLiteral("DonViXuLy")).toString(), QStringLiteral("Cục Tần số vô tuyến điện"));
        QVERIFY(rec.value(QStringLiteral("DanhSachLePhi")).isArray());
        QVERIFY(rec.value(QStringLiteral("TaiLieuNop")).isArray());
        // As the public integrations send it (docs/sync-protocol.md "Records").
        QCOMPARE(rec.value(QStringLiteral("LoaiDoiTuong")).toString(), QStringLiteral("1"));
        QCOMPARE(rec.value(QStringLiteral("SoGiayToChuHoSo")).toString(), QStringLiteral("001090012345"));
        const QJsonObject id = rec.value(QStringLiteral("DinhDanhCHS")).toArray().first().toObject();
        QCOMPARE(id.value(QStringLiteral("LoaiDinhDanh")).toString(), QStringLiteral("1"));
        QCOMPARE(id.value(QStringLiteral("SoDinhDanh")).toString(), QStringLiteral("001090012345"));
        QCOMPARE(rec.value(QStringLiteral("KenhThucHien")).toString(), QStringLiteral("1"));
        QVERIFY(!rec.contains(QStringLiteral("KenhTiepNhan")));
        QCOMPARE(rec.value(QStringLiteral("TenLinhVuc")).toString(), QStringLiteral("Tần số vô tuyến điện"));
        for (const QString& field : store::RecordRules::dossierFields())
            QVERIFY2(rec.value(field).isString(), qPrintable(field));
        for (const char* list : { "DanhSachGiayToKetQua", "DanhSachHoSoBoSung", "DanhSachTepDinhKemKhac" })
            QVERIFY2(rec.value(QLatin1String(list)).isArray(), list);
        QCOMPARE(rec.value(QStringLiteral("NgayTra")).toString(), QString());
        QVERIFY(store::RecordRules::checkEnvelope(m.envelope).ok());
        // The receipt's lookup secret goes with the registration (central's public status page checks it),
        // and nowhere into the audit log.
        const QString secret = f.store->dossier(f.clerk, code)->lookupSecret;
        QVERIFY(LookupSecret::isValid(secret));
        QCOMPARE(rec.value(QLatin1String(store::kLookupSecretField)).toString(), secret);
        const QStringList audit = SqlProbe(f.store->handle()).column("SELECT details FROM audit_log");
        QVERIFY(!audit.isEmpty());
        QVERIFY(!audit.join(QLatin1Char('\n')).contains(secret));
        QVERIFY(!f.store->dossier(f.clerk, code)->toJson().contains(QStringLiteral("lookup_secret")));
    }

    void filesCarryTheirAddressAndStringFlags()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        SiteConfig site = SiteConfig::demo();
        site.centralUrl = QUrl(QStringLiteral("http://127.0.0.1:9999"));
        site.setSection(QStringLiteral("national"),
            QJsonObject { { QStringLiteral("applicant_kinds"),
                              QJsonObject { { QStringLiteral("citizen"), QStringLiteral("0") } } },
                { QStringLiteral("field_codes"),
                    QJsonObject { { QStringLiteral("Tần số vô tuyến điện"), QStringLiteral("G14-TS") } } } });
        QVERIFY(f.store->setSite(site));
        const QString src = f.dir.filePath(QStringLiteral("form.pdf"));
        QFile file(src);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 test");
        file.close();
        auto intake = StoreFixture::citizenIntake();
        intake.documents << dossier::IntakeDocument { QStringLiteral("new-application-form"), 1, 0, 0, { src } };
        QVERIFY(!f.receiveOne(intake).isEmpty());
        const auto item = f.store->pendingOutbox(f.clerk)->first();
        const QJsonObject rec = item.envelope.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(rec.value(QStringLiteral("LoaiDoiTuong")).toString(), QStringLiteral("0")); // the adapter's table
        QCOMPARE(rec.value(QStringLiteral("MaLinhVuc")).toString(), QStringLiteral("G14-TS"));
        const QJsonObject tep = rec.value(QStringLiteral("TaiLieuNop")).toArray().first().toObject();
        QCOMPARE(tep.value(QStringLiteral("IsDeleted")).toString(), QStringLiteral("False"));
        const QString sha = tep.value(QStringLiteral("TepDinhKemId")).toString();
        QCOMPARE(sha.size(), 64);
        QCOMPARE(tep.value(QStringLiteral("DuongDanTaiTepTin")).toString(),
            QStringLiteral("http://127.0.0.1:9999/files/sha256/") + sha);
        const QJsonObject paper = rec.value(QStringLiteral("DanhSachTepDinhKemKhac")).toArray().first().toObject();
        QCOMPARE(paper.value(QStringLiteral("SoLuong")).toString(), QStringLiteral("1"));
        QCOMPARE(paper.value(QStringLiteral("LoaiGiayTo")).toString(), QStringLiteral("0"));
        QVERIFY(store::RecordRules::checkEnvelope(item.envelope).ok());
        // A bad table in the site file is refused with the setting named.
        site.setSection(QStringLiteral("national"), QJsonObject { { QStringLiteral("kinds"), 1 } });
        const Status refused = f.store->setSite(site);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("national.kinds"));
    }

    void stepsWriteProgressAndUpdates()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString code = f.receiveOne();
        store::StepRequest r;
        r.step = Step::HandOver;
        r.unit = QStringLiteral("Phòng Cấp phép");
        QVERIFY(f.store->apply(f.clerk, code, r));
        r = {};
        r.step = Step::MarkResultReady;
        QVERIFY(f.store->apply(f.clerk, code, r));
        r = {};
        r.step = Step::ReturnResult;
        QVERIFY(f.store->apply(f.clerk, code, r));
        r = {};
        r.step = Step::Rate;
        r.rating = 1;
        QVERIFY(f.store->apply(f.clerk, code, r)); // ratings stay local: no message
        auto items = f.store->pendingOutbox(f.clerk).value();
        QCOMPARE(items.size(), 4);
        QSet<QString> keys;
        for (const auto& m : items)
            keys << m.key;
        QCOMPARE(keys.size(), 4);
        QCOMPARE(items[1].service, store::OutboxService::CapNhatTienDoHoSoMC);
        const QJsonObject progress = items[1].envelope.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(progress.value(QStringLiteral("MaHoSo")).toString(), code);
        QCOMPARE(progress.value(QStringLiteral("TrangThai")).toString(), QStringLiteral("4"));
        QCOMPARE(progress.value(QStringLiteral("NguoiXuLy")).toString(), QStringLiteral("Nguyễn Thị Hoa"));
        QCOMPARE(progress.value(QStringLiteral("PhongBanXuLy")).toString(), QStringLiteral("Phòng Cấp phép"));
        QVERIFY(progress.contains(QStringLiteral("ThoiDiemXuLy")));
        QCOMPARE(items[2]
                     .envelope.value(QStringLiteral("data"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("TrangThai"))
                     .toString(),
            QStringLiteral("9"));
        QCOMPARE(items[3].service, store::OutboxService::DongBoHoSoMC);
        QCOMPARE(items[3].envelope.value(QStringLiteral("isUpdating")).toString(), QStringLiteral("True"));
        const QJsonObject returned = items[3].envelope.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(returned.value(QStringLiteral("TrangThaiHoSo")).toString(), QStringLiteral("10"));
        QVERIFY(!returned.value(QStringLiteral("NgayTra")).toString().isEmpty());
        QVERIFY(!returned.value(QStringLiteral("NgayKetThucXuLy")).toString().isEmpty());
        for (const auto& m : items)
            QVERIFY2(store::RecordRules::checkEnvelope(m.envelope).ok(), qPrintable(m.key));
        // Delivery.
        QVERIFY(f.store->markFailed(f.clerk, items[0].key, QStringLiteral("HTTP 502")));
        QCOMPARE(f.store->pendingOutbox(f.clerk)->first().attempts, 1);
        QVERIFY(f.store->markDelivered(f.clerk, items[0].key));
        QVERIFY(f.store->markDelivered(f.clerk, items[0].key)); // idempotent
        QCOMPARE(f.store->pendingOutbox(f.clerk)->size(), 3);
        QCOMPARE(f.store->pendingOutbox(f.clerk, 2)->size(), 2);
        // Delivered messages can be pruned after a while; undelivered ones never.
        f.clock.advanceDays(31);
        auto pruned = f.store->pruneDelivered(f.clerk, f.clock.now().addDays(-30));
        QVERIFY(pruned);
        QCOMPARE(pruned.value(), qint64(1));
        QCOMPARE(f.store->pendingOutbox(f.clerk)->size(), 3);
        QCOMPARE(f.store->pruneDelivered(f.clerk, f.clock.now()).value(), qint64(0));
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
    }

    void parkedMessagesWaitForAFix()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        SiteConfig site = SiteConfig::demo();
        site.setSection(QStringLiteral("national"),
            QJsonObject { { QStringLiteral("applicant_kinds"),
                QJsonObject { { QStringLiteral("citizen"), QStringLiteral("C") } } } });
        QVERIFY(f.store->setSite(site));
        const QString code = f.receiveOne();
        const QString other
            = f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), QStringLiteral("Lê Văn Bình")));
        auto items = f.store->pendingOutbox(f.clerk).value();
        QCOMPARE(items.size(), 2);
        QVERIFY(f.store->markFailed(f.clerk, items[0].key, QStringLiteral("LoaiDoiTuong: not a code")));
        auto counts = f.store->outboxCounts(f.clerk).value();
        QCOMPARE(counts.pending, qint64(2));
        QCOMPARE(counts.parked, qint64(1));
        QVERIFY(counts.pendingBytes > 500);
        auto parked = f.store->parkedOutbox(f.clerk).value();
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked[0].dossierCode, code);
        QCOMPARE(parked[0].lastError, QStringLiteral("LoaiDoiTuong: not a code"));
        QCOMPARE(f.store->pendingOutbox(f.clerk, 100, items[0].id).value().first().dossierCode, other);
        // The fix: the site's table; the released record is rebuilt with it, under the same key.
        site.setSection(QStringLiteral("national"), {});
        QVERIFY(f.store->setSite(site));
        QCOMPARE(f.store->retryParked(f.clerk).value(), 1);
        QCOMPARE(f.store->outboxCounts(f.clerk)->parked, qint64(0));
        const auto again = f.store->pendingOutbox(f.clerk).value().first();
        QCOMPARE(again.key, items[0].key);
        QVERIFY(!again.parked());
        QCOMPARE(again.envelope.value(QStringLiteral("data"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("LoaiDoiTuong"))
                     .toString(),
            QStringLiteral("1"));
        QCOMPARE(f.store->retryParked(f.clerk).value(), 0);
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
    }

    void guidanceIsNotSyncedUntilReceived()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto intake = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-002"));
        intake.decision = dossier::IntakeDecision::RequestSupplement;
        intake.reason = QStringLiteral("Thiếu văn bản");
        intake.missing = { QStringLiteral("new-mofa-request-letter") };
        const QString code = f.receiveOne(intake);
        QCOMPARE(f.store->pendingOutbox(f.clerk)->size(), 0);
        store::StepRequest r;
        r.step = Step::SupplementReceived;
        QVERIFY(f.store->apply(f.clerk, code, r));
        auto items = f.store->pendingOutbox(f.clerk).value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].service, store::OutboxService::DongBoHoSoMC);
        QCOMPARE(items[0].envelope.value(QStringLiteral("isUpdating")).toString(), QStringLiteral("False"));
    }

    void refusalAtIntakeIsSynced()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        auto intake = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-005"));
        intake.decision = dossier::IntakeDecision::Refuse;
        intake.reason = QStringLiteral("Thủ tục cấp tỉnh, không thuộc thẩm quyền");
        const QString code = f.receiveOne(intake);
        QVERIFY(!code.isEmpty());
        auto items = f.store->pendingOutbox(f.clerk).value();
        QCOMPARE(items.size(), 1);
        const QJsonObject rec = items[0].envelope.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(rec.value(QStringLiteral("TrangThaiHoSo")).toString(), QStringLiteral("3"));
        QCOMPARE(rec.value(QStringLiteral("GhiChu")).toString(), intake.reason);
        QCOMPARE(f.store->dossier(f.clerk, code)->bookSerial, 0); // not in the tracking book
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
