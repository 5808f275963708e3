#include "scanner/SaneBackend.h"

#include <QMutexLocker>
#include <QRegularExpression>

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace motcua::scanner {

Q_LOGGING_CATEGORY(lcSane, "motcua.scanner.sane")

namespace {

// sane_init once per process, sane_exit at exit. Global SANE calls (get_devices, open) are serialised:
// backends are not required to be reentrant.
struct SaneRuntime {
    std::once_flag once;
    SANE_Int version = 0;
    SANE_Status initStatus = SANE_STATUS_GOOD;
    QMutex globalMutex;

    static SaneRuntime& instance()
    {
        static SaneRuntime runtime;
        return runtime;
    }
    SANE_Status ensureInit()
    {
        std::call_once(once, [this] {
            initStatus = sane_init(&version, nullptr);
            if (initStatus == SANE_STATUS_GOOD)
                std::atexit([] { sane_exit(); });
            qCDebug(lcSane) << "sane_init" << sane_strstatus(initStatus);
        });
        return initStatus;
    }
};

// Source names used by vendors, matched case-insensitively (first exact, then "contains").
const QStringList kFlatbedNames = { "Flatbed", "FlatBed", "Normal", "Document Table", "Platen" };
const QStringList kAdfNames = { "Automatic Document Feeder", "ADF", "ADF Front", "ADF Simplex", "Document Feeder",
    "Auto Document Feeder", "Feeder" };
const QStringList kDuplexNames
    = { "ADF Duplex", "Duplex", "Automatic Document Feeder(left aligned,Duplex)", "ADF Duplex - Long Side Binding" };
const QStringList kColorNames = { "Color", "Colour", "24bit Color", "Color24", "True Color", "RGB" };
const QStringList kGrayNames = { "Gray", "Grey", "Grayscale", "Gray8", "True Gray", "8bit Gray" };
const QStringList kLineartNames = { "Lineart", "LineArt", "Binary", "Black & White", "BW", "Mono" };

QString matchName(const QStringList& offered, const QStringList& wanted)
{
    for (const QString& w : wanted)
        for (const QString& o : offered)
            if (o.compare(w, Qt::CaseInsensitive) == 0)
                return o;
    for (const QString& w : wanted)
        for (const QString& o : offered)
            if (o.contains(w, Qt::CaseInsensitive))
                return o;
    return {};
}

} // namespace

ScanState scanStateFromSane(int status)
{
    switch (status) {
    case SANE_STATUS_GOOD:
    case SANE_STATUS_EOF:
        return ScanState::Ok;
    case SANE_STATUS_UNSUPPORTED:
        return ScanState::Unsupported;
    case SANE_STATUS_CANCELLED:
        return ScanState::Cancelled;
    case SANE_STATUS_DEVICE_BUSY:
        return ScanState::Busy;
    case SANE_STATUS_INVAL:
        return ScanState::InvalidSettings;
    case SANE_STATUS_JAMMED:
        return ScanState::Jammed;
    case SANE_STATUS_NO_DOCS:
        return ScanState::NoDocuments;
    case SANE_STATUS_COVER_OPEN:
        return ScanState::CoverOpen;
    case SANE_STATUS_IO_ERROR:
        return ScanState::IoError;
    case SANE_STATUS_NO_MEM:
        return ScanState::OutOfMemory;
    case SANE_STATUS_ACCESS_DENIED:
        return ScanState::AccessDenied;
    case 12:
        return ScanState::WarmingUp; // SANE_STATUS_WARMING_UP (SANE 1.1, not in 1.0 headers by default)
    case 13:
        return ScanState::Locked; // SANE_STATUS_HW_LOCKED
    default:
        return ScanState::IoError;
    }
}

// One open device with its option table.
struct SaneBackend::Session {
    SANE_Handle handle = nullptr;

    int optionIndex(const char* name) const
    {
        for (SANE_Int i = 1;; ++i) {
            const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle, i);
            if (!d)
                return -1;
            if (d->name && std::strcmp(d->name, name) == 0)
                return d->type == SANE_TYPE_GROUP ? -1 : i;
        }
    }
    const SANE_Option_Descriptor* descriptor(int index) const
    {
        return index < 0 ? nullptr : sane_get_option_descriptor(handle, index);
    }
    bool settable(const char* name) const
    {
        const auto* d = descriptor(optionIndex(name));
        return d && SANE_OPTION_IS_ACTIVE(d->cap) && SANE_OPTION_IS_SETTABLE(d->cap);
    }
    QStringList stringList(const char* name) const
    {
        QStringList out;
        const auto* d = descriptor(optionIndex(name));
        if (d && d->constraint_type == SANE_CONSTRAINT_STRING_LIST)
            for (const SANE_String_Const* s = d->constraint.string_list; *s; ++s)
                out << QString::fromUtf8(*s);
        return out;
    }
    SANE_Status setString(const char* name, const QString& value)
    {
        const int idx = optionIndex(name);
        const auto* d = descriptor(idx);
        if (!d || d->type != SANE_TYPE_STRING)
            return SANE_STATUS_UNSUPPORTED;
        QByteArray buf = value.toUtf8();
        buf.resize(std::max<int>(d->size, buf.size() + 1), '\0');
        return sane_control_option(handle, idx, SANE_ACTION_SET_VALUE, buf.data(), nullptr);
    }
    // Sets a numeric option (int or fixed) to the allowed value nearest to `value` (in the option's unit).
    SANE_Status setNumber(const char* name, double value)
    {
        const int idx = optionIndex(name);
        const auto* d = descriptor(idx);
        if (!d || (d->type != SANE_TYPE_INT && d->type != SANE_TYPE_FIXED))
            return SANE_STATUS_UNSUPPORTED;
        const bool fixed = d->type == SANE_TYPE_FIXED;
        auto toDouble = [fixed](SANE_Word w) { return fixed ? SANE_UNFIX(w) : double(w); };
        if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
            const double lo = toDouble(d->constraint.range->min);
            const double hi = toDouble(d->constraint.range->max);
            value = std::clamp(value, lo, hi);
        } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
            const SANE_Word* list = d->constraint.word_list;
            double best = value;
            double bestDistance = -1;
            for (SANE_Word i = 1; i <= list[0]; ++i) {
                const double candidate = toDouble(list[i]);
                const double distance = std::abs(candidate - value);
                if (bestDistance < 0 || distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            value = best;
        }
        SANE_Word word = fixed ? SANE_FIX(value) : SANE_Word(std::lround(value));
        return sane_control_option(handle, idx, SANE_ACTION_SET_VALUE, &word, nullptr);
    }
    double number(const char* name, double fallback) const
    {
        const int idx = optionIndex(name);
        const auto* d = descriptor(idx);
        if (!d || (d->type != SANE_TYPE_INT && d->type != SANE_TYPE_FIXED) || d->size != sizeof(SANE_Word))
            return fallback;
        SANE_Word w = 0;
        if (sane_control_option(handle, idx, SANE_ACTION_GET_VALUE, &w, nullptr) != SANE_STATUS_GOOD)
            return fallback;
        return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w);
    }
    double maxOf(const char* name) const
    {
        const auto* d = descriptor(optionIndex(name));
        if (!d || d->constraint_type != SANE_CONSTRAINT_RANGE)
            return -1;
        return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(d->constraint.range->max) : d->constraint.range->max;
    }
    SANE_Status setBool(const char* name, bool on)
    {
        const int idx = optionIndex(name);
        const auto* d = descriptor(idx);
        if (!d || d->type != SANE_TYPE_BOOL)
            return SANE_STATUS_UNSUPPORTED;
        SANE_Word word = on ? SANE_TRUE : SANE_FALSE;
        return sane_control_option(handle, idx, SANE_ACTION_SET_VALUE, &word, nullptr);
    }
    // Sets any option from text, converting to its SANE type.
    SANE_Status setFromText(const QString& name, const QString& value)
    {
        const QByteArray n = name.toUtf8();
        const auto* d = descriptor(optionIndex(n.constData()));
        if (!d)
            return SANE_STATUS_UNSUPPORTED;
        switch (d->type) {
        case SANE_TYPE_STRING:
            return setString(n.constData(), value);
        case SANE_TYPE_BOOL: {
            const QString v = value.toLower();
            return setBool(n.constData(), v == "yes" || v == "true" || v == "1" || v == "on");
        }
        case SANE_TYPE_INT:
        case SANE_TYPE_FIXED: {
            bool ok = false;
            const double number = value.toDouble(&ok);
            return ok ? setNumber(n.constData(), number) : SANE_STATUS_INVAL;
        }
        default:
            return SANE_STATUS_UNSUPPORTED;
        }
    }
};

