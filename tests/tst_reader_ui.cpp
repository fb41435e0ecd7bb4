// The reader widget on its own: offset mapping between stored text and display,
// display-only paragraph splitting, highlight painting and readable tag colours.
#include "TestSupport.h"

#include "DisplayMap.h"
#include "FindBar.h"
#include "ReaderPane.h"
#include "ReaderView.h"
#include "SpanSegments.h"
#include "TagColors.h"
#include "domain/CodePoints.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace crossread;

using RangeList = QList<std::pair<int, int>>;

class TestReaderUi : public QObject
{
    Q_OBJECT

private slots:
    void displayMapRoundTrip_data();
    void displayMapRoundTrip();
    void splitLongParagraphs_data();
    void splitLongParagraphs();
    void segmentsLayerOverlaps_data();
    void segmentsLayerOverlaps();
    void readerPaintsEverySpan_data();
    void readerPaintsEverySpan();
    void copyAndFindAcrossDisplayBreaks();
    void boilerplateToggleKeepsOffsets();
    void linesWrapInsideTheColumn_data();
    void linesWrapInsideTheColumn();
    void contrastRatioIsWcag_data();
    void contrastRatioIsWcag();
    void readableTextPicksAColour_data();
    void readableTextPicksAColour();
    void readableTextOnTagColours_data();
    void readableTextOnTagColours();
};

void TestReaderUi::displayMapRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<TextRange>>("hidden");
    QTest::addColumn<QString>("display");

    QTest::newRow("nothing hidden") << QStringLiteral("abc😀def") << QList<TextRange>() << QStringLiteral("abc😀def");
    QTest::newRow("hidden head line") << QStringLiteral("Menu\nBody text\n") << QList<TextRange> { { 0, 5 } }
                                      << QStringLiteral("Body text\n");
    QTest::newRow("hidden after emoji") << QStringLiteral("😀a\nSubscribe\nb😀c") << QList<TextRange> { { 3, 13 } }
                                        << QStringLiteral("😀a\nb😀c");
    QTest::newRow("overlapping hidden ranges")
        << QStringLiteral("0123456789") << QList<TextRange> { { 5, 8 }, { 2, 6 } } << QStringLiteral("0189");
    QTest::newRow("all hidden") << QStringLiteral("gone") << QList<TextRange> { { 0, 4 } } << QString();
}

void TestReaderUi::displayMapRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QList<TextRange>, hidden);
    QFETCH(QString, display);
    const DisplayMap map(text, hidden);
    QCOMPARE(map.displayText(), display);
    // Every visible code point maps to a display position and back to itself.
    const CodePoints cp(text);
    for (qint64 offset = 0; offset < cp.size(); ++offset) {
        bool isHidden = false;
        for (const TextRange &r : hidden)
            isHidden = isHidden || r.contains(offset);
        if (isHidden)
            continue;
        const int d = map.toDisplay(offset);
        QCOMPARE(map.toStored(d), offset);
        // The character shown there is the stored one.
        QCOMPARE(display.mid(d, cp.mid(text, offset, offset + 1).size()), cp.mid(text, offset, offset + 1));
    }
    // A selection across the whole display covers the first to the last visible code point.
    if (!display.isEmpty()) {
        const TextRange all = map.toStored(0, int(display.size()));
        QCOMPARE(cp.mid(text, all.start, all.end).endsWith(display.right(1)), true);
    }
}

void TestReaderUi::splitLongParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QList<int>>("breaks"); // display positions that become line breaks

    const QString sentences = QStringLiteral("One two three. Four five six. Seven eight nine.");
    QTest::newRow("short paragraph untouched") << sentences << 100 << QList<int>();
    QTest::newRow("breaks after sentence ends") << sentences << 20 << QList<int> { 14, 29 };
    QTest::newRow("no sentence end: last space")
        << QStringLiteral("aaaa bbbb cccc dddd eeee ffff gggg") << 16 << QList<int> { 14, 29 };
    QTest::newRow("each paragraph on its own")
        << QStringLiteral("Short one.\nAlpha beta. Gamma delta. Epsilon.") << 16 << QList<int> { 22, 35 };
    QTest::newRow("no space at all") << QString(60, QLatin1Char('x')) << 16 << QList<int>();
    QTest::newRow("first space after the limit")
        << (QString(30, QLatin1Char('x')) + QStringLiteral(" tail")) << 16 << QList<int> { 30 };
}

