#pragma once
// The words FigureBench builds its articles from. Number-free except for the names that are meant
// as decoys ("Llama 4", "AIME 2025").
#include "domain/Types.h"

#include <QStringList>

namespace crossread {

class BenchVocabulary
{
public:
    static const BenchVocabulary &instance();

    QStringList companies;
    QStringList targets;
    QStringList benchmarks;
    QStringList models;
    QStringList products;
    QStringList counted;
    QStringList spending;
    QStringList groups;
    QStringList months;
    QStringList shortMonths;
    QStringList small;
    QStringList tens;
    QStringList ordinals;
    QStringList durationUnits;
    QStringList hedges; // qualifier phrases, with their meaning in hedgeQualifiers
    QList<Qualifier> hedgeQualifiers;
    QStringList fillers; // sentences without figures

private:
    BenchVocabulary();
};

} // namespace crossread