QString SaneBackend::pickSourceName(const QStringList& offered, ScanSource source)
{
    switch (source) {
    case ScanSource::Flatbed:
        return matchName(offered, kFlatbedNames);
    case ScanSource::Adf: {
        QStringList simplex = offered;
        simplex.removeIf([](const QString& s) {
            return s.contains("duplex", Qt::CaseInsensitive) || s.contains("back", Qt::CaseInsensitive);
        });
        return matchName(simplex, kAdfNames);
    }
    case ScanSource::Duplex:
        return matchName(offered, kDuplexNames);
    }
    return {};
}

QString SaneBackend::pickModeName(const QStringList& offered, ColorMode mode)
{
    switch (mode) {
    case ColorMode::Color:
        return matchName(offered, kColorNames);
    case ColorMode::Gray:
        return matchName(offered, kGrayNames);
    case ColorMode::Lineart:
        return matchName(offered, kLineartNames);
    }
    return {};
}

SaneBackend::SaneBackend() = default;

SaneBackend::~SaneBackend() = default;

QString SaneBackend::saneVersion()
{
    auto& rt = SaneRuntime::instance();
    rt.ensureInit();
    return QStringLiteral("%1.%2.%3")
        .arg(SANE_VERSION_MAJOR(rt.version))
        .arg(SANE_VERSION_MINOR(rt.version))
        .arg(SANE_VERSION_BUILD(rt.version));
}