void TestReaderUi::splitLongParagraphs()
{
    QFETCH(QString, text);
    QFETCH(int, maxChars);
    QFETCH(QList<int>, breaks);
    DisplayMap map(text, {});
    map.splitLongParagraphs(maxChars);
    QCOMPARE(map.softBreaks(), breaks);
    QCOMPARE(map.plainText(), text);
    QCOMPARE(map.displayText().size(), text.size());
    // Only the listed spaces changed, into line breaks; offsets still map one to one.
    for (int i = 0; i < text.size(); ++i) {
        const QChar expected = breaks.contains(i) ? QLatin1Char('\n') : text.at(i);
        QCOMPARE(map.displayText().at(i), expected);
        QCOMPARE(map.toStored(i), qint64(i));
    }
}

void TestReaderUi::copyAndFindAcrossDisplayBreaks()
{
    // A single paragraph long enough to be split: copying and finding see the stored text.
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("Claim number %1 puts the round at $%2 billion. ").arg(i).arg(i % 17 + 1);
    Article article;
    article.id = 3;
    article.text = text;
    ReaderPane pane;
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    ReaderView *reader = pane.reader();
    reader->setArticle(article, {}, {});
    const QList<int> breaks = reader->displayMap().softBreaks();
    QVERIFY(!breaks.isEmpty());
    const int at = breaks.first();
    QCOMPARE(text.at(at - 1), QLatin1Char('.'));
    QCOMPARE(reader->toPlainText().at(at), QLatin1Char('\n'));

    // Copy a selection that runs over the break.
    QTextCursor c(reader->document());
    c.setPosition(at - 12);
    c.setPosition(at + 12, QTextCursor::KeepAnchor);
    reader->setTextCursor(c);
    reader->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), text.mid(at - 12, 24));
    QCOMPARE(reader->selectedRange(), (TextRange { at - 12, at + 12 }));

    // Ctrl+F finds a phrase that runs over the break, forwards and backwards.
    // " billion. Claim number N puts": unique through N, across the break.
    const int phraseEnd = int(text.indexOf(QStringLiteral(" puts"), at)) + 5;
    const QString phrase = text.mid(at - 9, phraseEnd - (at - 9));
    QCOMPARE(text.count(phrase), qsizetype(1));
    reader->moveCursor(QTextCursor::Start);
    FindBar *bar = pane.findBar();
    bar->activate();
    bar->lineEdit()->setText(phrase.toUpper()); // case does not matter
    QVERIFY(bar->findNext());
    QCOMPARE(reader->selectedRange(), (TextRange { at - 9, phraseEnd }));
    reader->moveCursor(QTextCursor::End);
    QVERIFY(bar->findPrevious());
    QCOMPARE(reader->selectedRange(), (TextRange { at - 9, phraseEnd }));
    bar->lineEdit()->setText(QStringLiteral("no such words here"));
    QVERIFY(!bar->findNext());
}

void TestReaderUi::segmentsLayerOverlaps_data()
{
    QTest::addColumn<RangeList>("ranges");
    QTest::addColumn<QString>("expected"); // "start-end:layers;..."

    QTest::newRow("disjoint") << RangeList { { 0, 2 }, { 5, 7 } } << QStringLiteral("0-2:0;5-7:1");
    QTest::newRow("nested") << RangeList { { 0, 10 }, { 3, 5 } } << QStringLiteral("0-3:0;3-5:0,1;5-10:0");
    QTest::newRow("crossing") << RangeList { { 4, 8 }, { 0, 6 } } << QStringLiteral("0-4:1;4-6:1,0;6-8:0");
    QTest::newRow("touching") << RangeList { { 0, 3 }, { 3, 6 } } << QStringLiteral("0-3:0;3-6:1");
    QTest::newRow("same range, longer first")
        << RangeList { { 2, 4 }, { 2, 4 }, { 1, 1 } } << QStringLiteral("2-4:0,1");
}

void TestReaderUi::segmentsLayerOverlaps()
{
    QFETCH(RangeList, ranges);
    QFETCH(QString, expected);
    QStringList got;
    for (const SpanSegment &s : SpanSegments::build(ranges)) {
        QStringList layers;
        for (int i : s.layers)
            layers << QString::number(i);
        got << QStringLiteral("%1-%2:%3").arg(s.start).arg(s.end).arg(layers.join(QLatin1Char(',')));
    }
    QCOMPARE(got.join(QLatin1Char(';')), expected);
}

void TestReaderUi::readerPaintsEverySpan_data()
{
    QTest::addColumn<QString>("separator");
    QTest::addColumn<bool>("split");
    QTest::newRow("400 short paragraphs") << QStringLiteral("\n") << false;
    // One paragraph of some 24,000 characters: the reader shows it in display blocks.
    QTest::newRow("one long paragraph") << QStringLiteral(" ") << true;
}

