// The public status page on the reference central, over loopback: a dossier received at a desk and
// synced shows with the right secret (procedure, status in words, appointment, supplement asked for,
// the masked name) and nothing else of the applicant; a wrong or missing secret and an unknown code get
// one identical neutral page; the page is rate-limited per client address (429 in Vietnamese); security
// headers on every answer; the name mask itself.
#include "core/domain/LookupSecret.h"
#include "core/forms/PublicLookup.h"
#include "sync/SyncEngine.h"
#include "sync/central/CentralServer.h"
#include "sync/central/CentralState.h"
#include "sync/central/ChangeFeed.h"
#include "sync/central/PublicStatusPage.h"
#include "tests/support/StoreFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kAgency = QStringLiteral("000.00.25.G14");
const QString kName = QStringLiteral("Nguyễn Văn An");
const QString kId = QStringLiteral("001090012345");
const QString kPhone = QStringLiteral("0912345678");
const QString kAddress = QStringLiteral("12 Trần Duy Hưng, Cầu Giấy, Hà Nội");
const QString kEmail = QStringLiteral("an.nguyen@example.vn");

struct Reply {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QString text() const { return QString::fromUtf8(body); }
};

Reply get(const QString& url)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->rawHeaderPairs() };
    delete reply;
    return r;
}

QString pageUrl(const sync::CentralServer& central, const QString& code, const QString& secret)
{
    return central.baseUrl() + QStringLiteral("/tra-cuu?ma=%1&k=%2").arg(code, secret);
}

// A desk with one citizen's dossier, synced to `central`: its code and secret.
struct SyncedDossier {
    QString code;
    QString secret;
    QDateTime due;
};

SyncedDossier receiveAndSync(StoreFixture& f, sync::CentralServer& central)
{
    dossier::IntakeRequest intake = StoreFixture::citizenIntake(QStringLiteral("LOCAL-RF-001"), kName, kId);
    intake.applicant.phone = kPhone;
    intake.applicant.address = kAddress;
    intake.applicant.email = kEmail;
    const QString code = f.receiveOne(intake);
    const auto d = f.store->dossier(f.clerk, code).value();
    sync::SyncSettings s;
    s.dbPath = f.dbPath();
    s.central = QUrl(central.baseUrl());
    s.credential = central.state()->addDesk(QStringLiteral("D01"), kAgency).value().value("credential").toString();
    s.retry = { 1, 8, 0.5 };
    s.onceAttempts = 1000;
    sync::SyncEngine engine(s);
    QSignalSpy finished(&engine, &sync::SyncEngine::roundFinished);
    engine.syncOnce();
    if (finished.isEmpty())
        finished.wait(60000);
    return { code, d.lookupSecret, d.dueLocal };
}

} // namespace

class TestStatusPage : public QObject
{
    Q_OBJECT

private slots:
    void rightSecretShowsTheDossierAndNothingElse()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        const SyncedDossier d = receiveAndSync(f, central);
        QVERIFY(!d.code.isEmpty());
        QVERIFY(LookupSecret::isValid(d.secret));
        QCOMPARE(central.state()->list().value().size(), 1); // the registration reached central

        // The address the receipt's QR carries, from the site's central public_url.
        SiteConfig site = SiteConfig::demo();
        site.setSection(QStringLiteral("central"), { { QStringLiteral("public_url"), central.baseUrl() + "/" } });
        const QString url = forms::PublicLookup::url(site, d.code, d.secret);
        QCOMPARE(url, pageUrl(central, d.code, d.secret));

        Reply r = get(url);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html; charset=utf-8"));
        const QString html = r.text();
        QVERIFY2(html.contains(QStringLiteral("data-ma=\"2\">Đã tiếp nhận<")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Nguyễn V** A*")));
        QVERIFY(html.contains(d.due.toString(QStringLiteral("HH:mm 'ngày' dd/MM/yyyy"))));
        QVERIFY(html.contains(QStringLiteral("<meta name=\"viewport\"")));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("http"))); // nothing loaded from elsewhere, no links out
        for (const QString& secret : { kName, QStringLiteral("Văn An"), kId, kPhone, kAddress,
                 QStringLiteral("Trần Duy Hưng"), kEmail, QStringLiteral("0912"), d.secret })
            QVERIFY2(!html.contains(secret), qPrintable(secret));

        // The unit asks for papers: the page says so, with the unit's reason and the papers, escaped.
        QVERIFY(central.feed()->unitChange(QStringLiteral("supplement_requested"), d.code,
            { { QStringLiteral("reason"), QStringLiteral("Thiếu sơ đồ <b>mạng</b> & 'ăng-ten'") },
                { QStringLiteral("missing"), QJsonArray { QStringLiteral("Sơ đồ mạng") } } },
            QStringLiteral("Phòng Cấp phép")));
        r = get(url);
        QCOMPARE(r.status, 200);
        QVERIFY(r.text().contains(QStringLiteral("data-ma=\"5\">Cần bổ sung giấy tờ<")));
        QVERIFY(r.text().contains(QStringLiteral("Thiếu sơ đồ &lt;b&gt;mạng&lt;/b&gt; &amp; &#39;ăng-ten&#39;")));
        QVERIFY(r.text().contains(QStringLiteral("<li>Sơ đồ mạng</li>")));
        QVERIFY(!r.text().contains(QStringLiteral("<b>")));

