#include "core/report/TableExport.h"

#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace motcua::report {

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

namespace {

// RFC 4180: a field with a comma, a double quote, CR or LF is quoted, and its quotes doubled.
QByteArray csvField(const QString& s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\r') || b.contains('\n')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}

Error unwritable(const QString& path, const QString& why)
{
    return Error::environment(QStringLiteral("out"),
        TableExport::tr("Cannot write the file %1: %2. Choose a writable path.").arg(path, why),
        QStringLiteral("export_unwritable"));
}

// Excel's sheet names: at most 31 characters, none of []:*?/\ .
QByteArray sheetName(const QString& wanted)
{
    QString s = wanted.isEmpty() ? QStringLiteral("Report") : wanted;
    for (QChar& c : s)
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('-');
    return s.left(31).toUtf8();
}

} // namespace

QByteArray TableExport::toCsv(const ReportTable& table)
{
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&out](const QList<QByteArray>& fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += fields[i];
        }
        out += "\r\n";
    };
    QList<QByteArray> h;
    for (const QString& s : table.headers)
        h << csvField(s);
    line(h);
    for (const auto& row : table.rows) {
        QList<QByteArray> f;
        for (const ReportCell& c : row)
            f << csvField(c.plainText());
        line(f);
    }
    return out;
}

Status TableExport::writeCsv(const ReportTable& table, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return unwritable(path, f.errorString());
    f.write(toCsv(table));
    if (!f.commit())
        return unwritable(path, f.errorString());
    return {};
}

Status TableExport::writeXlsx(const ReportTable& table, const QString& path, const QString& sheet)
{
    // Constant-memory mode streams each finished row to a temporary file: a month's tracking book of a
    // busy desk stays small in memory. Rows must then be written in order, which they are.
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* wb = workbook_new_opt(file.constData(), &options);
    if (!wb)
        return unwritable(path, tr("the spreadsheet could not be started"));
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheetName(sheet.isEmpty() ? table.title : sheet).constData());
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");

    worksheet_write_string(ws, 0, 0, table.title.toUtf8().constData(), title);
    worksheet_write_string(ws, 1, 0, table.subtitle.toUtf8().constData(), nullptr);
    const lxw_row_t headerRow = kXlsxFirstDataRow - 2;
    for (int c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(ws, headerRow, lxw_col_t(c), table.headers[c].toUtf8().constData(), bold);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), qBound(8, int(table.headers[c].size()) + 2, 40), nullptr);
    }
    lxw_row_t r = headerRow + 1;
    for (const auto& row : table.rows) {
        for (int c = 0; c < row.size(); ++c) {
            const ReportCell& cell = row[c];
            const lxw_col_t col = lxw_col_t(c);
            switch (cell.kind) {
            case ReportCell::Kind::Text:
                if (!cell.text.isEmpty())
                    worksheet_write_string(ws, r, col, cell.text.toUtf8().constData(), nullptr);
                break;
            case ReportCell::Kind::Integer:
                worksheet_write_number(ws, r, col, double(cell.number), nullptr);
                break;
            case ReportCell::Kind::Money:
                worksheet_write_number(ws, r, col, double(cell.number), money);
                break;
            case ReportCell::Kind::Date:
                if (cell.date.isValid()) {
                    lxw_datetime dt { cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0.0 };
                    worksheet_write_datetime(ws, r, col, &dt, date);
                }
                break;
            }
        }
        ++r;
    }
    if (const lxw_error e = workbook_close(wb); e != LXW_NO_ERROR)
        return unwritable(path, QString::fromUtf8(lxw_strerror(e)));
    return {};
}

} // namespace motcua::report
