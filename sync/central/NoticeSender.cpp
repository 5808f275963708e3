#include "sync/central/NoticeSender.h"

#include "core/Clock.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>

#include <curl/curl.h>

#include <cstring>

namespace motcua::sync {

namespace {

struct MailUpload {
    QByteArray data;
    qsizetype pos = 0;
};

size_t readMail(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<MailUpload*>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, upload->data.size() - upload->pos);
    if (n > 0)
        std::memcpy(buffer, upload->data.constData() + upload->pos, size_t(n));
    upload->pos += n;
    return size_t(n);
}

// "Thu, 13 Mar 2025 09:05:00 +0700" (RFC 5322 §3.3), in the site's time zone.
QByteArray mailDate(const QDateTime& utc)
{
    const QDateTime local = utc.toTimeZone(Clock::zone());
    const int offset = local.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(local, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")) + zone).toLatin1();
}

bool plainAscii(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// Without CR or LF: nothing can end a header early.
QByteArray headerSafe(const QString& s)
{
    QString out = s;
    out.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    return out.toUtf8();
}

} // namespace

QByteArray NoticeSender::encodedWords(const QString& text)
{
    if (plainAscii(text) && text.size() <= 900)
        return text.toLatin1();
    // Each word carries at most 39 bytes of UTF-8 (52 in base64, 64 with "=?UTF-8?B?" and "?="), never
    // cutting a character in two (RFC 2047 §5).
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, len).toUtf8();
        if (chunk.size() + bytes.size() > 39) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
        i += len;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

QByteArray NoticeSender::emailMessage(const Notice& notice, const QString& from, const QDateTime& nowUtc)
{
    const QString domain = from.section(QLatin1Char('@'), 1).isEmpty() ? QStringLiteral("motcua.invalid")
                                                                       : from.section(QLatin1Char('@'), 1);
    const QByteArray id = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    QByteArray m;
    m += "Date: " + mailDate(nowUtc) + "\r\n";
    m += "From: " + headerSafe(from) + "\r\n";
    m += "To: " + headerSafe(notice.recipient) + "\r\n";
    m += "Subject: " + encodedWords(notice.subject) + "\r\n";
    m += "Message-ID: <notice-" + QByteArray::number(notice.id) + "." + id + "@" + headerSafe(domain) + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "\r\n";
    QString body = notice.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray encoded = body.toUtf8().toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        m += encoded.mid(i, 76) + "\r\n";
    return m;
}

QString NoticeSender::send(const Notice& notice, const NoticeChannels& channels, const QDateTime& nowUtc)
{
    if (notice.channel == QLatin1String("email"))
        return sendEmail(notice, channels, nowUtc);
    if (notice.channel == QLatin1String("sms"))
        return writeSms(notice, channels.smsSpool, nowUtc);
    return tr("Unknown channel %1").arg(notice.channel);
}

QString NoticeSender::sendEmail(const Notice& notice, const NoticeChannels& channels, const QDateTime& nowUtc)
{
    CURL* curl = curl_easy_init();
    if (!curl)
        return tr("libcurl could not start");
    MailUpload upload { emailMessage(notice, channels.mailFrom, nowUtc) };
    char error[CURL_ERROR_SIZE] = {};
    const QByteArray url = channels.smtpUrl.toUtf8();
    const QByteArray from = "<" + headerSafe(channels.mailFrom) + ">";
    const QByteArray to = "<" + headerSafe(notice.recipient) + ">";
    curl_slist* rcpt = curl_slist_append(nullptr, to.constData());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMail);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    if (channels.startTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    const CURLcode rc = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK)
        return {};
    const QString detail = error[0] ? QString::fromUtf8(error) : QString::fromUtf8(curl_easy_strerror(rc));
    return reply > 0 ? tr("SMTP server answered %1: %2").arg(reply).arg(detail) : tr("SMTP: %1").arg(detail);
}

QString NoticeSender::writeSms(const Notice& notice, const QString& folder, const QDateTime& nowUtc)
{
    if (!QDir().mkpath(folder))
        return tr("Cannot create the SMS spool folder %1").arg(folder);
    const QString name = QStringLiteral("%1-%2.json")
                             .arg(nowUtc.toString(QStringLiteral("yyyyMMddTHHmmsszzz")))
                             .arg(notice.id, 8, 10, QLatin1Char('0'));
    QSaveFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write to the SMS spool folder %1: %2").arg(folder, file.errorString());
    const QJsonObject sms { { QStringLiteral("id"), notice.id }, { QStringLiteral("code"), notice.code },
        { QStringLiteral("phone"), notice.recipient }, { QStringLiteral("text"), notice.body },
        { QStringLiteral("time"), nowUtc.toTimeZone(Clock::zone()).toString(Qt::ISODate) } };
    file.write(QJsonDocument(sms).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit())
        return tr("Cannot write to the SMS spool folder %1: %2").arg(folder, file.errorString());
    return {};
}

} // namespace motcua::sync
