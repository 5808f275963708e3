// AuditChain: sealing, the canonical byte format (golden vector computed independently with Python's
// json + hashlib), and verify() against every kind of tampering: edit of any field (with and without
// re-sealing), deletion (first, middle, several, last with the stored head), reordering (swaps, moves)
// and insertion (duplicate seq, beyond the head, impossible seq). Each finding must name the row.
#include "core/audit/AuditChain.h"

#include <QJsonArray>
#include <QtTest>

using namespace motcua;
using namespace motcua::audit;
using Finding = AuditChain::Finding;

namespace {

const QDateTime kStart(QDate(2027, 3, 1), QTime(1, 30, 0, 250), Qt::UTC); // 08:30:00.250 local

QList<AuditRecord> makeChain(int n)
{
    const QStringList actors { "lan.nguyen", "hung.tran", "system", "đức.phạm" };
    const QStringList actions { "receive_dossier", "hand_over", "record_payment", "return_result" };
    QList<AuditRecord> rows;
    std::optional<AuditRecord> prev;
    for (int i = 0; i < n; ++i) {
        AuditRecord r;
        r.atUtc = kStart.addMSecs(qint64(i) * 61'001);
        r.actor = actors[i % actors.size()];
        r.action = actions[i % actions.size()];
        r.entity = QStringLiteral("dossier");
        r.entityId = QStringLiteral("000.00.00.G12-270301-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        r.details = QJsonObject { { "status", i % 2 ? "handed_over" : "received" }, { "applicant", "Nguyễn Văn An" },
            { "amount", 50000 * i }, { "missing", QJsonArray { "giay_to_1", i } } };
        const AuditRecord sealed = AuditChain::seal(r, prev);
        rows.append(sealed);
        prev = sealed;
    }
    return rows;
}

AuditChain::Head headOf(const QList<AuditRecord>& rows)
{
    return rows.isEmpty() ? AuditChain::emptyHead() : AuditChain::headOf(rows.last());
}

QString describe(const QList<Finding>& fs)
{
    QStringList out;
    for (const Finding& f : fs)
        out << QStringLiteral("%1 seq=%2 pos=%3: %4").arg(f.problem).arg(f.seq).arg(f.position).arg(f.message);
    return out.isEmpty() ? QStringLiteral("(no findings)") : out.join(QLatin1Char('\n'));
}

// "problem:seq" for each finding, sorted by the verifier.
QStringList summary(const QList<Finding>& fs)
{
    QStringList out;
    for (const Finding& f : fs)
        out << QStringLiteral("%1:%2").arg(f.problem).arg(f.seq);
    return out;
}

void recheckMessages(const QList<Finding>& fs)
{
    for (const Finding& f : fs) {
        QVERIFY2(!f.message.isEmpty(), qPrintable(describe(fs)));
        QVERIFY2(f.message.contains(QString::number(f.seq)), qPrintable(describe(fs)));
    }
}

#define COMPARE_FINDINGS(findings, expected)                                                                           \
    do {                                                                                                               \
        const QList<Finding> _fs = (findings);                                                                         \
        QVERIFY2(summary(_fs) == QStringList(expected), qPrintable(describe(_fs)));                                    \
        recheckMessages(_fs);                                                                                          \
    } while (false)

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenVector()
    {
        AuditRecord r;
        r.seq = 1;
        r.atUtc = QDateTime(QDate(2027, 3, 1), QTime(2, 30, 0, 123), Qt::UTC);
        r.actor = "lan.nguyen";
        r.action = "receive_dossier";
        r.entity = "dossier";
        r.entityId = "000.00.00.G12-270301-0001";
        r.details = QJsonObject { { "status", "received" }, { "channel", "desk" }, { "name", "Nguyễn Văn An" },
            { "fee", 50000 } };
        r.prevHash = AuditChain::genesisHash();
        const QByteArray expected
            = QString::fromUtf8(R"(["motcua-audit-v1","1","2027-03-01T02:30:00.123Z","lan.nguyen","receive_dossier",)"
                                R"("dossier","000.00.00.G12-270301-0001",{"channel":"desk","fee":50000,)"
                                R"("name":"Nguyễn Văn An","status":"received"},)"
                                R"("0000000000000000000000000000000000000000000000000000000000000000"])")
                  .toUtf8();
        QCOMPARE(AuditChain::canonicalBytes(r), expected);
        QCOMPARE(
            AuditChain::computeHash(r), QByteArray("5abdec72bc313e3cc9f81d8dee56744c864b0bd58e340b07baccb5c2f8e2db35"));
        // The same instant expressed in UTC+7 hashes the same.
        r.atUtc = r.atUtc.toOffsetFromUtc(7 * 3600);
        QCOMPARE(
            AuditChain::computeHash(r), QByteArray("5abdec72bc313e3cc9f81d8dee56744c864b0bd58e340b07baccb5c2f8e2db35"));
    }

    // canonicalBytes() is written by hand for speed; it must stay byte-identical to the array
    // QJsonDocument writes (the format's definition), including escapes and odd characters.
    void canonicalBytesEqualQtJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "lan.nguyen";
        QTest::newRow("Vietnamese") << "Đặng Thị Hồng Nhung, 12 Lý Thường Kiệt";
        QTest::newRow("empty") << "";
        QTest::newRow("quote") << "say \"hi\"";
        QTest::newRow("backslash") << "C:\\scans\\a.png";
        QTest::newRow("slash") << "a/b";
        QTest::newRow("controls") << QString::fromUtf8("a\tb\nc\rd\be\ff\x01g\x1f");
        QTest::newRow("nul") << QString(QChar(0)) + "x";
        QTest::newRow("del") << QString::fromUtf8("a\x7f");
        QTest::newRow("line separator") << QString(QChar(0x2028)) + QChar(0x2029);
        QTest::newRow("bom") << QString(QChar(0xFEFF)) + "x";
        QTest::newRow("emoji") << QString::fromUtf8("ký 👍");
        QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) + "x";
        QTest::newRow("lone low surrogate") << QString(QChar(0xDC4D));
        QTest::newRow("latin1 prevHash") << QString::fromLatin1("\xff\xfe"
                                                                "00");
    }

    void canonicalBytesEqualQtJson()
    {
        QFETCH(QString, text);
        AuditRecord r;
        r.seq = 9007199254740993LL; // 2^53 + 1: not representable as a double
        r.atUtc = QDateTime(QDate(2027, 3, 1), QTime(23, 59, 59, 999), Qt::UTC);
        r.actor = text;
        r.action = text + "1";
        r.entity = "2" + text;
        r.entityId = text + text;
        r.details
            = QJsonObject { { text, text }, { "n", 1.5 }, { "nested", QJsonObject { { "z", text }, { "a", true } } } };
        r.prevHash = text.toLatin1();
        const QJsonArray reference { QStringLiteral("motcua-audit-v1"), QStringLiteral("9007199254740993"),
            QStringLiteral("2027-03-01T23:59:59.999Z"), r.actor, r.action, r.entity, r.entityId, r.details,
            QString::fromLatin1(r.prevHash) };
        QCOMPARE(AuditChain::canonicalBytes(r), QJsonDocument(reference).toJson(QJsonDocument::Compact));
    }

    void formatTimeEqualsQt()
    {
        QList<qint64> samples { 0, -1, 1, 86'399'999, -86'400'000, 951'782'400'000 /* 2000-02-29 */,
            4'107'542'399'999 /* 2100-02-28T23:59:59.999 */, -62'135'596'800'000 /* 0001-01-01 */,
            253'402'300'799'999 /* 9999-12-31T23:59:59.999 */ };
        quint64 x = 0x9E3779B97F4A7C15ULL; // fixed xorshift sequence, no wall clock
        for (int i = 0; i < 20000; ++i) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            samples << qint64(x % 400'000'000'000'000ULL) - 100'000'000'000'000LL;
        }
        for (qint64 ms : samples) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QString qt = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
            if (t.date().year() < 1 || t.date().year() > 9999)
                continue; // Qt's own text is used there
            QCOMPARE(AuditChain::formatTime(t), qt);
            QCOMPARE(AuditChain::formatTime(t.toOffsetFromUtc(7 * 3600)), qt);
        }
        QCOMPARE(AuditChain::formatTime(QDateTime()), QString());
    }

    void genesisIs64Zeros()
    {
        QCOMPARE(AuditChain::genesisHash(), QByteArray(64, '0'));
        QCOMPARE(AuditChain::emptyHead().seq, 0);
        QCOMPARE(AuditChain::emptyHead().hash, AuditChain::genesisHash());
    }

    void sealLinksRows()
    {
        const QList<AuditRecord> rows = makeChain(3);
        QCOMPARE(rows[0].seq, 1);
        QCOMPARE(rows[0].prevHash, AuditChain::genesisHash());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].seq, i + 1);
            QCOMPARE(rows[i].hash.size(), 64);
            QCOMPARE(rows[i].hash, rows[i].hash.toLower());
            QCOMPARE(rows[i].hash, AuditChain::computeHash(rows[i]));
            if (i > 0)
                QCOMPARE(rows[i].prevHash, rows[i - 1].hash);
        }
        // Sealing from the head gives the same row as sealing from the previous record.
        AuditRecord r = rows[2];
        r.seq = 99; // ignored: seal assigns seq
        r.hash.clear();
        QCOMPARE(AuditChain::seal(r, AuditChain::headOf(rows[1])).hash, rows[2].hash);
        QCOMPARE(AuditChain::seal(r, std::optional<AuditRecord>(rows[1])).hash, rows[2].hash);
        QCOMPARE(AuditChain::seal(r, AuditChain::Head { 0, {} }).prevHash, AuditChain::genesisHash());
    }

    void sealNormalisesTimeToUtcMilliseconds()
    {
        AuditRecord r;
        r.atUtc = QDateTime(QDate(2027, 3, 1), QTime(9, 30, 15, 7), QTimeZone(7 * 3600));
        const AuditRecord s = AuditChain::seal(r, std::nullopt);
        QCOMPARE(s.atUtc.timeSpec(), Qt::UTC);
        QCOMPARE(AuditChain::formatTime(s.atUtc), QString("2027-03-01T02:30:15.007Z"));
        QCOMPARE(AuditChain::parseTime(AuditChain::formatTime(s.atUtc)), s.atUtc);
        // Stored and read back as text, the row still verifies.
        AuditRecord back = s;
        back.atUtc = AuditChain::parseTime(AuditChain::formatTime(s.atUtc));
        back.details = AuditChain::parseDetails(AuditChain::formatDetails(s.details));
        QCOMPARE(AuditChain::computeHash(back), s.hash);
    }

    void detailsKeyOrderDoesNotMatter()
    {
        AuditRecord a, b;
        a.details = QJsonObject { { "b", 1 }, { "a", QJsonObject { { "y", 2 }, { "x", 3 } } } };
        QJsonObject inner;
        inner.insert("x", 3);
        inner.insert("y", 2);
        b.details.insert("a", inner);
        b.details.insert("b", 1);
        QCOMPARE(AuditChain::canonicalBytes(a), AuditChain::canonicalBytes(b));
        QCOMPARE(AuditChain::formatDetails(a.details), QByteArray(R"({"a":{"x":3,"y":2},"b":1})"));
        QCOMPARE(AuditChain::parseDetails(AuditChain::formatDetails(a.details)), a.details);
        QCOMPARE(AuditChain::parseDetails(""), QJsonObject());
    }

    void fieldsAreDelimited()
    {
        // Moving characters between neighbouring fields must change the hash.
        AuditRecord a, b;
        a.actor = "ab";
        a.action = "c";
        b.actor = "a";
        b.action = "bc";
        QVERIFY(AuditChain::computeHash(a) != AuditChain::computeHash(b));
        AuditRecord c, d;
        c.entity = "x\",\"y";
        d.entity = "x";
        d.entityId = "y";
        QVERIFY(AuditChain::computeHash(c) != AuditChain::computeHash(d));
    }

    void intactChainVerifies()
    {
        const QList<AuditRecord> rows = makeChain(12);
        COMPARE_FINDINGS(AuditChain::verify(rows), {});
        COMPARE_FINDINGS(AuditChain::verify(rows, headOf(rows)), {});
        COMPARE_FINDINGS(AuditChain::verify({}), {});
        COMPARE_FINDINGS(AuditChain::verify({}, AuditChain::emptyHead()), {});
    }

    // Editing any single field of the first, a middle or the last row, without re-sealing.
    void editAnyField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("index");
        const QStringList fields { "seq", "time", "actor", "action", "entity", "entityId", "details", "detailsKey",
            "prevHash", "hash" };
        for (const QString& f : fields)
            for (int index : { 0, 5, 9 })
                QTest::addRow("%s of row %d", qPrintable(f), index + 1) << f << index;
    }

    void editAnyField()
    {
        QFETCH(QString, field);
        QFETCH(int, index);
        QList<AuditRecord> rows = makeChain(10);
        const auto head = headOf(rows);
        AuditRecord& r = rows[index];
        if (field == "seq")
            r.seq += 100;
        else if (field == "time")
            r.atUtc = r.atUtc.addMSecs(1);
        else if (field == "actor")
            r.actor = "ke.gian";
        else if (field == "action")
            r.action = "refuse_dossier";
        else if (field == "entity")
            r.entity = "user";
        else if (field == "entityId")
            r.entityId.replace("0001", "0002").replace("0006", "0007").replace("0010", "0011");
        else if (field == "details")
            r.details["amount"] = r.details["amount"].toInt() + 1;
        else if (field == "detailsKey")
            r.details["note"] = "thêm";
        else if (field == "prevHash")
            r.prevHash[10] = r.prevHash[10] == 'a' ? 'b' : 'a';
        else if (field == "hash")
            r.hash[0] = r.hash[0] == 'a' ? 'b' : 'a';
        const QString expected = QStringLiteral("edited:%1").arg(index + 1); // its true place
        COMPARE_FINDINGS(AuditChain::verify(rows), { expected });
        COMPARE_FINDINGS(AuditChain::verify(rows, head), { expected });
        const auto fs = AuditChain::verify(rows, head);
        QCOMPARE(fs.first().position, index);
        if (field == "seq") // the message also gives the edited number
            QVERIFY2(fs.first().message.contains(QString::number(r.seq)), qPrintable(describe(fs)));
    }

    void editAndResealMiddleRow()
    {
        QList<AuditRecord> rows = makeChain(10);
        AuditRecord forged = rows[4];
        forged.details["amount"] = 1;
        rows[4] = AuditChain::seal(forged, std::optional<AuditRecord>(rows[3]));
        QCOMPARE(rows[4].seq, 5);
        COMPARE_FINDINGS(AuditChain::verify(rows), { "edited:5" });
        COMPARE_FINDINGS(AuditChain::verify(rows, headOf(makeChain(10))), { "edited:5" });
    }

    void editAndResealFirstRowWithAnotherPrevHash()
    {
        QList<AuditRecord> rows = makeChain(4);
        rows[0].prevHash = QByteArray(64, 'f');
        rows[0].hash = AuditChain::computeHash(rows[0]);
        COMPARE_FINDINGS(AuditChain::verify(rows), { "edited:1" });
    }

    void editAndResealLastRowNeedsTheHead()
    {
        const QList<AuditRecord> original = makeChain(6);
        QList<AuditRecord> rows = original;
        AuditRecord forged = rows[5];
        forged.actor = "ke.gian";
        rows[5] = AuditChain::seal(forged, std::optional<AuditRecord>(rows[4]));
        // Without the head the forgery is a valid chain (documented limit)...
        COMPARE_FINDINGS(AuditChain::verify(rows), {});
        // ...with the head the store kept, the last row is named.
        COMPARE_FINDINGS(AuditChain::verify(rows, headOf(original)), { "edited:6" });
    }

    void alteredHeadIsReported()
    {
        const QList<AuditRecord> rows = makeChain(5);
        AuditChain::Head head = headOf(rows);
        head.hash[3] = head.hash[3] == 'a' ? 'b' : 'a';
        COMPARE_FINDINGS(AuditChain::verify(rows, head), { "edited:5" });
    }

    void deleteMiddleRow()
    {
        QList<AuditRecord> rows = makeChain(10);
        const auto head = headOf(rows);
        rows.removeAt(4);
        COMPARE_FINDINGS(AuditChain::verify(rows), { "deleted:5" });
        COMPARE_FINDINGS(AuditChain::verify(rows, head), { "deleted:5" });
        const auto fs = AuditChain::verify(rows, head);
        QCOMPARE(fs.first().position, -1);
        QVERIFY(fs.first().message.contains("4") && fs.first().message.contains("6"));
    }

    void deleteFirstRow()
    {
        QList<AuditRecord> rows = makeChain(5);
        rows.removeFirst();
        COMPARE_FINDINGS(AuditChain::verify(rows), { "deleted:1" });
    }

    void deleteSeveralRows()
    {
        QList<AuditRecord> rows = makeChain(12);
        rows.removeAt(7); // seq 8
        rows.removeAt(2); // seq 3
        rows.removeAt(2); // seq 4
        COMPARE_FINDINGS(AuditChain::verify(rows), (QStringList { "deleted:3", "deleted:4", "deleted:8" }));
    }

    void deleteLastRowNeedsTheHead()
    {
        QList<AuditRecord> rows = makeChain(8);
        const auto head = headOf(rows);
        rows.removeLast();
        // Without the anchor, a shorter chain is a valid chain (documented limit).
        COMPARE_FINDINGS(AuditChain::verify(rows), {});
        COMPARE_FINDINGS(AuditChain::verify(rows, head), { "deleted:8" });
        rows.removeLast();
        rows.removeLast();
        COMPARE_FINDINGS(AuditChain::verify(rows, head), (QStringList { "deleted:6", "deleted:7", "deleted:8" }));
    }

    void deleteEverything()
    {
        const QList<AuditRecord> rows = makeChain(3);
        COMPARE_FINDINGS(AuditChain::verify({}, headOf(rows)), (QStringList { "deleted:1", "deleted:2", "deleted:3" }));
    }

    void hugeGapIsSummarised()
    {
        const AuditChain::Head head { 5000, QByteArray(64, 'e') };
        const auto fs = AuditChain::verify({}, head);
        QCOMPARE(fs.size(), 1001); // 1000 named rows + one summary of the rest
        QCOMPARE(fs.first().seq, 1);
        QCOMPARE(fs.last().problem, QString("deleted"));
        QCOMPARE(fs.last().seq, 1001);
        QVERIFY(fs.last().message.contains("5000"));
    }

    void swapTwoRows_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::newRow("adjacent middle") << 4 << 5;
        QTest::newRow("one apart") << 2 << 4;
        QTest::newRow("far apart") << 1 << 8;
        QTest::newRow("first and second") << 0 << 1;
        QTest::newRow("last two") << 8 << 9;
        QTest::newRow("first and last") << 0 << 9;
    }

    void swapTwoRows()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        QList<AuditRecord> rows = makeChain(10);
        const auto head = headOf(rows);
        rows.swapItemsAt(a, b);
        const QStringList expected { QStringLiteral("reordered:%1").arg(a + 1),
            QStringLiteral("reordered:%1").arg(b + 1) };
        COMPARE_FINDINGS(AuditChain::verify(rows), expected);
        COMPARE_FINDINGS(AuditChain::verify(rows, head), expected);
        const auto fs = AuditChain::verify(rows, head);
        QCOMPARE(fs[0].position, b); // row a+1 now sits where b was
        QCOMPARE(fs[1].position, a);
    }

    void moveOneRow()
    {
        QList<AuditRecord> rows = makeChain(10);
        rows.move(2, 9); // seq 3 moved to the end
        COMPARE_FINDINGS(AuditChain::verify(rows), { "reordered:3" });
        rows = makeChain(10);
        rows.move(8, 0); // seq 9 moved to the front
        COMPARE_FINDINGS(AuditChain::verify(rows), { "reordered:9" });
    }

    void reverseWholeLog()
    {
        QList<AuditRecord> rows = makeChain(5);
        std::reverse(rows.begin(), rows.end());
        // Every row but one is out of order; which one counts as "in place" is arbitrary.
        const auto fs = AuditChain::verify(rows);
        QCOMPARE(fs.size(), 4);
        for (const Finding& f : fs)
            QCOMPARE(f.problem, QString("reordered"));
    }

    void insertForgedDuplicateInTheMiddle()
    {
        QList<AuditRecord> rows = makeChain(10);
        const auto head = headOf(rows);
        AuditRecord forged = rows[4];
        forged.action = "refuse_dossier";
        forged.hash = AuditChain::computeHash(forged); // properly sealed, same seq and prevHash
        rows.insert(5, forged);
        COMPARE_FINDINGS(AuditChain::verify(rows), { "inserted:5" });
        COMPARE_FINDINGS(AuditChain::verify(rows, head), { "inserted:5" });
        QCOMPARE(AuditChain::verify(rows).first().position, 5);
    }

    void insertForgedDuplicateBeforeTheOriginal()
    {
        // Even stored before the genuine row, the forged one is named: it is not what row 6 links to.
        QList<AuditRecord> rows = makeChain(10);
        AuditRecord forged = rows[4];
        forged.entityId = "000.00.00.G12-270301-9999";
        forged.hash = AuditChain::computeHash(forged);
        rows.insert(4, forged);
        const auto fs = AuditChain::verify(rows);
        COMPARE_FINDINGS(fs, { "inserted:5" });
        QCOMPARE(fs.first().position, 4);
    }

    void insertExactCopy()
    {
        QList<AuditRecord> rows = makeChain(6);
        rows.insert(3, rows[2]);
        const auto fs = AuditChain::verify(rows);
        COMPARE_FINDINGS(fs, { "inserted:3" });
        QCOMPARE(fs.first().position, 3);
    }

    void appendBeyondTheHead()
    {
        QList<AuditRecord> rows = makeChain(6);
        const auto head = headOf(rows);
        AuditRecord extra;
        extra.atUtc = kStart.addDays(1);
        extra.actor = "ke.gian";
        extra.action = "return_result";
        rows.append(AuditChain::seal(extra, std::optional<AuditRecord>(rows.last())));
        COMPARE_FINDINGS(AuditChain::verify(rows), {}); // a valid extension without the anchor
        COMPARE_FINDINGS(AuditChain::verify(rows, head), { "inserted:7" });
        // A naive insertion (hash made up) is caught with the head too.
        rows.last().hash = QByteArray(64, '1');
        COMPARE_FINDINGS(AuditChain::verify(rows, head), { "inserted:7" });
    }

    void insertRowWithImpossibleSeq()
    {
        QList<AuditRecord> rows = makeChain(4);
        AuditRecord bogus;
        bogus.seq = 0;
        bogus.prevHash = QByteArray(64, '9');
        bogus.hash = AuditChain::computeHash(bogus);
        rows.insert(2, bogus);
        const auto fs = AuditChain::verify(rows);
        QVERIFY2(summary(fs) == QStringList { "inserted:0" }, qPrintable(describe(fs)));
        QCOMPARE(fs.first().position, 2);
    }

    void severalProblemsAtOnce()
    {
        QList<AuditRecord> rows = makeChain(15);
        const auto head = headOf(rows);
        rows[1].actor = "ke.gian"; // edit seq 2
        rows.removeAt(6); // delete seq 7
        rows.swapItemsAt(9, 11); // seq 11 and 13 (after the deletion shift)
        rows.removeLast(); // delete seq 15
        COMPARE_FINDINGS(AuditChain::verify(rows, head),
            (QStringList { "edited:2", "deleted:7", "reordered:11", "reordered:13", "deleted:15" }));
    }

    void verifiesALongChain()
    {
        const QList<AuditRecord> rows = makeChain(2000);
        COMPARE_FINDINGS(AuditChain::verify(rows, headOf(rows)), {});
        QList<AuditRecord> tampered = rows;
        tampered[1234].entity = "catalogue";
        COMPARE_FINDINGS(AuditChain::verify(tampered, headOf(rows)), { "edited:1235" });
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_auditchain.moc"
