// XlsxReadBack: reads an .xlsx file back with Python's openpyxl (Debian python3-openpyxl), an independent
// reader, so a test compares what a spreadsheet program would see with what the exporter meant to write.
#pragma once

#include <QJsonArray>
#include <QString>

namespace motcua::test {

struct XlsxSheet {
    QString error; // empty when read; else why not (no Python with openpyxl, unreadable file, ...)
    QString sheetName;
    // Every row of the sheet up to its last used row; each cell is null, a number (double), a string, or
    // for dates the string "date:yyyy-MM-dd".
    QJsonArray rows;
    QJsonArray numberFormats; // per row, per cell: openpyxl's number_format
};

XlsxSheet readXlsx(const QString& path);

} // namespace motcua::test