void TestReaderUi::readerPaintsEverySpan()
{
    QFETCH(QString, separator);
    QFETCH(bool, split);
    // 2,000 spans over a long article: each one's first character carries its colour.
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("Paragraph %1 says 😀 that the figure was %2 million dollars.").arg(i).arg(i * 3)
            + separator;
    Article article;
    article.id = 1;
    article.title = QStringLiteral("Long");
    article.text = text;
    QHash<qint64, Tag> tags;
    tags.insert(1, Tag { 1, 0, QStringLiteral("A"), QColor(Qt::red), {}, 0, {} });
    tags.insert(2, Tag { 2, 0, QStringLiteral("B"), QColor(Qt::blue), {}, 1, {} });
    QList<Span> spans;
    const qint64 size = CodePoints::count(text);
    for (int i = 0; i < 2000; ++i) {
        Span s;
        s.id = i + 1;
        s.start = (i * 37) % (size - 20);
        s.end = s.start + 5 + i % 11;
        s.tagIds = { qint64(1 + i % 2) };
        spans << s;
    }
    ReaderView reader;
    reader.resize(800, 600);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    QElapsedTimer timer;
    timer.start();
    reader.setArticle(article, spans, tags);
    reader.viewport()->repaint();
    // Reported, not asserted: the benchmark owns the time budget (50 ms).
    qInfo("setArticle and first paint with %d spans: %lld ms", int(spans.size()), timer.elapsed());
    QCOMPARE(reader.displayMap().plainText(), text);
    QCOMPARE(reader.toPlainText() == text, !split);
    QCOMPARE(reader.document()->blockCount() > 1, true);
    const QColor base = reader.palette().color(QPalette::Base);
    const DisplayMap &map = reader.displayMap();
    for (int i = 0; i < 2000; i += 97) {
        const Span &s = spans.at(i);
        const int pos = map.toDisplay(s.start);
        const QTextBlock block = reader.document()->findBlock(pos);
        bool painted = false;
        for (const QTextLayout::FormatRange &f : block.layout()->formats()) {
            if (block.position() + f.start <= pos && pos < block.position() + f.start + f.length)
                painted = painted || f.format.background().color() != base;
        }
        QVERIFY2(painted, qPrintable(QStringLiteral("span %1 at %2 is not painted").arg(s.id).arg(s.start)));
    }
    // Hovering a span explains it.
    QVERIFY(reader.tooltipForOffset(spans.first().start).contains(QStringLiteral("A")));
}

void TestReaderUi::linesWrapInsideTheColumn_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("wide pane, column centred") << QSize(1200, 500);
    QTest::newRow("pane narrower than the column") << QSize(420, 500);
}

// A reader that scrolls sideways has lost its wrapping: every line must fit the viewport, with
// the vertical scroll bar that a long article needs taken into account. (In the whole window
// the sideways scrolling came from counting a scroll bar as shown when only hidden() was false;
// the screenshot check, scripts/screenshot.sh, shows that case.)
void TestReaderUi::linesWrapInsideTheColumn()
{
    QFETCH(QSize, size);
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Paragraph %1 says the round was priced at $%2 billion by people familiar "
                               "with the talks, who asked not to be named.\n\n")
                    .arg(i)
                    .arg(i % 9 + 1);
    Article article;
    article.id = 4;
    article.title = QStringLiteral("A title");
    article.text = text;
    ReaderView reader;
    reader.resize(size);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    reader.setArticle(article, {}, {});
    QCoreApplication::processEvents();
    QTRY_VERIFY(reader.verticalScrollBar()->isVisible());
    QCOMPARE(reader.horizontalScrollBar()->maximum(), 0);
    QVERIFY(reader.viewport()->width() < size.width());
}

