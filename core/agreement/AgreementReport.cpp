#include "agreement/AgreementReport.h"

#include "agreement/CodedRanges.h"
#include "agreement/CohenKappa.h"
#include "agreement/UnitizingAlpha.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace crossread {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Mean over the pairs of coders of one pairwise figure (Light's kappa for kappa), skipping
// the pairs where it is undefined.
template<typename F> double meanOverPairs(const QList<CharacterAgreement> &pairs, F figure)
{
    double sum = 0;
    int n = 0;
    for (const CharacterAgreement &p : pairs) {
        const double v = figure(p);
        if (!std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    return n ? sum / n : kNaN;
}

} // namespace

AgreementReport computeAgreement(const AgreementInput &input)
{
    AgreementReport report;
    report.coders = input.coders;
    const qsizetype m = input.coders.size();

    // Where each article starts on the continuum.
    QHash<qint64, QPair<qint64, qint64>> place; // id -> (offset, length)
    qint64 length = 0;
    for (const auto &[id, chars] : input.articles) {
        if (place.contains(id) || chars < 0)
            continue;
        place.insert(id, { length, chars });
        report.articleIds.append(id);
        length += chars;
    }
    QHash<QString, qsizetype> coderIndex;
    for (qsizetype i = 0; i < m; ++i)
        coderIndex.insert(input.coders[i], i);
    QHash<qint64, qsizetype> tagIndex;
    for (qsizetype t = 0; t < input.tags.size(); ++t)
        tagIndex.insert(input.tags[t].first, t);

    // ranges[tag][coder]: the coder's units of the tag, on the continuum.
    QList<QList<QList<TextRange>>> ranges(input.tags.size(), QList<QList<TextRange>>(m));
    for (const Span &s : input.spans) {
        const auto coder = coderIndex.constFind(s.author);
        const auto where = place.constFind(s.articleId);
        if (coder == coderIndex.cend() || where == place.cend() || s.end <= s.start || s.start < 0
            || s.end > where->second)
            continue;
        for (qint64 tagId : s.tagIds) {
            const auto tag = tagIndex.constFind(tagId);
            if (tag != tagIndex.cend())
                ranges[*tag][*coder].append({ where->first + s.start, where->first + s.end });
        }
    }

    QList<CharacterAgreement> overallPairs(m * (m - 1) / 2);
    QList<UnitizingAlpha> alphas;
    report.overall.coded = QList<qint64>(m, 0);
    for (qsizetype t = 0; t < input.tags.size(); ++t) {
        AgreementRow row;
        row.tagId = input.tags[t].first;
        row.tag = input.tags[t].second;
        row.characters = length;
        QList<QList<TextRange>> units;
        for (qsizetype i = 0; i < m; ++i) {
            units.append(CodedRanges::normalized(ranges[t][i], length));
            row.coded.append(CodedRanges::coveredLength(units.last()));
            report.overall.coded[i] += row.coded.last();
        }
        QList<CharacterAgreement> pairs;
        for (qsizetype i = 0; i < m; ++i) {
            for (qsizetype j = i + 1; j < m; ++j) {
                pairs.append(CharacterAgreement::of(units[i], units[j], length));
                overallPairs[pairs.size() - 1] += pairs.last();
            }
        }
        row.percent = meanOverPairs(pairs, [](const CharacterAgreement &p) { return p.percent(); });
        row.kappa = meanOverPairs(pairs, [](const CharacterAgreement &p) { return p.kappa(); });
        alphas.append(UnitizingAlpha(units, length));
        row.alphaU = alphas.last().alpha();
        report.tags.append(row);
    }
    report.overall.characters = length;
    report.overall.percent = meanOverPairs(overallPairs, [](const CharacterAgreement &p) { return p.percent(); });
    report.overall.kappa = meanOverPairs(overallPairs, [](const CharacterAgreement &p) { return p.kappa(); });
    report.overall.alphaU = UnitizingAlpha::pooled(alphas);
    if (m < 2) {
        report.overall.percent = report.overall.kappa = report.overall.alphaU = kNaN;
        for (AgreementRow &row : report.tags)
            row.percent = row.kappa = row.alphaU = kNaN;
    }
    return report;
}

} // namespace crossread
