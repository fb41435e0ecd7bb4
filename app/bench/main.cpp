// crossread-bench: speed goals of Crossread, measured on corpora it generates itself.
#include "bench/Bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

using namespace crossread::bench;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crossread-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Crossread's speed goals; prints `name value unit`."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("only"), QStringLiteral("Comma-separated measurements to run."), QStringLiteral("a,b")));
    parser.addOption(QCommandLineOption(QStringLiteral("list"), QStringLiteral("List the measurements and goals.")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep"),
        QStringLiteral("Keep the generated files (e.g. pair-a.txt and pair-b.txt of compare_1mb_ms, to time other "
                       "tools on them).")));
    parser.process(app);

    QList<Measurement> all = importMeasurements() + workbenchMeasurements() + analysisMeasurements()
        + alignmentMeasurements() + anchorMeasurements() + scaleMeasurements() + agreementMeasurements()
        + serverMeasurements();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(QStringLiteral("list"))) {
        for (const Measurement &m : all)
            out << m.name << "  goal: " << m.goal << "\n";
        return 0;
    }
    QStringList only;
    if (parser.isSet(QStringLiteral("only")))
        only = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : only) {
        const bool known = std::any_of(all.cbegin(), all.cend(), [&](const Measurement &m) { return m.name == name; });
        if (!known) {
            err << "crossread-bench: unknown measurement '" << name << "' (see --list)\n";
            return 2;
        }
    }
    for (const Measurement &m : all) {
        if (!only.isEmpty() && !only.contains(m.name))
            continue;
        m.run(out);
        out.flush();
    }
    if (parser.isSet(QStringLiteral("keep")))
        err << "crossread-bench: generated files kept in " << scratchRoot() << "\n";
    else if (qEnvironmentVariableIsEmpty("CROSSREAD_BENCH_DIR"))
        QDir(scratchRoot()).removeRecursively();
    return 0;
}
