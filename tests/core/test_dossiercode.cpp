// Dossier codes: format, parse, agency pattern, real dates; the allocator's desk ranges, overflow and
// clock check (docs/dossier-codes.md).
#include "core/domain/CodeAllocator.h"
#include "core/domain/DossierCode.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace motcua;

class TestDossierCode : public QObject
{
    Q_OBJECT
private slots:
    void format()
    {
        const DossierCode c { QStringLiteral("000.00.25.G14"), QDate(2025, 3, 12), 7 };
        QCOMPARE(c.toString(), QStringLiteral("000.00.25.G14-250312-0007"));
        QCOMPARE(c.toString().size(), 25);
        QCOMPARE((DossierCode { QStringLiteral("000.00.06.H56"), QDate(2023, 10, 27), 361 }).toString(),
            QStringLiteral("000.00.06.H56-231027-0361"));
        QCOMPARE((DossierCode { QStringLiteral("000.00.25.G14"), QDate(2030, 1, 1), 9999 }).toString(),
            QStringLiteral("000.00.25.G14-300101-9999"));
    }

    void parseRoundTrip()
    {
        auto c = DossierCode::parse(QStringLiteral("000.00.25.G14-250312-0007"));
        QVERIFY(c.ok());
        QCOMPARE(c->agency, QStringLiteral("000.00.25.G14"));
        QCOMPARE(c->date, QDate(2025, 3, 12));
        QCOMPARE(c->sequence, 7);
        QCOMPARE(c->toString(), QStringLiteral("000.00.25.G14-250312-0007"));
        QVERIFY(DossierCode::parse(QStringLiteral(" 000.00.25.G14-250312-0007\n")).ok());
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << ""
                               << "bad_format";
        QTest::newRow("lower-case letter") << "000.00.25.g14-250312-0007"
                                           << "bad_format";
        QTest::newRow("3-digit sequence") << "000.00.25.G14-250312-007"
                                          << "bad_format";
        QTest::newRow("missing group") << "000.00.G14-250312-0007"
                                       << "bad_format";
        QTest::newRow("30 February") << "000.00.25.G14-250230-0007"
                                     << "bad_date";
        QTest::newRow("month 13") << "000.00.25.G14-251301-0007"
                                  << "bad_date";
        QTest::newRow("sequence 0000") << "000.00.25.G14-250312-0000"
                                       << "bad_sequence";
        QTest::newRow("fullwidth digits") << QString::fromUtf8("000.00.25.G14-250312-000７") << "bad_format";
        QTest::newRow("trailing junk") << "000.00.25.G14-250312-0007X"
                                       << "bad_format";
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto c = DossierCode::parse(text);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, code);
        QCOMPARE(c.error().field, QStringLiteral("code"));
    }

    void agencyCode()
    {
        QVERIFY(DossierCode::isValidAgencyCode(QStringLiteral("000.00.00.G14")));
        QVERIFY(DossierCode::isValidAgencyCode(QStringLiteral("000.00.01.H22")));
        QVERIFY(!DossierCode::isValidAgencyCode(QStringLiteral("000.00.00.14")));
        QVERIFY(!DossierCode::isValidAgencyCode(QStringLiteral("00.00.00.G14")));
        QVERIFY(!DossierCode::isValidAgencyCode(QStringLiteral("000.00.00.G14 ")));
        QVERIFY(!DossierCode::isValidAgencyCode(QString()));
    }

    void allocatorSequence()
    {
        const CodeAllocator all(CodeRange {});
        QCOMPARE(all.next(0).value(), 1);
        QCOMPARE(all.next(41).value(), 42);
        QCOMPARE(all.next(9998).value(), 9999);
        auto over = all.next(9999);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, QStringLiteral("sequence_exhausted"));
        QVERIFY(over.error().message.contains(QStringLiteral("0001")));
        QVERIFY(over.error().message.contains(QStringLiteral("9999")));
    }

    void deskSlicesNeverCollide()
    {
        // Two desks with disjoint slices, both offline, issue until exhausted: no number repeats.
        auto a = CodeAllocator::fromJson(QJsonDocument::fromJson(R"({"first": 1, "last": 300})").object());
        auto b = CodeAllocator::fromJson(QJsonDocument::fromJson(R"({"first": 301, "last": 600})").object());
        QVERIFY(a.ok() && b.ok());
        QSet<int> issued;
        for (const CodeAllocator* alloc : { &a.value(), &b.value() }) {
            int last = 0;
            while (true) {
                auto n = alloc->next(last);
                if (!n)
                    break;
                QVERIFY2(!issued.contains(n.value()), "duplicate sequence");
                issued.insert(n.value());
                last = n.value();
            }
        }
        QCOMPARE(issued.size(), 600);
        QCOMPARE(b->next(0).value(), 301); // first number of the day for desk B
        QCOMPARE(b->next(600).error().code, QStringLiteral("sequence_exhausted"));
    }

    void allocatorConfig()
    {
        SiteConfig site;
        QCOMPARE(CodeAllocator::fromSite(site)->range().first, 1);
        QCOMPARE(CodeAllocator::fromSite(site)->range().last, 9999);
        site.setSection(QStringLiteral("codes"), QJsonObject { { "first", 2001 }, { "last", 4000 } });
        QCOMPARE(CodeAllocator::fromSite(site)->range().first, 2001);
        for (const char* bad : { R"({"first": 0})", R"({"last": 10000})", R"({"first": 500, "last": 100})",
                 R"({"first": "1"})", R"({"first": 1.5})" }) {
            auto r = CodeAllocator::fromJson(QJsonDocument::fromJson(bad).object());
            QVERIFY2(!r.ok(), bad);
            QVERIFY(r.error().field.startsWith(QStringLiteral("codes")));
        }
    }

    void clockCheck()
    {
        const QDateTime last = QDateTime(QDate(2025, 3, 12), QTime(2, 5), Qt::UTC);
        QVERIFY(CodeAllocator::checkClock(last.addSecs(60), last).ok());
        QVERIFY(CodeAllocator::checkClock(last, last).ok());
        QVERIFY(CodeAllocator::checkClock(last, QDateTime()).ok());
        auto behind = CodeAllocator::checkClock(last.addDays(-1), last);
        QVERIFY(!behind.ok());
        QCOMPARE(behind.error().code, QStringLiteral("clock_behind"));
        QCOMPARE(behind.error().kind, ErrorKind::Environment);
        QVERIFY(!CodeAllocator::checkClock(QDateTime(), last).ok());
    }
};

QTEST_GUILESS_MAIN(TestDossierCode)
#include "test_dossiercode.moc"
