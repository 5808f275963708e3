#include "tests/support/XlsxReadBack.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace motcua::test {

namespace {

const char* const kScript = R"(
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows, fmts = [], []
for row in ws.iter_rows():
    r, f = [], []
    for c in row:
        v = c.value
        if isinstance(v, (datetime.datetime, datetime.date)):
            v = 'date:' + v.strftime('%Y-%m-%d')
        r.append(v)
        f.append(c.number_format)
    rows.append(r)
    fmts.append(f)
print(json.dumps({'sheet': ws.title, 'rows': rows, 'formats': fmts}, ensure_ascii=False))
)";

} // namespace

XlsxSheet readXlsx(const QString& path)
{
    XlsxSheet out;
    // Debian's python3-openpyxl belongs to the system interpreter; a python3 earlier on PATH (pyenv, venv)
    // may not see it, so the system one is tried first.
    QStringList candidates;
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        candidates << QStringLiteral("/usr/bin/python3");
    candidates << QStringLiteral("python3");
    for (const QString& python : candidates) {
        QProcess p;
        p.start(python, { QStringLiteral("-c"), QString::fromUtf8(kScript), path });
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            out.error
                += python + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError()) + QLatin1Char('\n');
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        out.error.clear();
        out.sheetName = o.value(QStringLiteral("sheet")).toString();
        out.rows = o.value(QStringLiteral("rows")).toArray();
        out.numberFormats = o.value(QStringLiteral("formats")).toArray();
        return out;
    }
    return out;
}

} // namespace motcua::test
