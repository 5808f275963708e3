// The notices part of motcua-central (docs/central.md, "Notices to applicants"): the server's channel
// options (--smtp-url, --mail-from, --smtp-starttls, --sms-spool, --notice-poll-ms, --notice-retry-ms)
// and the command `notices [--code CODE]`, which lists the notices with their status, channel and
// attempts as one JSON document.
#pragma once

#include "sync/central/CentralServer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace motcua::central {

QList<QCommandLineOption> noticeOptions();
// Reads the channel options into `options`; false (and a message on stderr) when one is malformed.
bool applyNoticeOptions(const QCommandLineParser& parser, sync::CentralServerOptions& options);
bool isNoticesCommand(const QStringList& command);
// Runs `notices`; the exit code.
int runNotices(const QStringList& command, const QString& dataDir, const QCommandLineParser& parser);

} // namespace motcua::central
