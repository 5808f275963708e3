#include "scanner/BarcodeReader.h"

#include "scanner/ScanTypes.h"

#define ZX_USE_UTF8 1 // text() returns UTF-8 std::string
#include <ZXing/ReadBarcode.h>

#include <QElapsedTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace motcua::scanner {

Q_LOGGING_CATEGORY(lcBarcode, "motcua.scanner.barcode")

namespace {

// Wire format between helper and parent: per barcode
// [u32 format][i32 orientation][8 x i32 corners][u32 length][length bytes UTF-8 text].
void appendU32(std::string& out, quint32 v)
{
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

std::string serialise(const ZXing::Results& results)
{
    std::string out;
    for (const auto& r : results) {
        if (!r.isValid())
            continue;
        appendU32(out, quint32(r.format()));
        appendU32(out, quint32(qint32(r.orientation())));
        for (int i = 0; i < 4; ++i) {
            appendU32(out, quint32(qint32(r.position()[i].x)));
            appendU32(out, quint32(qint32(r.position()[i].y)));
        }
        const std::string text = r.text();
        appendU32(out, quint32(text.size()));
        out += text;
    }
    return out;
}

QList<Barcode> deserialise(const QByteArray& data)
{
    QList<Barcode> out;
    qsizetype pos = 0;
    auto readU32 = [&](quint32& v) {
        if (pos + 4 > data.size())
            return false;
        std::memcpy(&v, data.constData() + pos, 4);
        pos += 4;
        return true;
    };
    for (;;) {
        quint32 format = 0, orientation = 0, coords[8] = {}, length = 0;
        if (!readU32(format) || !readU32(orientation))
            break;
        bool ok = true;
        for (auto& c : coords)
            ok = ok && readU32(c);
        if (!ok || !readU32(length) || pos + qsizetype(length) > data.size())
            break; // an incomplete record: the helper died while writing it
        Barcode b;
        b.format = QString::fromLatin1(ZXing::ToString(ZXing::BarcodeFormat(format)));
        b.orientation = int(qint32(orientation));
        for (int i = 0; i < 4; ++i)
            b.corners << QPoint(int(qint32(coords[2 * i])), int(qint32(coords[2 * i + 1])));
        b.text = QString::fromUtf8(data.constData() + pos, length);
        pos += length;
        if (!out.contains(b))
            out.append(b);
    }
    return out;
}

bool writeAll(int fd, const std::string& bytes)
{
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

} // namespace

BarcodeReader::BarcodeReader() : BarcodeReader(Options {}) { }

BarcodeReader::BarcodeReader(Options options) : m_options(std::move(options)) { }

QStringList BarcodeReader::documentFormats()
{
    return { QStringLiteral("QRCode"), QStringLiteral("Code128"), QStringLiteral("DataMatrix"),
        QStringLiteral("PDF417") };
}

Result<QList<Barcode>> BarcodeReader::barcodes(const QImage& image) const
{
    auto r = read(image);
    if (!r.ok())
        return r.error();
    return r->barcodes;
}

Result<BarcodeReader::Outcome> BarcodeReader::read(const QImage& image) const
{
    if (image.isNull())
        return Error::invalid(QStringLiteral("image"),
            ScanText::tr("The image is empty: there is nothing "
                         "to read barcodes from."));
    ZXing::BarcodeFormats formats;
    for (const QString& name : m_options.formats) {
        const auto f = ZXing::BarcodeFormatFromString(name.toStdString());
        if (f == ZXing::BarcodeFormat::None)
            return Error::invalid(QStringLiteral("formats"),
                ScanText::tr("Unknown barcode format %1. Use a ZXing format name such as "
                             "QRCode or Code128.")
                    .arg(name));
        formats |= f;
    }
    // ZXing reads 8-bit luminance or RGB directly from our buffer; other formats are converted first.
    QImage view = image;
    ZXing::ImageFormat zxFormat = ZXing::ImageFormat::Lum;
    if (image.format() == QImage::Format_RGB888) {
        zxFormat = ZXing::ImageFormat::RGB;
    } else if (image.format() != QImage::Format_Grayscale8) {
        view = image.convertToFormat(QImage::Format_Grayscale8);
    }
    const ZXing::ImageView zxImage(view.constBits(), view.width(), view.height(), zxFormat, int(view.bytesPerLine()));
    ZXing::DecodeHints safe;
    safe.setFormats(formats).setTryHarder(m_options.tryHarder).setTryRotate(m_options.tryRotate);
    safe.setTryDownscale(false);
    ZXing::DecodeHints risky = safe;
    risky.setTryDownscale(true);

    Outcome outcome;
    if (m_options.isolation == Isolation::InProcess) {
        outcome.barcodes = deserialise(QByteArray::fromStdString(serialise(ZXing::ReadBarcodes(zxImage, safe))));
        return outcome;
    }

    int fds[2];
    if (::pipe(fds) != 0)
        return Error::environment(QStringLiteral("barcode"),
            ScanText::tr("Could not start the barcode helper: %1.").arg(QString::fromLocal8Bit(std::strerror(errno))));
    const bool downscale = m_options.downscalePass;
    const bool always = m_options.alwaysRunDownscalePass;
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Helper: only ZXing, write() and _exit() from here on. The safe pass is written before the
        // risky one starts, so an abort in the risky pass loses nothing the safe pass found.
        ::close(fds[0]);
        // Crash handlers inherited from the program (Qt Test's, a crash reporter's) must not run here.
        struct sigaction dfl {
        };
        dfl.sa_handler = SIG_DFL;
        for (int sig : { SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL })
            ::sigaction(sig, &dfl, nullptr);
        const ZXing::Results first = ZXing::ReadBarcodes(zxImage, safe);
        if (!writeAll(fds[1], serialise(first)))
            ::_exit(2);
        if (downscale && (first.empty() || always)) {
            const ZXing::Results second = ZXing::ReadBarcodes(zxImage, risky);
            writeAll(fds[1], serialise(second));
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    if (pid < 0) {
        ::close(fds[0]);
        qCWarning(lcBarcode) << "fork failed; decoding the safe pass in-process";
        outcome.barcodes = deserialise(QByteArray::fromStdString(serialise(ZXing::ReadBarcodes(zxImage, safe))));
        return outcome;
    }
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    char buf[8192];
    bool timedOut = false;
    for (;;) {
        const int left = m_options.timeoutMs - int(timer.elapsed());
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd p { fds[0], POLLIN, 0 };
        const int ready = ::poll(&p, 1, left);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = ready == 0;
            break;
        }
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buf, n);
    }
    ::close(fds[0]);
    if (timedOut)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    outcome.barcodes = deserialise(data);
    if (timedOut || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        outcome.helperFailed = true;
        qCWarning(lcBarcode) << "barcode helper" << (timedOut ? "timed out" : "died")
                             << (WIFSIGNALED(status) ? strsignal(WTERMSIG(status)) : "") << "; kept"
                             << outcome.barcodes.size() << "barcodes of the safe pass";
    }
    return outcome;
}

} // namespace motcua::scanner
