// TableExport: writes a ReportTable to CSV (UTF-8 with a byte order mark so spreadsheet programs read
// the Vietnamese letters; RFC 4180 quoting and CRLF line ends) and to XLSX through libxlsxwriter (numbers
// as numbers, money with a thousands format, dates as spreadsheet dates). The PDF form of the same table
// needs Qt Gui and lives in ui/print/TablePdf.h.
#pragma once

#include "core/Result.h"
#include "core/report/ReportTable.h"

#include <QByteArray>
#include <QCoreApplication>

namespace motcua::report {

enum class ExportFormat { Json, Csv, Xlsx, Pdf };
// "json", "csv", "xlsx", "pdf" (case-insensitive); nullopt for anything else.
std::optional<ExportFormat> exportFormatFromName(const QString& name);
QString exportFormatName(ExportFormat format);

class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    // CSV layout: the header row, then one line per row; no title (it would break column import).
    static QByteArray toCsv(const ReportTable& table);
    static Status writeCsv(const ReportTable& table, const QString& path);
    // XLSX layout (1-based rows): A1 title (bold), A2 subtitle, row 4 the headers (bold), rows from 5.
    static Status writeXlsx(const ReportTable& table, const QString& path, const QString& sheetName = {});
    // Row (1-based) of the first data row in writeXlsx()'s sheet.
    static constexpr int kXlsxFirstDataRow = 5;
};

} // namespace motcua::report
