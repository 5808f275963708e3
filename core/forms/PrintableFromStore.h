// PrintableFromStore: fills the forms' plain data (PrintableDossier, PrintableBook) from what the store
// holds (dossier::Dossier, catalogue::Procedure, store::TrackingRow) and the site configuration
// (letterhead, place, lookup URL, payment account per unit). Used by `motcua print` and the desk window.
#pragma once

#include "core/Result.h"
#include "core/SiteConfig.h"
#include "core/catalogue/Procedure.h"
#include "core/dossier/Dossier.h"
#include "core/forms/PrintableDossier.h"
#include "core/store/Store.h"

#include <QCoreApplication>

#include <optional>

namespace motcua::forms {

class PrintableFromStore
{
    Q_DECLARE_TR_FUNCTIONS(PrintableFromStore)
public:
    // Letterhead from the site: parent agency, agency, the desk's unit, forms.place; date = today.
    static Letterhead letterhead(const SiteConfig& site);
    // "20 ngày làm việc", "Trong ngày", ... ; empty when the catalogue does not know the limit.
    static QString timeLimitText(const catalogue::ProcedureTimeLimit& limit);
    // The account fees are paid into: site "payment" section, per unit under "units" or the default.
    static PaymentAccount paymentAccount(const SiteConfig& site, const QString& unit);

    static PrintableDossier fromDossier(
        const dossier::Dossier& d, const std::optional<catalogue::Procedure>& procedure, const SiteConfig& site);
    // Reads the dossier (and its procedure version) through the store.
    static Result<PrintableDossier> load(
        store::Store& store, const store::Actor& actor, const QString& code, const SiteConfig& site);
    static Result<PrintableBook> loadBook(
        store::Store& store, const store::Actor& actor, QDate from, QDate to, const SiteConfig& site);
};

} // namespace motcua::forms
