#include "scanner/SaneBackend.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <vector>

namespace motcua::scanner {

Q_LOGGING_CATEGORY(lcSane, "motcua.scanner.sane")

namespace {

// --- reader threads of a backend ---
// Many backends (the `test` backend among them) read the device in a thread that sane_start starts through
// sanei_thread, and sane_cancel ends that thread with pthread_cancel (asynchronous mode) right after closing
// the pipe it writes to. A reader cancelled while it allocates (starting up) or while it wakes up and exits
// can die holding a glibc allocator lock; the join in sane_cancel then waits for ever (seen in CI: the reader
// stuck in tcache_thread_shutdown, the scan thread in sanei_thread_waitpid). A scan that ends early (an error
// status or the clerk's cancel) therefore lets the threads sane_start created settle first: gone, or asleep
// in a system call (a blocking write or device read). That closes the start-up window; a reader that exits
// by itself before the cancel (a frame that fits in the pipe) has no window left at all. Linux: reads
// /proc/self/task; the wait is bounded.
QSet<QString> processThreads()
{
    const QStringList ids = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return QSet<QString>(ids.begin(), ids.end());
}

// The scheduler state of one thread of this process ('R' running, 'S'/'D' asleep); 0 when it is gone.
char threadState(const QString& tid)
{
    QFile f(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close >= 0 && close + 2 < stat.size() ? stat.at(close + 2) : 0;
}

void settleReaderThreads(const QSet<QString>& readers)
{
    constexpr int kLimitMs = 500;
    constexpr int kCalmPolls = 3; // asleep in three polls in a row, not just between two writes
    QElapsedTimer timer;
    timer.start();
    int calm = 0;
    while (!readers.isEmpty() && !timer.hasExpired(kLimitMs)) {
        bool running = false, alive = false;
        for (const QString& tid : readers) {
            const char state = threadState(tid);
            alive = alive || (state != 0 && state != 'Z' && state != 'X');
            running = running || state == 'R';
        }
        if (!alive)
            return;
        calm = running ? 0 : calm + 1;
        if (calm >= kCalmPolls)
            return;
        QThread::msleep(2);
    }
    if (!readers.isEmpty() && timer.hasExpired(kLimitMs))
        qCInfo(lcSane) << "the backend's reader threads were still running after" << kLimitMs << "ms";
}

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

    // The steps of one scan, in order; each ends the scan with an outcome when it cannot go on.
    std::optional<ScanOutcome> open(const QString& device);
    std::optional<ScanOutcome> chooseSource(const ScanSettings& settings);
    std::optional<ScanOutcome> chooseMode(const ScanSettings& settings, bool& softwareLineart);
    void setGeometry(const ScanSettings& settings);
    std::optional<ScanOutcome> applyExtraOptions(const ScanSettings& settings);
    ScanOutcome readPages(const ScanSettings& settings, bool softwareLineart, const ScanCallbacks& cb);

private:
    struct Frames;
    Frames readFrames(int pages, const ScanCallbacks& cb);
    std::optional<ScanOutcome> readFrame(int pages, const ScanCallbacks& cb, qint64 expected, QByteArray& data);
    std::vector<SANE_Byte> m_chunk;
    QSet<QString> m_readers; // threads the last sane_start created (see settleReaderThreads)
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
    // A line must hold its samples, and three-pass frames must be as long as the first one.
    const int channels = p.format == SANE_FRAME_RGB ? 3 : 1;
    if (qint64(bpl) * 8 < qint64(width) * channels * std::max(1, p.depth))
        return {};
    for (const QByteArray& frame : frames)
        if (frame.size() < frames.first().size())
            return {};
    if (threePass) {
        if (frames.size() != 3 || p.depth != 8)
            return {};
        QImage img(width, lines, QImage::Format_RGB888);
        if (img.isNull())
            return {}; // more than the memory holds
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
    if (p.depth == 1 && channels == 1) {
        QImage img(width, lines, QImage::Format_Mono);
        if (img.isNull())
            return {}; // more than the memory holds
        img.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) }); // SANE: bit 1 = black
        const int rowBytes = (width + 7) / 8;
        for (int y = 0; y < lines; ++y)
            std::memcpy(img.scanLine(y), raw + qsizetype(y) * bpl, rowBytes);
        return img;
    }
    if (p.depth != 8 && p.depth != 16)
        return {};
    QImage img(width, lines, channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    if (img.isNull())
        return {}; // more than the memory holds
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

namespace {

ScanOutcome scanOutcome(ScanState state, int pages, const QString& detail = {})
{
    ScanOutcome o { state, scanStateMessage(state), pages };
    if (!detail.isEmpty())
        o.message += QLatin1Char(' ') + detail;
    return o;
}

// A cancel can interrupt a blocking call: Ctrl-C makes the read of the backend's pipe fail with EINTR,
// which backends report as an I/O error (or, the test backend at the start of a page, as a read of
// length -1). Once a cancel is asked for, a failed call is the cancel's doing and ends as Cancelled.
bool cancelRequested(const ScanCallbacks& cb)
{
    return cb.cancel && cb.cancel->load();
}

ScanOutcome saneFailure(SANE_Status st, int pages, const ScanCallbacks& cb)
{
    return scanOutcome(cancelRequested(cb) ? ScanState::Cancelled : scanStateFromSane(st), pages);
}

} // namespace

// --- opening the device ---
std::optional<ScanOutcome> SaneBackend::Session::open(const QString& device)
{
    QMutexLocker lock(&SaneRuntime::instance().globalMutex);
    const QByteArray name = device.toUtf8();
    SANE_Status st = sane_open(name.constData(), &handle);
    if (st == SANE_STATUS_INVAL || st == SANE_STATUS_IO_ERROR) {
        // The device may have been unplugged and plugged in again: ask the backends to look again.
        const SANE_Device** list = nullptr;
        sane_get_devices(&list, SANE_FALSE);
        bool known = false;
        for (int i = 0; list && list[i]; ++i)
            known = known || device == QString::fromUtf8(list[i]->name);
        if (!known) {
            qCInfo(lcSane) << "no device" << device;
            return scanOutcome(ScanState::NotFound, 0);
        }
        st = sane_open(name.constData(), &handle);
    }
    if (st != SANE_STATUS_GOOD) {
        handle = nullptr;
        qCInfo(lcSane) << "open" << device << "failed:" << sane_strstatus(st);
        return scanOutcome(scanStateFromSane(st), 0);
    }
    return std::nullopt;
}

// --- source ---
std::optional<ScanOutcome> SaneBackend::Session::chooseSource(const ScanSettings& settings)
{
    const QStringList sources = stringList(SANE_NAME_SCAN_SOURCE);
    if (sources.isEmpty() || !settable(SANE_NAME_SCAN_SOURCE)) {
        if (settings.source == ScanSource::Flatbed)
            return std::nullopt;
        return scanOutcome(ScanState::Unsupported, 0, ScanText::tr("%1 has no document feeder.").arg(settings.device));
    }
    QString chosen = pickSourceName(sources, settings.source);
    if (settings.source == ScanSource::Duplex && chosen.isEmpty()) { // some backends: ADF source plus a duplex switch
        chosen = pickSourceName(sources, ScanSource::Adf);
        if (!chosen.isEmpty() && setBool("duplex", true) != SANE_STATUS_GOOD
            && setString("adf-mode", QStringLiteral("Duplex")) != SANE_STATUS_GOOD)
            chosen.clear();
    }
    if (chosen.isEmpty())
        return scanOutcome(ScanState::Unsupported, 0,
            ScanText::tr("Source %1 is not offered by %2 (it offers: %3).")
                .arg(scanSourceName(settings.source), settings.device, sources.join(", ")));
    if (SANE_Status st = setString(SANE_NAME_SCAN_SOURCE, chosen); st != SANE_STATUS_GOOD)
        return scanOutcome(scanStateFromSane(st), 0);
    return std::nullopt;
}

// --- mode and depth: lineart is the device's own, or gray at 1 bit, or gray thresholded by us ---
std::optional<ScanOutcome> SaneBackend::Session::chooseMode(const ScanSettings& settings, bool& softwareLineart)
{
    softwareLineart = false;
    const QStringList modes = stringList(SANE_NAME_SCAN_MODE);
    if (modes.isEmpty())
        return std::nullopt;
    int depth = 8;
    QString chosen = pickModeName(modes, settings.mode);
    if (chosen.isEmpty() && settings.mode == ColorMode::Lineart) {
        chosen = pickModeName(modes, ColorMode::Gray);
        depth = 1;
    }
    if (chosen.isEmpty())
        return scanOutcome(ScanState::Unsupported, 0,
            ScanText::tr("Mode %1 is not offered by %2.").arg(colorModeName(settings.mode), settings.device));
    if (SANE_Status st = setString(SANE_NAME_SCAN_MODE, chosen); st != SANE_STATUS_GOOD)
        return scanOutcome(scanStateFromSane(st), 0);
    if (!settable(SANE_NAME_BIT_DEPTH)) {
        softwareLineart = depth == 1;
    } else if (setNumber(SANE_NAME_BIT_DEPTH, depth) != SANE_STATUS_GOOD && depth == 1) {
        softwareLineart = true;
    } else if (depth == 1) {
        // Check that the device accepted 1 bit (nearest allowed value may be 8).
        SANE_Word w = 0;
        sane_control_option(handle, optionIndex(SANE_NAME_BIT_DEPTH), SANE_ACTION_GET_VALUE, &w, nullptr);
        softwareLineart = w != 1;
    }
    return std::nullopt;
}

// --- resolution and page size: page-width/page-height first (sheet-fed devices), then the scan area ---
void SaneBackend::Session::setGeometry(const ScanSettings& settings)
{
    if (settable(SANE_NAME_SCAN_RESOLUTION))
        setNumber(SANE_NAME_SCAN_RESOLUTION, settings.dpi);
    QSizeF mm = settings.pageSize == PageSize::Custom ? settings.customSizeMm : pageSizeMm(settings.pageSize);
    if (settings.pageSize == PageSize::Maximum || !mm.isValid())
        mm = QSizeF(std::max(0.0, maxOf(SANE_NAME_SCAN_BR_X)), std::max(0.0, maxOf(SANE_NAME_SCAN_BR_Y)));
    if (settable("page-width"))
        setNumber("page-width", mm.width());
    if (settable("page-height"))
        setNumber("page-height", mm.height());
    setNumber(SANE_NAME_SCAN_TL_X, 0);
    setNumber(SANE_NAME_SCAN_TL_Y, 0);
    setNumber(SANE_NAME_SCAN_BR_X, mm.width());
    setNumber(SANE_NAME_SCAN_BR_Y, mm.height());
}

// --- the backend's own options, set last ---
std::optional<ScanOutcome> SaneBackend::Session::applyExtraOptions(const ScanSettings& settings)
{
    for (auto it = settings.extraOptions.cbegin(); it != settings.extraOptions.cend(); ++it)
        if (SANE_Status st = setFromText(it.key(), it.value()); st != SANE_STATUS_GOOD)
            return scanOutcome(
                ScanState::InvalidSettings, 0, ScanText::tr("Option %1 = %2 was rejected.").arg(it.key(), it.value()));
    return std::nullopt;
}

// The raw frames of one page (one, or three single-colour ones), or how the scan ended instead.
struct SaneBackend::Session::Frames {
    QList<QByteArray> frames;
    SANE_Parameters params {};
    bool threePass = false;
    std::optional<ScanOutcome> end;
};

// --- the page loop: pages until the count, the end of the feeder, an error or a cancel ---
ScanOutcome SaneBackend::Session::readPages(const ScanSettings& settings, bool softwareLineart, const ScanCallbacks& cb)
{
    const bool feeder = settings.source != ScanSource::Flatbed;
    const int maxPages = settings.maxPages > 0 ? settings.maxPages : (feeder ? 0 : 1);
    const int dpi = int(std::lround(number(SANE_NAME_SCAN_RESOLUTION, settings.dpi)));
    m_chunk.assign(256 * 1024, 0);
    int pages = 0;
    while (maxPages == 0 || pages < maxPages) {
        if (cancelRequested(cb))
            return scanOutcome(ScanState::Cancelled, pages);
        if (cb.beforePage)
            cb.beforePage(pages);
        Frames read = readFrames(pages, cb);
        if (read.end)
            return *read.end;
        QImage image = imageFromFrames(read.params, read.frames, read.threePass);
        read.frames.clear();
        if (image.isNull())
            return scanOutcome(ScanState::Unsupported, pages,
                ScanText::tr("The scanner sent an image format the program cannot read "
                             "(frame %1, depth %2).")
                    .arg(read.params.format)
                    .arg(read.params.depth));
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
    return scanOutcome(ScanState::Ok, pages);
}

SaneBackend::Session::Frames SaneBackend::Session::readFrames(int pages, const ScanCallbacks& cb)
{
    Frames out;
    for (;;) {
        const QSet<QString> before = processThreads();
        SANE_Status st = sane_start(handle);
        m_readers = processThreads() - before;
        if (st != SANE_STATUS_GOOD) {
            if (st == SANE_STATUS_NO_DOCS && pages > 0) {
                out.end = scanOutcome(ScanState::Ok, pages); // the feeder batch ended normally
                return out;
            }
            qCInfo(lcSane) << "sane_start:" << sane_strstatus(st) << "after" << pages << "pages";
            out.end = saneFailure(st, pages, cb);
            return out;
        }
        st = sane_get_parameters(handle, &out.params);
        if (st != SANE_STATUS_GOOD) {
            out.end = saneFailure(st, pages, cb);
            return out;
        }
        const SANE_Frame format = out.params.format;
        out.threePass
            = out.threePass || format == SANE_FRAME_RED || format == SANE_FRAME_GREEN || format == SANE_FRAME_BLUE;
        const qint64 expected = out.params.lines > 0 ? qint64(out.params.lines) * out.params.bytes_per_line : -1;
        QByteArray data;
        out.end = readFrame(pages, cb, expected, data);
        if (out.end)
            return out;
        out.frames.append(data);
        if (out.params.last_frame)
            return out;
    }
}

// Reads one frame to its end into `data`, reporting progress.
std::optional<ScanOutcome> SaneBackend::Session::readFrame(
    int pages, const ScanCallbacks& cb, qint64 expected, QByteArray& data)
{
    if (expected > 0)
        data.reserve(expected);
    for (;;) {
        SANE_Int len = 0;
        if (cancelRequested(cb)) {
            settleReaderThreads(m_readers);
            sane_cancel(handle);
            while (sane_read(handle, m_chunk.data(), SANE_Int(m_chunk.size()), &len) == SANE_STATUS_GOOD) { }
            qCInfo(lcSane) << "cancelled in page" << pages;
            return scanOutcome(ScanState::Cancelled, pages);
        }
        const SANE_Status st = sane_read(handle, m_chunk.data(), SANE_Int(m_chunk.size()), &len);
        if (cancelRequested(cb))
            continue; // whatever this read returned, the page is dropped above
        if (st == SANE_STATUS_EOF)
            return std::nullopt;
        if (st != SANE_STATUS_GOOD) {
            qCInfo(lcSane) << "sane_read:" << sane_strstatus(st) << "in page" << pages;
            settleReaderThreads(m_readers); // before the scan's closer cancels the frame
            return scanOutcome(scanStateFromSane(st), pages);
        }
        if (len < 0 || len > SANE_Int(m_chunk.size())) {
            qCWarning(lcSane) << "sane_read returned length" << len << "in page" << pages;
            return scanOutcome(ScanState::IoError, pages);
        }
        data.append(reinterpret_cast<const char*>(m_chunk.data()), len);
        if (cb.progress)
            cb.progress(pages, data.size(), expected);
    }
}

ScanOutcome SaneBackend::scan(const ScanSettings& settings, const ScanCallbacks& cb)
{
    QMutexLocker scanLock(&m_mutex);
    if (SANE_Status st = SaneRuntime::instance().ensureInit(); st != SANE_STATUS_GOOD)
        return scanOutcome(scanStateFromSane(st), 0);
    Session session;
    if (auto failed = session.open(settings.device))
        return *failed;
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

    bool softwareLineart = false;
    if (auto refused = session.chooseSource(settings))
        return *refused;
    if (auto refused = session.chooseMode(settings, softwareLineart))
        return *refused;
    session.setGeometry(settings);
    if (auto refused = session.applyExtraOptions(settings))
        return *refused;
    return session.readPages(settings, softwareLineart, cb);
}

} // namespace motcua::scanner
