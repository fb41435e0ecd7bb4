// Tests of the re-anchoring engine (core/anchor): folded text, edit distance and approximate
// search (against a plain dynamic-programming table written here), W3C selectors, the word
// alignment of two versions, and spans made on one version of an article written for the project
// (tests/data/versions) placed in the next, with the outcome of each written by hand.
#include "TestSupport.h"

#include "anchor/ApproximateMatcher.h"
#include "anchor/FoldedText.h"
#include "anchor/Reanchorer.h"
#include "anchor/SpanSelectors.h"
#include "anchor/VersionAlignment.h"
#include "domain/CodePoints.h"

#include <QRandomGenerator>
#include <QTest>

using namespace crossread;
using namespace crossread::test;

namespace {

// Levenshtein distances by the textbook table, row by row: the independent reader the
// bit-parallel matcher is checked against. freeStart: row zero costs nothing (a search, where
// the pattern may start anywhere in the text). Returns the last row.
std::vector<int> lastRow(QStringView pattern, QStringView text, bool freeStart)
{
    std::vector<int> previous(size_t(text.size() + 1));
    for (qsizetype j = 0; j <= text.size(); ++j)
        previous[size_t(j)] = freeStart ? 0 : int(j);
    for (qsizetype i = 1; i <= pattern.size(); ++i) {
        std::vector<int> row(previous.size());
        row[0] = int(i);
        for (qsizetype j = 1; j <= text.size(); ++j) {
            const int substitute = previous[size_t(j - 1)] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
            row[size_t(j)] = std::min({ previous[size_t(j)] + 1, row[size_t(j - 1)] + 1, substitute });
        }
        previous = row;
    }
    return previous;
}

int tableDistance(QStringView a, QStringView b)
{
    return lastRow(a, b, false).back();
}

QString randomText(QRandomGenerator &rng, int length, const QString &alphabet)
{
    QString s;
    for (int i = 0; i < length; ++i)
        s += alphabet.at(int(rng.bounded(quint32(alphabet.size()))));
    return s;
}

QString versionText(const QString &name)
{
    return QString::fromUtf8(readFile(dataPath(QStringLiteral("versions/") + name)));
}

// The selectors of the n-th occurrence (from 0) of QUOTE in TEXT.
SpanSelectors selectorsOf(const QString &text, const QString &quote, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = text.indexOf(quote, at + 1);
        if (at < 0)
            return {};
    }
    const CodePoints cp(text);
    return SpanSelectors::describe(text, cp.fromUtf16(at), cp.fromUtf16(at + quote.size()));
}

// The code point range of the n-th occurrence of PHRASE in TEXT, or an empty range.
TextRange occurrenceOf(const QString &text, const QString &phrase, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = text.indexOf(phrase, at + 1);
        if (at < 0)
            return {};
    }
    const CodePoints cp(text);
    return { cp.fromUtf16(at), cp.fromUtf16(at + phrase.size()) };
}

} // namespace

Q_DECLARE_METATYPE(crossread::AnchorResult::Method)

class TestAnchor : public QObject
{
    Q_OBJECT

private slots:
    void foldedText_data();
    void foldedText();
    void foldedOffsets();
    void editDistance_data();
    void editDistance();
    void editDistanceAgainstTable();
    void approximateSearch_data();
    void approximateSearch();
    void approximateSearchAgainstTable();
    void selectors_data();
    void selectors();
    void alignment_data();
    void alignment();
    void methodNames();
    void versions_data();
    void versions();
    void orphanListsCandidates();
    void unchangedTextIsExact_data();
    void unchangedTextIsExact();
    void wordBoundaries_data();
    void wordBoundaries();
    void grownNameWithOldText();
    void oddInput_data();
    void oddInput();
    void nearestOfEquals_data();
    void nearestOfEquals();
    void thresholdMakesOrphans();
    void changedTooMuchIsNotPlaced();
    void staleSelectorsFallBackToTheQuote();
};

void TestAnchor::foldedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("plain text unchanged") << "Kestrel raised $14 billion."
                                          << "Kestrel raised $14 billion.";
    QTest::newRow("a line break is a space") << "raised\n$14 billion"
                                             << "raised $14 billion";
    QTest::newRow("CRLF and a blank line are one space") << "one.\r\n\r\nTwo"
                                                         << "one. Two";
    QTest::newRow("tabs and no-break spaces") << "a\t\u00A0 b"
                                              << "a b";
    QTest::newRow("soft hyphen and zero-width space dropped") << "Tide\u00ADwater\u200B Data"
                                                              << "Tidewater Data";
    QTest::newRow("byte order mark dropped") << "\uFEFFKestrel"
                                             << "Kestrel";
    QTest::newRow("edges keep one space") << "  Tern  "
                                          << " Tern ";
    QTest::newRow("emoji kept whole") << "Tern \U0001F680 ships"
                                      << "Tern \U0001F680 ships";
}

