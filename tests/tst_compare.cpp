// Tests of the prose comparison engine (core/compare): tokens, sentences, word diff, alignment,
// figures, claim matrix and the JSON/terminal forms, on the story articles of tests/data and
// generated text.
#include "CompareTestSupport.h"
#include "TestSupport.h"

#include "compare/ClaimMatrix.h"
#include "compare/ComparisonBench.h"
#include "compare/ComparisonJson.h"
#include "compare/ComparisonTerminal.h"
#include "compare/FigureMatcher.h"
#include "compare/ProseComparator.h"
#include "compare/ProseTokenizer.h"
#include "compare/SentenceSplitter.h"
#include "compare/WordDiff.h"
#include "domain/CodePoints.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace crossread;
using namespace crossread::test;

namespace {

QStringList sentenceTexts(const QString &text)
{
    QStringList out;
    for (const Sentence &s : SentenceSplitter().split(text))
        out << s.text;
    return out;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void tokenizer_data();
    void tokenizer();
    void figureTokens_data();
    void figureTokens();
    void sentences_data();
    void sentences();
    void sentenceOffsetsAreCodePoints();
    void codePointCounts_data();
    void codePointCounts();
    void wordDiff_data();
    void wordDiff();
    void lossless_data();
    void lossless();
    void rewrappedTextIsUnchanged_data();
    void rewrappedTextIsUnchanged();
    void storyRewriteAligns_data();
    void storyRewriteAligns();
    void movedSentences();
    void generatedPairWithMovedParagraph();
    void figureStatus_data();
    void figureStatus();
    void figuresInComparison();
    void claimMatrix();
    void claimMatrixOnStory();
    void claimMatrixJoinsRuns_data();
    void claimMatrixJoinsRuns();
    void json();
    void jsonText_data();
    void jsonText();
    void terminal();
};

void TestCompare::tokenizer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens");
    QTest::newRow("version stays one word") << "Meta shipped v4.0 today."
                                            << "Meta|shipped|v4.0|today|.";
    QTest::newRow("domain stays one word") << "see meta.ai now"
                                           << "see|meta.ai|now";
    QTest::newRow("abbreviation keeps its dot") << "the U.S. company"
                                                << "the|U.S.|company";
    QTest::newRow("title abbreviation") << "Mr. Wang left."
                                        << "Mr.|Wang|left|.";
    QTest::newRow("a number word alone is a word") << "one of the three labs"
                                                   << "one|of|the|three|labs";
    QTest::newRow("line-end hyphen joins a word") << "con-\ntrolled release"
                                                  << "con-\ntrolled|release";
    QTest::newRow("hyphen before a capital stays") << "Microsoft-\nOpenAI deal"
                                                   << "Microsoft|-|OpenAI|deal";
    QTest::newRow("money with scale word") << "a $14.3 billion deal"
                                           << "a|$14.3 billion|deal";
    QTest::newRow("money with scale suffix") << "worth $300bn."
                                             << "worth|$300bn|.";
    QTest::newRow("percent and hyphenated word") << "a 49% non-voting stake"
                                                 << "a|49%|non-voting|stake";
    QTest::newRow("apostrophe inside word") << "Meta’s models"
                                            << "Meta’s|models";
    QTest::newRow("month and year") << "in June 2025, it"
                                    << "in|June 2025|,|it";
    QTest::newRow("ordinal is a word") << "the 19th place"
                                       << "the|19th|place";
    QTest::newRow("decimal score") << "scored 42.8 points"
                                   << "scored|42.8|points";
    QTest::newRow("model name") << "GPT-4o and Llama 4"
                                << "GPT-4o|and|Llama|4";
    QTest::newRow("quotes and dashes") << "“Avocado,” -- no"
                                       << "“|Avocado|,|”|--|no";
    QTest::newRow("line break inside figure") << "$14\nbillion"
                                              << "$14\nbillion";
    QTest::newRow("figure stops at blank line") << "$14\n\nbillion"
                                                << "$14|billion";
}

void TestCompare::tokenizer()
{
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    QStringList got;
    for (const ProseToken &t : ProseTokenizer().tokenize(text))
        got << t.text(text).toString();
    QCOMPARE(got.join(u'|'), tokens);
}

