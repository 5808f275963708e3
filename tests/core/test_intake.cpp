// IntakeRequest::fromJson under hostile input (issue 12): files only regular files under the intake
// JSON's folder (no symbolic links, devices, "..", absolute paths elsewhere) unless the site allows
// them, with a size cap; control characters, bidi overrides and escape sequences refused naming the
// field; every text field capped; types strict. The idempotency key is read and not fingerprinted.
#include "core/dossier/Intake.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::dossier;

namespace {

QJsonObject minimal()
{
    return QJsonObject { { QStringLiteral("procedure"), QStringLiteral("LOCAL-RF-001") },
        { QStringLiteral("applicant"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Nguyễn Văn An") },
                { QStringLiteral("id_number"), QStringLiteral("001090012345") },
                { QStringLiteral("phone"), QStringLiteral("0912345678") } } } };
}

QJsonObject withFiles(const QJsonValue& files)
{
    QJsonObject o = minimal();
    o.insert(QStringLiteral("documents"),
        QJsonArray { QJsonObject { { QStringLiteral("component"), QStringLiteral("don") },
            { QStringLiteral("originals"), 1 }, { QStringLiteral("files"), files } } });
    return o;
}

bool writeFile(const QString& path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QByteArray(size, 'x')) == size;
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base; // the intake JSON's folder

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("intake"));
        QVERIFY(writeFile(m_base + QStringLiteral("/scans/page-1.png"), 10));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("secret.txt")), 10)); // outside the folder
        QVERIFY(writeFile(m_base + QStringLiteral("/big.png"), 2 * 1024 * 1024 + 1));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret.txt")), m_base + QStringLiteral("/link.png")));
        QVERIFY(QFile::link(m_base + QStringLiteral("/scans/page-1.png"), m_base + QStringLiteral("/inner-link.png")));
    }

    void aFileUnderTheFolderIsAccepted()
    {
        auto r = IntakeRequest::fromJson(withFiles(QJsonArray { QStringLiteral("scans/page-1.png") }), m_base);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->documents.first().files.size(), 1);
    }

    void filesOutsideOrNotRegularAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("dot-dot") << QStringLiteral("../secret.txt");
        QTest::newRow("absolute elsewhere") << m_dir.filePath(QStringLiteral("secret.txt"));
        QTest::newRow("etc passwd") << QStringLiteral("/etc/passwd");
        QTest::newRow("symlink out") << QStringLiteral("link.png");
        QTest::newRow("symlink inside") << QStringLiteral("inner-link.png");
        QTest::newRow("device") << QStringLiteral("/dev/null");
        QTest::newRow("folder") << QStringLiteral("scans");
    }

    void filesOutsideOrNotRegularAreRefused()
    {
        QFETCH(QString, file);
        auto r = IntakeRequest::fromJson(withFiles(QJsonArray { file }), m_base);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("documents[0].files[0]"));
    }

    void theSiteMayAllowFilesElsewhere()
    {
        IntakeFileRules rules;
        rules.anywhere = true;
        QVERIFY(IntakeRequest::fromJson(withFiles(QJsonArray { QStringLiteral("../secret.txt") }), m_base, rules));
        // Never a link or a device, though.
        QVERIFY(!IntakeRequest::fromJson(withFiles(QJsonArray { QStringLiteral("link.png") }), m_base, rules));
        QVERIFY(!IntakeRequest::fromJson(withFiles(QJsonArray { QStringLiteral("/dev/null") }), m_base, rules));
        const auto fromSite = IntakeFileRules::fromSiteSection(
            QJsonObject { { QStringLiteral("files_anywhere"), true }, { QStringLiteral("max_file_mb"), 2 } });
        QVERIFY(fromSite.anywhere);
        QCOMPARE(fromSite.maxBytes, qint64(2) * 1024 * 1024);
    }

    void filesAreCappedInSize()
    {
        IntakeFileRules rules;
        rules.maxBytes = 2 * 1024 * 1024;
        auto r = IntakeRequest::fromJson(withFiles(QJsonArray { QStringLiteral("big.png") }), m_base, rules);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("documents[0].files[0]"));
        QVERIFY(IntakeRequest::fromJson(withFiles(QJsonArray { QStringLiteral("big.png") }), m_base));
    }

    void typesAreStrict_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("files a string") << withFiles(QStringLiteral("x.png")) << QStringLiteral("documents[0].files");
        QTest::newRow("file a number") << withFiles(QJsonArray { 7 }) << QStringLiteral("documents[0].files[0]");
        QJsonObject component = withFiles(QJsonArray {});
        QJsonArray docs = component.value(QStringLiteral("documents")).toArray();
        QJsonObject d = docs.first().toObject();
        d.insert(QStringLiteral("component"), 12);
        component.insert(QStringLiteral("documents"), QJsonArray { d });
        QTest::newRow("component a number") << component << QStringLiteral("documents[0].component");
        QJsonObject missing = minimal();
        missing.insert(QStringLiteral("decision"), QStringLiteral("request-supplement"));
        missing.insert(QStringLiteral("reason"), QStringLiteral("thiếu"));
        missing.insert(QStringLiteral("missing"), QJsonArray { 3 });
        QTest::newRow("missing a number") << missing << QStringLiteral("missing[0]");
        QJsonObject postal = minimal();
        postal.insert(QStringLiteral("postal"), QJsonObject { { QStringLiteral("item_number"), 5 } });
        QTest::newRow("postal a number") << postal << QStringLiteral("postal.item_number");
        QJsonObject key = minimal();
        key.insert(QStringLiteral("idempotency_key"), 5);
        QTest::newRow("key a number") << key << QStringLiteral("idempotency_key");
    }

    void typesAreStrict()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        auto r = IntakeRequest::fromJson(json, m_base);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
    }

    void hiddenCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("NUL in name") << "name" << QStringLiteral("Nguyễn") + QChar(0) + QStringLiteral("An")
                                     << "applicant.name";
        QTest::newRow("BEL in name") << "name" << QStringLiteral("Nguyễn\aAn") << "applicant.name";
        QTest::newRow("escape in address") << "address" << QStringLiteral("\x1b[31m12 Láng Hạ") << "applicant.address";
        QTest::newRow("RLO in name") << "name" << QStringLiteral("An\u202Egnaov") << "applicant.name";
        QTest::newRow("isolate in note") << "note" << QStringLiteral("ghi chú \u2066x\u2069") << "note";
        QTest::newRow("C1 in summary") << "summary" << QStringLiteral("xin cấp\u009b") << "summary";
    }

    void hiddenCharactersAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QJsonObject json = minimal();
        if (field.startsWith(QLatin1String("applicant."))) {
            QJsonObject a = json.value(QStringLiteral("applicant")).toObject();
            a.insert(key, value);
            json.insert(QStringLiteral("applicant"), a);
        } else {
            json.insert(key, value);
        }
        auto r = IntakeRequest::fromJson(json, m_base);
        QVERIFY(!r);
        QCOMPARE(r.error().field, field);
        QCOMPARE(r.error().code, QStringLiteral("invalid_character"));
    }

    void lineBreaksStayAllowedInNotes()
    {
        QJsonObject json = minimal();
        json.insert(QStringLiteral("note"), QStringLiteral("dòng 1\ndòng 2\tcột"));
        QVERIFY(IntakeRequest::fromJson(json, m_base));
    }

    void lengthsAreCapped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("limit");
        QTest::newRow("note") << "note" << IntakeTextLimits::kNote;
        QTest::newRow("summary") << "summary" << IntakeTextLimits::kNote;
        QTest::newRow("name") << "applicant.name" << IntakeTextLimits::kName;
        QTest::newRow("address") << "applicant.address" << IntakeTextLimits::kAddress;
    }

    void lengthsAreCapped()
    {
        QFETCH(QString, key);
        QFETCH(int, limit);
        for (const int size : { limit, limit + 1 }) {
            QJsonObject json = minimal();
            const QString value(size, QChar(u'ă'));
            if (key.startsWith(QLatin1String("applicant."))) {
                QJsonObject a = json.value(QStringLiteral("applicant")).toObject();
                a.insert(key.mid(10), value);
                json.insert(QStringLiteral("applicant"), a);
            } else {
                json.insert(key, value);
            }
            auto r = IntakeRequest::fromJson(json, m_base);
            QCOMPARE(bool(r), size == limit);
            if (!r) {
                QCOMPARE(r.error().field, key);
                QCOMPARE(r.error().code, QStringLiteral("too_long"));
            }
        }
    }

    void aNineMegabyteNoteIsRefused()
    {
        QJsonObject json = minimal();
        json.insert(QStringLiteral("note"), QString(9 * 1024 * 1024, QLatin1Char('a')));
        auto r = IntakeRequest::fromJson(json, m_base);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("note"));
    }

    void idempotencyKeyIsReadButNotFingerprinted()
    {
        QJsonObject json = minimal();
        auto plain = IntakeRequest::fromJson(json, m_base);
        json.insert(QStringLiteral("idempotency_key"), QStringLiteral("quay01-0042"));
        auto keyed = IntakeRequest::fromJson(json, m_base);
        QVERIFY(plain && keyed);
        QCOMPARE(keyed->idempotencyKey, QStringLiteral("quay01-0042"));
        QCOMPARE(keyed->fingerprint(), plain->fingerprint());
        json.insert(QStringLiteral("note"), QStringLiteral("khác"));
        QVERIFY(IntakeRequest::fromJson(json, m_base)->fingerprint() != plain->fingerprint());
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "test_intake.moc"