void TestAnchor::foldedText()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(FoldedText::fold(text), folded);
    QCOMPARE(FoldedText(text).text(), folded);
}

void TestAnchor::foldedOffsets()
{
    // "A \U0001F680\n\n\u00ADb": code points A=0, ' '=1, rocket=2, \n=3, \n=4, soft hyphen=5, b=6.
    const QString text = QStringLiteral("A \U0001F680\n\n\u00ADb");
    const FoldedText f(text);
    QCOMPARE(f.text(), QStringLiteral("A \U0001F680 b"));
    QCOMPARE(f.originalSize(), 7);
    QCOMPARE(f.originalRange(0, 1), (TextRange { 0, 1 }));
    QCOMPARE(f.originalRange(2, 4), (TextRange { 2, 3 })); // both halves of the pair: one code point
    QCOMPARE(f.originalRange(4, 5), (TextRange { 3, 6 })); // the folded space covers \n\n and the soft hyphen
    QCOMPARE(f.originalRange(5, 6), (TextRange { 6, 7 }));
    QCOMPARE(f.originalRange(2, 6), (TextRange { 2, 7 }));
    QCOMPARE(f.originalRange(6, 6), (TextRange { 7, 7 }));
    QCOMPARE(f.foldedStart(6), 5);
    QCOMPARE(f.foldedEnd(7), 6);
    QCOMPARE(f.foldedStart(2), 2);
    QCOMPARE(f.foldedEnd(3), 4);
    QCOMPARE(f.foldedStart(4), 4); // inside the space run: the space itself
}

void TestAnchor::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << "Tidewater"
                          << "Tidewater" << 0;
    QTest::newRow("empty against word") << ""
                                        << "Tern" << 4;
    QTest::newRow("figure corrected") << "$14 billion"
                                      << "$14.3 billion" << 2;
    QTest::newRow("typo") << "reportres"
                          << "reporters" << 2;
    QTest::newRow("kitten") << "kitten"
                            << "sitting" << 3;
    QTest::newRow("across a 64-character block") << QString(70, QLatin1Char('a')) + QStringLiteral("bc")
                                                 << QString(71, QLatin1Char('a')) + QStringLiteral("c") << 1;
    QTest::newRow("non-ASCII letters") << "Zürich öffnet"
                                       << "Zurich offnet" << 2;
}

void TestAnchor::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(ApproximateMatcher::distance(a, b), distance);
    QCOMPARE(ApproximateMatcher::distance(b, a), distance);
}

void TestAnchor::editDistanceAgainstTable()
{
    QRandomGenerator rng(14);
    const QString alphabet = QStringLiteral("abcdé $");
    for (int round = 0; round < 300; ++round) {
        const QString a = randomText(rng, int(rng.bounded(200)), alphabet);
        const QString b = randomText(rng, int(rng.bounded(200)), alphabet);
        QCOMPARE(ApproximateMatcher(a).distanceTo(b), tableDistance(a, b));
    }
}

void TestAnchor::approximateSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("maxErrors");
    QTest::addColumn<QString>("matches"); // "start-end:errors" in UTF-16 units, space separated
    QTest::newRow("exact") << "Kestrel raised $14 billion"
                           << "raised" << 0 << "8-14:0";
    QTest::newRow("corrected figure") << "raised $14.3 billion from"
                                      << "$14 billion" << 2 << "7-20:2";
    QTest::newRow("two places") << "Tern and Tarn"
                                << "Tern" << 1 << "0-4:0 9-13:1";
    QTest::newRow("too many errors") << "Kestrel Platforms"
                                     << "Quarry" << 2 << "";
}

void TestAnchor::approximateSearch()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(int, maxErrors);
    QFETCH(QString, matches);
    QStringList found;
    for (const ApproximateMatcher::Match &m : ApproximateMatcher(pattern).search(text, maxErrors))
        found << QStringLiteral("%1-%2:%3").arg(m.start).arg(m.end).arg(m.errors);
    QCOMPARE(found.join(QLatin1Char(' ')), matches);
}

