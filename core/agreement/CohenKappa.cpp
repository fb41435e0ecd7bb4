#include "agreement/CohenKappa.h"

#include "agreement/CodedRanges.h"

#include <cmath>
#include <limits>

namespace crossread {

double cohenKappa(const QList<QList<double>> &table)
{
    const qsizetype k = table.size();
    double total = 0;
    double agreed = 0;
    QList<double> rows(k, 0.0);
    QList<double> columns(k, 0.0);
    for (qsizetype r = 0; r < k; ++r) {
        for (qsizetype c = 0; c < k && c < table[r].size(); ++c) {
            const double n = table[r][c];
            total += n;
            rows[r] += n;
            columns[c] += n;
            if (r == c)
                agreed += n;
        }
    }
    if (total <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    double chance = 0;
    for (qsizetype i = 0; i < k; ++i)
        chance += (rows[i] / total) * (columns[i] / total);
    const double observed = agreed / total;
    // Rounding can leave chance a hair below 1 when one category holds everything.
    if (std::abs(1.0 - chance) < 1e-12)
        return std::numeric_limits<double>::quiet_NaN();
    return (observed - chance) / (1.0 - chance);
}

CharacterAgreement CharacterAgreement::of(
    const QList<TextRange> &first, const QList<TextRange> &second, qint64 characters)
{
    CharacterAgreement a;
    a.characters = characters;
    const qint64 firstCoded = CodedRanges::coveredLength(first);
    const qint64 secondCoded = CodedRanges::coveredLength(second);
    a.both = CodedRanges::overlapLength(first, second);
    a.firstOnly = firstCoded - a.both;
    a.secondOnly = secondCoded - a.both;
    a.neither = characters - a.both - a.firstOnly - a.secondOnly;
    return a;
}

CharacterAgreement &CharacterAgreement::operator+=(const CharacterAgreement &other)
{
    characters += other.characters;
    both += other.both;
    firstOnly += other.firstOnly;
    secondOnly += other.secondOnly;
    neither += other.neither;
    return *this;
}

double CharacterAgreement::percent() const
{
    if (characters <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return 100.0 * double(both + neither) / double(characters);
}

double CharacterAgreement::kappa() const
{
    return cohenKappa({ { double(both), double(firstOnly) }, { double(secondOnly), double(neither) } });
}

} // namespace crossread