void TestCompare::figureTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("date");
    const auto row
        = [](const char *name, const QString &text, FigureKind kind, double value, const QString &unit,
              const QString &date = {}) { QTest::newRow(name) << text << int(kind) << value << unit << date; };
    row("dollars billion", "$14.3 billion", FigureKind::Money, 14.3e9, "USD");
    row("dollars bn", "$300bn", FigureKind::Money, 3e11, "USD");
    row("euros m", "€5m", FigureKind::Money, 5e6, "EUR");
    row("code before number", "USD 2 million", FigureKind::Money, 2e6, "USD");
    row("currency word after", "14 billion dollars", FigureKind::Money, 14e9, "USD");
    row("percent sign", "49%", FigureKind::Percent, 49, "%");
    row("percent word", "49 percent", FigureKind::Percent, 49, "%");
    row("percentage points", "3 percentage points", FigureKind::Percent, 3, "pp");
    row("full date", "June 5, 2025", FigureKind::Date, 20250605, "", "2025-06-05");
    row("day month year", "5 June 2025", FigureKind::Date, 20250605, "", "2025-06-05");
    row("month year", "March 2026", FigureKind::Date, 20260300, "", "2026-03");
    row("year", "2025", FigureKind::Date, 20250000, "", "2025");
    row("grouped count", "1,200", FigureKind::Count, 1200, "");
    row("count with scale", "70B", FigureKind::Count, 7e10, "");
    row("score", "42.8", FigureKind::Score, 42.8, "");
    row("number word percent", "nine percent", FigureKind::Percent, 9, "%");
    row("number word per cent across a line", "Nine per\ncent", FigureKind::Percent, 9, "%");
    row("number word with scale and currency", "three billion dollars", FigureKind::Money, 3e9, "USD");
    row("money across an indented line", "$14\n    billion", FigureKind::Money, 14e9, "USD");
    row("month and year across a line", "June\n2025", FigureKind::Date, 20250600, "", "2025-06");
}

void TestCompare::figureTokens()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, date);
    const QList<ProseToken> tokens = ProseTokenizer().tokenize(text);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens[0].kind, ProseToken::Figure);
    QCOMPARE(int(tokens[0].figureKind), kind);
    QCOMPARE(tokens[0].value, value);
    QCOMPARE(tokens[0].unit(), unit);
    QCOMPARE(tokens[0].dateValue(), date);
}

void TestCompare::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("decimal stays in sentence") << "Scores rose to 42.8 on the test. Then fell."
                                               << QStringList { "Scores rose to 42.8 on the test.", "Then fell." };
    QTest::newRow("version") << "Meta shipped v4.0 today. It is fast."
                             << QStringList { "Meta shipped v4.0 today.", "It is fast." };
    QTest::newRow("domains") << "Visit meta.ai for details. Or Meta.AI now."
                             << QStringList { "Visit meta.ai for details.", "Or Meta.AI now." };
    QTest::newRow("U.S. before a noun") << "The largest U.S. company grew. It hired."
                                        << QStringList { "The largest U.S. company grew.", "It hired." };
    QTest::newRow("U.S. before a name") << "A U.S. Senate panel met. It voted."
                                        << QStringList { "A U.S. Senate panel met.", "It voted." };
    QTest::newRow("U.S. ends a sentence")
        << "It grew in the U.S. The rest shrank." << QStringList { "It grew in the U.S.", "The rest shrank." };
    QTest::newRow("Mr. and Dr.") << "Mr. Wang met Dr. Lee. They talked."
                                 << QStringList { "Mr. Wang met Dr. Lee.", "They talked." };
    QTest::newRow("Inc. then new sentence")
        << "He works at Apple Inc. The firm grew." << QStringList { "He works at Apple Inc.", "The firm grew." };
    QTest::newRow("e.g. and etc.") << "Labs, e.g. Meta, chips etc. agreed. Others not."
                                   << QStringList { "Labs, e.g. Meta, chips etc. agreed.", "Others not." };
    QTest::newRow("straight quote kept") << "He said \"no.\" Then he left."
                                         << QStringList { "He said \"no.\"", "Then he left." };
    QTest::newRow("curly quote kept") << "It is code-named “Avocado.” It is late."
                                      << QStringList { "It is code-named “Avocado.”", "It is late." };
    QTest::newRow("hard wrap does not end sentence")
        << "Meta has been the largest\ncompany to do it. But\nnot now."
        << QStringList { "Meta has been the largest\ncompany to do it.", "But\nnot now." };
    QTest::newRow("wrap after a function word")
        << "It rose.\nWhile\nMeta waits, others act." << QStringList { "It rose.", "While\nMeta waits, others act." };
    QTest::newRow("heading line") << "What Happened\nMeta is preparing a model."
                                  << QStringList { "What Happened", "Meta is preparing a model." };
    QTest::newRow("blank line") << "First part\n\nsecond part" << QStringList { "First part", "second part" };
    QTest::newRow("line ending a sentence") << "The change.\nadvertisement\n“Avocado” failed."
                                            << QStringList { "The change.", "advertisement", "“Avocado” failed." };
    QTest::newRow("list items") << "Key points:\n- one thing\n- another thing"
                                << QStringList { "Key points:", "- one thing", "- another thing" };
    QTest::newRow("number starts a sentence") << "It happened in 2025. 49% of users agreed."
                                              << QStringList { "It happened in 2025.", "49% of users agreed." };
    QTest::newRow("question mark ends a sentence")
        << "Will Meta ship it? Nobody knows." << QStringList { "Will Meta ship it?", "Nobody knows." };
    QTest::newRow("exclamation mark ends a sentence")
        << "The lab won! Rivals were stunned." << QStringList { "The lab won!", "Rivals were stunned." };
    QTest::newRow("question in quotes") << "He asked \"why now?\" The board was silent."
                                        << QStringList { "He asked \"why now?\"", "The board was silent." };
    QTest::newRow("number after a question mark")
        << "Who pays? 49% of users said the lab." << QStringList { "Who pays?", "49% of users said the lab." };
    QTest::newRow("number after an ellipsis")
        << "It waited… 12 labs agreed." << QStringList { "It waited…", "12 labs agreed." };
    QTest::newRow("money after an exclamation mark")
        << "It won! $5 billion followed." << QStringList { "It won!", "$5 billion followed." };
    QTest::newRow("No. before a number") << "It ranks No. 1 in Europe. Fine."
                                         << QStringList { "It ranks No. 1 in Europe.", "Fine." };
}

