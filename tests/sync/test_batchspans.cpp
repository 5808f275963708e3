// BatchSpans: central finds each record's envelope text in a batch as received, so it hashes and keeps
// those bytes instead of serialising the parsed envelope again; strings with braces, brackets, quotes and
// escapes inside, whitespace, members in any order and an element without an envelope are read right,
// and text of another shape gives nothing (central then serialises as before).
#include "sync/central/BatchSpans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using motcua::sync::BatchSpans;

class TestBatchSpans : public QObject
{
    Q_OBJECT

private slots:
    void compactBatchAsTheDeskSendsIt()
    {
        const QJsonObject tricky { { QStringLiteral("service"), QStringLiteral("DongBoHoSoMC") },
            { QStringLiteral("data"),
                QJsonArray { QJsonObject { { QStringLiteral("MaHoSo"), QStringLiteral("a}b]c\"d\\e{[") },
                    { QStringLiteral("TrichYeuHoSo"), QStringLiteral("Cấp phép \"tần số\" {x}") } } } } };
        const QJsonObject plain { { QStringLiteral("service"), QStringLiteral("CapNhatTienDoHoSoMC") },
            { QStringLiteral("data"),
                QJsonArray { QJsonObject { { QStringLiteral("MaHoSo"), QStringLiteral("x") } } } } };
        QJsonArray records;
        for (const QJsonObject& e : { tricky, plain })
            records.append(QJsonObject { { QStringLiteral("idempotency_key"), QStringLiteral("k") },
                { QStringLiteral("service"), e.value(QStringLiteral("service")) }, { QStringLiteral("envelope"), e } });
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("records"), records } }).toJson(QJsonDocument::Compact);
        const QList<QByteArray> spans = BatchSpans::envelopes(body);
        QCOMPARE(spans.size(), 2);
        // Exactly what serialising the parsed envelope gives: the stored text and hash do not change.
        QCOMPARE(spans[0], QJsonDocument(tricky).toJson(QJsonDocument::Compact));
        QCOMPARE(spans[1], QJsonDocument(plain).toJson(QJsonDocument::Compact));
    }

    void whitespaceOrderAndMissingEnvelope()
    {
        const QByteArray body = " { \"other\" : [1, {\"records\": 2}] ,\n \"records\" : [ { \"envelope\" : { \"a\" : "
                                "\"}\" } , \"idempotency_key\" : \"k1\" } ,\n { \"idempotency_key\" : \"k2\" } ] } ";
        const QList<QByteArray> spans = BatchSpans::envelopes(body);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans[0], QByteArray("{ \"a\" : \"}\" }"));
        QVERIFY(spans[1].isNull());
    }

    // Central checks the parsed envelope but keeps the span's bytes: the two must never differ. Keys
    // written twice or with escapes ("envel\u006fpe") are read by Qt's parser in its own way, so such a
    // batch gives no spans (central then keeps the parsed envelope).
    void spansAgreeWithTheParserOrAreNotUsed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("records twice") << QByteArray(
            "{\"records\":[{\"envelope\":{\"a\":1}}],\"records\":[{\"envelope\":{\"a\":2}}]}");
        QTest::newRow("envelope twice") << QByteArray(
            "{\"records\":[{\"envelope\":{\"a\":1},\"envelope\":{\"a\":2}}]}");
        QTest::newRow("escaped envelope key")
            << QByteArray("{\"records\":[{\"envelope\":{\"a\":1},\"envel\\u006fpe\":{\"a\":2}}]}");
        QTest::newRow("escaped envelope key first")
            << QByteArray("{\"records\":[{\"envel\\u006fpe\":{\"a\":2},\"envelope\":{\"a\":1}}]}");
        QTest::newRow("escaped records key")
            << QByteArray("{\"records\":[{\"envelope\":{\"a\":1}}],\"rec\\u006frds\":[{\"envelope\":{\"a\":2}}]}");
        QTest::newRow("plain") << QByteArray("{\"records\":[{\"envelope\":{\"a\":1}},{\"envelope\":{\"b\":[]}}]}");
    }

    void spansAgreeWithTheParserOrAreNotUsed()
    {
        QFETCH(QByteArray, body);
        const QJsonArray records = QJsonDocument::fromJson(body).object().value(QStringLiteral("records")).toArray();
        QVERIFY(!records.isEmpty());
        const QList<QByteArray> spans = BatchSpans::envelopes(body);
        if (spans.size() != records.size())
            return; // not used: central serialises the parsed envelopes
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const QJsonObject parsed = records.at(i).toObject().value(QStringLiteral("envelope")).toObject();
            QCOMPARE(QJsonDocument::fromJson(spans.at(i)).object(), parsed);
        }
        QVERIFY(QByteArray(QTest::currentDataTag()) == "plain"); // only the plain batch gives spans
    }

    void otherShapesGiveNothing()
    {
        QVERIFY(BatchSpans::envelopes("").isEmpty());
        QVERIFY(BatchSpans::envelopes("[1,2]").isEmpty());
        QVERIFY(BatchSpans::envelopes("{\"records\":[{\"envelope\":{\"a\":\"unterminated}]}").isEmpty());
        QVERIFY(BatchSpans::envelopes("{\"records\":{}}").isEmpty());
        QVERIFY(BatchSpans::envelopes("{\"records\":[{\"envelope\":{}}").isEmpty());
    }
};

QTEST_MAIN(TestBatchSpans)
#include "test_batchspans.moc"