void TestAnchor::approximateSearchAgainstTable()
{
    // Each reported match: its errors are the least of any substring ending there, its start gives
    // exactly that many, and every end the table finds within the limit lies in a reported run.
    QRandomGenerator rng(2026);
    const QString alphabet = QStringLiteral("abcd ");
    for (int round = 0; round < 200; ++round) {
        const QString pattern = randomText(rng, 1 + int(rng.bounded(150)), alphabet);
        const QString text = randomText(rng, int(rng.bounded(400)), alphabet);
        const int maxErrors = int(rng.bounded(quint32(pattern.size() / 2 + 1)));
        const std::vector<int> best = lastRow(pattern, text, true);
        const QList<ApproximateMatcher::Match> matches = ApproximateMatcher(pattern).search(text, maxErrors);
        for (const ApproximateMatcher::Match &m : matches) {
            QCOMPARE(m.errors, best[size_t(m.end)]);
            QCOMPARE(tableDistance(pattern, QStringView(text).mid(m.start, m.end - m.start)), m.errors);
        }
        for (qsizetype end = 1; end <= text.size(); ++end) {
            if (best[size_t(end)] > maxErrors)
                continue;
            // The run of ends within the limit around `end` holds one reported match, no worse.
            qsizetype runStart = end;
            while (runStart > 1 && best[size_t(runStart - 1)] <= maxErrors)
                --runStart;
            qsizetype runEnd = end;
            while (runEnd < text.size() && best[size_t(runEnd + 1)] <= maxErrors)
                ++runEnd;
            const bool reported
                = std::any_of(matches.cbegin(), matches.cend(), [&](const ApproximateMatcher::Match &m) {
                      return m.end >= runStart && m.end <= runEnd && m.errors <= best[size_t(end)];
                  });
            QVERIFY2(reported, qPrintable(QStringLiteral("end %1 of '%2' in '%3'").arg(end).arg(pattern, text)));
        }
    }
}

void TestAnchor::selectors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<qint64>("positionStart");
    QTest::addColumn<qint64>("positionEnd");
    const QString article = QStringLiteral("Kestrel Platforms has raised $14 billion from a group of investors led by "
                                           "Larchmont Capital, the company said on Tuesday.");
    QTest::newRow("32 code points each side") << article << qint64(29) << qint64(40) << "$14 billion"
                                              << "Kestrel Platforms has raised "
                                              << " from a group of investors led b" << qint64(29) << qint64(40);
    QTest::newRow("longer text: context cut at 32") << article << qint64(74) << qint64(91) << "Larchmont Capital"
                                                    << "rom a group of investors led by "
                                                    << ", the company said on Tuesday." << qint64(74) << qint64(91);
    QTest::newRow("at the start: no prefix") << QStringLiteral("Tern ships today.") << qint64(0) << qint64(4) << "Tern"
                                             << ""
                                             << " ships today." << qint64(0) << qint64(4);
    const QString emoji = QStringLiteral("\U0001F680 Tern ships");
    QTest::newRow("an emoji is one code point") << emoji << qint64(2) << qint64(6) << "Tern"
                                                << "\U0001F680 "
                                                << " ships" << qint64(2) << qint64(6);
    QTest::newRow("reversed and past the end: ordered and clamped")
        << QStringLiteral("Tern ships") << qint64(99) << qint64(5) << "ships"
        << "Tern "
        << "" << qint64(5) << qint64(10);
}

void TestAnchor::selectors()
{
    QFETCH(QString, text);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    const SpanSelectors s = SpanSelectors::describe(text, start, end);
    QTEST(s.quote.exact, "exact");
    QTEST(s.quote.prefix, "prefix");
    QTEST(s.quote.suffix, "suffix");
    QTEST(s.position.start, "positionStart");
    QTEST(s.position.end, "positionEnd");
    QCOMPARE(SpanSelectors::describe(text, CodePoints(text), start, end), s);
    QVERIFY(CodePoints::count(s.quote.prefix) <= SpanSelectors::kContextLength);
    QVERIFY(CodePoints::count(s.quote.suffix) <= SpanSelectors::kContextLength);
}

void TestAnchor::alignment_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("oldPhrase");
    QTest::addColumn<QString>("newPhrase"); // empty: deleted (map() is null)
    const QString v1 = QStringLiteral("The round values Kestrel at $90 billion, up from $61 billion in January.");
    const QString v2 = QStringLiteral("Analysts were surprised. The round values Kestrel at $95 billion, up from $61 "
                                      "billion in January.");
    QTest::newRow("kept text follows an insertion") << v1 << v2 << "Kestrel"
                                                    << "Kestrel";
    QTest::newRow("a changed figure maps to its replacement") << v1 << v2 << "$90 billion"
                                                              << "$95 billion";
    QTest::newRow("a range over a change keeps the replacement") << v1 << v2 << "Kestrel at $90 billion, up"
                                                                 << "Kestrel at $95 billion, up";
    QTest::newRow("an insertion before the range is not in it") << v1 << v2 << "The round"
                                                                << "The round";
    QTest::newRow("re-wrapped lines are kept text")
        << QStringLiteral("Tern finished\ntraining this spring.")
        << QStringLiteral("Tern finished training\nthis spring.") << "finished\ntraining this"
        << "finished training\nthis";
    QTest::newRow("a deleted sentence maps to nothing")
        << QStringLiteral("Tern shipped. The company declined to comment. Shares rose.")
        << QStringLiteral("Tern shipped. Shares rose.") << "declined to comment"
        << "";
}