void TestCompare::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(sentenceTexts(text), expected);
}

void TestCompare::sentenceOffsetsAreCodePoints()
{
    const QString text = QStringLiteral("Emoji 😀 first. Second 𝄞 one. Third.");
    const QList<Sentence> s = SentenceSplitter().split(text);
    QCOMPARE(s.size(), 3);
    QCOMPARE(s[1].start, 15); // "Emoji 😀 first. " is 15 code points, 16 UTF-16 units
    QCOMPARE(s[1].text, QStringLiteral("Second 𝄞 one."));
    QCOMPARE(s[2].start, 29);
    QCOMPARE(CodePoints(text).mid(text, s[2].start, s[2].end), QStringLiteral("Third."));
}

void TestCompare::codePointCounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("size"); // code points
    QTest::addColumn<qint64>("lastCodePoint"); // the last code point ...
    QTest::addColumn<qsizetype>("lastUtf16"); // ... starts at this UTF-16 index
    const QString rocket = QStringLiteral("\U0001F680");
    QTest::newRow("no surrogates") << QStringLiteral("plain text") << qint64(10) << qint64(9) << qsizetype(9);
    QTest::newRow("a pair first") << rocket + QStringLiteral("ab") << qint64(3) << qint64(2) << qsizetype(3);
    QTest::newRow("a pair after 300 characters")
        << QString(300, u'a') + rocket + u'b' << qint64(302) << qint64(301) << qsizetype(302);
    QTest::newRow("a pair across the 256th character")
        << QString(255, u'a') + rocket + u'b' << qint64(257) << qint64(256) << qsizetype(257);
    QTest::newRow("two pairs far apart") << QString(600, u'a') + rocket + QString(600, u'b') + rocket + u'c'
                                         << qint64(1203) << qint64(1202) << qsizetype(1204);
    QTest::newRow("a lone high surrogate is one code point")
        << QString(400, u'a') + QChar(0xD83D) + u'b' << qint64(402) << qint64(401) << qsizetype(401);
}

void TestCompare::codePointCounts()
{
    QFETCH(QString, text);
    QFETCH(qint64, size);
    QFETCH(qint64, lastCodePoint);
    QFETCH(qsizetype, lastUtf16);
    const CodePoints cp(text);
    QCOMPARE(cp.size(), size);
    QCOMPARE(CodePoints::count(text), size);
    QCOMPARE(cp.toUtf16(lastCodePoint), lastUtf16);
    QCOMPARE(cp.fromUtf16(lastUtf16), lastCodePoint);
    QCOMPARE(cp.toUtf16(size), text.size());
}

void TestCompare::wordDiff_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("rendered");
    QTest::newRow("one word replaced") << "the quick brown fox"
                                       << "the quick red fox"
                                       << "the quick [-brown-]{+red+} fox";
    QTest::newRow("word deleted") << "a big cat sat"
                                  << "a cat sat"
                                  << "a[- big-] cat sat";
    QTest::newRow("word inserted") << "a cat sat"
                                   << "a black cat sat"
                                   << "a{+ black+} cat sat";
    QTest::newRow("semantic cleanup merges tiny equality") << "alpha beta gamma delta"
                                                           << "one beta two delta"
                                                           << "[-alpha beta gamma-]{+one beta two+} delta";
    QTest::newRow("whitespace is not a change") << "a  b\nc d"
                                                << "a b c\n d"
                                                << "a b c  d";
    QTest::newRow("figure is one token") << "paid $14 billion now"
                                         << "paid $14.3 billion now"
                                         << "paid [-$14 billion-]{+$14.3 billion+} now";
}

void TestCompare::wordDiff()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, rendered);
    const QList<WordOp> ops = WordDiff::diff(a, b);
    QCOMPARE(inlineDiff(ops, false), rendered);
    QCOMPARE(WordDiff::rebuildA(ops), a);
    QCOMPARE(WordDiff::rebuildB(ops), b);
}

