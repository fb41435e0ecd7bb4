#include "compare/WordDiff.h"

#include "compare/DiffCleanup.h"
#include "compare/ProseCorpus.h"
#include "compare/SequenceDiff.h"
#include "domain/CodePoints.h"

namespace crossread {

namespace {

// Collects pieces into ops: consecutive equal pieces form one Equal op; the pieces between two
// equalities form one Delete and one Insert (whitespace-flagged only if every piece was). Pieces
// arrive in text order, so the writer only tracks lengths and copies each op's text once.
class OpWriter
{
public:
    OpWriter(QStringView a, QStringView b, qsizetype aPos, qsizetype bPos, qsizetype expectedOps)
        : m_a(a)
        , m_b(b)
        , m_aPos(aPos)
        , m_bPos(bPos)
    {
        m_ops.reserve(expectedOps);
    }

    // Text equal on both sides (A's piece; B holds the same characters at its position).
    void equal(QStringView piece)
    {
        if (piece.isEmpty())
            return;
        if (m_inChange)
            flushChange();
        if (m_equalLength == 0) {
            m_equalA = m_aPos;
            m_equalB = m_bPos;
        }
        m_equalLength += piece.size();
        m_aPos += piece.size();
        m_bPos += piece.size();
    }

    void change(QStringView deleted, QStringView inserted, bool whitespace)
    {
        if (deleted.isEmpty() && inserted.isEmpty())
            return;
        flushEqual();
        if (!m_inChange) {
            m_inChange = true;
            m_changeA = m_aPos;
            m_changeB = m_bPos;
            m_whitespace = true;
        }
        m_whitespace = m_whitespace && whitespace;
        m_aPos += deleted.size();
        m_bPos += inserted.size();
    }

    QList<WordOp> finish()
    {
        flushEqual();
        flushChange();
        return std::move(m_ops);
    }

private:
    void flushEqual()
    {
        if (m_equalLength == 0)
            return;
        m_ops.append({ WordOp::Equal, m_a.mid(m_equalA, m_equalLength).toString(), false, m_equalA, m_equalB });
        m_equalLength = 0;
    }

    void flushChange()
    {
        if (!m_inChange)
            return;
        if (m_aPos > m_changeA)
            m_ops.append({ WordOp::Delete, m_a.mid(m_changeA, m_aPos - m_changeA).toString(), m_whitespace, m_changeA,
                m_changeB });
        if (m_bPos > m_changeB)
            m_ops.append(
                { WordOp::Insert, m_b.mid(m_changeB, m_bPos - m_changeB).toString(), m_whitespace, m_aPos, m_changeB });
        m_inChange = false;
    }

