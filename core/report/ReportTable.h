// ReportTable: a plain report table (title, period line, column headers, rows of typed cells) that every
// report of the supervisor views fills and every exporter (CSV, XLSX, PDF, the window's table) reads.
// Cells are typed so each format can write a number as a number and a date as a date.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace motcua::report {

struct ReportCell {
    enum class Kind { Text, Integer, Money, Date };
    Kind kind = Kind::Text;
    QString text; // Text
    qint64 number = 0; // Integer; Money in VND (whole đồng)
    QDate date; // Date; invalid = empty cell

    static ReportCell ofText(const QString& t) { return { Kind::Text, t, 0, {} }; }
    static ReportCell ofInteger(qint64 n) { return { Kind::Integer, {}, n, {} }; }
    static ReportCell ofMoney(qint64 vnd) { return { Kind::Money, {}, vnd, {} }; }
    static ReportCell ofDate(const QDate& d) { return { Kind::Date, {}, 0, d }; }

    bool isEmpty() const { return (kind == Kind::Text && text.isEmpty()) || (kind == Kind::Date && !date.isValid()); }
    // Plain text as CSV writes it: integers and money as digits ("1500000"), dates as yyyy-MM-dd.
    QString plainText() const;
    // Text for people (screen, PDF): money "1.500.000", dates dd/MM/yyyy.
    QString displayText() const;
    bool operator==(const ReportCell& o) const = default;
};

struct ReportTable {
    QString title;
    QString subtitle; // usually the period ("Từ ngày 01/11/2026 đến ngày 30/11/2026")
    QStringList headers;
    QList<QList<ReportCell>> rows;
};

} // namespace motcua::report