void TestCompare::lossless_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    // Whole files as stored on disk, the HTML page included.
    const QStringList story = test::storyFiles();
    for (int i = 0; i + 1 < story.size(); ++i)
        QTest::addRow("story %d-%d", i + 1, i + 2)
            << QString::fromUtf8(test::readFile(story[i])) << QString::fromUtf8(test::readFile(story[i + 1]));
    QTest::newRow("story against empty") << test::storyText(QStringLiteral("03")) << QString();
    QTest::newRow("both empty") << QString() << QString();
    QTest::newRow("whitespace only") << "  \n "
                                     << "\n\n";
    QTest::newRow("surrogates") << "Meta 😀 said\n yes. Then 𝄞."
                                << "Meta said 😀 no.  Then 𝄞 again.";
    for (quint32 s = 1; s <= 4; ++s) {
        const auto [a, b] = ComparisonBench::generatePair(12000, 0.05 * s, s);
        QTest::addRow("generated edits %u", s) << a << b;
    }
}

void TestCompare::lossless()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const ComparisonResult r = ProseComparator().compare(a, b);
    checkLossless(r, a, b);
    QVERIFY(r.commonWords <= std::min(r.wordsA, r.wordsB));
}

void TestCompare::rewrappedTextIsUnchanged_data()
{
    QTest::addColumn<QString>("text");
    for (const char *prefix : { "01", "02", "03", "04" })
        QTest::newRow(prefix) << test::storyText(QLatin1String(prefix));
    QTest::newRow("generated") << ComparisonBench::generatePair(20000, 0, 7).first;
}

void TestCompare::rewrappedTextIsUnchanged()
{
    QFETCH(QString, text);
    QVERIFY(!text.isEmpty());
    checkRewrappedIsUnchanged(text);
}

void TestCompare::storyRewriteAligns_data()
{
    QTest::addColumn<QString>("fragmentA");
    QTest::addColumn<QString>("fragmentB");
    // Story 02 rewrites 01: each fragment of an 01 sentence must align with a 02 sentence holding
    // the other fragment, as a paraphrase or a change.
    QTest::newRow("stake") << "non-voting stake"
                           << "non-voting stake";
    QTest::newRow("biggest American company") << "biggest American company"
                                              << "This would end a long run";
    QTest::newRow("team") << "Marlowe moved over to run"
                          << "new team focused on";
    QTest::newRow("founder") << "left Stanford at 20"
                             << "She left Stanford at 20";
    QTest::newRow("catch up") << "catch up to rivals"
                              << "catch up with rivals";
    QTest::newRow("decision") << "A final decision rests"
                              << "The final decision rests";
}

void TestCompare::storyRewriteAligns()
{
    QFETCH(QString, fragmentA);
    QFETCH(QString, fragmentB);
    const QString a = test::storyText(QStringLiteral("01"));
    const QString b = test::storyText(QStringLiteral("02"));
    QVERIFY2(!a.isEmpty() && !b.isEmpty(), test::missingStory(QStringLiteral("01/02")));
    checkRewriteAligns(a, b, fragmentA, fragmentB, 8);
}

void TestCompare::movedSentences()
{
    // Story 03 with its paragraph on the technical report, three sentences counted by hand,
    // moved to the end: those sentences, and only they, are moved.
    const QString text = test::storyText(QStringLiteral("03"));
    QVERIFY2(!text.isEmpty(), test::missingStory(QStringLiteral("03")));
    const QString moved = QStringLiteral(
        "A technical report posted to arXiv on May 14 described the safety tests in detail. It said the medical "
        "answers had been checked in consultation with more than 1,000 physicians. The report ran to ninety pages.");
    const int movedSentenceCount = 3;
    QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    QVERIFY(paragraphs.removeOne(moved));
    paragraphs.append(moved);
    const QString other = paragraphs.join(QStringLiteral("\n\n"));
    const qint64 movedStart = CodePoints(text).fromUtf16(text.indexOf(moved));
    const qint64 movedEnd = movedStart + CodePoints::count(moved);

    const QStringList movedByHand {
        QStringLiteral("A technical report posted to arXiv on May 14 described the safety tests in detail."),
        QStringLiteral("It said the medical answers had been checked in consultation with more than 1,000 physicians."),
        QStringLiteral("The report ran to ninety pages.")
    };

    const ComparisonResult r = ProseComparator().compare(text, other);
    checkLossless(r, text, other);
    int movedSentences = 0;
    QStringList movedTexts;
    for (const Alignment &p : r.alignments) {
        const qint64 start = r.sentencesA[p.a.first].start;
        QCOMPARE(p.kind, Alignment::Identical);
        QCOMPARE(p.moved, start >= movedStart && start < movedEnd);
        movedSentences += p.moved ? p.a.count : 0;
        for (int i = 0; p.moved && i < p.a.count; ++i)
            movedTexts << r.sentencesA[p.a.first + i].text;
    }
    QCOMPARE(movedSentences, movedSentenceCount);
    QCOMPARE(movedTexts, movedByHand);
    QVERIFY(r.onlyA.isEmpty() && r.onlyB.isEmpty());
}

