// The public status page (docs/central.md, "Public status page"). The page's words are Vietnamese
// whatever the server's language, as on the printed forms: the page is for applicants.
#include "sync/central/PublicStatusPage.h"

#include "core/Clock.h"
#include "core/domain/LookupSecret.h"
#include "core/store/RecordRules.h"
#include "core/store/Statement.h"
#include "sync/central/CentralState.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBoundaryFinder>

#include <sqlite3.h>

#include <algorithm>
#include <string_view>

namespace motcua::sync {

using store::Statement;

namespace {

constexpr int kMaxCodeChars = 64;
// find() names the record's secret field in its SQL.
static_assert(std::string_view(store::kLookupSecretField) == "MaTraCuu");
constexpr int kMaxClients = 10000; // buckets kept; beyond, the full ones are forgotten

// The page's only style, inline; the Content-Security-Policy allows exactly this block (by its hash).
const char kStyle[] = "body{margin:0;font-family:system-ui,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;"
                      "background:#f4f6f8;color:#1b1f23;line-height:1.5}"
                      "main{max-width:36rem;margin:0 auto;padding:1rem}"
                      "h1{font-size:1.4rem;margin:.5rem 0 1rem}h2{font-size:1.1rem;margin:1rem 0 .5rem}"
                      "dl{background:#fff;border-radius:.5rem;padding:.75rem 1rem;margin:0}"
                      "dt{font-size:.85rem;color:#57606a;margin-top:.5rem}dd{margin:0 0 .25rem;font-size:1.05rem}"
                      ".status{font-weight:700;color:#0b5394}"
                      "section,.box{background:#fff8e1;border-radius:.5rem;padding:.75rem 1rem;margin-top:1rem}"
                      "label{display:block;margin-top:.5rem}input{font-size:1rem;width:100%;box-sizing:border-box;"
                      "padding:.5rem}button{font-size:1rem;margin-top:.75rem;padding:.5rem 1rem}"
                      "footer{font-size:.8rem;color:#57606a;margin-top:1.5rem}";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
}

QByteArray page(const QString& title, const QString& body)
{
    return (QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                           "<meta name=\"robots\" content=\"noindex, nofollow\">"
                           "<meta name=\"referrer\" content=\"no-referrer\"><title>")
        + escaped(title) + QStringLiteral("</title><style>") + QString::fromLatin1(kStyle)
        + QStringLiteral("</style></head><body><main>") + body
        + QStringLiteral("<footer>Hệ thống Một cửa điện tử — trang tra cứu công khai.</footer></main></body></html>\n"))
        .toUtf8();
}

// The search form (GET, no script) shown with "not found".
QString lookupForm()
{
    return QStringLiteral("<form method=\"get\" action=\"/tra-cuu\" class=\"box\">"
                          "<label for=\"ma\">Mã hồ sơ</label><input id=\"ma\" name=\"ma\" maxlength=\"64\" "
                          "autocomplete=\"off\" required>"
                          "<label for=\"k\">Mã tra cứu (8 ký tự in trên giấy tiếp nhận)</label><input id=\"k\" "
                          "name=\"k\" maxlength=\"8\" autocomplete=\"off\" required>"
                          "<button type=\"submit\">Tra cứu</button></form>");
}

QDateTime portalTime(const QString& text)
{
    if (text.size() != 14)
        return {};
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyyMMddHHmmss"));
    if (!t.isValid())
        return {};
    return QDateTime(t.date(), t.time(), Clock::zone());
}

// Equal work whatever the two strings are: their SHA-256 digests are compared, never the secrets.
bool sameSecret(const QString& given, const QString& kept)
{
    const QByteArray a = QCryptographicHash::hash(given.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(kept.toUtf8(), QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0 && !kept.isEmpty();
}

QString graphemeMasked(const QString& word, bool keep)
{
    if (keep)
        return word;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, word);
    const qsizetype firstEnd = finder.toNextBoundary();
    if (firstEnd <= 0)
        return word;
    int more = 0;
    while (finder.toNextBoundary() > 0)
        ++more;
    return word.left(firstEnd) + QString(more, QLatin1Char('*'));
}

} // namespace

StatusPageLimiter::StatusPageLimiter(int burst, int perMinute)
    : m_burst(std::max(1, burst)), m_perMinute(std::max(1, perMinute))
{ }