        // Lower-case or padded secret as typed from the paper still opens it.
        QCOMPARE(get(pageUrl(central, d.code, d.secret.toLower())).status, 200);
    }

    // Receipt, sync and the page with every motcua.* category at debug level: the secret is never logged.
    void secretNeverInTheLog()
    {
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("motcua.*=true"));
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext& context, const QString& message) {
                  logged << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
              });
        QString secret;
        {
            StoreFixture f;
            if (f.setUp()) {
                sync::CentralServer central({});
                if (central.start().ok()) {
                    const SyncedDossier d = receiveAndSync(f, central);
                    secret = d.secret;
                    get(pageUrl(central, d.code, d.secret));
                }
            }
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(LookupSecret::isValid(secret));
        QVERIFY2(!logged.isEmpty(), "nothing was logged"); // the receipt at least
        for (const QString& line : std::as_const(logged))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }

    void wrongSecretAndUnknownCodeLookAlike()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        const SyncedDossier d = receiveAndSync(f, central);
        QVERIFY(!d.code.isEmpty());
        QString wrong = d.secret;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const QString unknownCode = d.code.left(d.code.size() - 4) + QStringLiteral("0999");
        const QList<Reply> answers { get(pageUrl(central, d.code, wrong)), get(pageUrl(central, unknownCode, d.secret)),
            get(central.baseUrl() + "/tra-cuu?ma=" + d.code), get(central.baseUrl() + "/tra-cuu"),
            get(pageUrl(central, d.code, QStringLiteral("<script>"))) };
        const Reply& first = answers.first();
        QCOMPARE(first.status, 404);
        QVERIFY(first.text().contains(QStringLiteral("Không tìm thấy hồ sơ")));
        for (const Reply& a : answers) {
            QCOMPARE(a.status, first.status);
            QCOMPARE(a.body, first.body);
            QCOMPARE(a.headers, first.headers);
        }
        for (const QString& leak : { d.code, QStringLiteral("Nguyễn"), QStringLiteral("LOCAL-RF-001") })
            QVERIFY2(!first.text().contains(leak), qPrintable(leak));
    }

    void securityHeaders()
    {
        sync::CentralServer central({});
        QVERIFY(central.start().ok());
        const Reply r = get(central.baseUrl() + "/tra-cuu");
        const QByteArray csp = r.header("Content-Security-Policy");
        QVERIFY2(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp.constData());
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(r.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        // The hash in the policy is the page's own style block's.
        const QString html = r.text();
        const qsizetype from = html.indexOf(QStringLiteral("<style>")) + 7;
        const QByteArray style = html.mid(from, html.indexOf(QStringLiteral("</style>")) - from).toUtf8();
        QVERIFY(csp.contains(QCryptographicHash::hash(style, QCryptographicHash::Sha256).toBase64()));
    }

    void rateLimitedPerClient()
    {
        MockClock clock;
        sync::CentralServerOptions options;
        options.statusPageBurst = 3;
        options.statusPagePerMinute = 2;
        sync::CentralServer central(options);
        QVERIFY(central.start().ok());
        const QString url = pageUrl(central, QStringLiteral("000.00.25.G14-250312-0001"), QStringLiteral("ABCDEFGH"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(url).status, 404);
        const Reply limited = get(url);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.text().contains(QStringLiteral("Quá nhiều lượt tra cứu")));
        QCOMPARE(limited.header("Retry-After"), QByteArray("30"));
        QVERIFY(limited.header("Content-Security-Policy").startsWith("default-src 'none'"));
        QCOMPARE(get(central.baseUrl() + "/health").status, 200); // the desks' API is not limited by it
        clock.advanceSecs(30); // one token back
        QCOMPARE(get(url).status, 404);
        QCOMPARE(get(url).status, 429);
    }

    void limiterCountsEachAddressApart()
    {
        MockClock clock;
        sync::StatusPageLimiter limiter(2, 60);
        const QHostAddress a(QStringLiteral("127.0.0.1")), b(QStringLiteral("127.0.0.2"));
        QVERIFY(limiter.allow(a));
        QVERIFY(limiter.allow(a));
        QVERIFY(!limiter.allow(a));
        QVERIFY(limiter.allow(b));
        clock.advanceSecs(1);
        QVERIFY(limiter.allow(a));
        QVERIFY(!limiter.allow(a));
    }

    void maskName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("three words") << QStringLiteral("Nguyễn Văn An") << QStringLiteral("Nguyễn V** A*");
        QTest::newRow("spaces") << QStringLiteral("  Lê   Thị Hồng  Nhung ") << QStringLiteral("Lê T** H*** N****");
        QTest::newRow("one word") << QStringLiteral("Hoa") << QStringLiteral("H**");
        QTest::newRow("decomposed") << QStringLiteral("Tr\u1EA7n E\u0302") << QStringLiteral("Trần Ê");
        QTest::newRow("decomposed masked") << QStringLiteral("Pha\u0323m O\u0302n") << QStringLiteral("Phạm Ô*");
        QTest::newRow("business") << QStringLiteral("Công ty ABC") << QStringLiteral("Công t* A**");
        QTest::newRow("empty") << QString() << QString();
    }

    void maskName()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(sync::PublicStatusPage::maskName(name), masked);
    }
};

QTEST_GUILESS_MAIN(TestStatusPage)
#include "test_statuspage.moc"
