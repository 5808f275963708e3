#include "core/domain/DossierCode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua {

QString DossierCode::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(agency, date.toString(QStringLiteral("yyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

bool DossierCode::isValidAgencyCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$"));
    return re.match(code).hasMatch();
}

Result<DossierCode> DossierCode::parse(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(\\d{4})$"));
    const QString trimmed = text.trimmed();
    const auto m = re.match(trimmed);
    if (!m.hasMatch())
        return Error::invalid(QStringLiteral("code"),
            QCoreApplication::translate("motcua::DossierCode",
                "The dossier code must look like 000.00.25.G14-250312-0007 (agency code, receipt date "
                "yyMMdd, 4-digit number). Check the code and type it again."),
            QStringLiteral("bad_format"));
    // ASCII digits only: \d in QRegularExpression also matches other Unicode digits.
    for (const QChar c : trimmed)
        if (c.unicode() > 0x7f)
            return Error::invalid(QStringLiteral("code"),
                QCoreApplication::translate("motcua::DossierCode",
                    "The dossier code may contain only ASCII letters, digits, dots and "
                    "dashes. Type it again."),
                QStringLiteral("bad_format"));
    DossierCode code;
    code.agency = m.captured(1);
    code.date = QDate(2000 + m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    code.sequence = m.captured(5).toInt();
    if (!code.date.isValid())
        return Error::invalid(QStringLiteral("code"),
            QCoreApplication::translate("motcua::DossierCode",
                "The date part of the dossier code (%1) is not a real date (yyMMdd). "
                "Check the code.")
                .arg(m.captured(2) + m.captured(3) + m.captured(4)),
            QStringLiteral("bad_date"));
    if (code.sequence < 1)
        return Error::invalid(QStringLiteral("code"),
            QCoreApplication::translate(
                "motcua::DossierCode", "The number at the end of the dossier code must be 0001 to 9999."),
            QStringLiteral("bad_sequence"));
    return code;
}

} // namespace motcua
