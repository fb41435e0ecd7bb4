#include "compare/ClaimFigureLabels.h"

#include "compare/ClaimTerms.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace crossread {

namespace {

// A sentence of some article holding figures, with the figures it holds.
struct FigureSentence
{
    qint64 articleId = 0;
    std::vector<quint32> terms; // sorted
    std::vector<float> weights; // of each term
    double weight = 0; // sum of its terms' weights
    QList<int> figures; // indices into the figure list
};

class Groups
{
public:
    explicit Groups(int n)
        : m_parent(size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int root(int x)
    {
        while (m_parent[size_t(x)] != x)
            x = m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
        return x;
    }
    void join(int x, int y) { m_parent[size_t(root(x))] = root(y); }

private:
    std::vector<int> m_parent;
};

double distance(const Figure &a, const Figure &b)
{
    if (a.value <= 0 || b.value <= 0)
        return a.value == b.value ? 0 : HUGE_VAL;
    return std::abs(std::log(a.value / b.value));
}

// The figure of `among` of the same kind and unit nearest in value to f; -1 for none.
int nearest(const QList<Figure> &figures, int f, const QList<int> &among)
{
    int best = -1;
    double bestDistance = HUGE_VAL;
    for (int g : among) {
        if (figures[g].kind != figures[f].kind || figures[g].unit != figures[f].unit)
            continue;
        const double d = distance(figures[f], figures[g]);
        if (d < bestDistance) {
            best = g;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace

void ClaimFigureLabels::unify(QList<Figure> *figures, const QHash<qint64, QList<TermSentence>> &sentencesByArticle)
{
    QHash<qint64, QList<int>> byArticle;
    for (int i = 0; i < figures->size(); ++i)
        if (!figures->at(i).manual && figures->at(i).kind != FigureKind::Date)
            byArticle[figures->at(i).articleId].append(i);
    if (byArticle.size() < 2)
        return; // one article states each claim once
    const QList<qint64> articles = byArticle.keys();
    QList<QList<TermSentence>> sentencesOf;
    for (qint64 id : articles)
        sentencesOf.append(sentencesByArticle.value(id));

    // Term weights from every sentence of these articles.
    QHash<quint32, int> frequency;
    qint64 sentenceCount = 0;
    for (const QList<TermSentence> &sentences : sentencesOf) {
        sentenceCount += sentences.size();
        for (const TermSentence &s : sentences)
            for (quint32 t : s.terms)
                ++frequency[t];
    }
    const auto weight = [&](quint32 t) { return std::log(1.0 + double(sentenceCount) / frequency.value(t, 1)); };

    std::vector<FigureSentence> sentences;
    for (qsizetype a = 0; a < articles.size(); ++a) {
        const QList<TermSentence> &list = sentencesOf[a];
        QHash<int, int> sentenceOf; // ordinal -> index in sentences
        for (int f : byArticle.value(articles[a])) {
            const qint64 start = figures->at(f).start;
            const auto it = std::upper_bound(
                list.cbegin(), list.cend(), start, [](qint64 at, const TermSentence &s) { return at < s.end; });
            if (it == list.cend() || it->start > start)
                continue; // in no sentence (a table cell, boilerplate)
            auto known = sentenceOf.constFind(it->ordinal);
            if (known == sentenceOf.constEnd()) {
                FigureSentence s;
                s.articleId = articles[a];
                s.terms = it->terms;
                for (quint32 t : s.terms) {
                    s.weights.push_back(float(weight(t)));
                    s.weight += s.weights.back();
                }
                sentences.push_back(std::move(s));
                known = sentenceOf.insert(it->ordinal, int(sentences.size()) - 1);
            }
            sentences[size_t(*known)].figures.append(f);
        }
    }

    QHash<quint32, std::vector<int>> postings;
    for (int s = 0; s < int(sentences.size()); ++s)
        for (quint32 t : sentences[size_t(s)].terms)
            postings[t].push_back(s);

    // Candidate pairs share a term that few figure sentences hold (a name, a figure, a rarer
    // word); each candidate's overlap is then weighed over all the terms of both sentences.
    Groups groups(int(figures->size()));
    std::vector<int> marked(sentences.size(), -1);
    std::vector<int> candidates;
    for (int s = 0; s < int(sentences.size()); ++s) {
        const FigureSentence &x = sentences[size_t(s)];
        candidates.clear();
        for (quint32 t : x.terms) {
            const auto list = postings.constFind(t);
            if (list == postings.constEnd() || list->size() > size_t(kRarePostings))
                continue;
            for (int o : *list) {
                if (o <= s || marked[size_t(o)] == s || sentences[size_t(o)].articleId == x.articleId)
                    continue;
                marked[size_t(o)] = s;
                candidates.push_back(o);
            }
        }
        for (int o : candidates) {
            const FigureSentence &y = sentences[size_t(o)];
            double sharedWeight = 0;
            int sharedTerms = 0;
            for (size_t i = 0, j = 0; i < x.terms.size() && j < y.terms.size();) {
                if (x.terms[i] < y.terms[j]) {
                    ++i;
                } else if (y.terms[j] < x.terms[i]) {
                    ++j;
                } else {
                    sharedWeight += x.weights[i];
                    ++sharedTerms;
                    ++i;
                    ++j;
                }
            }
            if (sharedTerms < kSharedTerms || sharedWeight < kSentenceOverlap * std::min(x.weight, y.weight))
                continue;
            for (int f : x.figures) {
                const int g = nearest(*figures, f, y.figures);
                if (g < 0 || nearest(*figures, g, x.figures) != f)
                    continue;
                if (distance(figures->at(f), figures->at(g)) > std::log(kValueFactor))
                    continue;
                groups.join(f, g);
            }
        }
    }

    // Each group's label: the one most articles give; ties to the longer, then the first in order.
    QHash<int, QHash<QString, QSet<qint64>>> labels;
    for (const QList<int> &list : std::as_const(byArticle))
        for (int f : list)
            if (!figures->at(f).label.isEmpty())
                labels[groups.root(f)][figures->at(f).label].insert(figures->at(f).articleId);
    QHash<int, QString> chosen;
    for (auto g = labels.cbegin(); g != labels.cend(); ++g) {
        QString best;
        qsizetype bestCount = 0;
        for (auto l = g->cbegin(); l != g->cend(); ++l) {
            const qsizetype count = l->size();
            if (count > bestCount
                || (count == bestCount
                    && (l.key().size() > best.size() || (l.key().size() == best.size() && l.key() < best)))) {
                best = l.key();
                bestCount = count;
            }
        }
        chosen.insert(g.key(), best);
    }
    for (const QList<int> &list : std::as_const(byArticle))
        for (int f : list)
            if (const auto it = chosen.constFind(groups.root(f)); it != chosen.constEnd())
                (*figures)[f].label = *it;
}

} // namespace crossread
