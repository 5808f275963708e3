// Startup: the one start-up path of motcua, motcua-desk and motcua-central. It names the application
// (one organisation and application name, hence one data folder and one settings file for all three
// programs), makes every file the process creates user-only (umask 077), and resolves, in one order for
// every program:
//   settings  --config FILE > <AppConfigLocation>/motcua.ini
//   language  --lang > MOTCUA_LANG > settings > vi
//   clock     --now, honoured only when the environment has MOTCUA_TEST_CLOCK=1 (a test seam)
//   site      --site FILE > settings "site/file" > the built-in demo site
//   data      --data-dir > settings "site/dataDir" > MOTCUA_DATA_DIR > <AppDataLocation>
//             (~/.local/share/MotCua/motcua on Linux)
#pragma once

#include "core/Config.h"
#include "core/Result.h"
#include "core/SiteConfig.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace motcua {

// What a program's command line gave; empty means "not given".
struct StartupOptions {
    QString dataDir; // --data-dir
    QString siteFile; // --site
    QString now; // --now
    QString language; // --lang
    QString configFile; // --config
};

class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    static QString organizationName(); // "MotCua"
    static QString applicationName(); // "motcua", shared by the three programs

    // First thing in main(): umask 077 and the shared names. Safe before or after the application
    // object exists.
    static void prepareProcess();
    // Whether --now may be honoured: the environment has MOTCUA_TEST_CLOCK=1.
    static bool testClockEnabled();
    // The default data folder: <AppDataLocation> under the shared names.
    static QString defaultDataDir();
    // Creates the data folder when missing, user-only (0700); an existing folder is left as it is.
    static Status ensureDataDir(const QString& path);

    // Resolves everything in the order above, installs the translator and (with --now) the clock.
    // Usage errors: unknown language, --now refused or malformed. Environment: unreadable site file.
    static Result<Startup> resolve(const StartupOptions& options);

    Config& config() const { return *m_config; }
    QString language() const { return m_language; }
    const SiteConfig& site() const { return m_site; }
    QString siteFile() const { return m_siteFile; } // absolute path; empty for the demo site
    QString dataDir() const { return m_dataDir; } // absolute path, not created yet
    QString databasePath() const; // <data>/motcua.db

private:
    std::shared_ptr<Config> m_config;
    QString m_language;
    SiteConfig m_site;
    QString m_siteFile;
    QString m_dataDir;
};

} // namespace motcua