void TestCompare::generatedPairWithMovedParagraph()
{
    const auto [a, b] = ComparisonBench::generatePair(60000, 0.05, 11);
    QCOMPARE(ComparisonBench::generatePair(60000, 0.05, 11).second, b); // deterministic
    const ComparisonResult r = ProseComparator().compare(a, b);
    checkLossless(r, a, b);
    int moved = 0;
    int edited = 0;
    for (const Alignment &p : r.alignments) {
        moved += p.moved ? 1 : 0;
        edited += p.kind != Alignment::Identical ? 1 : 0;
    }
    QVERIFY(moved >= 3 && moved <= 7); // the moved paragraph holds 3 to 7 sentences
    QVERIFY(edited > r.alignments.size() / 5);
    QVERIFY(r.alignments.size() >= r.sentencesA.size() * 95 / 100);
    QVERIFY(r.sharedRatio() > 0.85 && r.sharedRatio() < 0.99);
}

void TestCompare::figureStatus_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("aText");
    QTest::addColumn<QString>("bText");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("label");
    QTest::newRow("over is compatible") << "Meta invested over $14 billion in Scale AI."
                                        << "Meta invested $14.3 billion in Scale AI."
                                        << "$14 billion"
                                        << "$14.3 billion"
                                        << "compatible"
                                        << "Scale AI";
    QTest::newRow("over X against the same X") << "over 40% of users left"
                                               << "40% of users left"
                                               << "40%"
                                               << "40%"
                                               << "compatible"
                                               << "users left";
    QTest::newRow("over X against over X") << "over 40% of users left"
                                           << "over 40% of users left"
                                           << "40%"
                                           << "40%"
                                           << "agree"
                                           << "users left";
    QTest::newRow("benchmark conflict") << "The model scored 42.8 on HealthBench Hard."
                                        << "The model scored 48.2 on HealthBench Hard."
                                        << "42.8"
                                        << "48.2"
                                        << "conflict"
                                        << "HealthBench Hard";
    QTest::newRow("bn agrees with billion") << "The deal was worth $300 billion."
                                            << "The deal was worth $300bn."
                                            << "$300 billion"
                                            << "$300bn"
                                            << "agree"
                                            << "deal was worth";
    QTest::newRow("rounded value") << "It raised $14 billion."
                                   << "It raised $14.3 billion."
                                   << "$14 billion"
                                   << "$14.3 billion"
                                   << "compatible"
                                   << "raised";
    QTest::newRow("about") << "about 10% of users left"
                           << "11% of users left"
                           << "10%"
                           << "11%"
                           << "compatible"
                           << "users left";
    QTest::newRow("nearly too far") << "nearly $2 billion in sales"
                                    << "$2.5 billion in sales"
                                    << "$2 billion"
                                    << "$2.5 billion"
                                    << "conflict"
                                    << "sales";
    QTest::newRow("over but lower") << "over 40% of users"
                                    << "38% of users"
                                    << "40%"
                                    << "38%"
                                    << "conflict"
                                    << "users";
    QTest::newRow("month within year") << "launched in June 2025"
                                       << "launched in 2025"
                                       << "June 2025"
                                       << "2025"
                                       << "compatible"
                                       << "launched";
    QTest::newRow("dates conflict") << "due in March 2026"
                                    << "due in March 2025"
                                    << "March 2026"
                                    << "March 2025"
                                    << "conflict"
                                    << "due";
    QTest::newRow("pairs by value not order") << "A 49% stake valued at $29 billion."
                                              << "Valued at $29 billion, for a 49% stake."
                                              << "49%"
                                              << "49%"
                                              << "agree"
                                              << "stake valued";
}

void TestCompare::figureStatus()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, aText);
    QFETCH(QString, bText);
    QFETCH(QString, status);
    QFETCH(QString, label);
    const QList<FigureComparison> found = FigureMatcher().compare(a, b);
    QVERIFY(!found.isEmpty());
    const FigureComparison &f = found.first();
    QCOMPARE(f.aText, aText);
    QCOMPARE(f.bText, bText);
    QCOMPARE(figureStatusName(f.status), status);
    QCOMPARE(f.label, label);
    QCOMPARE(f.aStart, a.indexOf(aText));
}

