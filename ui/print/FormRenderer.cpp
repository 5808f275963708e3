#include "ui/print/FormRenderer.h"

#include "core/Clock.h"
#include "ui/print/FormLayout.h"
#include "ui/print/PageComposer.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>

Q_LOGGING_CATEGORY(lcPrint, "motcua.ui.print")

namespace motcua::print {

using forms::FormKey;

RenderOptions RenderOptions::fromSite(const SiteConfig& site)
{
    RenderOptions o;
    const QJsonObject s = site.section(QStringLiteral("forms"));
    o.code128ModuleMm = std::max(0.25, s.value(QLatin1String("code128_module_mm")).toDouble(o.code128ModuleMm));
    o.code128HeightMm = std::max(8.0, s.value(QLatin1String("code128_height_mm")).toDouble(o.code128HeightMm));
    o.qrModuleMm = std::max(0.33, s.value(QLatin1String("qr_module_mm")).toDouble(o.qrModuleMm));
    return o;
}

FormRenderer::FormRenderer(RenderOptions options) : m_options(std::move(options)) { }

namespace {

const QString kSourceFamily = QStringLiteral("Liberation Serif");

quint16 be16(const QByteArray& d, qsizetype at)
{
    return quint16((quint8(d.at(at)) << 8) | quint8(d.at(at + 1)));
}

quint32 be32(const QByteArray& d, qsizetype at)
{
    return (quint32(be16(d, at)) << 16) | be16(d, at + 2);
}

// Renames the family (name IDs 1 and 16) of a TrueType font in place. Debian ships Liberation Serif
// twice under one family name: 1.07 (fonts-liberation, no Vietnamese horn/dot-below letters) and 2.x
// (fonts-liberation2); Qt may pick either per style. A private family name makes the choice certain.
// The new name has the same length, so no offset changes. Returns how many strings were renamed.
int renameFamily(QByteArray& font, const QString& from, const QString& to)
{
    if (font.size() < 12 || from.size() != to.size())
        return 0;
    const int tables = be16(font, 4);
    for (int t = 0; t < tables; ++t) {
        const qsizetype rec = 12 + 16 * t;
        if (rec + 16 > font.size())
            return 0;
        if (font.mid(rec, 4) != "name")
            continue;
        const qsizetype base = be32(font, rec + 8);
        if (base + 6 > font.size())
            return 0;
        const int count = be16(font, base + 2);
        const qsizetype strings = base + be16(font, base + 4);
        int renamed = 0;
        for (int i = 0; i < count; ++i) {
            const qsizetype r = base + 6 + 12 * i;
            if (r + 12 > font.size())
                break;
            const int platform = be16(font, r), nameId = be16(font, r + 6);
            const int length = be16(font, r + 8);
            const qsizetype at = strings + be16(font, r + 10);
            if ((nameId != 1 && nameId != 16) || at + length > font.size())
                continue;
            QByteArray oldBytes, newBytes;
            if (platform == 3 || platform == 0) { // UTF-16BE
                for (QChar c : from)
                    oldBytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
                for (QChar c : to)
                    newBytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            } else {
                oldBytes = from.toLatin1();
                newBytes = to.toLatin1();
            }
            if (font.mid(at, length) == oldBytes) {
                font.replace(at, length, newBytes);
                ++renamed;
            }
        }
        return renamed;
    }
    return 0;
}

} // namespace

QString FormRenderer::fontFamily()
{
    return QStringLiteral("MotCua LibSerif2"); // same length as "Liberation Serif"
}

Status FormRenderer::ensureFonts()
{
    static QMutex mutex;
    static bool loaded = false;
    QMutexLocker lock(&mutex);
    if (loaded)
        return {};
    // Liberation Serif 2.x (fonts-liberation2) covers Vietnamese; 1.07 (fonts-liberation) lacks the
    // letters with horn and dot below (ơ, ư, ạ, ệ, ...), so it is only a last resort.
    QStringList dirs;
    if (!qEnvironmentVariableIsEmpty("MOTCUA_FONT_DIR"))
        dirs << qEnvironmentVariable("MOTCUA_FONT_DIR");
    dirs << QStringLiteral("/usr/share/fonts/truetype/liberation2")
         << QStringLiteral("/usr/share/fonts/truetype/liberation");
    const QStringList files { QStringLiteral("LiberationSerif-Regular.ttf"), QStringLiteral("LiberationSerif-Bold.ttf"),
        QStringLiteral("LiberationSerif-Italic.ttf"), QStringLiteral("LiberationSerif-BoldItalic.ttf") };
    QString dir;
    for (const QString& candidate : std::as_const(dirs))
        if (QFile::exists(QDir(candidate).filePath(files.first()))) {
            dir = candidate;
            break;
        }
    for (const QString& f : files) {
        const QString path = QDir(dir).filePath(f);
        QFile file(path);
        QByteArray data;
        if (!dir.isEmpty() && file.open(QIODevice::ReadOnly))
            data = file.readAll();
        if (data.isEmpty() || renameFamily(data, kSourceFamily, fontFamily()) == 0
            || QFontDatabase::addApplicationFontFromData(data) < 0)
            return Error::environment(QStringLiteral("font"),
                tr("The form font %1 is missing or unreadable. Install the Debian package "
                   "fonts-liberation2 (or set MOTCUA_FONT_DIR) and print again.")
                    .arg(dir.isEmpty() ? f : path),
                QStringLiteral("font_missing"));
    }
    for (const bool bold : { false, true })
        for (const bool italic : { false, true }) {
            QFont serif(fontFamily());
            serif.setBold(bold);
            serif.setItalic(italic);
            serif.setStyleStrategy(QFont::NoFontMerging);
            const QFontMetricsF metrics(serif);
            for (const char32_t c : { U'ệ', U'ư', U'ơ', U'ạ', U'Đ', U'ỹ' })
                if (!metrics.inFontUcs4(c))
                    return Error::environment(QStringLiteral("font"),
                        tr("The form font in %1 lacks Vietnamese letters (%2). Install the "
                           "Debian package fonts-liberation2 and print again.")
                            .arg(dir, QString::fromUcs4(&c, 1)),
                        QStringLiteral("font_no_vietnamese"));
        }
    loaded = true;
    return {};
}

Result<forms::FormSetVersion> FormRenderer::formSetFor(
    const PrintRequest& request, const forms::FormSetCatalog& catalog)
{
    if (!request.formSetId.isEmpty())
        return catalog.resolve(request.formSetId, {});
    const bool book = request.key == FormKey::TrackingBook;
    const QString pinned = book ? request.book.formSetId : request.dossier.formSetId;
    if (!pinned.isEmpty())
        return catalog.resolve(pinned, {});
    QDate date = book ? request.book.from : request.dossier.received.toTimeZone(Clock::zone()).date();
    if (!date.isValid())
        date = Clock::current().today();
    return catalog.resolve({}, date);
}

Result<RenderReport> FormRenderer::render(const PrintRequest& request, QPagedPaintDevice* device) const
{
    if (auto st = ensureFonts(); !st.ok())
        return st.error();
    auto set = formSetFor(request);
    if (!set.ok())
        return set.error();
    const forms::FormDefinition def = set->form(request.key);
    if (request.key != FormKey::TrackingBook && request.dossier.code.isEmpty()
        && request.key != FormKey::SupplementRequest && request.key != FormKey::Refusal)
        return Error::invalid(QStringLiteral("code"),
            tr("The form \"%1\" needs a dossier code; print it from a received dossier.")
                .arg(forms::formKeyCliName(request.key)));

    const bool landscape = def.landscape;
    const QPageLayout layout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!device->setPageLayout(layout))
        qCWarning(lcPrint) << "the device refused the A4 page layout";

