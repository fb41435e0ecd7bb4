#pragma once
// Writes a FigureBench article and records, in code points, where each planted figure and each
// decoy number sits, so tests can compare the extractor's output with what was planted.
#include "figures/FigureBench.h"

namespace crossread {

class BenchWriter
{
public:
    explicit BenchWriter(FigureBench::Article *article);

    void add(const QString &text);
    void add(const char *text) { add(QString::fromUtf8(text)); }
    // Writes the text of a planted figure; expected holds what the extractor should report.
    void figure(const QString &text, Figure expected);
    // Writes text whose numbers must not become figures.
    void decoy(const QString &text);
    // Writes a product or benchmark name, a decoy when it holds digits ("Llama 4").
    void name(const QString &text);

    static Figure expect(FigureKind kind, double value, const QString &unit, Qualifier qualifier = Qualifier::Exact,
        const QString &label = {});
    static Figure expectDate(int year, int month, int day);

private:
    FigureBench::Article *m_article;
    qint64 m_position = 0; // code points written so far
};

} // namespace crossread