void TestAnchor::alignment()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, oldPhrase);
    QFETCH(QString, newPhrase);
    const VersionAlignment a = VersionAlignment::between(oldText, newText);
    const std::optional<TextRange> mapped = a.map(occurrenceOf(oldText, oldPhrase));
    if (newPhrase.isEmpty()) {
        QVERIFY(!mapped);
        return;
    }
    QVERIFY(mapped);
    QCOMPARE(*mapped, occurrenceOf(newText, newPhrase));
    QCOMPARE(a.segments().constLast().oldEnd(), CodePoints::count(oldText));
    QCOMPARE(a.segments().constLast().newEnd(), CodePoints::count(newText));
}

void TestAnchor::methodNames()
{
    for (const auto &[method, name] :
        { std::pair { AnchorResult::Exact, "exact" }, std::pair { AnchorResult::Relocated, "relocated" },
            std::pair { AnchorResult::Fuzzy, "fuzzy" }, std::pair { AnchorResult::Orphan, "orphan" } }) {
        QCOMPARE(AnchorResult::methodName(method), QString::fromLatin1(name));
        QCOMPARE(AnchorResult::methodFromName(QString::fromLatin1(name)), method);
    }
    QVERIFY(!AnchorResult::methodFromName(QStringLiteral("moved")));
}

void TestAnchor::versions_data()
{
    // Spans made on kestrel-round-v1 placed in kestrel-round-v2 (tests/data/README.md lists the
    // edits), once knowing v1 (a re-import: the word alignment helps) and once from the selectors
    // alone (an import of annotations made elsewhere). An empty new text means an orphan.
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<AnchorResult::Method>("alignedMethod");
    QTest::addColumn<QString>("alignedText");
    QTest::addColumn<AnchorResult::Method>("selectorsMethod");
    QTest::addColumn<QString>("selectorsText");
    using M = AnchorResult;
    auto both = [](const char *name, const QString &quote, int occurrence, M::Method method, const QString &text) {
        QTest::newRow(name) << quote << occurrence << method << text << method << text;
    };
    both("unchanged, context unchanged", "Ninefold Ventures and\nthe Ostara sovereign fund", 0, M::Exact,
        "Ninefold Ventures and\nthe Ostara sovereign fund");
    both("end of a paragraph whose next one changed", "$61 billion in January", 0, M::Relocated,
        "$61 billion in January");
    both("unchanged, a figure corrected in its context", "a group of investors led by\nLarchmont Capital", 0, M::Exact,
        "a group of investors led by\nLarchmont Capital");
    both("figure corrected inside the span", "$14 billion", 1, M::Fuzzy, "$14.3 billion");
    // From the selectors alone, changed words whose context changed on one side too are what a
    // sentence cut from the same pattern looks like (tst_anchor_siblings): an orphan, offered.
    QTest::newRow("figure corrected in the headline")
        << QStringLiteral("$14 billion") << 0 << M::Fuzzy << QStringLiteral("$14.3 billion") << M::Orphan << QString();
    both("headline reworded", "Kestrel Platforms raises $14 billion to build Tern training cluster", 0, M::Fuzzy,
        "Kestrel Platforms raises $14.3 billion for Tern training cluster");
    both("count corrected", "60,000\naccelerators", 0, M::Fuzzy, "64,000\naccelerators");
    both("typo fixed", "Penhaligon told reportres", 0, M::Fuzzy, "Penhaligon told reporters");
    both("sentence inserted before it, lines re-wrapped",
        "Chief executive Arlo Penhaligon said the cluster would train the successor to\nTern", 0, M::Relocated,
        "Chief executive Arlo Penhaligon said the cluster\nwould train the successor to Tern");
    both("dateline extended after it", "June 18, 2026", 0, M::Relocated, "June 18, 2026");
    both("quote kept, typo fixed in its context",
        "We are building for the next three model generations, not the next one", 0, M::Exact,
        "We are building for the next three model generations, not the next one");
    both("inside a moved paragraph", "The entry ticket keeps rising", 0, M::Exact, "The entry ticket keeps rising");
    both("first sentence of a moved paragraph",
        "Analysts said the size of the round reflects how expensive frontier training\nhas become.", 0, M::Relocated,
        "Analysts said the size of the round reflects how expensive frontier training\nhas become.");
    both("end of a moved paragraph", "Tidemark Research", 0, M::Relocated, "Tidemark Research");
    both("start of a paragraph whose neighbours changed", "Larchmont Capital put in $6 billion", 0, M::Relocated,
        "Larchmont Capital put in $6 billion");
    both("both contexts changed, a long quote found once", "The company said its open-weights policy was unchanged.", 0,
        M::Relocated, "The company said its open-weights policy was unchanged.");
    both("paragraph deleted", "Kestrel's revenue rose 38% to $2.1 billion last year", 0, M::Orphan, "");
    both("paragraph deleted, a like sentence stays", "The company said it does not comment on its\nfinances.", 0,
        M::Orphan, "");
    both("sentence rewritten",
        "Some investors have questioned whether Kestrel can keep its weights open while\nspending at this scale.", 0,
        M::Orphan, "");
    // A public listing became a stock market listing: 12 of 29 characters changed, and a typo was
    // fixed in the context. Offered, not placed (orphanListsCandidates).
    both("words replaced inside the span", "no plans for a public\nlisting", 0, M::Orphan, "");
}

