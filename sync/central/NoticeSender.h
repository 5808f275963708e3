// NoticeSender: how the reference central delivers one notice to an applicant. E-mail goes over SMTP
// with libcurl (smtp:// or smtps:// URL, MAIL FROM, RCPT TO, STARTTLS when asked) as an RFC 5322
// message: UTF-8 subject as RFC 2047 encoded words, text/plain; charset=utf-8 body in base64, Date and
// Message-ID headers. An SMS is written to a spool folder, one JSON file per message ({"phone","text",
// "time","code","id"}), atomically (QSaveFile), for the operator's SMS gateway to pick up. send() blocks
// (network): NoticeWorker calls it on a thread of its own.
#pragma once

#include "sync/central/Notices.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace motcua::sync {

// Where notices go; an empty channel leaves its notices queued.
struct NoticeChannels {
    QString smtpUrl; // smtp://host:port (loopback in tests), smtps://...
    QString mailFrom; // the sender address
    bool startTls = false; // require STARTTLS on smtp://
    QString smsSpool; // folder for SMS files
    int pollMs = 2000; // how often the worker looks for new events and due notices
    int retryMs = 30000; // first retry after a failure; doubles with each attempt (at most 64 times)

    bool email() const { return !smtpUrl.isEmpty() && !mailFrom.isEmpty(); }
    bool sms() const { return !smsSpool.isEmpty(); }
};

class NoticeSender
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::NoticeSender)

public:
    // Delivers one notice; empty when done, else the error (for last_error).
    static QString send(const Notice& notice, const NoticeChannels& channels, const QDateTime& nowUtc);
    // The whole e-mail (headers CRLF body), as sent.
    static QByteArray emailMessage(const Notice& notice, const QString& from, const QDateTime& nowUtc);
    // One header value as RFC 2047 "=?UTF-8?B?...?=" words, folded (ASCII text stays as it is).
    static QByteArray encodedWords(const QString& text);

private:
    static QString sendEmail(const Notice& notice, const NoticeChannels& channels, const QDateTime& nowUtc);
    static QString writeSms(const Notice& notice, const QString& folder, const QDateTime& nowUtc);
};

} // namespace motcua::sync
