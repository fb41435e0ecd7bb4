#include "compare/ClaimMatrix.h"

#include "compare/FigureMatcher.h"
#include "compare/ProseCorpus.h"
#include "compare/SentenceAligner.h"
#include "compare/SentenceFeatures.h"

#include <algorithm>
#include <numeric>

namespace crossread {

namespace {

struct Edge
{
    double similarity;
    int nodeA;
    int nodeB;
};

// Union-find whose clusters remember their sentence per source, so merges can refuse a second
// sentence from the same source.
class Clusters
{
public:
    Clusters(int nodes, int sources)
        : m_parent(size_t(nodes))
        , m_cells(size_t(nodes), QList<int>(sources, -1))
        , m_similarity(size_t(nodes), 1.0)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    int root(int x)
    {
        while (m_parent[size_t(x)] != x)
            x = m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
        return x;
    }

    void place(int node, int source, int sentence) { m_cells[size_t(node)][source] = sentence; }

    bool join(int x, int y, double similarity)
    {
        x = root(x);
        y = root(y);
        if (x == y)
            return false;
        QList<int> &cx = m_cells[size_t(x)];
        const QList<int> &cy = m_cells[size_t(y)];
        for (qsizetype s = 0; s < cx.size(); ++s)
            if (cx[s] >= 0 && cy[s] >= 0)
                return false;
        for (qsizetype s = 0; s < cx.size(); ++s)
            if (cy[s] >= 0)
                cx[s] = cy[s];
        m_parent[size_t(y)] = x;
        m_similarity[size_t(x)] = std::min({ m_similarity[size_t(x)], m_similarity[size_t(y)], similarity });
        return true;
    }

    const QList<int> &cells(int rootNode) const { return m_cells[size_t(rootNode)]; }
    double similarity(int rootNode) const { return m_similarity[size_t(rootNode)]; }

private:
    std::vector<int> m_parent;
    std::vector<QList<int>> m_cells;
    std::vector<double> m_similarity;
};

} // namespace

ClaimMatrix ClaimMatrix::build(const QList<QString> &texts)
{
    ClaimMatrix matrix;
    matrix.sourceCount = int(texts.size());
    ProseCorpus corpus;
    QList<int> documents;
    std::vector<int> firstNode;
    int nodes = 0;
    for (const QString &text : texts) {
        documents.append(corpus.add(text));
        const ProseDocument &doc = corpus.document(documents.last());
        matrix.sentences.append(doc.sentenceList());
        firstNode.push_back(nodes);
        nodes += int(doc.sentences.size());
    }
    const SentenceFeatures features(corpus, documents);

    std::vector<Edge> edges;
    const SentenceAligner aligner;
    for (int i = 0; i < matrix.sourceCount; ++i)
        for (int j = i + 1; j < matrix.sourceCount; ++j)
            for (const Alignment &al : aligner.align(features, documents[i], documents[j]).alignments)
                for (int a = al.a.first; a < al.a.end(); ++a)
                    for (int b = al.b.first; b < al.b.end(); ++b)
                        edges.push_back({ al.similarity, firstNode[size_t(i)] + a, firstNode[size_t(j)] + b });
    std::stable_sort(
        edges.begin(), edges.end(), [](const Edge &x, const Edge &y) { return x.similarity > y.similarity; });

    Clusters clusters(nodes, matrix.sourceCount);
    for (int src = 0; src < matrix.sourceCount; ++src)
        for (int s = 0; s < matrix.sentences[src].size(); ++s)
            clusters.place(firstNode[size_t(src)] + s, src, s);
    for (const Edge &e : edges)
        clusters.join(e.nodeA, e.nodeB, e.similarity);

    const FigureMatcher matcher;
    // Rows in order of their first cell (source, then sentence): node order gives that.
    std::vector<bool> emitted(size_t(nodes), false);
    for (int node = 0; node < nodes; ++node) {
        const int root = clusters.root(node);
        if (emitted[size_t(root)])
            continue;
        emitted[size_t(root)] = true;
        ClaimRow row;
        row.cells = clusters.cells(root);
        row.similarity = clusters.similarity(root);
        for (int src = 0; src < matrix.sourceCount; ++src) {
            if (row.cells[src] < 0)
                continue;
            ++row.support;
            for (int other = src + 1; other < matrix.sourceCount; ++other) {
                if (row.cells[other] < 0)
                    continue;
                const ProseDocument &da = corpus.document(documents[src]);
                const ProseDocument &db = corpus.document(documents[other]);
                const DiffSide sa = da.sentenceSide(row.cells[src]);
                const DiffSide sb = db.sentenceSide(row.cells[other]);
                const QList<FigureComparison> found
                    = matcher.compare(FigureMatcher::mentions(da.text, sa.tokens, sa.count),
                        FigureMatcher::mentions(db.text, sb.tokens, sb.count));
                for (FigureComparison c : found) {
                    c.aStart = da.codePoints.fromUtf16(c.aStart);
                    c.bStart = db.codePoints.fromUtf16(c.bStart);
                    row.figureConflict = row.figureConflict || c.status == FigureComparison::Conflict;
                    row.figures.append({ src, other, c });
                }
            }
        }
        matrix.rows.append(row);
    }
    std::stable_sort(matrix.rows.begin(), matrix.rows.end(),
        [](const ClaimRow &x, const ClaimRow &y) { return x.support > y.support; });
    return matrix;
}

} // namespace crossread
