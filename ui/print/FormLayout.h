// FormLayout: the building blocks of one printed form (administrative header, title, label lines,
// barcodes, signature blocks) and one body per form key, drawn through a PageComposer. Internal to
// FormRenderer; FormLayout.cpp holds the shared blocks, FormLayoutBodies.cpp the form bodies.
#pragma once

#include "core/forms/FormSet.h"
#include "core/forms/PrintableDossier.h"
#include "ui/print/FormRenderer.h"
#include "ui/print/PageComposer.h"

#include <QCoreApplication>
#include <QHash>

namespace motcua::print {

// Body text size of every form (Vietnamese administrative documents use 13-14 pt).
inline constexpr double kBodyPt = 13;

class FormLayout
{
    Q_DECLARE_TR_FUNCTIONS(FormLayout)
public:
    FormLayout(PageComposer& composer, const forms::FormSetVersion& set, const RenderOptions& options);

    Status draw(const PrintRequest& request);

private:
    using Args = QHash<QString, QString>;
    using Style = PageComposer::Style;

    // shared blocks (FormLayout.cpp)
    QString label(const QString& key, const Args& args = {}) const { return m_set.label(key, args); }
    QString dateTime(const QDateTime& at, bool longForm = false) const;
    QString bookDateTime(const QDateTime& at) const; // compact, for the tracking book's narrow columns
    QString date(const QDateTime& at) const;
    QString date(QDate d) const;
    static QString money(qint64 vnd);
    void header(const forms::Letterhead& letterhead, const QString& slipNumber, bool landscape);
    void title(const QString& extra = {});
    void line(const QString& labelText, const QString& value, bool boldValue = false);
    void text(const QString& text, bool italic = false, bool bold = false);
    void partyLines(const forms::PrintableParty& party, bool nameAsApplicant = true);
    void slipOpening(const forms::PrintableDossier& d, forms::FormKey key);
    void signatures(const QStringList& roles, const QStringList& names, bool seal = false);
    Status codeBarcodes(const QString& code, const QString& qrPayload, bool withQr);
    Status qrBlock(const QString& payload, double moduleMm, const QString& caption);
    void componentsTable(const QList<forms::PrintableComponent>& components, bool withReason);

    // bodies (FormLayoutBodies.cpp)
    Status receipt(const forms::PrintableDossier& d);
    Status supplementRequest(const forms::PrintableDossier& d);
    Status refusal(const forms::PrintableDossier& d);
    Status controlSlip(const forms::PrintableDossier& d);
    Status apology(const forms::PrintableDossier& d);
    Status stopNotice(const forms::PrintableDossier& d);
    Status feeNotice(const forms::PrintableDossier& d);
    Status trackingBook(const forms::PrintableBook& book);

    PageComposer& m_c;
    const forms::FormSetVersion& m_set;
    RenderOptions m_options;
    forms::FormDefinition m_def;
    QDate m_printDate;
};

} // namespace motcua::print