    QList<WordOp> m_ops;
    QStringView m_a;
    QStringView m_b;
    qsizetype m_aPos;
    qsizetype m_bPos;
    qsizetype m_equalA = 0;
    qsizetype m_equalB = 0;
    qsizetype m_equalLength = 0;
    qsizetype m_changeA = 0;
    qsizetype m_changeB = 0;
    bool m_inChange = false;
    bool m_whitespace = true;
};

// Most gaps are one space: compare those without a call.
bool sameText(QStringView x, QStringView y)
{
    if (x.size() != y.size())
        return false;
    return x.size() == 1 ? x[0] == y[0] : x == y;
}

// Whitespace before token t of a side (t == count: after the last token, up to `to`).
QStringView gapBefore(const DiffSide &s, int t)
{
    const qsizetype start = t == 0 ? s.from : s.tokens[t - 1].end();
    const qsizetype end = t < s.count ? s.tokens[t].pos : std::max(s.to, start);
    return s.text.mid(start, end - start);
}

QStringView tokenText(const DiffSide &s, int t)
{
    return s.text.mid(s.tokens[t].pos, s.tokens[t].len);
}

// Tokens [t0, t1) with the whitespace between them (not the gap before t0).
QStringView spanText(const DiffSide &s, int t0, int t1)
{
    const qsizetype start = s.tokens[t0].pos;
    return s.text.mid(start, s.tokens[t1 - 1].end() - start);
}

// Tokens [t0, t1) with the whitespace before t0.
QStringView withGap(const DiffSide &s, int t0, int t1)
{
    const qsizetype start = t0 == 0 ? s.from : s.tokens[t0 - 1].end();
    return s.text.mid(start, s.tokens[t1 - 1].end() - start);
}

// Weight of tokens [t0, t1) for the semantic clean-up: their characters and the spaces between.
int weight(const DiffSide &s, int t0, int t1)
{
    return t1 > t0 ? int(s.tokens[t1 - 1].end() - s.tokens[t0].pos) : 0;
}

void toCodePoints(QList<WordOp> *ops, const DiffSide &a, const DiffSide &b)
{
    for (WordOp &op : *ops) {
        if (a.codePoints)
            op.aStart = a.codePoints->fromUtf16(op.aStart);
        if (b.codePoints)
            op.bStart = b.codePoints->fromUtf16(op.bStart);
    }
}

} // namespace

QList<WordOp> WordDiff::diff(const QString &a, const QString &b, int *commonWords)
{
    ProseCorpus corpus(ProseCorpus::TokensOnly);
    const ProseDocument &da = corpus.document(corpus.add(a));
    const ProseDocument &db = corpus.document(corpus.add(b));
    return diff(da.side(), db.side(), commonWords);
}

QList<WordOp> WordDiff::diff(const DiffSide &a, const DiffSide &b, int *commonWords)
{
    std::vector<DiffRun> runs;
    if (a.count == b.count && std::equal(a.ids, a.ids + a.count, b.ids)) {
        // The same tokens (most aligned sentences): one equal run, no search.
        if (a.count > 0)
            runs.push_back({ true, 0, a.count, 0, b.count });
    } else {
        std::vector<int> matchA;
        std::vector<int> matchB;
        SequenceDiff().match(a.ids, a.count, b.ids, b.count, &matchA, &matchB);
        runs = DiffCleanup::semantic(
            DiffCleanup::runs(matchA, matchB), [&](int t0, int t1) { return weight(a, t0, t1); },
            [&](int t0, int t1) { return weight(b, t0, t1); });
    }

    OpWriter writer(a.text, b.text, a.from, b.from, qsizetype(runs.size()) * 2 + 4);
    int common = 0;
    for (const DiffRun &run : runs) {
        if (run.equal) {
            for (int t = 0; t < run.a1 - run.a0; ++t) {
                const QStringView ga = gapBefore(a, run.a0 + t);
                const QStringView gb = gapBefore(b, run.b0 + t);
                if (sameText(ga, gb))
                    writer.equal(ga);
                else
                    writer.change(ga, gb, true);
                const QStringView ta = tokenText(a, run.a0 + t);
                const QStringView tb = tokenText(b, run.b0 + t);
                // Equal ids are equal text unless a token was normalised (figure spacing, a line-end hyphen).
                if ((!a.tokens[run.a0 + t].normalized && !b.tokens[run.b0 + t].normalized) || ta == tb)
                    writer.equal(ta);
                else
                    writer.change(ta, tb, true); // a figure spaced differently: "$29\nbillion"
                if (a.tokens[run.a0 + t].isWordLike())
                    ++common;
            }
            continue;
        }
        const bool hasA = run.a1 > run.a0;
        const bool hasB = run.b1 > run.b0;
        const QStringView ga = hasA ? gapBefore(a, run.a0) : QStringView();
        const QStringView gb = hasB ? gapBefore(b, run.b0) : QStringView();
        if (hasA && hasB && ga == gb) {
            writer.equal(ga); // a replaced phrase keeps the shared space before it unchanged
            writer.change(spanText(a, run.a0, run.a1), spanText(b, run.b0, run.b1), false);
        } else {
            writer.change(hasA ? withGap(a, run.a0, run.a1) : QStringView(),
                hasB ? withGap(b, run.b0, run.b1) : QStringView(), false);
        }
    }
    const QStringView endA = gapBefore(a, a.count);
    const QStringView endB = gapBefore(b, b.count);
    if (endA == endB)
        writer.equal(endA);
    else
        writer.change(endA, endB, true);

    QList<WordOp> ops = writer.finish();
    toCodePoints(&ops, a, b);
    if (commonWords)
        *commonWords = common;
    return ops;
}

QString WordDiff::rebuildA(const QList<WordOp> &ops)
{
    QString out;
    for (const WordOp &op : ops)
        if (op.kind != WordOp::Insert)
            out += op.text;
    return out;
}

QString WordDiff::rebuildB(const QList<WordOp> &ops)
{
    QString out;
    for (const WordOp &op : ops)
        if (op.kind != WordOp::Delete)
            out += op.text;
    return out;
}

int WordDiff::changeCount(const QList<WordOp> &ops)
{
    int n = 0;
    for (const WordOp &op : ops)
        if (op.kind != WordOp::Equal && !op.whitespace)
            ++n;
    return n;
}

} // namespace crossread
