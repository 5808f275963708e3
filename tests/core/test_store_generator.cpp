// SyntheticDossiers: generated data is valid (passes the store's own checks and the audit chain),
// spread over the workflow states, deterministic, and searchable.
#include "tests/support/SqlProbe.h"
#include "tests/support/StoreFixture.h"

#include "core/domain/Validators.h"
#include "core/store/SyntheticDossiers.h"

#include <QSet>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;
using namespace motcua::test;

class TestStoreGenerator : public QObject
{
    Q_OBJECT

private slots:
    void generatedValuesAreValid()
    {
        store::SyntheticDossiers gen(7);
        for (int i = 0; i < 200; ++i) {
            QVERIFY2(validatePersonalId(gen.personalId(1990, i % 2)).ok(), qPrintable(gen.personalId(1990, i % 2)));
            const QString tax = gen.taxCode();
            QVERIFY2(validateTaxCode(tax).ok(), qPrintable(tax));
            QVERIFY(validatePhone(gen.phone()).ok());
            QCOMPARE(gen.personName().split(' ').size(), 3);
        }
    }

    void fillSpreadsStatesAndPassesChecks()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        store::GeneratorOptions o;
        o.count = 400;
        o.from = QDate(2025, 1, 6);
        o.to = QDate(2025, 3, 11);
        o.batchSize = 150;
        auto n = store::SyntheticDossiers::fill(*f.store, f.clerk, f.supervisor, o);
        QVERIFY2(n, n ? "" : qPrintable(n.error().message));
        QCOMPARE(n.value(), qint64(400));
        QCOMPARE(f.store->dossierCount(), qint64(400));
        const QStringList stateList = SqlProbe(f.store->handle()).column("SELECT DISTINCT state FROM dossiers");
        const QSet<QString> states(stateList.cbegin(), stateList.cend());
        for (const char* s : { "received", "processing", "result_ready", "returned", "refused" })
            QVERIFY2(states.contains(QString::fromLatin1(s)), s);
        QVERIFY(states.size() >= 6);
        auto check = f.store->check(f.admin, false);
        QVERIFY(check);
        QVERIFY2(check->ok(), qPrintable(check->problems.mid(0, 5).join('\n')));
        auto hits = f.store->search(f.clerk, QStringLiteral("nguyen"), 10);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestStoreGenerator)
#include "test_store_generator.moc"
