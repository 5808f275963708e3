// Form sets: versioned, date-effective, keyed by meaning; numbering per workflow-and-forms.md §2.1.
#include "core/forms/FormSet.h"

#include <QJsonDocument>
#include <QtTest>

using namespace motcua::forms;

class TestFormSet : public QObject
{
    Q_OBJECT
private slots:
    void builtinHasBothRegimes()
    {
        const auto& catalog = FormSetCatalog::builtin();
        QCOMPARE(catalog.versions().size(), 2);
        QVERIFY(catalog.byId(QStringLiteral("TT01-2018")));
        QVERIFY(catalog.byId(QStringLiteral("TT03-2025")));
    }

    void setInForceByDate()
    {
        const auto& catalog = FormSetCatalog::builtin();
        QCOMPARE(catalog.inForceOn(QDate(2025, 6, 30))->id, QStringLiteral("TT01-2018"));
        QCOMPARE(catalog.inForceOn(QDate(2025, 7, 1))->id, QStringLiteral("TT03-2025"));
        QCOMPARE(catalog.inForceOn(QDate(2027, 3, 1))->id, QStringLiteral("TT03-2025"));
        QCOMPARE(catalog.inForceOn(QDate(2019, 1, 8))->id, QStringLiteral("TT01-2018"));
        QVERIFY(!catalog.inForceOn(QDate(2010, 1, 1)));
        // An explicit choice wins over the date; an unknown id names the known ones.
        QCOMPARE(catalog.resolve(QStringLiteral("TT01-2018"), QDate(2027, 3, 1))->id, QStringLiteral("TT01-2018"));
        auto missing = catalog.resolve(QStringLiteral("TT99"), QDate(2027, 3, 1));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, QStringLiteral("form_set"));
        QVERIFY(missing.error().message.contains(QStringLiteral("TT03-2025")));
    }

    void numbering_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("number");
        QTest::newRow("A receipt") << "TT01-2018"
                                   << "receipt"
                                   << "01";
        QTest::newRow("A supplement") << "TT01-2018"
                                      << "supplement_request"
                                      << "02";
        QTest::newRow("A refusal") << "TT01-2018"
                                   << "refusal"
                                   << "03";
        QTest::newRow("A book") << "TT01-2018"
                                << "tracking_book"
                                << "06";
        QTest::newRow("B receipt") << "TT03-2025"
                                   << "receipt"
                                   << "01";
        QTest::newRow("B supplement") << "TT03-2025"
                                      << "supplement_request"
                                      << "02";
        QTest::newRow("B refusal") << "TT03-2025"
                                   << "refusal"
                                   << "03";
        QTest::newRow("B apology") << "TT03-2025"
                                   << "apology_extension"
                                   << "04";
        QTest::newRow("B stop") << "TT03-2025"
                                << "stop_processing_notice"
                                << "05";
        QTest::newRow("B control") << "TT03-2025"
                                   << "control_slip"
                                   << "06";
        QTest::newRow("B book") << "TT03-2025"
                                << "tracking_book"
                                << "07";
    }

    void numbering()
    {
        QFETCH(QString, set);
        QFETCH(QString, key);
        QFETCH(QString, number);
        const auto* version = FormSetCatalog::builtin().byId(set);
        QVERIFY(version);
        const auto def = version->form(*formKeyFromName(key));
        QVERIFY(def.exists);
        QCOMPARE(def.number, number);
        QVERIFY(!def.title.isEmpty());
        QVERIFY(def.legalBasis.contains(set.startsWith(QLatin1String("TT01")) ? QStringLiteral("01/2018/TT-VPCP")
                                                                              : QStringLiteral("03/2025/TT-VPCP")));
    }

    void regimeDifferences()
    {
        const auto* a = FormSetCatalog::builtin().byId(QStringLiteral("TT01-2018"));
        const auto* b = FormSetCatalog::builtin().byId(QStringLiteral("TT03-2025"));
        // No stop-processing form in regime A: the key still resolves to a generic, numberless form.
        const auto stopA = a->form(FormKey::StopProcessingNotice);
        QVERIFY(!stopA.exists);
        QVERIFY(stopA.number.isEmpty());
        QCOMPARE(stopA.title, QStringLiteral("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"));
        QVERIFY(b->form(FormKey::StopProcessingNotice).exists);
        // The apology title changes between regimes.
        QCOMPARE(a->form(FormKey::ApologyExtension).title, QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"));
        QCOMPARE(b->form(FormKey::ApologyExtension).title,
            QStringLiteral("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"));
        QCOMPARE(a->form(FormKey::Receipt).signerRoles,
            QStringList({ QStringLiteral("NGƯỜI NỘP HỒ SƠ"), QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ") }));
        QVERIFY(b->form(FormKey::TrackingBook).landscape);
        QVERIFY(b->form(FormKey::TrackingBook).columns.size() >= 12);
    }

    void slipNumbersAndLabels()
    {
        const auto* b = FormSetCatalog::builtin().byId(QStringLiteral("TT03-2025"));
        const QString code = QStringLiteral("000.00.25.G14-250812-0007");
        QCOMPARE(b->slipNumber(FormKey::SupplementRequest, code, 1, 2025), code + QStringLiteral("/HDHS"));
        QCOMPARE(b->slipNumber(FormKey::ApologyExtension, code, 1, 2025), code + QStringLiteral("/PXL"));
        QVERIFY(b->slipNumber(FormKey::Receipt, code, 1, 2025).isEmpty());
        QCOMPARE(b->label(QStringLiteral("motto_2")), QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
        QCOMPARE(b->label(QStringLiteral("form_number"), { { QStringLiteral("number"), QStringLiteral("01") } }),
            QStringLiteral("Mẫu số 01"));
        QCOMPARE(b->label(QStringLiteral("no_such_label")), QStringLiteral("[no_such_label]"));
    }

    void keyNames()
    {
        for (FormKey key : allFormKeys()) {
            QCOMPARE(formKeyFromName(formKeyName(key)), key);
            QCOMPARE(formKeyFromName(formKeyCliName(key)), key);
        }
        QCOMPARE(formKeyFromName(QStringLiteral("apology")), FormKey::ApologyExtension);
        QVERIFY(!formKeyFromName(QStringLiteral("Mẫu 01")));
    }

    void rejectsBadConfiguration()
    {
        auto parse = [](const char* json) {
            return FormSetCatalog::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
        };
        QVERIFY(!parse(R"({"sets":[]})").ok());
        QVERIFY(!parse(R"({"sets":[{"id":"X","forms":{}}]})").ok()); // no valid_from
        auto unknown = parse(R"({"sets":[{"id":"X","valid_from":"2020-01-01","forms":{"receit":{"title":"T"}}}]})");
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("receit")));
        auto overlap = parse(R"({"sets":[{"id":"A","valid_from":"2020-01-01","valid_to":null,"forms":{}},
                                         {"id":"B","valid_from":"2021-01-01","forms":{}}]})");
        QVERIFY(!overlap.ok());
        auto ok = parse(R"({"labels":{"x":"base"},"sets":[{"id":"A","valid_from":"2020-01-01","valid_to":"2020-12-31",
                          "labels":{"x":"own"},"forms":{"receipt":{"number":"9","title":"T"}}}]})");
        QVERIFY(ok.ok());
        QCOMPARE(ok->byId(QStringLiteral("A"))->label(QStringLiteral("x")), QStringLiteral("own"));
        QVERIFY(!ok->inForceOn(QDate(2021, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestFormSet)
#include "test_formset.moc"
