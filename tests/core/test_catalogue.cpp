// Procedure catalogue: parsing the seed format (null = unknown, never invented), incomplete entries
// flagged, versioned date-effective import, and dossiers pinned to the version in force at receipt.
#include "tests/support/StoreFixture.h"

#include "core/catalogue/Procedure.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace motcua;
using namespace motcua::test;
using catalogue::Procedure;

namespace {

QJsonArray seed()
{
    QFile f(QStringLiteral(":/procedures.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).array();
}

QJsonObject entry(const QString& code)
{
    for (const QJsonValue& v : seed())
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    return {};
}

QJsonArray seedWith(const QJsonObject& replacement)
{
    QJsonArray all = seed();
    for (int i = 0; i < all.size(); ++i)
        if (all.at(i).toObject().value(QStringLiteral("code")) == replacement.value(QStringLiteral("code")))
            all.replace(i, replacement);
    return all;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void seedParsesAndUnknownsStayUnknown()
    {
        const QJsonArray all = seed();
        QCOMPARE(all.size(), 15);
        for (const QJsonValue& v : all) {
            auto p = Procedure::fromJson(v.toObject());
            QVERIFY2(p, p ? "" : qPrintable(p.error().message));
            QVERIFY(!p->isComplete()); // every seed entry has at least one unknown value
        }
        auto rf1 = Procedure::fromJson(entry(QStringLiteral("LOCAL-RF-001"))).value();
        QVERIFY(rf1.timeLimit.isKnown());
        QCOMPARE(*rf1.timeLimit.value, 20);
        QVERIFY(!rf1.components.has_value());
        QVERIFY(rf1.fees.has_value());
        QVERIFY(!rf1.fees->at(0).amountVnd.has_value()); // amount from the fee notice, never invented
        QVERIFY(rf1.missingFields().contains(QStringLiteral("components")));
        QVERIFY(rf1.missingFields().contains(QStringLiteral("code")));
        auto unknown = Procedure::fromJson(entry(QStringLiteral("1.011892"))).value();
        QVERIFY(!unknown.timeLimit.isKnown());
        QVERIFY(unknown.missingFields().contains(QStringLiteral("time_limit")));
        QVERIFY(!unknown.missingFields().contains(QStringLiteral("code")));
        QVERIFY(unknown.acceptsChannel(QStringLiteral("online"))); // channels unknown: not refused
        auto rf7 = Procedure::fromJson(entry(QStringLiteral("LOCAL-RF-007"))).value();
        QVERIFY(rf7.missingFields().contains(QStringLiteral("components.counts")));
        QVERIFY(!rf7.component(QStringLiteral("proof-of-change"))->originals.has_value());
        auto rf6 = Procedure::fromJson(entry(QStringLiteral("LOCAL-RF-006"))).value();
        QVERIFY(!rf6.acceptsChannel(QStringLiteral("online")));
    }

    void invalidEntriesNameTheKey()
    {
        QJsonObject e = entry(QStringLiteral("LOCAL-RF-001"));
        e.insert(QStringLiteral("deadline"), 5);
        auto r = Procedure::fromJson(e);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("deadline"));
        e = entry(QStringLiteral("LOCAL-RF-001"));
        e.insert(QStringLiteral("time_limit"),
            QJsonObject { { QStringLiteral("value"), 3 }, { QStringLiteral("unit"), QStringLiteral("weeks") } });
        QCOMPARE(Procedure::fromJson(e).error().field, QStringLiteral("time_limit.unit"));
        e = entry(QStringLiteral("LOCAL-RF-001"));
        e.insert(QStringLiteral("channels"), QJsonArray { QStringLiteral("fax") });
        QCOMPARE(Procedure::fromJson(e).error().field, QStringLiteral("channels"));
        e.remove(QStringLiteral("code"));
        QCOMPARE(Procedure::fromJson(e).error().field, QStringLiteral("code"));
    }

    void versionsAreDateEffective()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        const QString before = f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("1.011892")));
        QVERIFY(!f.store->dossier(f.clerk, before)->dueLocal.isValid());
        // The administrator completes the procedure: 15 working days, from 20/03/2025.
        QJsonObject fixed = entry(QStringLiteral("1.011892"));
        fixed.insert(QStringLiteral("time_limit"),
            QJsonObject {
                { QStringLiteral("value"), 15 }, { QStringLiteral("unit"), QStringLiteral("working_days") } });
        auto report = f.store->importCatalogue(f.admin, seedWith(fixed), QDate(2025, 3, 20));
        QVERIFY(report);
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->unchanged, 14);
        QCOMPARE(report->added, 0);
        // Still version 1 until 20/03.
        QCOMPARE(f.store->procedure(QStringLiteral("1.011892"), QDate(2025, 3, 19))->version, 1);
        QCOMPARE(f.store->procedure(QStringLiteral("1.011892"), QDate(2025, 3, 20))->version, 2);
        f.clock.setLocal(QDate(2025, 3, 20), QTime(9, 0));
        const QString after = f.receiveOne(StoreFixture::citizenIntake(QStringLiteral("1.011892")));
        auto d = f.store->dossier(f.clerk, after);
        QCOMPARE(d->procedureVersion, 2);
        QVERIFY(d->dueLocal.isValid());
        // The old dossier keeps its version (and still has no invented due date).
        auto old = f.store->dossier(f.clerk, before);
        QCOMPARE(old->procedureVersion, 1);
        QVERIFY(!old->dueLocal.isValid());
        // Re-importing the same file changes nothing; a version starting before the last one is refused.
        QCOMPARE(f.store->importCatalogue(f.admin, seedWith(fixed), QDate(2025, 3, 21))->unchanged, 15);
        fixed.insert(QStringLiteral("verified"), true);
        auto back = f.store->importCatalogue(f.admin, seedWith(fixed), QDate(2025, 3, 1));
        QVERIFY(!back);
        QCOMPARE(back.error().field, QStringLiteral("valid_from"));
        // Listing shows the versions in force on a date.
        QCOMPARE(f.store->procedures(QDate(2025, 3, 25))->size(), 15);
        QCOMPARE(f.store->procedures(QDate(2024, 12, 31))->size(), 0);
    }

    void importIsAtomicAndAudited()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        QJsonArray bad = seed();
        QJsonObject broken = entry(QStringLiteral("LOCAL-RF-003"));
        broken.insert(QStringLiteral("channels"), QJsonArray { QStringLiteral("carrier-pigeon") });
        bad.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("NEW-1") },
            { QStringLiteral("name_vi"), QStringLiteral("Thủ tục mới") } });
        bad.append(broken);
        QVERIFY(!f.store->importCatalogue(f.admin, bad, QDate(2025, 4, 1)));
        QVERIFY(!f.store->procedure(QStringLiteral("NEW-1"), QDate(2025, 4, 2)));
        QJsonArray dup = seed();
        dup.append(entry(QStringLiteral("LOCAL-RF-001")));
        QCOMPARE(f.store->importCatalogue(f.admin, dup, QDate(2025, 4, 1)).error().field, QStringLiteral("code"));
        QJsonArray good = seed();
        good.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("NEW-1") },
            { QStringLiteral("name_vi"), QStringLiteral("Thủ tục mới") } });
        auto ok = f.store->importCatalogue(f.admin, good, QDate(2025, 4, 1));
        QVERIFY(ok);
        QCOMPARE(ok->added, 1);
        QVERIFY(ok->incomplete.join(' ').contains(QStringLiteral("NEW-1")));
        // A real national code replaces a placeholder: the placeholder is no longer in force.
        QJsonArray replacing = good;
        QJsonObject real = entry(QStringLiteral("LOCAL-RF-001"));
        real.insert(QStringLiteral("code"), QStringLiteral("1.999001"));
        real.insert(QStringLiteral("replaces"), QStringLiteral("LOCAL-RF-001"));
        replacing.append(real);
        auto rep = f.store->importCatalogue(f.admin, replacing, QDate(2025, 5, 1));
        QVERIFY(rep);
        QCOMPARE(rep->replaced, QStringList { QStringLiteral("LOCAL-RF-001 -> 1.999001") });
        QVERIFY(f.store->procedure(QStringLiteral("LOCAL-RF-001"), QDate(2025, 4, 30)));
        QVERIFY(!f.store->procedure(QStringLiteral("LOCAL-RF-001"), QDate(2025, 5, 1)));
        QVERIFY(!f.store->procedure(QStringLiteral("1.999001"), QDate(2025, 5, 1))->isLocalPlaceholderCode());
        QVERIFY(f.store->verifyAudit(f.admin)->ok());
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
