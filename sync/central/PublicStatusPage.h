// PublicStatusPage: central's public status page (docs/central.md, "Public status page"). The receipt's QR
// code opens GET /tra-cuu?ma=CODE&k=SECRET; the answer is one small HTML page in Vietnamese (UTF-8, fit
// for a phone, no script, nothing loaded from elsewhere) with the procedure, the status in words, the
// appointment, any supplement asked for, and the applicant's name masked — nothing else. A wrong or
// missing secret and an unknown code get the same "not found" page, byte for byte and with the same
// status (404), so the page tells an attacker nothing about which codes exist. Requests are limited per
// client address by a token bucket (429 with a Vietnamese page). Public: no bearer token.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::sync {

class CentralState;

// What the page shows of one dossier (and nothing more).
struct PublicDossierView {
    QString code;
    QString procedure; // TenTTHC
    int status = 0; // national status code 1..10
    QDateTime appointment; // local time; invalid: not known (or the clock is paused)
    QString supplementReason; // when status 5: the unit's (or the desk's) reason
    QStringList missing; // papers the unit asked for
    QString maskedName; // maskName(ChuHoSo)
};

// Token bucket per client address: `burst` requests at once, refilled at `perMinute`. Times from
// Clock::current(), so tests drive it with a MockClock.
class StatusPageLimiter
{
public:
    StatusPageLimiter(int burst, int perMinute);
    bool allow(const QHostAddress& client); // takes one token when there is one
    int retryAfterSeconds() const; // how long until one token is back

private:
    struct Bucket {
        double tokens = 0;
        qint64 atMs = 0;
    };
    int m_burst;
    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
};

class PublicStatusPage
{
public:
    static constexpr int kDefaultBurst = 30;
    static constexpr int kDefaultPerMinute = 30;
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Answer {
        int status = 404;
        QByteArray html;
        Headers headers;
    };

    PublicStatusPage(CentralState& state, int burst, int perMinute);

    // The whole answer to GET /tra-cuu from `client` with the query's code and secret.
    Answer answer(const QHostAddress& client, const QString& code, const QString& secret);
    // The dossier when the code is known and the secret is its own; nullopt otherwise (whatever the reason).
    std::optional<PublicDossierView> find(const QString& code, const QString& secret);

    // "Nguyễn Văn An" -> "Nguyễn V** A*": the first word (the family name) stays when there are several
    // words; every other word keeps its first letter and has one "*" for each further letter.
    static QString maskName(const QString& name);
    // The national status code in words for the applicant ("Đang giải quyết"); empty when unknown.
    static QString statusLabel(int status);
    static QByteArray renderDossier(const PublicDossierView& view);
    static QByteArray notFoundPage();
    static QByteArray tooManyRequestsPage();
    // Security headers of every answer of the page (CSP with the page's style hash, no-store, ...).
    static Headers securityHeaders();

private:
    CentralState& m_state;
    StatusPageLimiter m_limiter;
};

} // namespace motcua::sync
