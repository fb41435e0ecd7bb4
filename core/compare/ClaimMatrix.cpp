#include "compare/ClaimMatrix.h"

#include "compare/FigureMatcher.h"
#include "compare/ProseCorpus.h"
#include "compare/SentenceAligner.h"
#include "compare/SentenceFeatures.h"

#include <QHash>

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

// Union-find whose clusters remember their run of sentences per source, so that a merge can
// refuse what would give a source two separate places in one claim.
class Clusters
{
public:
    Clusters(int nodes, int sources, int maxRun)
        : m_parent(size_t(nodes))
        , m_cells(size_t(nodes), QList<SentenceRun>(sources))
        , m_similarity(size_t(nodes), 1.0)
        , m_alone(size_t(nodes), false)
        , m_maxRun(maxRun)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    int root(int x)
    {
        while (m_parent[size_t(x)] != x)
            x = m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
        return x;
    }

    // alone: a sentence that never shares a cell (a heading, a question).
    void place(int node, int source, int sentence, bool alone)
    {
        m_cells[size_t(node)][source] = { sentence, 1 };
        m_alone[size_t(node)] = alone;
    }

    // Joins the clusters of x and y unless, for some source, their runs would not make one run
    // of consecutive sentences of at most maxRun without a sentence that stays alone.
    bool join(int x, int y, double similarity)
    {
        x = root(x);
        y = root(y);
        if (x == y)
            return false;
        QList<SentenceRun> &cx = m_cells[size_t(x)];
        const QList<SentenceRun> &cy = m_cells[size_t(y)];
        for (qsizetype s = 0; s < cx.size(); ++s) {
            if (cx[s].count == 0 || cy[s].count == 0)
                continue;
            const bool adjacent = cx[s].end() == cy[s].first || cy[s].end() == cx[s].first;
            if (!adjacent || cx[s].count + cy[s].count > m_maxRun || m_alone[size_t(x)] || m_alone[size_t(y)])
                return false;
        }
        for (qsizetype s = 0; s < cx.size(); ++s) {
            if (cy[s].count == 0)
                continue;
            if (cx[s].count == 0)
                cx[s] = cy[s];
            else
                cx[s] = { std::min(cx[s].first, cy[s].first), cx[s].count + cy[s].count };
        }
        m_parent[size_t(y)] = x;
        m_alone[size_t(x)] = m_alone[size_t(x)] || m_alone[size_t(y)];
        m_similarity[size_t(x)] = std::min({ m_similarity[size_t(x)], m_similarity[size_t(y)], similarity });
        return true;
    }

    const QList<SentenceRun> &cells(int rootNode) const { return m_cells[size_t(rootNode)]; }
    double similarity(int rootNode) const { return m_similarity[size_t(rootNode)]; }

private:
    std::vector<int> m_parent;
    std::vector<QList<SentenceRun>> m_cells;
    std::vector<double> m_similarity;
    std::vector<bool> m_alone; // per root: the cluster holds a sentence that stays alone in its cell
    int m_maxRun;
};

int severity(FigureComparison::Status status)
{
    switch (status) {
    case FigureComparison::Agree:
        return 0;
    case FigureComparison::Compatible:
        return 1;
    case FigureComparison::Conflict:
        return 2;
    }
    return 0;
}