void TestCompare::figuresInComparison()
{
    const QString a = QStringLiteral("Rain fell all day. Meta invested over $14 billion in Scale AI.\n\n"
                                     "The model scored 42.8 on HealthBench Hard. The dollar was worth ¥150.");
    const QString b = QStringLiteral("Meta invested $14.3 billion in Scale AI. Rain fell all day.\n\n"
                                     "The model scored 48.2 on HealthBench Hard. The dollar was worth €0.9.");
    const ComparisonResult r = ProseComparator().compare(a, b);
    QStringList seen;
    for (const FigureComparison &f : r.figures) {
        QVERIFY(f.alignment >= 0 && f.alignment < r.alignments.size());
        QCOMPARE(CodePoints(a).mid(a, f.aStart, f.aStart + CodePoints::count(f.aText)), f.aText);
        QCOMPARE(CodePoints(b).mid(b, f.bStart, f.bStart + CodePoints::count(f.bText)), f.bText);
        seen << f.aText + u'/' + f.bText + u'/' + figureStatusName(f.status);
    }
    QCOMPARE(seen, (QStringList { "$14 billion/$14.3 billion/compatible", "42.8/48.2/conflict" }));
}

void TestCompare::claimMatrix()
{
    const QList<QString> texts {
        QStringLiteral("Meta invested $14.3 billion in Scale AI last June. The model scored 42.8 on HealthBench "
                       "Hard in March. Rain fell on Paris all week."),
        QStringLiteral("In June, Meta invested over $14 billion in Scale AI. In March the model scored 48.2 on "
                       "HealthBench Hard. Markets closed higher on Friday."),
        QStringLiteral("Meta invested $14.3 billion in Scale AI. A new chip was announced by the startup.")
    };
    const ClaimMatrix m = ClaimMatrix::build(texts);
    QCOMPARE(m.sourceCount, 3);
    QCOMPARE(m.rows.size(), 5);
    QCOMPARE(m.rows[0].cells, (QList<SentenceRun> { { 0, 1 }, { 0, 1 }, { 0, 1 } }));
    QCOMPARE(m.rows[0].support, 3);
    QVERIFY(!m.rows[0].figureConflict);
    QCOMPARE(m.rows[0].figures.size(), 3);
    QCOMPARE(m.rows[1].cells, (QList<SentenceRun> { { 1, 1 }, { 1, 1 }, { 0, 0 } }));
    QCOMPARE(m.rows[1].support, 2);
    QVERIFY(m.rows[1].figureConflict);
    for (int r = 2; r < m.rows.size(); ++r) {
        QCOMPARE(m.rows[r].support, 1);
        QVERIFY(!m.rows[r].figureConflict);
    }
}

void TestCompare::claimMatrixOnStory()
{
    QList<QString> texts;
    for (const char *prefix : { "01", "02", "03", "04" }) {
        texts << test::storyText(QLatin1String(prefix));
        QVERIFY2(!texts.last().isEmpty(), test::missingStory(QLatin1String(prefix)));
    }
    int shared = 0;
    checkClaimMatrix(texts, &shared);
    QVERIFY(shared >= 10); // 02 restates more than ten claims of 01
}

void TestCompare::claimMatrixJoinsRuns_data()
{
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QStringList>("cells"); // per outlet, its sentences joined; empty: no cell
    QTest::addColumn<bool>("conflict");
    QTest::newRow("investment: four outlets, two of them split it in two sentences")
        << QStringLiteral("invested more than $6 billion")
        << QStringList { QStringLiteral("Corvid Cloud invested more than $6 billion in Marrow Labs in September "
                                        "2025, taking a 30% non-voting stake in a deal that valued the research "
                                        "lab at $20 billion."),
               QStringLiteral("In September 2025, Corvid Cloud put money into the research lab Marrow Labs. It "
                              "paid $6.2 billion for a 30% non-voting stake, valuing the lab at $20 billion."),
               QStringLiteral("Corvid Cloud's $6.2 billion investment in Marrow Labs last September bought it "
                              "30% of the lab, at a valuation of $20 billion."),
               QStringLiteral("Corvid Cloud spent over $6 billion on a 30% stake in Marrow Labs. The deal, signed "
                              "in September 2025, put the lab's value at about $20 billion.") }
        << false;
    QTest::newRow("founder moves: four outlets, one in two sentences")
        << QStringLiteral("founder Tova Lindqvist")
        << QStringList { QStringLiteral("Marrow Labs founder Tova Lindqvist will join Corvid as chief scientist "
                                        "and keep running the lab's model team."),
               QStringLiteral("Tova Lindqvist, who founded Marrow Labs, is moving to Corvid. She becomes its chief "
                              "scientist but stays in charge of the lab's model team."),
               QStringLiteral("The lab's founder, Tova Lindqvist, is joining Corvid as chief scientist."),
               QStringLiteral("Lindqvist, who started Marrow Labs, becomes chief scientist at Corvid while "
                              "continuing to lead the model team.") }
        << false;
    QTest::newRow("benchmark score: three outlets, one gives another number")
        << QStringLiteral("scored 71.4")
        << QStringList { QStringLiteral("The lab's newest model, Heron, scored 71.4 on the Quill Reasoning Suite, "
                                        "ahead of every open model the lab had tested."),
               QStringLiteral("Heron, the lab's latest model, reached 74.1 on the Quill Reasoning Suite."),
               QStringLiteral("Heron, Marrow's most capable model so far, posted 71.4 on the Quill Reasoning "
                              "Suite."),
               QString() }
        << true;
    QTest::newRow("cloud offer: three outlets, one in two sentences")
        << QStringLiteral("Corvid plans to offer Heron")
        << QStringList { QStringLiteral("Corvid plans to offer Heron to its cloud customers from January, starting "
                                        "with a preview for about 300 companies."),
               QStringLiteral("Cloud customers of Corvid will be able to use Heron from January. A preview for "
                              "roughly 300 companies comes first."),
               QString(),
               QStringLiteral("Corvid wants to sell access to Marrow's Heron model to cloud customers starting in "
                              "January.") }
        << false;
}

