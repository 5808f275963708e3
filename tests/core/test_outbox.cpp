// Outbox: every synced change writes exactly one message in the same transaction, in the national
// portal's field names, with a UUID idempotency key; delivered messages leave the queue.
#include "tests/support/StoreFixture.h"

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