// The figures of every two cells of a row, paired and rated by FigureMatcher.
void compareFigures(const ProseCorpus &corpus, const QList<int> &documents, ClaimRow *row)
{
    const FigureMatcher matcher;
    QList<QList<FigureMention>> found(row->cells.size());
    for (int src = 0; src < row->cells.size(); ++src) {
        if (!row->has(src))
            continue;
        const ProseDocument &doc = corpus.document(documents[src]);
        const DiffSide side = doc.runSide(row->cells[src].first, row->cells[src].count);
        found[src] = FigureMatcher::mentions(doc.text, side.tokens, side.count);
    }
    // Mentions are recorded by source and UTF-16 position, then converted.
    QHash<QPair<int, qint64>, int> mentionAt;
    const auto note = [&](int src, const FigureMention &m, FigureComparison::Status status) {
        const QPair<int, qint64> key { src, m.token.pos };
        const auto it = mentionAt.constFind(key);
        if (it != mentionAt.constEnd()) {
            ClaimFigureMention &known = row->mentions[*it];
            if (severity(status) > severity(known.status))
                known.status = status;
            return;
        }
        const ProseDocument &doc = corpus.document(documents[src]);
        mentionAt.insert(key, int(row->mentions.size()));
        row->mentions.append({ src, m.text, doc.codePoints.fromUtf16(m.token.pos), m.token.figureKind, m.token.value,
            m.token.dateValue(), status });
    };
    for (int src = 0; src < row->cells.size(); ++src) {
        if (found[src].isEmpty())
            continue;
        for (int other = src + 1; other < row->cells.size(); ++other) {
            if (found[other].isEmpty())
                continue;
            for (FigureComparison c : matcher.compare(found[src], found[other])) {
                for (const FigureMention &m : std::as_const(found[src]))
                    if (m.token.pos == c.aStart)
                        note(src, m, c.status);
                for (const FigureMention &m : std::as_const(found[other]))
                    if (m.token.pos == c.bStart)
                        note(other, m, c.status);
                c.aStart = corpus.document(documents[src]).codePoints.fromUtf16(c.aStart);
                c.bStart = corpus.document(documents[other]).codePoints.fromUtf16(c.bStart);
                row->figureConflict = row->figureConflict || c.status == FigureComparison::Conflict;
                row->figures.append({ src, other, c });
            }
        }
    }
    std::sort(row->mentions.begin(), row->mentions.end(), [](const ClaimFigureMention &x, const ClaimFigureMention &y) {
        return x.source != y.source ? x.source < y.source : x.start < y.start;
    });
}

} // namespace

QList<Sentence> ClaimMatrix::cell(int row, int source) const
{
    if (row < 0 || row >= rows.size() || source < 0 || source >= sentences.size() || !rows[row].has(source))
        return {};
    const SentenceRun run = rows[row].cells[source];
    return sentences[source].mid(run.first, run.count);
}

TextRange ClaimMatrix::cellRange(int row, int source) const
{
    const QList<Sentence> run = cell(row, source);
    return run.isEmpty() ? TextRange() : TextRange { run.first().start, run.last().end };
}

ClaimMatrix ClaimMatrix::build(const QList<QString> &texts, const DocumentFrequencies *frequencies)
{
    ClaimMatrix matrix;
    matrix.sourceCount = int(texts.size());
    ProseCorpus corpus;
    const QList<int> documents = corpus.addAll(texts);
    std::vector<int> firstNode;
    int nodes = 0;
    for (int d : documents) {
        const ProseDocument &doc = corpus.document(d);
        matrix.sentences.append(doc.sentenceList());
        firstNode.push_back(nodes);
        nodes += int(doc.sentences.size());
    }
    const SentenceFeatures features(corpus, documents, {}, frequencies);

    // Every sentence pair an alignment links is an edge: an n:m alignment links each sentence
    // of one run with each of the other, so its runs end up in one row.
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

    Clusters clusters(nodes, matrix.sourceCount, kMaxRun);
    for (int src = 0; src < matrix.sourceCount; ++src)
        for (int s = 0; s < matrix.sentences[src].size(); ++s)
            clusters.place(firstNode[size_t(src)] + s, src, s, features.vector(documents[src], s).pairsOnlyOneToOne());
    for (const Edge &e : edges)
        clusters.join(e.nodeA, e.nodeB, e.similarity);

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
        for (const SentenceRun &cell : std::as_const(row.cells))
            row.support += cell.count > 0 ? 1 : 0;
        compareFigures(corpus, documents, &row);
        matrix.rows.append(row);
    }
    std::stable_sort(matrix.rows.begin(), matrix.rows.end(),
        [](const ClaimRow &x, const ClaimRow &y) { return x.support > y.support; });
    return matrix;
}

} // namespace crossread
