// bench_receipt: median time to render the barcoded receipt to a PDF (target < 50 ms), in memory and to
// a file, after a warm-up (fonts registered, caches filled). Usage: bench_receipt [RUNS] (default 200).
#include "tests/fixtures/forms/FormFixtures.h"
#include "ui/print/FormRenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace motcua;
using namespace motcua::print;

namespace {

struct Stats {
    double median = 0, p95 = 0, min = 0, max = 0;
    qint64 bytes = 0;
};

template <typename Fn> Stats measure(int runs, Fn&& once)
{
    QList<double> ms;
    Stats s;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        s.bytes = once();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    s.median = ms.at(ms.size() / 2);
    s.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    s.min = ms.first();
    s.max = ms.last();
    return s;
}

void show(const char* what, int runs, const Stats& s)
{
    std::printf("%-28s runs=%d median=%.2f ms p95=%.2f ms min=%.2f ms max=%.2f ms pdf=%lld bytes\n", what, runs,
        s.median, s.p95, s.min, s.max, static_cast<long long>(s.bytes));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.debug=false"));
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    if (auto st = FormRenderer::ensureFonts(); !st.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 3;
    }
    PrintRequest request;
    request.dossier = test::forms::sampleDossier();
    request.dossier.lookupUrl = QStringLiteral("https://dichvucong.example.gov.vn/tra-cuu?ma={code}");
    const FormRenderer renderer;
    const auto inMemory = [&] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto report = renderer.renderPdf(request, &buffer);
        if (!report.ok())
            qFatal("render failed: %s", qPrintable(report.error().message));
        return qint64(buffer.data().size());
    };
    for (int i = 0; i < 5; ++i) // warm-up
        inMemory();
    show("receipt -> PDF in memory", runs, measure(runs, inMemory));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
    show("receipt -> PDF file", runs, measure(runs, [&] {
        auto report = renderer.renderPdf(request, path);
        if (!report.ok())
            qFatal("render failed: %s", qPrintable(report.error().message));
        return QFileInfo(path).size();
    }));
    request.dossier = test::forms::longDossier();
    const int longRuns = std::max(1, runs / 4);
    show("40-component receipt (3+ pp)", longRuns, measure(longRuns, inMemory));
    return 0;
}