Result<QList<DeviceInfo>> SaneBackend::devices(bool refresh)
{
    Q_UNUSED(refresh); // sane_get_devices always asks the backends again
    auto& rt = SaneRuntime::instance();
    if (SANE_Status st = rt.ensureInit(); st != SANE_STATUS_GOOD)
        return Error::environment(
            QStringLiteral("device"), scanStateMessage(scanStateFromSane(st)), scanStateCode(scanStateFromSane(st)));
    QMutexLocker lock(&rt.globalMutex);
    const SANE_Device** list = nullptr;
    const SANE_Status st = sane_get_devices(&list, SANE_FALSE);
    if (st != SANE_STATUS_GOOD)
        return Error::environment(
            QStringLiteral("device"), scanStateMessage(scanStateFromSane(st)), scanStateCode(scanStateFromSane(st)));
    QList<DeviceInfo> out;
    for (int i = 0; list && list[i]; ++i)
        out.append({ QString::fromUtf8(list[i]->name), QString::fromUtf8(list[i]->vendor),
            QString::fromUtf8(list[i]->model), QString::fromUtf8(list[i]->type) });
    qCDebug(lcSane) << "found" << out.size() << "devices";
    return out;
}

Status SaneBackend::setRawOption(const QString& name, const QString& value)
{
    if (!m_session)
        return Error::invalid(
            QStringLiteral("option"), ScanText::tr("Option %1 can only be changed while a scan runs.").arg(name));
    const SANE_Status st = m_session->setFromText(name, value);
    if (st != SANE_STATUS_GOOD)
        return Error::invalid(QStringLiteral("option"),
            ScanText::tr("The scanner rejected option %1 = %2: %3.")
                .arg(name, value, QString::fromUtf8(sane_strstatus(st))));
    return {};
}

