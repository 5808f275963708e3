// Search: FTS5 over folded text (diacritics and đ removed) for names, identity numbers, tax codes,
// phones, codes and procedure names, ranked (exact code/ID/tax code/phone, then names, then the rest,
// newest first within a rank); the dossiers received today; and the tracking book per period.
#include "tests/support/StoreFixture.h"

#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestSearch : public QObject
{
    Q_OBJECT

    // A second store for ranking and today's list. Declared first so that `f`'s clock, installed last,
    // is the one both stores read.
    StoreFixture r;
    StoreFixture f;
    QString anCode, dangCode, bizCode, ownerCode;
    QString binhCode, tranCode, townCode, lanCode;

    QList<store::SearchHit> ranked(const QString& query)
    {
        auto hits = r.store->search(r.clerk, query);
        if (!hits)
            qWarning() << hits.error().message;
        return hits ? hits.value() : QList<store::SearchHit> {};
    }
    static QStringList codesOf(const QList<store::SearchHit>& hits)
    {
        QStringList out;
        for (const auto& h : hits)
            out << h.code;
        return out;
    }

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

        // Oldest first: "tran" is the family name of Bình and Lan, a given name inside Nguyễn Thị Trân's
        // name, and a word of LOCAL-RF-005's name ("... xã, phường, thị trấn").
        QVERIFY(r.setUp());
        binhCode = r.receiveOne(StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-001"), QStringLiteral("Trần Văn Bình"), QStringLiteral("001090099999")));
        tranCode = r.receiveOne(StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-001"), QStringLiteral("Nguyễn Thị Trân"), QStringLiteral("001190088888")));
        townCode = r.receiveOne(StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-005"), QStringLiteral("Lê Thị Mai"), QStringLiteral("001190077777")));
        lanCode = r.receiveOne(StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-001"), QStringLiteral("Trần Thị Lan"), QStringLiteral("001190066666")));
        QVERIFY(!binhCode.isEmpty() && !tranCode.isEmpty() && !townCode.isEmpty() && !lanCode.isEmpty());
    }

    void namesRankAboveTheRest()
    {
        using Match = store::SearchHit::Match;
        // Newest first alone would give Lan, the "thị trấn" procedure, Trân, Bình.
        const auto hits = ranked(QStringLiteral("tran"));
        QCOMPARE(codesOf(hits), (QStringList { lanCode, binhCode, tranCode, townCode }));
        QCOMPARE(hits.at(0).match, Match::NameStart);
        QCOMPARE(hits.at(1).match, Match::NameStart);
        QCOMPARE(hits.at(2).match, Match::Name);
        QCOMPARE(hits.at(3).match, Match::Other);
        QCOMPARE(codesOf(ranked(QStringLiteral("Trần"))), codesOf(hits));
        // The name begins with the words typed, in order, above the same words elsewhere.
        const auto thi = ranked(QStringLiteral("tran thi"));
        // (Bình's dossier too: "tran" in the name and "thi" a prefix of a word in its procedure.)
        QCOMPARE(codesOf(thi), (QStringList { lanCode, tranCode, townCode, binhCode }));
        QCOMPARE(thi.at(1).match, Match::Name);
        QCOMPARE(thi.at(3).match, Match::Other);
        QCOMPARE(codesOf(ranked(QStringLiteral("tran van binh"))), QStringList { binhCode });
    }

    void exactCodeAndNumbersComeFirst()
    {
        using Match = store::SearchHit::Match;
        // The oldest dossier's code, typed as printed or in lower case: found first, as exact.
        for (const QString& typed : { binhCode, binhCode.toLower(), QStringLiteral("  ") + binhCode }) {
            const auto hits = ranked(typed);
            QVERIFY2(!hits.isEmpty(), qPrintable(typed));
            QCOMPARE(hits.first().code, binhCode);
            QCOMPARE(hits.first().match, Match::Exact);
        }
        const auto id = ranked(QStringLiteral("001090099999"));
        QCOMPARE(codesOf(id), QStringList { binhCode });
        QCOMPARE(id.first().match, Match::Exact);
        // Part of a number is found while typing, but is not an exact match.
        const auto part = ranked(QStringLiteral("0011900"));
        QCOMPARE(codesOf(part), (QStringList { lanCode, townCode, tranCode }));
        QCOMPARE(part.first().match, Match::Other);
        // An exact code or number is the whole answer: found by index, without the ranks below it.
        QCOMPARE(codesOf(ranked(binhCode)), QStringList { binhCode });
        // The limit applies after ranking: the best rank survives it.
        auto one = r.store->search(r.clerk, QStringLiteral("tran"), 1);
        QVERIFY(one);
        QCOMPARE(codesOf(one.value()), QStringList { lanCode });
    }

    void sameNumberOnTwoDossiersIsExactTwice()
    {
        // The same person's number on two dossiers, in a store of its own: both, as exact, newest first.
        {
            StoreFixture two;
            QVERIFY(two.setUp());
            const QString first = two.receiveOne(StoreFixture::citizenIntake(
                QStringLiteral("LOCAL-RF-001"), QStringLiteral("Trần Văn Bình"), QStringLiteral("001090099999")));
            const QString again = two.receiveOne(StoreFixture::citizenIntake(
                QStringLiteral("LOCAL-RF-005"), QStringLiteral("Trần Văn Bình"), QStringLiteral("001090099999")));
            const auto twice = two.store->search(two.clerk, QStringLiteral("001090099999"));
            QVERIFY(twice);
            QCOMPARE(codesOf(twice.value()), (QStringList { again, first }));
            QCOMPARE(twice->last().match, store::SearchHit::Match::Exact);
        }
        Clock::setCurrent(f.clock.shared()); // `two` put the system clock back: the other tests read f's
    }

    void receivedTodayNewestFirst()
    {
        // Received on two other days, by the desk's local date (UTC+7: 06:30 local is the day before in UTC).
        f.clock.setLocal(QDate(2025, 4, 1), QTime(6, 30));
        const QString early = r.receiveOne(StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-001"), QStringLiteral("Phạm Văn Sớm"), QStringLiteral("001090055555")));
        f.clock.setLocal(QDate(2025, 4, 1), QTime(16, 45));
        const QString late = r.receiveOne(StoreFixture::citizenIntake(
            QStringLiteral("LOCAL-RF-001"), QStringLiteral("Phạm Văn Muộn"), QStringLiteral("001090044444")));
        f.clock.setLocal(QDate(2025, 4, 2), QTime(8, 0));
        const QString next = r.receiveOne();
        QVERIFY(!early.isEmpty() && !late.isEmpty() && !next.isEmpty());

        auto today = r.store->receivedToday(r.clerk);
        QVERIFY(today);
        QCOMPARE(codesOf(today.value()), QStringList { next });
        f.clock.setLocal(QDate(2025, 4, 1), QTime(23, 59));
        today = r.store->receivedToday(r.clerk);
        QCOMPARE(codesOf(today.value()), (QStringList { late, early }));
        QCOMPARE(today->first().applicantName, QStringLiteral("Phạm Văn Muộn"));
        QCOMPARE(codesOf(r.store->receivedToday(r.clerk, 1).value()), QStringList { late });
        f.clock.setLocal(QDate(2025, 4, 3), QTime(0, 0));
        QVERIFY(r.store->receivedToday(r.clerk)->isEmpty());
        f.clock.setLocal(QDate(2025, 3, 12), QTime(9, 5));
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
        // A number typed in groups (spaces, dots, dashes) is the same exact number.
        QCOMPARE(codes(QStringLiteral("0100 233 488")), QStringList { bizCode });
        QCOMPARE(codes(QStringLiteral("024.3822.3344")), QStringList { bizCode });
        QCOMPARE(
            f.store->search(f.clerk, QStringLiteral("0100-233-488"))->first().match, store::SearchHit::Match::Exact);
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