void TestAnchor::versions()
{
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(AnchorResult::Method, alignedMethod);
    QFETCH(QString, alignedText);
    QFETCH(AnchorResult::Method, selectorsMethod);
    QFETCH(QString, selectorsText);
    const QString v1 = versionText(QStringLiteral("kestrel-round-v1.txt"));
    const QString v2 = versionText(QStringLiteral("kestrel-round-v2.txt"));
    QVERIFY2(!v1.isEmpty() && !v2.isEmpty(), "tests/data/versions is missing");
    const SpanSelectors span = selectorsOf(v1, quote, occurrence);
    QVERIFY2(!span.quote.exact.isEmpty(), qPrintable(QStringLiteral("'%1' is not in v1").arg(quote)));
    const CodePoints cp(v2);
    struct Mode
    {
        const char *name;
        Reanchorer reanchorer;
        AnchorResult::Method method;
        QString text;
    };
    const Mode modes[] = { { "with v1", Reanchorer(v1, v2), alignedMethod, alignedText },
        { "selectors only", Reanchorer(v2), selectorsMethod, selectorsText } };
    for (const Mode &mode : modes) {
        const AnchorResult r = mode.reanchorer.anchor(span);
        const QByteArray where = QByteArray(mode.name) + ": " + AnchorResult::methodName(r.method).toUtf8() + " '"
            + r.text.toUtf8() + "' " + QByteArray::number(r.confidence);
        QVERIFY2(r.method == mode.method, where.constData());
        if (mode.method == AnchorResult::Orphan) {
            QVERIFY2(!r.range, where.constData());
            QCOMPARE(r.confidence, 0.0);
            continue;
        }
        QVERIFY2(r.range, where.constData());
        QVERIFY2(r.text == mode.text, where.constData());
        QCOMPARE(cp.mid(v2, r.range->start, r.range->end), mode.text);
        QVERIFY2(r.confidence >= Reanchorer(v2).options().minConfidence && r.confidence <= 1.0, where.constData());
        QVERIFY2(r.candidates.isEmpty(), where.constData());
    }
}

void TestAnchor::orphanListsCandidates()
{
    // The rewritten sentence is not placed, but it is offered to the analyst, below the threshold.
    const QString v1 = versionText(QStringLiteral("kestrel-round-v1.txt"));
    const QString v2 = versionText(QStringLiteral("kestrel-round-v2.txt"));
    const SpanSelectors span = selectorsOf(v1, QStringLiteral("Some investors have questioned whether Kestrel"));
    const SpanSelectors sentence = SpanSelectors::describe(
        v1, span.position.start, occurrenceOf(v1, QStringLiteral("spending at this scale.")).end);
    const AnchorResult r = Reanchorer(v1, v2).anchor(sentence);
    QCOMPARE(r.method, AnchorResult::Orphan);
    QVERIFY(!r.candidates.isEmpty());
    const AnchorCandidate &best = r.candidates.first();
    const QString rewritten = QStringLiteral(
        "Some investors doubt that Kestrel can keep releasing open weights at this\nlevel of spending.");
    QVERIFY2(best.text.startsWith(QStringLiteral("Some investors doubt that Kestrel can keep releasing open weights")),
        qPrintable(best.text));
    QVERIFY2(rewritten.startsWith(best.text), qPrintable(best.text));
    QCOMPARE(CodePoints(v2).mid(v2, best.range.start, best.range.end), best.text);
    QVERIFY(best.confidence < 0.6);
    QVERIFY(best.quoteSimilarity > 0.3 && best.quoteSimilarity < 0.6);
    QVERIFY(r.candidates.size() <= 3);

    // Words replaced inside a span: the new words are offered in its place.
    const AnchorResult listing
        = Reanchorer(v1, v2).anchor(selectorsOf(v1, QStringLiteral("no plans for a public\nlisting")));
    QCOMPARE(listing.method, AnchorResult::Orphan);
    QVERIFY(!listing.candidates.isEmpty());
    QCOMPARE(listing.candidates.first().text, QStringLiteral("no plans for a stock\nmarket listing"));

    // A deleted paragraph leaves nothing like it: no candidate pretends otherwise.
    const AnchorResult gone = Reanchorer(v1, v2).anchor(
        selectorsOf(v1, QStringLiteral("Kestrel's revenue rose 38% to $2.1 billion last year")));
    QCOMPARE(gone.method, AnchorResult::Orphan);
    for (const AnchorCandidate &c : gone.candidates)
        QVERIFY2(c.confidence < 0.6, qPrintable(c.text));
}