    // Margins of administrative documents (Decree 30/2020/NĐ-CP): left 30, right 15, top/bottom 20 mm.
    const QMarginsF margins = landscape ? QMarginsF(20, 15, 15, 15) : QMarginsF(30, 20, 15, 20);
    QPainter painter;
    if (!painter.begin(device))
        return Error::environment(QStringLiteral("output"),
            tr("Cannot start printing: the printer or PDF file could not be opened. Check "
               "the printer name or the output path and try again."),
            QStringLiteral("output_failed"));
    RenderReport report;
    report.formSetId = set->id;
    report.form = forms::formKeyName(request.key);
    PageComposer composer(
        device, &painter, margins, m_options.family.isEmpty() ? fontFamily() : m_options.family, &report);
    FormLayout form(composer, set.value(), m_options);
    const Status drawn = form.draw(request);
    painter.end();
    if (!drawn.ok())
        return drawn.error();
    return report;
}

namespace {
void setupPdf(QPdfWriter& writer, const PrintRequest& request)
{
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("MotCua Desk"));
    writer.setTitle(forms::formKeyName(request.key) + QLatin1Char(' ')
        + (request.key == FormKey::TrackingBook ? QString() : request.dossier.code));
}
} // namespace

Result<RenderReport> FormRenderer::renderPdf(const PrintRequest& request, const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::environment(QStringLiteral("pdf"),
            tr("Cannot write the PDF file %1: %2. Choose a writable path.").arg(path, file.errorString()),
            QStringLiteral("pdf_unwritable"));
    auto result = renderPdf(request, &file);
    file.close();
    if (!result.ok())
        file.remove();
    return result;
}

Result<RenderReport> FormRenderer::renderPdf(const PrintRequest& request, QIODevice* out) const
{
    // Fonts first: a font registered after the writer exists may fall back to other families.
    if (auto st = ensureFonts(); !st.ok())
        return st.error();
    QPdfWriter writer(out);
    setupPdf(writer, request);
    return render(request, &writer);
}

} // namespace motcua::print