bool StatusPageLimiter::allow(const QHostAddress& client)
{
    const qint64 now = Clock::current().nowUtc().toMSecsSinceEpoch();
    const auto refilled = [this, now](const Bucket& b) {
        const qint64 elapsed = std::max<qint64>(0, now - b.atMs); // a clock set back refills nothing
        return std::min<double>(m_burst, b.tokens + double(elapsed) * m_perMinute / 60000.0);
    };
    if (m_buckets.size() > kMaxClients)
        for (auto it = m_buckets.begin(); it != m_buckets.end();)
            it = refilled(it.value()) >= m_burst ? m_buckets.erase(it) : std::next(it);
    const QString key = client.toString();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket { double(m_burst), now });
    Bucket& b = it.value();
    b.tokens = refilled(b);
    b.atMs = now;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

int StatusPageLimiter::retryAfterSeconds() const
{
    return std::max(1, (60 + m_perMinute - 1) / m_perMinute);
}

PublicStatusPage::PublicStatusPage(CentralState& state, int burst, int perMinute)
    : m_state(state), m_limiter(burst, perMinute)
{ }

PublicStatusPage::Answer PublicStatusPage::answer(
    const QHostAddress& client, const QString& code, const QString& secret)
{
    Answer a;
    a.headers = securityHeaders();
    if (!m_limiter.allow(client)) {
        a.status = 429;
        a.html = tooManyRequestsPage();
        a.headers.append({ "Retry-After", QByteArray::number(m_limiter.retryAfterSeconds()) });
        return a;
    }
    const auto view = find(code.trimmed(), secret.trimmed().toUpper());
    a.status = view ? 200 : 404;
    a.html = view ? renderDossier(*view) : notFoundPage();
    return a;
}

std::optional<PublicDossierView> PublicStatusPage::find(const QString& code, const QString& secret)
{
    if (code.isEmpty() || code.size() > kMaxCodeChars || !LookupSecret::isValid(secret))
        return std::nullopt;
    PublicDossierView view;
    QJsonObject registration;
    { // only the secret is read before it matched: a known code costs no more than an unknown one
        Statement q
            = m_state.prepare("SELECT status, record ->> '$.data[0].MaTraCuu', record FROM dossiers WHERE code = ?1");
        q.bind(1, code);
        const bool known = q.step() == SQLITE_ROW;
        const QString kept = known ? q.text(1) : QString();
        if (!sameSecret(secret, kept) || !known)
            return std::nullopt;
        view.status = q.text(0).toInt();
        registration = CentralState::firstRecord(q.text(2));
    }
    view.code = code;
    view.procedure = registration.value(QStringLiteral("TenTTHC")).toString();
    view.maskedName = maskName(registration.value(QStringLiteral("ChuHoSo")).toString());
    { // the appointment as the desk last sent it (a progress record carries the current one too)
        Statement q = m_state.prepare("SELECT service, envelope FROM records WHERE code = ?1 ORDER BY id DESC LIMIT 1");
        q.bind(1, code);
        if (q.step() == SQLITE_ROW) {
            const QJsonObject last = CentralState::firstRecord(q.text(1));
            view.appointment = portalTime(
                last.value(q.text(0) == QLatin1String("DongBoHoSoMC") ? QStringLiteral("NgayHenTra")
                                                                      : QStringLiteral("NgayKetThucTheoQuyDinh"))
                    .toString());
        }
    }
    if (view.status != 5)
        return view;
    // The supplement asked for: the unit's latest request, or the desk's open round, whichever is newer.
    QDateTime unitAt;
    {
        Statement q = m_state.prepare("SELECT data, at FROM changes WHERE code = ?1 AND kind = "
                                      "'supplement_requested' ORDER BY seq DESC LIMIT 1");
        q.bind(1, code);
        if (q.step() == SQLITE_ROW) {
            const QJsonObject data = QJsonDocument::fromJson(q.text(0).toUtf8()).object();
            view.supplementReason = data.value(QStringLiteral("reason")).toString();
            for (const QJsonValue m : data.value(QStringLiteral("missing")).toArray())
                view.missing << m.toString();
            unitAt = q.time(1);
        }
    }
    const QJsonArray rounds = registration.value(QStringLiteral("DanhSachHoSoBoSung")).toArray();
    if (!rounds.isEmpty()) {
        const QJsonObject round = rounds.last().toObject();
        const QDateTime at = portalTime(round.value(QStringLiteral("NgayBoSung")).toString());
        if (round.value(QStringLiteral("TrangThaiBoSung")).toString() == QLatin1String("0")
            && (!unitAt.isValid() || (at.isValid() && at > unitAt))) {
            view.supplementReason = round.value(QStringLiteral("NoiDungBoSung")).toString();
            view.missing.clear();
        }
    }
    return view;
}