void TestAnchor::unchangedTextIsExact_data()
{
    QTest::addColumn<QString>("changed");
    const QString v1 = versionText(QStringLiteral("kestrel-round-v1.txt"));
    QTest::newRow("the same text") << v1;
    QString crlf = v1;
    QTest::newRow("CRLF line endings") << crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QString unwrapped = v1;
    unwrapped.replace(QStringLiteral("\n\n"), QStringLiteral("\u2029")).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTest::newRow("hard wrapping undone") << unwrapped.replace(QChar(0x2029), QStringLiteral("\n\n"));
    QString doubled = v1;
    QTest::newRow("doubled spaces and trailing blanks")
        << doubled.replace(QLatin1Char(' '), QStringLiteral("  ")).replace(QLatin1Char('\n'), QStringLiteral(" \t\n"));
    QString soft = v1;
    QTest::newRow("soft hyphens added") << soft.replace(QStringLiteral("Larchmont"), QStringLiteral("Larch\u00ADmont"));
}

void TestAnchor::unchangedTextIsExact()
{
    QFETCH(QString, changed);
    const QString v1 = versionText(QStringLiteral("kestrel-round-v1.txt"));
    const QStringList quotes { QStringLiteral("Kestrel Platforms raises $14 billion"),
        QStringLiteral("Larchmont Capital"),
        QStringLiteral("a training cluster in Tucson with about 60,000\naccelerators"), QStringLiteral("Tern"),
        QStringLiteral("reportres. The company said it had no plans for a public\nlisting."),
        QStringLiteral("open-weights policy was unchanged.") };
    const Reanchorer withOld(v1, changed);
    const Reanchorer selectorsOnly(changed);
    for (const QString &quote : quotes) {
        for (int occurrence = 0; occurrence < 3; ++occurrence) {
            const SpanSelectors span = selectorsOf(v1, quote, occurrence);
            if (span.quote.exact.isEmpty())
                break;
            for (const Reanchorer *reanchorer : { &withOld, &selectorsOnly }) {
                const AnchorResult r = reanchorer->anchor(span);
                QVERIFY2(r.method == AnchorResult::Exact && r.confidence == 1.0,
                    qPrintable(QStringLiteral("%1 #%2: %3 %4")
                                   .arg(quote)
                                   .arg(occurrence)
                                   .arg(AnchorResult::methodName(r.method))
                                   .arg(r.confidence)));
                QCOMPARE(FoldedText::fold(r.text), FoldedText::fold(quote));
                QCOMPARE(CodePoints(changed).mid(changed, r.range->start, r.range->end), r.text);
            }
        }
    }
}

void TestAnchor::wordBoundaries_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<AnchorResult::Method>("method");
    QTest::addColumn<QString>("text");
    QTest::newRow("a word is not found inside a longer one")
        << "Its first model, Tern, finished training. Eastern terns nest here. The Terns team grew."
        << "Its first model finished training. Eastern terns nest here. The Terns team grew."
        << "Tern" << AnchorResult::Orphan << "";
    QTest::newRow("a word grown longer is found whole, not inside")
        << "Its model Larkspur ships in June to paying customers."
        << "Its model Larkspurs ships in June to paying customers."
        << "Larkspur" << AnchorResult::Fuzzy << "Larkspurs";
    QTest::newRow("the word itself, moved") << "Tern finished training. Shares rose 4%."
                                            << "Shares rose 4%. Tern finished training."
                                            << "Tern" << AnchorResult::Relocated << "Tern";
    QTest::newRow("a span that began inside a word may match inside one")
        << "The Tidewater deal closed."
        << "Yesterday: The Tidewater deal closed."
        << "water deal" << AnchorResult::Exact << "water deal";
}

void TestAnchor::grownNameWithOldText()
{
    // "Tidewater Data" is still there letter for letter, inside "Database": the fuzzy match takes
    // the whole word, which the alignment confirms (from the selectors alone it stays an orphan).
    const QString v1 = QStringLiteral("Kestrel bought into Tidewater Data in June.");
    const QString v2 = QStringLiteral("Kestrel bought into Tidewater Database in June.");
    const SpanSelectors span = selectorsOf(v1, QStringLiteral("Tidewater Data"));
    const AnchorResult r = Reanchorer(v1, v2).anchor(span);
    QCOMPARE(r.method, AnchorResult::Fuzzy);
    QCOMPARE(r.text, QStringLiteral("Tidewater Database"));
    QCOMPARE(Reanchorer(v2).anchor(span).method, AnchorResult::Orphan);

    // The same at the word's start.
    const QString w1 = QStringLiteral("Kestrel bought Data Systems in June.");
    const QString w2 = QStringLiteral("Kestrel bought BigData Systems in June.");
    const AnchorResult grown = Reanchorer(w1, w2).anchor(selectorsOf(w1, QStringLiteral("Data Systems")));
    QCOMPARE(grown.method, AnchorResult::Fuzzy);
    QCOMPARE(grown.text, QStringLiteral("BigData Systems"));
    // From the selectors alone, once the quote is long enough to tell.
    const QString l1 = QStringLiteral("Kestrel bought Data Systems division in Tucson last June.");
    const QString l2 = QStringLiteral("Kestrel bought BigData Systems division in Tucson last June.");
    const AnchorResult longer
        = Reanchorer(l2).anchor(selectorsOf(l1, QStringLiteral("Data Systems division in Tucson")));
    QCOMPARE(longer.method, AnchorResult::Fuzzy);
    QCOMPARE(longer.text, QStringLiteral("BigData Systems division in Tucson"));
}

