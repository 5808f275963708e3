// FeedCommands: the administration commands of motcua-central that feed desks (docs/cli.md): acting as a
// processing unit (`unit result-ready CODE`, `unit request-supplement CODE --reason T`, `unit fee-notice
// CODE --amount VND`, `unit stop CODE --reason T`), publishing a catalogue version, a year's calendar
// overrides or site settings (`publish catalogue|calendar|site FILE`), and listing the feed with what the
// desks made of each change (`changes [CODE]`). Each prints one JSON document.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

namespace motcua::sync {

class CentralState;

struct FeedCommandOptions {
    QString reason;
    QString amount; // đồng, digits
    QString number; // fee-notice number
    QString unit; // the acting unit's name (default: the dossier's DonViXuLy)
    QString note;
    QString missing; // papers missing, separated by ";"
    QString validFrom; // publish catalogue: yyyy-MM-dd
    QString year; // publish calendar
    QString agency; // publish: one agency (default every agency)
    QString desk; // publish: one desk only
};

class FeedCommands
{
    Q_DECLARE_TR_FUNCTIONS(motcua::sync::FeedCommands)

public:
    // True when `command` is one of these commands (its first word: unit, publish, changes).
    static bool handles(const QStringList& command);
    static Result<QJsonValue> run(CentralState& state, const QStringList& command, const FeedCommandOptions& options);

private:
    static Result<QJsonValue> unit(CentralState& state, const QStringList& command, const FeedCommandOptions& o);
    static Result<QJsonValue> publish(CentralState& state, const QStringList& command, const FeedCommandOptions& o);
};

} // namespace motcua::sync