QString PublicStatusPage::maskName(const QString& name)
{
    const QStringList words
        = name.normalized(QString::NormalizationForm_C).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i)
        out << graphemeMasked(words.at(i), i == 0 && words.size() > 1);
    return out.join(QLatin1Char(' '));
}

QString PublicStatusPage::statusLabel(int status)
{
    static const char* const labels[] = { "Mới đăng ký", "Đã tiếp nhận", "Không được tiếp nhận", "Đang giải quyết",
        "Cần bổ sung giấy tờ", "Chờ nộp phí, lệ phí", "Đã rút hồ sơ", "Dừng giải quyết",
        "Đã có kết quả, mời ông/bà đến nhận", "Đã trả kết quả" };
    return status >= 1 && status <= 10 ? QString::fromUtf8(labels[status - 1]) : QString();
}

QByteArray PublicStatusPage::renderDossier(const PublicDossierView& v)
{
    const QString label = statusLabel(v.status);
    const QString when = v.appointment.isValid()
        ? v.appointment.toTimeZone(Clock::zone()).toString(QStringLiteral("HH:mm 'ngày' dd/MM/yyyy"))
        : QStringLiteral("Chưa xác định");
    QString body = QStringLiteral("<h1>Tình trạng hồ sơ</h1><dl>")
        + QStringLiteral("<dt>Mã hồ sơ</dt><dd id=\"ma-ho-so\">%1</dd>").arg(escaped(v.code))
        + QStringLiteral("<dt>Thủ tục</dt><dd id=\"thu-tuc\">%1</dd>").arg(escaped(v.procedure))
        + QStringLiteral("<dt>Người nộp</dt><dd id=\"nguoi-nop\">%1</dd>").arg(escaped(v.maskedName))
        + QStringLiteral("<dt>Tình trạng</dt><dd id=\"tinh-trang\" class=\"status\" data-ma=\"%1\">%2</dd>")
              .arg(v.status)
              .arg(escaped(label.isEmpty() ? QStringLiteral("Đang cập nhật") : label))
        + QStringLiteral("<dt>Ngày hẹn trả kết quả</dt><dd id=\"ngay-hen\">%1</dd></dl>").arg(escaped(when));
    if (v.status == 5) {
        body += QStringLiteral("<section id=\"bo-sung\"><h2>Nội dung cần bổ sung</h2><p>%1</p>")
                    .arg(escaped(v.supplementReason.isEmpty() ? QStringLiteral("Vui lòng liên hệ bộ phận tiếp nhận.")
                                                              : v.supplementReason));
        if (!v.missing.isEmpty()) {
            body += QStringLiteral("<ul>");
            for (const QString& m : v.missing)
                body += QStringLiteral("<li>%1</li>").arg(escaped(m));
            body += QStringLiteral("</ul>");
        }
        body += QStringLiteral("</section>");
    }
    return page(QStringLiteral("Tình trạng hồ sơ %1").arg(v.code), body);
}

QByteArray PublicStatusPage::notFoundPage()
{
    static const QByteArray html = page(QStringLiteral("Không tìm thấy hồ sơ"),
        QStringLiteral("<h1>Không tìm thấy hồ sơ</h1><p>Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập. "
                       "Vui lòng kiểm tra lại hai mã in trên giấy tiếp nhận hồ sơ và hẹn trả kết quả.</p>")
            + lookupForm());
    return html;
}

QByteArray PublicStatusPage::tooManyRequestsPage()
{
    static const QByteArray html = page(QStringLiteral("Quá nhiều lượt tra cứu"),
        QStringLiteral("<h1>Quá nhiều lượt tra cứu</h1><p>Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. "
                       "Vui lòng thử lại sau ít phút.</p>"));
    return html;
}

PublicStatusPage::Headers PublicStatusPage::securityHeaders()
{
    static const QByteArray styleHash
        = QCryptographicHash::hash(QByteArray(kStyle), QCryptographicHash::Sha256).toBase64();
    return { { "Content-Type", "text/html; charset=utf-8" },
        { "Content-Security-Policy",
            "default-src 'none'; style-src 'sha256-" + styleHash
                + "'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'" },
        { "X-Content-Type-Options", "nosniff" }, { "Referrer-Policy", "no-referrer" }, { "Cache-Control", "no-store" },
        { "X-Frame-Options", "DENY" } };
}

} // namespace motcua::sync
