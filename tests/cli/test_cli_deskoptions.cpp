// `motcua dossier receive` in the three desk options of the site file: a unit's desk codes every dossier
// under its own agency; a shared desk codes each under the agency that decides the procedure (its own
// daily sequence) and refuses, with the error code agency_not_served, a procedure of an agency it does
// not serve; a postal desk names the postal worker on the dossier; a bad desk_option is refused naming
// the key.
#include "tests/support/CliRunner.h"
#include "tests/support/TempDataDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace motcua::test;

namespace {

const QString kAdminPw = QStringLiteral("Quay-so-1-2025");
const QString kClerkPw = QStringLiteral("Tiep-nhan-2025");
const QString kNow = QStringLiteral("2025-03-12T09:05:00");

QByteArray intake(const QString& procedure, const QStringList& components)
{
    QJsonArray documents;
    for (const QString& c : components)
        documents.append(QJsonObject { { QStringLiteral("component"), c }, { QStringLiteral("originals"), 1 },
            { QStringLiteral("certified_copies"), 0 }, { QStringLiteral("photocopies"), 0 },
            { QStringLiteral("files"), QJsonArray {} } });
    const QJsonObject o { { QStringLiteral("procedure"), procedure },
        { QStringLiteral("channel"), QStringLiteral("desk") },
        { QStringLiteral("applicant"),
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("citizen") },
                { QStringLiteral("name"), QStringLiteral("Nguyễn Văn An") },
                { QStringLiteral("id_number"), QStringLiteral("001090012345") },
                { QStringLiteral("phone"), QStringLiteral("0912345678") },
                { QStringLiteral("address"), QStringLiteral("12 Láng Hạ, Hà Nội") } } },
        { QStringLiteral("documents"), documents }, { QStringLiteral("return_method"), QStringLiteral("desk") } };
    return QJsonDocument(o).toJson();
}

} // namespace

class TestCliDeskOptions : public QObject
{
    Q_OBJECT

    TempDataDir m_dir;
    QString m_data;

    QString site(const QString& option)
    {
        QJsonObject o { { QStringLiteral("desk_id"), QStringLiteral("D01") },
            { QStringLiteral("agency_code"), QStringLiteral("000.00.25.G14") },
            { QStringLiteral("agency_name"), QStringLiteral("Cục Tần số vô tuyến điện") },
            { QStringLiteral("desk_option"), option } };
        if (option == QLatin1String("shared"))
            o.insert(QStringLiteral("agencies"),
                QJsonObject { { QStringLiteral("Cục Tần số vô tuyến điện"), QStringLiteral("000.00.25.G14") },
                    { QStringLiteral("Ủy ban nhân dân cấp tỉnh"), QStringLiteral("000.00.00.H26") } });
        return m_dir.writeFile(QStringLiteral("site-%1.json").arg(option), QJsonDocument(o).toJson());
    }

    CliResult receive(const QString& option, const QString& user, const QString& password, const QByteArray& json)
    {
        const QString file = m_dir.writeFile(QStringLiteral("in/intake-%1.json").arg(qHash(json)), json);
        return runCli(
            { QStringLiteral("--data-dir"), m_data, QStringLiteral("--site"), site(option), QStringLiteral("--now"),
                kNow, QStringLiteral("--user"), user, QStringLiteral("dossier"), QStringLiteral("receive"), file },
            {}, passwordEnv(password));
    }

    bool addUser(const QString& login, const QString& name, const QString& role)
    {
        // At the test's "now": the store never records an event earlier than its last one.
        const CliResult add
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("--user"),
                         QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"), login,
                         QStringLiteral("--name"), name, QStringLiteral("--role"), role },
                {}, passwordEnv(kAdminPw, kClerkPw));
        return add.exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        const CliResult init
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--now"), kNow, QStringLiteral("init") },
                {}, passwordEnv({}, kAdminPw));
        QCOMPARE(init.exitCode, 0);
        QVERIFY(addUser(QStringLiteral("clerk1"), QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("clerk")));
        QVERIFY(addUser(QStringLiteral("buudien1"), QStringLiteral("Trần Văn Bưu"), QStringLiteral("postal")));
    }

    void receivesPerDeskOption()
    {
        const QStringList vtPapers { QStringLiteral("application-form-06"), QStringLiteral("charter-copy"),
            QStringLiteral("business-plan-5y"), QStringLiteral("technical-plan-5y-08"),
            QStringLiteral("network-commitment-09"), QStringLiteral("licence-use-report") };
        const QByteArray vt = intake(QStringLiteral("LOCAL-VT-001"), vtPapers);

        const CliResult unit = receive(QStringLiteral("unit"), QStringLiteral("clerk1"), kClerkPw, vt);
        QCOMPARE(unit.exitCode, 0);
        QCOMPARE(
            unit.json.object().value(QStringLiteral("code")).toString(), QStringLiteral("000.00.25.G14-250312-0001"));

        const CliResult shared = receive(QStringLiteral("shared"), QStringLiteral("clerk1"), kClerkPw, vt);
        QCOMPARE(shared.exitCode, 0);
        QCOMPARE(
            shared.json.object().value(QStringLiteral("code")).toString(), QStringLiteral("000.00.00.H26-250312-0001"));
        const CliResult unserved = receive(QStringLiteral("shared"), QStringLiteral("clerk1"), kClerkPw,
            intake(QStringLiteral("LOCAL-VT-003"),
                { QStringLiteral("telecom-licence-copy"), QStringLiteral("cover-letter"),
                    QStringLiteral("quality-declaration") }));
        QCOMPARE(unserved.exitCode, 1);
        QCOMPARE(unserved.json.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
            QJsonValue(QStringLiteral("agency_not_served")));

        const CliResult postal = receive(QStringLiteral("postal"), QStringLiteral("buudien1"), kClerkPw, vt);
        QCOMPARE(postal.exitCode, 0);
        const QString code = postal.json.object().value(QStringLiteral("code")).toString();
        QCOMPARE(code, QStringLiteral("000.00.25.G14-250312-0002"));
        const CliResult show
            = runCli({ QStringLiteral("--data-dir"), m_data, QStringLiteral("--site"), site(QStringLiteral("postal")),
                         QStringLiteral("--user"), QStringLiteral("buudien1"), QStringLiteral("dossier"),
                         QStringLiteral("show"), code },
                {}, passwordEnv(kClerkPw));
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains("postal_worker") && show.out.contains("buudien1"), show.out.constData());

        const CliResult bad = receive(QStringLiteral("kiosk"), QStringLiteral("clerk1"), kClerkPw, vt);
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.json.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
            QJsonValue(QStringLiteral("desk_option")));
    }
};

QTEST_GUILESS_MAIN(TestCliDeskOptions)
#include "test_cli_deskoptions.moc"