void TestAnchor::wordBoundaries()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, quote);
    QFETCH(AnchorResult::Method, method);
    QFETCH(QString, text);
    const SpanSelectors span = selectorsOf(oldText, quote);
    for (const Reanchorer &reanchorer : { Reanchorer(oldText, newText), Reanchorer(newText) }) {
        const AnchorResult r = reanchorer.anchor(span);
        QVERIFY2(r.method == method, qPrintable(AnchorResult::methodName(r.method) + QLatin1Char(' ') + r.text));
        QCOMPARE(r.text, text);
    }
}

void TestAnchor::oddInput_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<AnchorResult::Method>("method");
    QTest::addColumn<QString>("text");
    const QString t = QStringLiteral("Kestrel shares rose 4% after the report.");
    QTest::newRow("empty new text") << t << QString() << qint64(0) << qint64(7) << AnchorResult::Orphan << "";
    QTest::newRow("empty span") << t << t << qint64(8) << qint64(8) << AnchorResult::Orphan << "";
    QTest::newRow("whitespace-only span") << QStringLiteral("Tern  ships") << QStringLiteral("Tern  ships") << qint64(4)
                                          << qint64(6) << AnchorResult::Orphan << "";
    QTest::newRow("quote longer than the new text")
        << t << QStringLiteral("Kestrel") << qint64(0) << qint64(40) << AnchorResult::Orphan << "";
    QTest::newRow("span at the end, a paragraph appended")
        << t << t + QStringLiteral("\n\nAnalysts were not surprised.") << qint64(33) << qint64(40)
        << AnchorResult::Relocated << "report.";
    QTest::newRow("span at the start, a headline added") << t << QStringLiteral("Kestrel gains\n\n") + t << qint64(0)
                                                         << qint64(14) << AnchorResult::Relocated << "Kestrel shares";
    QTest::newRow("emoji before the span: code point offsets")
        << QStringLiteral("\U0001F680 Tern ships today.") << QStringLiteral("\U0001F680\U0001F680 Tern ships today.")
        << qint64(2) << qint64(6) << AnchorResult::Exact << "Tern";
    QTest::newRow("the text before it cut short")
        << QStringLiteral("The Harbor Ledger reported that Tern ships today.")
        << QStringLiteral("Ledger reported that Tern ships today, it said.") << qint64(32) << qint64(48)
        << AnchorResult::Relocated << "Tern ships today";
    QTest::newRow("control characters around it")
        << QStringLiteral("\x01\x02Tern\x03") << QStringLiteral("\x01\x02Tern\x03") << qint64(2) << qint64(6)
        << AnchorResult::Exact << "Tern";
}

void TestAnchor::oddInput()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(AnchorResult::Method, method);
    QFETCH(QString, text);
    const SpanSelectors span = SpanSelectors::describe(oldText, start, end);
    for (const Reanchorer &reanchorer : { Reanchorer(oldText, newText), Reanchorer(newText) }) {
        const AnchorResult r = reanchorer.anchor(span);
        QVERIFY2(r.method == method, qPrintable(AnchorResult::methodName(r.method) + QLatin1Char(' ') + r.text));
        QCOMPARE(r.text, text);
        QCOMPARE(r.placed(), method != AnchorResult::Orphan);
        if (r.range)
            QCOMPARE(CodePoints(newText).mid(newText, r.range->start, r.range->end), text);
    }
}

void TestAnchor::nearestOfEquals_data()
{
    // A paragraph that appears twice in the new text, the span inside it (its context is the
    // paragraph's own words, so both copies match it exactly).
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<bool>("withOld");
    QTest::addColumn<int>("copy"); // which copy it lands on: 1, 2, or 0 for an orphan
    QTest::addColumn<double>("confidence");
    const QString block = QStringLiteral(
        "Kestrel said the hosted service would open to paying customers in June, with a price to follow.");
    const QString filler = QStringLiteral("Shares rose 4% after the report. ").repeated(12);
    const QString old = filler + block + QStringLiteral("\n\nClosing words.");
    QTest::newRow("one copy clearly nearer the old offset: it")
        << old << filler + block + QStringLiteral("\n\n") + filler.repeated(3) + block << false << 1 << 0.8;
    QTest::newRow("copies at like distances: an orphan with both")
        << old << block + QStringLiteral("\n\n") + filler.repeated(2) + block << false << 0 << 0.0;
    QTest::newRow("with the old text: the copy the alignment kept")
        << old << block + QStringLiteral("\n\n") + old << true << 2 << 1.0;
    // Kestrel "said" became "says" next to the kept span, and a verbatim copy of the old paragraph
    // went in at the top: the copy matches its context better, the alignment still knows.
    QString says = old;
    says.replace(QStringLiteral("Kestrel said"), QStringLiteral("Kestrel says"));
    QTest::newRow("with the old text: the kept copy, though its context changed")
        << old << block + QStringLiteral("\n\n") + says << true << 2 << 0.875;
}