namespace {

// Builds the page image from the raw bytes of one frame (or three single-colour frames).
QImage imageFromFrames(const SANE_Parameters& p, const QList<QByteArray>& frames, bool threePass)
{
    const int bpl = p.bytes_per_line;
    const int width = p.pixels_per_line;
    if (bpl <= 0 || width <= 0 || frames.isEmpty())
        return {};
    const int lines = int(frames.first().size() / bpl);
    if (lines <= 0)
        return {};
    if (threePass) {
        if (frames.size() != 3 || p.depth != 8)
            return {};
        QImage img(width, lines, QImage::Format_RGB888);
        for (int y = 0; y < lines; ++y) {
            uchar* out = img.scanLine(y);
            for (int c = 0; c < 3; ++c) {
                const auto* in = reinterpret_cast<const uchar*>(frames[c].constData()) + qsizetype(y) * bpl;
                for (int x = 0; x < width; ++x)
                    out[x * 3 + c] = in[x];
            }
        }
        return img;
    }
    const auto* raw = reinterpret_cast<const uchar*>(frames.first().constData());
    const int channels = p.format == SANE_FRAME_RGB ? 3 : 1;
    if (p.depth == 1 && channels == 1) {
        QImage img(width, lines, QImage::Format_Mono);
        img.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) }); // SANE: bit 1 = black
        const int rowBytes = (width + 7) / 8;
        for (int y = 0; y < lines; ++y)
            std::memcpy(img.scanLine(y), raw + qsizetype(y) * bpl, rowBytes);
        return img;
    }
    if (p.depth != 8 && p.depth != 16)
        return {};
    QImage img(width, lines, channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    const int samples = width * channels;
    for (int y = 0; y < lines; ++y) {
        const uchar* in = raw + qsizetype(y) * bpl;
        uchar* out = img.scanLine(y);
        if (p.depth == 8) {
            std::memcpy(out, in, samples);
        } else { // 16 bit samples in host byte order: keep the high byte
            const auto* in16 = reinterpret_cast<const quint16*>(in);
            for (int i = 0; i < samples; ++i)
                out[i] = uchar(in16[i] >> 8);
        }
    }
    return img;
}

} // namespace

