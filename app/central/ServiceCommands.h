// ServiceCommands: motcua-central commands of the services reached through central (issue 15, docs/cli.md):
// `payment CODE --amount VND --txn ID [--channel online|vietqr]` records an online payment as the national
// payment platform or a bank would report it and publishes it to the dossier's agency; `codes [--agency A]`
// lists the static slices and leased code blocks; `codes slice DESK_ID FIRST-LAST` registers a desk's static
// slice ahead of its first lease (or changes it). Each prints one JSON document; exit 0, 1 (refused), 2 (usage), 3.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace motcua::central {

class ServiceCommands
{
public:
    static QList<QCommandLineOption> options(); // --txn, --channel, --paid-at
    static bool handles(const QStringList& command);
    static int run(const QStringList& command, const QString& dataDir, const QCommandLineParser& parser);
};

} // namespace motcua::central
