#pragma once
// crossread-bench: named measurements, each printing `name value unit` lines.
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace crossread::bench {

struct Measurement
{
    QString name; // also what --only selects
    QString goal; // human-readable goal, for --list
    std::function<void(QTextStream &out)> run;
};

QList<Measurement> importMeasurements();
QList<Measurement> workbenchMeasurements();
QList<Measurement> analysisMeasurements();
QList<Measurement> alignmentMeasurements();
QList<Measurement> anchorMeasurements();
QList<Measurement> scaleMeasurements();
QList<Measurement> agreementMeasurements();
QList<Measurement> serverMeasurements();

// Scratch folders live here, removed afterwards; CROSSREAD_BENCH_DIR names a folder that is
// kept instead, so that large generated corpora (100,000 articles) are built once.
QString scratchRoot();
// Writes a folder of `count` generated articles of about 5 KB each; returns it.
QString generateCorpus(const QString &folder, int count);
// A project with `articles` generated articles and `spans` spans, built once and reused.
QString generatedProject(int articles, int spans);
void printLine(QTextStream &out, const QString &name, double value, const QString &unit);

} // namespace crossread::bench