void TestReaderUi::boilerplateToggleKeepsOffsets()
{
    Article article;
    article.id = 7;
    article.text = QStringLiteral("Home | News 🚀\nThe model scored 71.4 points.\nSubscribe now\nIt shipped in May.\n");
    const TextRange nav = test::rangeOf(article.text, QStringLiteral("Home | News 🚀\n"));
    const TextRange subscribe = test::rangeOf(article.text, QStringLiteral("Subscribe now\n"));
    article.boilerplate = { nav, subscribe };
    Span span;
    span.id = 1;
    const TextRange scored = test::rangeOf(article.text, QStringLiteral("scored 71.4"));
    span.start = scored.start;
    span.end = scored.end;
    ReaderView reader;
    reader.setArticle(article, { span }, {});
    QVERIFY(!reader.showBoilerplate());
    QCOMPARE(reader.toPlainText(), QStringLiteral("The model scored 71.4 points.\nIt shipped in May.\n"));

    // A selection in the shortened display reports stored offsets.
    auto select = [&reader](const QString &phrase) {
        const int at = int(reader.toPlainText().indexOf(phrase));
        QTextCursor c(reader.document());
        c.setPosition(at);
        c.setPosition(at + int(phrase.size()), QTextCursor::KeepAnchor);
        reader.setTextCursor(c);
    };
    select(QStringLiteral("shipped in May"));
    QCOMPARE(reader.selectedRange(), test::rangeOf(article.text, QStringLiteral("shipped in May")));
    QCOMPARE(reader.spanUnderCursor(), qint64(0));
    reader.selectRange(scored.start, scored.end);
    QCOMPARE(reader.textCursor().selectedText(), QStringLiteral("scored 71.4"));
    QCOMPARE(reader.spanUnderCursor(), qint64(1));

    // Showing the boilerplate keeps the selection on the same stored range.
    reader.setShowBoilerplate(true);
    QCOMPARE(reader.toPlainText(), article.text);
    QCOMPARE(reader.selectedRange(), scored);
    QCOMPARE(reader.textCursor().selectedText(), QStringLiteral("scored 71.4"));
    select(QStringLiteral("Subscribe"));
    QCOMPARE(reader.selectedRange().start, subscribe.start);
}

void TestReaderUi::contrastRatioIsWcag_data()
{
    // Ratios worked out by hand with the WCAG 2 formula, (L1 + 0.05) / (L2 + 0.05); #777777 and
    // #767676 on white are the well-known pair on either side of the 4.5 line.
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on black, either order") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("white on white") << QColor(Qt::white) << QColor(Qt::white) << 1.0;
    QTest::newRow("#777777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.478;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.542;
    QTest::newRow("#777777 on black") << QColor(0x77, 0x77, 0x77) << QColor(Qt::black) << 4.690;
    QTest::newRow("red on white") << QColor(Qt::red) << QColor(Qt::white) << 3.998;
    QTest::newRow("blue on white") << QColor(Qt::blue) << QColor(Qt::white) << 8.593;
    QTest::newRow("yellow on black") << QColor(Qt::yellow) << QColor(Qt::black) << 19.556;
    QTest::newRow("navy on white") << QColor(0, 0, 128) << QColor(Qt::white) << 16.010;
}

void TestReaderUi::contrastRatioIsWcag()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    const double got = TagColors::contrastRatio(a, b);
    QVERIFY2(qAbs(got - ratio) < 0.002, qPrintable(QString::number(got)));
}

void TestReaderUi::readableTextPicksAColour_data()
{
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("preferred");
    QTest::addColumn<QColor>("expected");
    QTest::newRow("black kept on yellow") << QColor(Qt::yellow) << QColor(Qt::black) << QColor(Qt::black);
    QTest::newRow("black swapped for white on navy") << QColor(0, 0, 128) << QColor(Qt::black) << QColor(Qt::white);
    QTest::newRow("white kept on #767676 (4.54)") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << QColor(Qt::white);
    QTest::newRow("white on #777777 (4.48) gives black (4.69)")
        << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << QColor(Qt::black);
    QTest::newRow("red text on white (4.0) gives black") << QColor(Qt::white) << QColor(Qt::red) << QColor(Qt::black);
    QTest::newRow("blue text on white (8.6) kept") << QColor(Qt::white) << QColor(Qt::blue) << QColor(Qt::blue);
}

void TestReaderUi::readableTextPicksAColour()
{
    QFETCH(QColor, background);
    QFETCH(QColor, preferred);
    QFETCH(QColor, expected);
    QCOMPARE(TagColors::readableText(background, preferred).rgb(), expected.rgb());
}

void TestReaderUi::readableTextOnTagColours_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("tag");
    QTest::newRow("yellow on white") << QColor(Qt::white) << QColor(Qt::yellow);
    QTest::newRow("navy on white") << QColor(Qt::white) << QColor(0, 0, 128);
    QTest::newRow("yellow on dark") << QColor(30, 30, 30) << QColor(Qt::yellow);
    QTest::newRow("navy on dark") << QColor(30, 30, 30) << QColor(0, 0, 128);
}

void TestReaderUi::readableTextOnTagColours()
{
    QFETCH(QColor, base);
    QFETCH(QColor, tag);
    const QColor bg = TagColors::layered(base, { tag, tag });
    const QColor text = TagColors::readableText(bg, base.lightness() > 128 ? QColor(Qt::black) : QColor(Qt::white));
    QVERIFY(TagColors::contrastRatio(bg, text) >= 4.5);
}

QTEST_MAIN(TestReaderUi)
#include "tst_reader_ui.moc"