void TestAnchor::nearestOfEquals()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(bool, withOld);
    QFETCH(int, copy);
    QFETCH(double, confidence);
    const QString quote = QStringLiteral("would open to paying customers");
    const AnchorResult r
        = (withOld ? Reanchorer(oldText, newText) : Reanchorer(newText)).anchor(selectorsOf(oldText, quote));
    QCOMPARE(r.confidence, confidence);
    if (copy == 0) {
        QCOMPARE(r.method, AnchorResult::Orphan);
        QCOMPARE(r.candidates.size(), 2);
        QCOMPARE(r.candidates.at(0).text, quote);
        QCOMPARE(r.candidates.at(1).text, quote);
        return;
    }
    QCOMPARE(r.method, AnchorResult::Exact);
    QCOMPARE(r.range, occurrenceOf(newText, quote, copy - 1));
}

void TestAnchor::thresholdMakesOrphans()
{
    // The corrected figure is found at 0.85: a stricter threshold leaves it an orphan, but still
    // offers it first.
    const QString v1 = versionText(QStringLiteral("kestrel-round-v1.txt"));
    const QString v2 = versionText(QStringLiteral("kestrel-round-v2.txt"));
    const SpanSelectors span = selectorsOf(v1, QStringLiteral("$14 billion"), 1);
    const AnchorResult loose = Reanchorer(v1, v2).anchor(span);
    QCOMPARE(loose.method, AnchorResult::Fuzzy);
    QVERIFY(loose.confidence < 0.95);
    AnchorOptions strict;
    strict.minConfidence = 0.95;
    const AnchorResult r = Reanchorer(v1, v2, strict).anchor(span);
    QCOMPARE(r.method, AnchorResult::Orphan);
    QVERIFY(!r.candidates.isEmpty());
    QCOMPARE(r.candidates.first().text, QStringLiteral("$14.3 billion"));
    QCOMPARE(r.candidates.first().range, *loose.range);
    QCOMPARE(r.candidates.first().confidence, loose.confidence);
}

void TestAnchor::changedTooMuchIsNotPlaced()
{
    // "ship in June" -> "shipped in July": 5 of 15 characters differ (67% alike). The alignment
    // and both contexts say it is the span, but changed text is placed only while it reads at
    // least 70% the same; it is offered instead.
    const QString v1 = QStringLiteral("Kestrel said on Tuesday that Tern would ship in June to paying customers.");
    const QString v2 = QStringLiteral("Kestrel said on Tuesday that Tern would shipped in July to paying customers.");
    const SpanSelectors span = selectorsOf(v1, QStringLiteral("ship in June"));
    const AnchorResult r = Reanchorer(v1, v2).anchor(span);
    QCOMPARE(r.method, AnchorResult::Orphan);
    QVERIFY(!r.candidates.isEmpty());
    QCOMPARE(r.candidates.first().text, QStringLiteral("shipped in July"));
    QVERIFY(r.candidates.first().confidence >= 0.6); // confident enough, but too changed
    AnchorOptions lenient;
    lenient.minQuoteSimilarity = 0.6;
    const AnchorResult placed = Reanchorer(v1, v2, lenient).anchor(span);
    QCOMPARE(placed.method, AnchorResult::Fuzzy);
    QCOMPARE(placed.text, QStringLiteral("shipped in July"));
}

void TestAnchor::staleSelectorsFallBackToTheQuote()
{
    // Selectors whose position does not fit the old text (made on yet another version) still find
    // their quote; the alignment is simply not used for them.
    const QString v1 = versionText(QStringLiteral("kestrel-round-v1.txt"));
    const QString v2 = versionText(QStringLiteral("kestrel-round-v2.txt"));
    SpanSelectors span = selectorsOf(v1, QStringLiteral("The entry ticket keeps rising"));
    span.position.start += 7;
    span.position.end += 7;
    const AnchorResult r = Reanchorer(v1, v2).anchor(span);
    QCOMPARE(r.method, AnchorResult::Exact);
    QCOMPARE(r.text, QStringLiteral("The entry ticket keeps rising"));
    span.position = { 100000, 100010 };
    QCOMPARE(Reanchorer(v1, v2).anchor(span).text, QStringLiteral("The entry ticket keeps rising"));
}

QTEST_GUILESS_MAIN(TestAnchor)
#include "tst_anchor.moc"