void TestCompare::claimMatrixJoinsRuns()
{
    QFETCH(QString, anchor);
    QFETCH(QStringList, cells);
    QFETCH(bool, conflict);
    QList<QString> texts;
    for (const char *name :
        { "1-lattice-post.txt", "2-fennel-report.txt", "3-northgate-wire.md", "4-harrow-dispatch.txt" }) {
        texts << QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("claims/") + QLatin1String(name))));
        QVERIFY2(!texts.last().isEmpty(), name);
    }
    const ClaimMatrix m = ClaimMatrix::build(texts);
    int found = -1;
    for (int r = 0; r < m.rows.size() && found < 0; ++r)
        for (const Sentence &s : m.cell(r, 0))
            if (s.text.contains(anchor))
                found = r;
    QVERIFY(found >= 0);
    QStringList seen;
    for (int s = 0; s < m.sourceCount; ++s) {
        QStringList run;
        for (const Sentence &sentence : m.cell(found, s))
            run << sentence.text.simplified();
        seen << run.join(u' ');
    }
    QCOMPARE(seen, cells);
    QCOMPARE(m.rows[found].support, int(cells.size() - cells.count(QString())));
    QCOMPARE(m.rows[found].figureConflict, conflict);
}

void TestCompare::json()
{
    const QString a = test::goldText(QStringLiteral("rewrite-a.txt"));
    const QString b = test::goldText(QStringLiteral("rewrite-b.txt"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const ComparisonResult r = ProseComparator().compare(a, b);
    QJsonParseError error;
    const QJsonObject o
        = QJsonDocument::fromJson(comparisonJson(r, { { "title", "one" } }, { { "title", "two" } }).toUtf8(), &error)
              .object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value("a").toObject().value("title").toString(), QStringLiteral("one"));
    QCOMPARE(o.value("common_words").toInt(), r.commonWords);
    QString rebuiltA;
    QString rebuiltB;
    for (const QJsonValue &v : o.value("ops").toArray()) {
        const QString op = v.toObject().value("op").toString();
        QVERIFY(op == u"equal" || op == u"delete" || op == u"insert");
        if (op != u"insert")
            rebuiltA += v.toObject().value("text").toString();
        if (op != u"delete")
            rebuiltB += v.toObject().value("text").toString();
    }
    QCOMPARE(rebuiltA, a);
    QCOMPARE(rebuiltB, b);

    const QJsonObject summary = o.value("summary").toObject();
    QCOMPARE(summary.value("a_supported_by_b").toDouble(), qRound(r.supportOfA() * 1000) / 1000.0);
    QCOMPARE(summary.value("b_supported_by_a").toDouble(), qRound(r.supportOfB() * 1000) / 1000.0);
    QVERIFY(summary.value("a_supported_by_b").toDouble() > 0.8); // the rewrite states nearly all of A

    // Every alignment covers runs of consecutive sentences; its offsets and texts are the stored
    // text's code points and characters from the first sentence to the last.
    const QJsonArray alignments = o.value("alignments").toArray();
    QCOMPARE(alignments.size(), r.alignments.size());
    const CodePoints cpa(a);
    const CodePoints cpb(b);
    bool splitSeen = false;
    for (const QJsonValue &v : alignments) {
        const QJsonObject al = v.toObject();
        for (const char *key : { "a_sentences", "b_sentences", "a_start", "a_end", "b_start", "b_end", "a_text",
                 "b_text", "kind", "moved", "similarity" })
            QVERIFY2(al.contains(QLatin1String(key)), key);
        const QJsonArray as = al.value("a_sentences").toArray();
        const QJsonArray bs = al.value("b_sentences").toArray();
        QVERIFY(!as.isEmpty() && as.size() <= 4 && !bs.isEmpty() && bs.size() <= 4);
        for (qsizetype i = 1; i < as.size(); ++i)
            QCOMPARE(as[i].toInt(), as[0].toInt() + i);
        for (qsizetype i = 1; i < bs.size(); ++i)
            QCOMPARE(bs[i].toInt(), bs[0].toInt() + i);
        QCOMPARE(al.value("a_start").toInteger(), r.sentencesA[as.first().toInt()].start);
        QCOMPARE(al.value("a_end").toInteger(), r.sentencesA[as.last().toInt()].end);
        QCOMPARE(
            al.value("a_text").toString(), cpa.mid(a, al.value("a_start").toInteger(), al.value("a_end").toInteger()));
        QCOMPARE(
            al.value("b_text").toString(), cpb.mid(b, al.value("b_start").toInteger(), al.value("b_end").toInteger()));
        QVERIFY(QStringList({ "identical", "paraphrase", "split_merge", "partial", "changed" })
                    .contains(al.value("kind").toString()));
        QCOMPARE(al.value("kind").toString() == u"split_merge", as.size() > 1 || bs.size() > 1);
        splitSeen = splitSeen || (as.size() == 1 && bs.size() == 3);
    }
    QVERIFY(splitSeen); // the lead sentence is split in three
    QCOMPARE(o.value("only_a").toArray().size(), r.onlyA.size());
    const QJsonObject onlyB = o.value("only_b").toArray().first().toObject();
    QCOMPARE(onlyB.value("text").toString(), r.sentencesB[r.onlyB.first()].text);
    QCOMPARE(onlyB.value("start").toInteger(), r.sentencesB[r.onlyB.first()].start);
    const QJsonObject figure = o.value("figures").toArray().first().toObject();
    for (const char *key : { "a_text", "b_text", "label", "status", "alignment" })
        QVERIFY2(figure.contains(QLatin1String(key)), key);
}

void TestCompare::jsonText_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QByteArray>("written"); // bytes the output must hold, as JSON writes them
    QTest::newRow("quotes and backslashes")
        << QStringLiteral("She said \"no\" to C:\\temp today.") << QStringLiteral("She said \"yes\" to C:\\temp today.")
        << QByteArray(R"(\"no\" to C:\\temp)");
    QTest::newRow("control characters") << QStringLiteral("Tab\there and a bell\x07 rang.")
                                        << QStringLiteral("Tab\there and a bell rang.")
                                        << QByteArray(R"(bell\u0007 rang)");
    QTest::newRow("accents and dashes") << QStringLiteral("Café owners — and Zürich’s banks — agreed.")
                                        << QStringLiteral("Café owners — and Zürich’s lenders — agreed.")
                                        << QByteArray("Z\xc3\xbcrich\xe2\x80\x99s banks");
    QTest::newRow("characters beyond the BMP")
        << QStringLiteral("The \U0001F680 launch cost $14 billion.")
        << QStringLiteral("The \U0001F680 launch cost $15 billion.") << QByteArray("The \xf0\x9f\x9a\x80 launch");
}