ScanOutcome SaneBackend::scan(const ScanSettings& settings, const ScanCallbacks& cb)
{
    QMutexLocker scanLock(&m_mutex);
    auto& rt = SaneRuntime::instance();
    auto finish = [](ScanState state, int pages, const QString& detail = {}) {
        ScanOutcome o { state, scanStateMessage(state), pages };
        if (!detail.isEmpty())
            o.message += QLatin1Char(' ') + detail;
        return o;
    };
    if (SANE_Status st = rt.ensureInit(); st != SANE_STATUS_GOOD)
        return finish(scanStateFromSane(st), 0);

    Session session;
    {
        QMutexLocker lock(&rt.globalMutex);
        const QByteArray name = settings.device.toUtf8();
        SANE_Status st = sane_open(name.constData(), &session.handle);
        if (st == SANE_STATUS_INVAL || st == SANE_STATUS_IO_ERROR) {
            // The device may have been unplugged and plugged in again: ask the backends to look again.
            const SANE_Device** list = nullptr;
            sane_get_devices(&list, SANE_FALSE);
            bool known = false;
            for (int i = 0; list && list[i]; ++i)
                known = known || settings.device == QString::fromUtf8(list[i]->name);
            if (!known) {
                qCInfo(lcSane) << "no device" << settings.device;
                return finish(ScanState::NotFound, 0);
            }
            st = sane_open(name.constData(), &session.handle);
        }
        if (st != SANE_STATUS_GOOD) {
            qCInfo(lcSane) << "open" << settings.device << "failed:" << sane_strstatus(st);
            return finish(scanStateFromSane(st), 0);
        }
    }
    m_session = &session;
    struct Closer {
        SaneBackend* self;
        Session* s;
        ~Closer()
        {
            sane_cancel(s->handle);
            sane_close(s->handle);
            self->m_session = nullptr;
        }
    } closer { this, &session };

    // --- source ---
    const QStringList sources = session.stringList(SANE_NAME_SCAN_SOURCE);
    const bool feeder = settings.source != ScanSource::Flatbed;
    if (!sources.isEmpty() && session.settable(SANE_NAME_SCAN_SOURCE)) {
        QString chosen;
        chosen = pickSourceName(sources, settings.source);
        if (settings.source == ScanSource::Duplex) {
            if (chosen.isEmpty()) { // some backends: ADF source plus a duplex switch
                chosen = pickSourceName(sources, ScanSource::Adf);
                if (!chosen.isEmpty() && session.setBool("duplex", true) != SANE_STATUS_GOOD
                    && session.setString("adf-mode", QStringLiteral("Duplex")) != SANE_STATUS_GOOD)
                    chosen.clear();
            }
        }
        if (chosen.isEmpty())
            return finish(ScanState::Unsupported, 0,
                ScanText::tr("Source %1 is not offered by %2 (it offers: %3).")
                    .arg(scanSourceName(settings.source), settings.device, sources.join(", ")));
        if (SANE_Status st = session.setString(SANE_NAME_SCAN_SOURCE, chosen); st != SANE_STATUS_GOOD)
            return finish(scanStateFromSane(st), 0);
    } else if (feeder) {
        return finish(ScanState::Unsupported, 0, ScanText::tr("%1 has no document feeder.").arg(settings.device));
    }

    // --- mode and depth ---
    bool softwareLineart = false;
    const QStringList modes = session.stringList(SANE_NAME_SCAN_MODE);
    if (!modes.isEmpty()) {
        QString chosen;
        int depth = 8;
        chosen = pickModeName(modes, settings.mode);
        if (chosen.isEmpty() && settings.mode == ColorMode::Lineart) { // gray at 1 bit, or thresholded by us
            chosen = pickModeName(modes, ColorMode::Gray);
            depth = 1;
        }
        if (chosen.isEmpty())
            return finish(ScanState::Unsupported, 0,
                ScanText::tr("Mode %1 is not offered by %2.").arg(colorModeName(settings.mode), settings.device));
        if (SANE_Status st = session.setString(SANE_NAME_SCAN_MODE, chosen); st != SANE_STATUS_GOOD)
            return finish(scanStateFromSane(st), 0);
        if (session.settable(SANE_NAME_BIT_DEPTH)) {
            if (session.setNumber(SANE_NAME_BIT_DEPTH, depth) != SANE_STATUS_GOOD && depth == 1)
                softwareLineart = true;
            else if (depth == 1) {
                // Check that the device accepted 1 bit (nearest allowed value may be 8).
                SANE_Word w = 0;
                sane_control_option(
                    session.handle, session.optionIndex(SANE_NAME_BIT_DEPTH), SANE_ACTION_GET_VALUE, &w, nullptr);
                softwareLineart = w != 1;
            }
        } else if (depth == 1) {
            softwareLineart = true;
        }
    }

    // --- resolution ---
    if (session.settable(SANE_NAME_SCAN_RESOLUTION))
        session.setNumber(SANE_NAME_SCAN_RESOLUTION, settings.dpi);

    // --- page size: page-width/page-height first (sheet-fed devices), then the scan area ---
    QSizeF mm = settings.pageSize == PageSize::Custom ? settings.customSizeMm : pageSizeMm(settings.pageSize);
    if (settings.pageSize == PageSize::Maximum || !mm.isValid())
        mm = QSizeF(
            std::max(0.0, session.maxOf(SANE_NAME_SCAN_BR_X)), std::max(0.0, session.maxOf(SANE_NAME_SCAN_BR_Y)));
    if (session.settable("page-width"))
        session.setNumber("page-width", mm.width());
    if (session.settable("page-height"))
        session.setNumber("page-height", mm.height());
    session.setNumber(SANE_NAME_SCAN_TL_X, 0);
    session.setNumber(SANE_NAME_SCAN_TL_Y, 0);
    session.setNumber(SANE_NAME_SCAN_BR_X, mm.width());
    session.setNumber(SANE_NAME_SCAN_BR_Y, mm.height());

    for (auto it = settings.extraOptions.cbegin(); it != settings.extraOptions.cend(); ++it)
        if (SANE_Status st = session.setFromText(it.key(), it.value()); st != SANE_STATUS_GOOD)
            return finish(
                ScanState::InvalidSettings, 0, ScanText::tr("Option %1 = %2 was rejected.").arg(it.key(), it.value()));

    // --- the page loop ---
    const int maxPages = settings.maxPages > 0 ? settings.maxPages : (feeder ? 0 : 1);
    int pages = 0;
    std::vector<SANE_Byte> chunk(256 * 1024);
    const int dpi = int(std::lround(session.number(SANE_NAME_SCAN_RESOLUTION, settings.dpi)));
    // A cancel can interrupt a blocking call: Ctrl-C makes the read of the backend's pipe fail with EINTR,
    // which backends report as an I/O error (or, the test backend at the start of a page, as a read of
    // length -1). Once a cancel is asked for, a failed call is the cancel's doing and ends as Cancelled.
    const auto cancelRequested = [&cb] { return cb.cancel && cb.cancel->load(); };
    const auto failed = [&](SANE_Status st) {
        return finish(cancelRequested() ? ScanState::Cancelled : scanStateFromSane(st), pages);
    };
    while (maxPages == 0 || pages < maxPages) {
        if (cancelRequested())
            return finish(ScanState::Cancelled, pages);
        if (cb.beforePage)
            cb.beforePage(pages);
        QList<QByteArray> frames;
        SANE_Parameters params {};
        bool threePass = false;
        for (;;) { // frames of one page
            SANE_Status st = sane_start(session.handle);
            if (st != SANE_STATUS_GOOD) {
                if (st == SANE_STATUS_NO_DOCS && pages > 0)
                    return finish(ScanState::Ok, pages); // the feeder batch ended normally
                qCInfo(lcSane) << "sane_start:" << sane_strstatus(st) << "after" << pages << "pages";
                return failed(st);
            }
            st = sane_get_parameters(session.handle, &params);
            if (st != SANE_STATUS_GOOD)
                return failed(st);
            threePass = threePass || params.format == SANE_FRAME_RED || params.format == SANE_FRAME_GREEN
                || params.format == SANE_FRAME_BLUE;
            const qint64 expected = params.lines > 0 ? qint64(params.lines) * params.bytes_per_line : -1;
            QByteArray data;
            if (expected > 0)
                data.reserve(expected);
            for (;;) {
                if (cancelRequested()) {
                    sane_cancel(session.handle);
                    SANE_Int len = 0;
                    while (sane_read(session.handle, chunk.data(), SANE_Int(chunk.size()), &len) == SANE_STATUS_GOOD) {
                    }
                    qCInfo(lcSane) << "cancelled in page" << pages;
                    return finish(ScanState::Cancelled, pages);
                }
                SANE_Int len = 0;
                st = sane_read(session.handle, chunk.data(), SANE_Int(chunk.size()), &len);
                if (cancelRequested())
                    continue; // whatever this read returned, the page is dropped above
                if (st == SANE_STATUS_EOF)
                    break;
                if (st != SANE_STATUS_GOOD) {
                    qCInfo(lcSane) << "sane_read:" << sane_strstatus(st) << "in page" << pages;
                    return finish(scanStateFromSane(st), pages);
                }
                if (len < 0 || len > SANE_Int(chunk.size())) {
                    qCWarning(lcSane) << "sane_read returned length" << len << "in page" << pages;
                    return finish(ScanState::IoError, pages);
                }
                data.append(reinterpret_cast<const char*>(chunk.data()), len);
                if (cb.progress)
                    cb.progress(pages, data.size(), expected);
            }
            frames.append(data);
            if (params.last_frame)
                break;
        }
        QImage image = imageFromFrames(params, frames, threePass);
        frames.clear();
        if (image.isNull())
            return finish(ScanState::Unsupported, pages,
                ScanText::tr("The scanner sent an image format the program cannot read "
                             "(frame %1, depth %2).")
                    .arg(params.format)
                    .arg(params.depth));
        if (softwareLineart && image.format() != QImage::Format_Mono)
            image = image.convertToFormat(QImage::Format_Grayscale8)
                        .convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
        const int dotsPerMeter = int(std::lround(dpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        ScannedPage page { pages, std::move(image), dpi, settings.mode };
        ++pages;
        if (cb.page)
            cb.page(std::move(page));
    }
    return finish(ScanState::Ok, pages);
}

} // namespace motcua::scanner
