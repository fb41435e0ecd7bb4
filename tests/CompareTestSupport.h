#pragma once
// Checks shared by the comparison tests on the story articles (tst_compare) and on the seed
// articles (tst_seeds_compare): losslessness, rewrapping, rewrite alignment, claim matrix rows.
#include "compare/ClaimMatrix.h"
#include "compare/ProseComparator.h"
#include "compare/SentenceSplitter.h"
#include "compare/WordDiff.h"
#include "domain/CodePoints.h"

#include <QTest>

namespace crossread::test {

// The same text with other line breaks and spacing: line breaks inside sentences become
// spaces, a line break follows every comma, and every third remaining space is doubled.
inline QString rewrapped(const QString &text)
{
    QString out = text;
    for (const SentenceSplitter::Range &r : SentenceSplitter().splitUtf16(text))
        for (qsizetype i = r.start; i < r.end; ++i)
            if (out[i] == u'\n')
                out[i] = u' ';
    out.replace(QStringLiteral(", "), QStringLiteral(",\n"));
    QString spaced;
    int spaces = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        spaced += out[i];
        if (out[i] == u' ' && (i + 1 >= out.size() || !out[i + 1].isSpace()) && ++spaces % 3 == 0)
            spaced += u' ';
    }
    return spaced;
}

inline const Alignment *alignmentWithA(const ComparisonResult &r, const QString &fragment)
{
    for (const Alignment &al : r.alignments)
        for (int a = al.a.first; a < al.a.end(); ++a)
            if (r.sentencesA[a].text.simplified().contains(fragment))
                return &al;
    return nullptr;
}

// The stored text an alignment's run covers, from its first sentence to its last.
inline QString runText(const QString &text, const QList<Sentence> &sentences, SentenceRun run)
{
    return CodePoints(text).mid(text, sentences[run.first].start, sentences[run.last()].end);
}

// The word operations rebuild both texts, their offsets run on without gaps, and every
// sentence is the code point range it claims.
inline void checkLossless(const ComparisonResult &r, const QString &a, const QString &b)
{
    QCOMPARE(WordDiff::rebuildA(r.ops), a);
    QCOMPARE(WordDiff::rebuildB(r.ops), b);
    const CodePoints cpa(a);
    const CodePoints cpb(b);
    qint64 posA = 0;
    qint64 posB = 0;
    for (const WordOp &op : r.ops) {
        QCOMPARE(op.aStart, posA);
        QCOMPARE(op.bStart, posB);
        if (op.kind != WordOp::Insert)
            posA += CodePoints::count(op.text);
        if (op.kind != WordOp::Delete)
            posB += CodePoints::count(op.text);
    }
    for (const Alignment &al : r.alignments) {
        QCOMPARE(WordDiff::rebuildA(al.ops), runText(a, r.sentencesA, al.a));
        QCOMPARE(WordDiff::rebuildB(al.ops), runText(b, r.sentencesB, al.b));
    }
    for (const Sentence &s : r.sentencesA)
        QCOMPARE(cpa.mid(a, s.start, s.end), s.text);
    for (const Sentence &s : r.sentencesB)
        QCOMPARE(cpb.mid(b, s.start, s.end), s.text);
}

// TEXT against itself rewrapped: no change anywhere, every sentence identical and in place.
inline void checkRewrappedIsUnchanged(const QString &text)
{
    const QString other = rewrapped(text);
    QVERIFY(other != text);
    const ComparisonResult r = ProseComparator().compare(text, other);
    checkLossless(r, text, other);
    QCOMPARE(WordDiff::changeCount(r.ops), 0);
    QVERIFY(r.onlyA.isEmpty());
    QVERIFY(r.onlyB.isEmpty());
    QCOMPARE(r.alignments.size(), r.sentencesA.size());
    for (const Alignment &p : r.alignments) {
        QCOMPARE(p.kind, Alignment::Identical);
        QVERIFY(!p.moved);
        QCOMPARE(WordDiff::changeCount(p.ops), 0);
    }
    QCOMPARE(r.commonWords, r.wordsA);
    QCOMPARE(r.sharedRatio(), 1.0);
    QCOMPARE(r.supportOfA(), 1.0);
    QCOMPARE(r.supportOfB(), 1.0);
}

// B rewrites A: the A sentence holding fragmentA aligns, not as identical, with a run of B
// sentences holding fragmentB; at least minRewritten alignments are not identical.
inline void checkRewriteAligns(
    const QString &a, const QString &b, const QString &fragmentA, const QString &fragmentB, int minRewritten)
{
    const ComparisonResult r = ProseComparator().compare(a, b);
    const Alignment *p = alignmentWithA(r, fragmentA);
    QVERIFY2(p, qPrintable(fragmentA));
    const QString partner = runText(b, r.sentencesB, p->b).simplified();
    QVERIFY2(partner.contains(fragmentB), qPrintable(partner));
    QVERIFY(p->kind != Alignment::Identical);
    QVERIFY(p->similarity > 0 && p->similarity < 1);
    int rewritten = 0;
    for (const Alignment &q : r.alignments)
        rewritten += q.kind != Alignment::Identical ? 1 : 0;
    QVERIFY(rewritten >= minRewritten);
}

// The claim matrix of TEXTS puts every sentence of every source in exactly one row (a cell is a
// run of at most ClaimMatrix::kMaxRun sentences), support counting the filled cells; *shared
// receives the rows with two sources or more.
inline void checkClaimMatrix(const QList<QString> &texts, int *shared)
{
    *shared = 0;
    const ClaimMatrix m = ClaimMatrix::build(texts);
    QCOMPARE(m.sourceCount, int(texts.size()));
    QList<QList<int>> seen(texts.size());
    for (int s = 0; s < texts.size(); ++s)
        seen[s] = QList<int>(m.sentences[s].size(), 0);
    for (const ClaimRow &row : m.rows) {
        int support = 0;
        for (int s = 0; s < texts.size(); ++s) {
            if (row.has(s)) {
                QVERIFY(row.cells[s].count <= ClaimMatrix::kMaxRun);
                for (int i = row.cells[s].first; i < row.cells[s].end(); ++i)
                    ++seen[s][i];
                ++support;
            } else {
                QCOMPARE(row.cells[s].count, 0);
            }
        }
        QCOMPARE(row.support, support);
        *shared += support >= 2 ? 1 : 0;
    }
    for (const QList<int> &counts : seen)
        for (int c : counts)
            QCOMPARE(c, 1);
}

} // namespace crossread::test