// Ops rebuild both texts exactly after a round trip through the JSON, whatever characters they
// hold, and a stream on a device (the command line's stdout) gets the same bytes as a string.
void TestCompare::jsonText()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QByteArray, written);
    const ComparisonResult r = ProseComparator().compare(a, b);
    const QByteArray viaString = comparisonJson(r, { { "title", "é" } }, {}).toUtf8();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QTextStream stream(&buffer);
    stream << "prefix ";
    writeComparisonJson(r, { { "title", "é" } }, {}, stream);
    stream << " suffix";
    stream.flush();
    QCOMPARE(buffer.data(), "prefix " + viaString + " suffix");
    QVERIFY2(viaString.contains(written), viaString.constData());

    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(viaString, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value("a").toObject().value("title").toString(), QStringLiteral("é"));
    QString rebuiltA;
    QString rebuiltB;
    for (const QJsonValue &v : o.value("ops").toArray()) {
        const QString op = v.toObject().value("op").toString();
        if (op != u"insert")
            rebuiltA += v.toObject().value("text").toString();
        if (op != u"delete")
            rebuiltB += v.toObject().value("text").toString();
    }
    QCOMPARE(rebuiltA, a);
    QCOMPARE(rebuiltB, b);
}

void TestCompare::terminal()
{
    const QString a = QStringLiteral("The model scored 42.8 on HealthBench Hard. Rain fell on Paris.");
    const QString b = QStringLiteral("The model scored 48.2 on HealthBench Hard. Markets closed higher.");
    const ComparisonResult r = ProseComparator().compare(a, b);
    const QString plain = comparisonToTerminal(r, QStringLiteral("a.txt"), QStringLiteral("b.txt"), false);
    QVERIFY(!plain.contains(QChar(0x1b)));
    QVERIFY(plain.contains(QStringLiteral("[-42.8-]{+48.2+}")));
    QVERIFY(plain.contains(QStringLiteral("Only in A")));
    QVERIFY(plain.contains(QStringLiteral("Rain fell on Paris.")));
    QVERIFY(plain.contains(QRegularExpression(QStringLiteral("conflict +42.8 +\\| +48.2"))));
    const QString coloured = comparisonToTerminal(r, QStringLiteral("a.txt"), QStringLiteral("b.txt"), true);
    QVERIFY(coloured.contains(QStringLiteral("\x1b[31m")));
    QVERIFY(coloured.contains(QStringLiteral("\x1b[32m")));
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
