// Search: FTS5 over folded text (diacritics and đ removed) for names, identity numbers, tax codes,
// phones, codes and procedure names; and the tracking book per period.
#include "tests/support/StoreFixture.h"

#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestSearch : public QObject
{
    Q_OBJECT

    StoreFixture f;
    QString anCode, dangCode, bizCode, ownerCode;

    QStringList codes(const QString& query)
    {
        QStringList out;
        auto hits = f.store->search(f.clerk, query);
        if (!hits) {
            qWarning() << hits.error().message;
            return { QStringLiteral("<error>") };
        }
        for (const auto& h : hits.value())
            out << h.code;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.setUp());
        anCode = f.receiveOne(StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-001"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("001090012345")));
        dangCode = f.receiveOne(StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-VT-001"), QStringLiteral("Đặng Thị Ánh"), QStringLiteral("079190054321")));
        auto biz = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"));
        biz.applicant.kind = dossier::ApplicantKind::Business;
        biz.applicant.name = QStringLiteral("Công ty TNHH Viễn thông Đông Á");
        biz.applicant.idNumber.clear();
        biz.applicant.taxCode = QStringLiteral("0100233488");
        biz.applicant.phone = QStringLiteral("02438223344");
        bizCode = f.receiveOne(biz);
        auto withOwner = StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-001"), QStringLiteral("Trần Minh Tuấn"), QStringLiteral("001088011111"));
        dossier::Party owner;
        owner.kind = dossier::ApplicantKind::Citizen;
        owner.name = QStringLiteral("Hoàng Thị Phượng");
        owner.idNumber = QStringLiteral("001185022222");
        withOwner.owner = owner;
        ownerCode = f.receiveOne(withOwner);
        QVERIFY(!anCode.isEmpty() && !dangCode.isEmpty() && !bizCode.isEmpty() && !ownerCode.isEmpty());
    }

    void namesWithAndWithoutDiacritics()
    {
        QCOMPARE(codes(QStringLiteral("nguyen van an")), QStringList { anCode });
        QCOMPARE(codes(QStringLiteral("Nguyễn Văn An")), QStringList { anCode });
        QCOMPARE(codes(QStringLiteral("NGUYEN VAN AN")), QStringList { anCode });
        QCOMPARE(codes(QStringLiteral("Đặng")), QStringList { dangCode });
        QCOMPARE(codes(QStringLiteral("dang")), QStringList { dangCode });
        QCOMPARE(codes(QStringLiteral("đặng thị ánh")), QStringList { dangCode });
        QCOMPARE(codes(QStringLiteral("Dang Thi Anh")), QStringList { dangCode });
        // Decomposed input (combining marks, as some keyboards send it) folds the same way.
        QCOMPARE(codes(QStringLiteral("Đặng").normalized(QString::NormalizationForm_D)), QStringList { dangCode });
        QCOMPARE(codes(QStringLiteral("dong a")), QStringList { bizCode });
        QCOMPARE(codes(QStringLiteral("phuong")), QStringList { ownerCode }); // the owner's name
        QVERIFY(codes(QStringLiteral("nguyen van binh")).isEmpty());
    }

    void numbersCodesAndProcedures()
    {
        QCOMPARE(codes(QStringLiteral("001090012345")), QStringList { anCode });
        QCOMPARE(codes(QStringLiteral("0100233488")), QStringList { bizCode });
        QCOMPARE(codes(QStringLiteral("02438223344")), QStringList { bizCode });
        QCOMPARE(codes(QStringLiteral("0243822")), QStringList { bizCode }); // phone prefix while typing
        QCOMPARE(codes(dangCode), QStringList { dangCode });
        QCOMPARE(codes(QStringLiteral("001185022222")), QStringList { ownerCode });
        const QStringList rf = codes(QStringLiteral("nghiep vu di dong")); // words of LOCAL-RF-001 only
        QCOMPARE(rf.size(), 3);
        QVERIFY(!rf.contains(dangCode));
        QCOMPARE(codes(QStringLiteral("ha tang mang")), QStringList { dangCode }); // LOCAL-VT-001
        QCOMPARE(codes(QStringLiteral("LOCAL-VT-001")), QStringList { dangCode });
        // Newest first.
        QCOMPARE(codes(QStringLiteral("nghiep vu")).first(), ownerCode);
    }

    void emptyQueryIsRejected()
    {
        auto r = f.store->search(f.clerk, QStringLiteral("  ,. "));
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("text"));
        // FTS syntax in the query is data, not syntax.
        QVERIFY(f.store->search(f.clerk, QStringLiteral("\"an\" OR NEAR(x")).ok());
    }

    void trackingBookPerPeriod()
    {
        f.clock.setLocal(QDate(2025, 3, 13), QTime(10, 0));
        const QString next = f.receiveOne();
        store::StepRequest r;
        r.step = workflow::Step::HandOver;
        QVERIFY(f.store->apply(f.clerk, anCode, r));
        auto day1 = f.store->trackingBook(f.supervisor, QDate(2025, 3, 12), QDate(2025, 3, 12));
        QVERIFY(day1);
        QCOMPARE(day1->size(), 4);
        QCOMPARE(day1->at(0).serial, 1);
        QCOMPARE(day1->at(0).code, anCode);
        QCOMPARE(day1->at(0).applicantName, QStringLiteral("Nguyễn Văn An"));
        QVERIFY(day1->at(0).handedOverUtc.isValid());
        QVERIFY(day1->at(0).dueLocal.isValid());
        QVERIFY(!day1->at(1).handedOverUtc.isValid());
        auto day2 = f.store->trackingBook(f.supervisor, QDate(2025, 3, 13), QDate(2025, 3, 13));
        QCOMPARE(day2->size(), 1);
        QCOMPARE(day2->at(0).code, next);
        QCOMPARE(day2->at(0).serial, 5);
        auto both = f.store->trackingBook(f.supervisor, QDate(2025, 3, 1), QDate(2025, 3, 31));
        QCOMPARE(both->size(), 5);
        QVERIFY(!f.store->trackingBook(f.supervisor, QDate(2025, 3, 13), QDate(2025, 3, 12)));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
