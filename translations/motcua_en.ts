<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>central</name>
    <message>
        <source>MotCua reference central server (loopback only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port, e.g. 127.0.0.1:8765.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the server&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --listen: &quot;%1&quot; is not ADDRESS:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;motcua help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcua [global options] COMMAND [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --data-dir DIR   local database and stored files
  --site FILE      site configuration (default: the built-in demo site)
  --now DATETIME   use this local time (Asia/Ho_Chi_Minh) as now
  --user LOGIN     who acts (password from MOTCUA_PASSWORD or a prompt)
  --lang vi|en     language of messages (default vi)
  --format FORMAT  output format (json by default; help prints text)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the commands or show one command&apos;s usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua help [COMMAND] [--format json]

Without COMMAND: the list of commands. Help is text unless --format json is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the program version and library versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcua version

Prints JSON: {&quot;program&quot;, &quot;version&quot;, &quot;libraries&quot;: {&quot;qt&quot;, &quot;sqlite&quot;, &quot;libcurl&quot;, &quot;zxing-cpp&quot;, &quot;sane&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --lang: use vi or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Option --lang: use vi or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Clock</name>
    <message>
        <source>Option --now: &quot;%1&quot; is not a date-time. Use the form 2027-03-01T09:30:00 (local time, Asia/Ho_Chi_Minh) or 2027-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Config</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: &quot;%2&quot; is not allowed; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SiteConfig</name>
    <message>
        <source>Cannot open the site configuration file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site configuration file %1 is not valid JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: the field &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: desk_id &quot;%1&quot; must be 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: agency_code &quot;%1&quot; is not an electronic agency identifier of the form 000.00.25.G14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: channel must be &quot;desk&quot; or &quot;postal&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site configuration: central_url &quot;%1&quot; must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the site configuration file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::sync::CentralServer</name>
    <message>
        <source>The reference central server listens on loopback only; %1 is not a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; is the port already in use?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ui::MainWindow</name>
    <message>
        <source>MotCua Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a dossier: look up the procedure, check and scan the papers, accept or refuse, print the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode to find the dossier and hand the result back to the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search dossiers by code, name, ID or tax number, phone or procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, waiting for hand-over, due today, overdue and ready for return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting for the central system and the last exchange with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles, procedure catalogue, holiday calendar, backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not available yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline — work is saved locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Checking connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
