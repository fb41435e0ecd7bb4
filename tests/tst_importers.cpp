// Importers: encodings, HTML and PDF extraction, metadata and boilerplate heuristics on the
// story articles of tests/data, failure reasons for bad files, and folder scanning with symbolic
// link loops.
#include "TestSupport.h"

#include "domain/CodePoints.h"
#include "import/ArticleImporter.h"
#include "import/BoilerplateDetector.h"
#include "import/FirstSentenceTitle.h"
#include "import/DateParser.h"
#include "import/FolderScanner.h"
#include "import/HtmlExtractor.h"
#include "import/HtmlTree.h"
#include "import/MetadataGuesser.h"
#include "import/PdfExtractor.h"
#include "import/TextDecoder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace crossread;

namespace {

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi).append(littleEndian ? hi : lo);
    }
    return out;
}

QStringList rangeTexts(const QString &text, const QList<TextRange> &ranges)
{
    const CodePoints cp(text);
    QStringList out;
    for (const TextRange &r : ranges)
        out << cp.mid(text, r.start, r.end);
    return out;
}

// Two pages drawn in points (resolution 72) with a known layout: two lines, a paragraph gap, a
// second page.
QByteArray makePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("Generated Test Document"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(12);
    painter.setFont(font);
    painter.drawText(QPointF(40, 80), QStringLiteral("Crossread extracts words"));
    painter.drawText(QPointF(40, 96), QStringLiteral("Second line here"));
    painter.drawText(QPointF(40, 150), QStringLiteral("A new paragraph"));
    writer.newPage();
    painter.drawText(QPointF(40, 80), QStringLiteral("Page two text"));
    painter.end();
    return bytes;
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void looksBinary_data();
    void looksBinary();
    void htmlText_data();
    void htmlText();
    void htmlMetadata_data();
    void htmlMetadata();
    void htmlCharset_data();
    void htmlCharset();
    void htmlLimits_data();
    void htmlLimits();
    void htmlOverLimitIsReported();
    void pdfText();
    void pdfBroken_data();
    void pdfBroken();
    void dates_data();
    void dates();
    void storyMetadata_data();
    void storyMetadata();
    void textMetadata_data();
    void textMetadata();
    void storyBoilerplate_data();
    void storyBoilerplate();
    void boilerplateInContext_data();
    void boilerplateInContext();
    void boilerplateLine_data();
    void boilerplateLine();
    void importOutcome_data();
    void importOutcome();
    void importUnreadable();
    void importPermissionDenied();
    void importHashAndFallbackTitle();
    void importForComparison_data();
    void importForComparison();
    void firstSentenceTitle_data();
    void firstSentenceTitle();
    void importOutletFromText_data();
    void importOutletFromText();
    void importTooLarge();
    void scanFolder();
    void scanUnreadableFolder();
    void scanDepthCap();
    void scanMissingFolder();
    void scanSkipsWhatIsNotAnArticle();
    void scanNameNotUtf8();
};

void TestImporters::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString sample = QStringLiteral("Grüße “quoted” €5 — ok");
    QTest::newRow("utf-8") << sample.toUtf8() << sample << "UTF-8";
    QTest::newRow("utf-8 bom stripped") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << sample << "UTF-8";
    QTest::newRow("utf-16le bom") << utf16(sample, true, true) << sample << "UTF-16LE";
    QTest::newRow("utf-16be bom") << utf16(sample, false, true) << sample << "UTF-16BE";
    QTest::newRow("utf-16le without bom")
        << utf16(QStringLiteral("plain words here"), true, false) << "plain words here"
        << "UTF-16LE";
    QTest::newRow("windows-1252 curly quotes and euro") << QByteArray("\x93Smart\x94 costs \x80"
                                                                      "5 \x96 caf\xe9\x85")
                                                        << QStringLiteral("“Smart” costs €5 – café…") << "windows-1252";
    QTest::newRow("latin-1") << QByteArray("na\xefve caf\xe9 \xa9 \xbd") << QStringLiteral("naïve café © ½")
                             << "ISO-8859-1";
    QTest::newRow("crlf") << QByteArray("one\r\ntwo\r\n") << "one\ntwo\n"
                          << "UTF-8";
    QTest::newRow("lone cr") << QByteArray("one\rtwo\r\rthree") << "one\ntwo\n\nthree"
                             << "UTF-8";
    QTest::newRow("cr lf cr") << QByteArray("a\r\n\rb") << "a\n\nb"
                              << "UTF-8";
    QTest::newRow("crlf in utf-16") << utf16(QStringLiteral("x\r\ny"), true, true) << "x\ny"
                                    << "UTF-16LE";
    QTest::newRow("otherwise untouched") << QByteArray("  lead\ttab  \n\n\n trail  ") << "  lead\ttab  \n\n\n trail  "
                                         << "UTF-8";
    QTest::newRow("empty") << QByteArray() << QString() << "UTF-8";
}

void TestImporters::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QCOMPARE(result.text, text);
    QCOMPARE(result.encoding, encoding);
}

void TestImporters::looksBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << true;
    QTest::newRow("elf") << QByteArray("\x7f"
                                       "ELF\x02\x01\x01\0\0\0",
        10) << true;
    QTest::newRow("control soup") << QByteArray("\x01\x02\x03\x04 ab\x05\x06\x07\x08", 12) << true;
    QTest::newRow("prose") << QByteArray("Meta said on Tuesday.\n\tIndented.\r\n") << false;
    QTest::newRow("utf-16 with bom") << utf16(QStringLiteral("text"), true, true) << false;
    QTest::newRow("utf-16 without bom") << utf16(QStringLiteral("some text"), false, false) << false;
    QTest::newRow("windows-1252") << QByteArray("\x93quoted\x94") << false;
}

void TestImporters::looksBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(TextDecoder::looksBinary(bytes), binary);
}

void TestImporters::htmlText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("furniture dropped, prose kept")
        << "<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style>"
           "<script>var x = '<p>not text</p>';</script></head><body>"
           "<header><a href=/>Outlet</a> <nav><a>Home</a><a>AI</a></nav></header>"
           "<!-- a comment --><form><input value=q><button>Search</button></form>"
           "<div class=story><h1>The Headline</h1><p>First   paragraph\n with <b>bold</b> text.</p>"
           "<p>Second paragraph.</p><aside>Related stuff</aside><noscript>Enable JS</noscript>"
           "<svg><text>svg label</text></svg><iframe src=x>frame</iframe></div>"
           "<footer>© Outlet</footer></body></html>"
        << "The Headline\n\nFirst paragraph with bold text.\n\nSecond paragraph.";
    QTest::newRow("article preferred, its header kept")
        << "<body><div>Teaser before</div><article><header><h1>Title</h1><p class=byline>By Ann Lee</p></header>"
           "<p>Body text of the article which is long enough to count as the story. It goes on for a while, "
           "with more than one sentence, so that it is clearly the main content.</p></article>"
           "<div>Sidebar after</div></body>"
        << "Title\n\nBy Ann Lee\n\nBody text of the article which is long enough to count as the story. It goes "
           "on for a while, with more than one sentence, so that it is clearly the main content.";
    QTest::newRow("main when there is no article")
        << "<body><div>Menu</div><main><p>Main text.</p></main><div>Other</div></body>"
        << "Main text.";
    QTest::newRow("blocks, lists, br, tables")
        << "<div>one</div><div>two</div><ul><li>a</li><li>b<li>c</ul><p>x<br>y<br><br>z</p>"
           "<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>"
        << "one\ntwo\n\na\nb\nc\n\nx\ny\n\nz\n\n1 2\n3";
    QTest::newRow("entities")
        << "<p>Caf&eacute; &amp; &lt;b&gt; &#8220;x&#8221; &#x2014; a&nbsp;b &copy; it&rsquo;s &#150; &bogus; &amp</p>"
        << "Café & <b> “x” — a b © it’s – &bogus; &";
    QTest::newRow("pre keeps whitespace") << "<p>a</p><pre>\n  x  y\n    z</pre>"
                                          << "a\n\n  x  y\n    z";
    QTest::newRow("unclosed p and stray tags") << "<p>one<p>two</span></div><p>three"
                                               << "one\n\ntwo\n\nthree";
    QTest::newRow("hidden elements") << "<p>seen</p><p hidden>no</p><div style='display: none'>no</div>"
                                     << "seen";
}

void TestImporters::htmlText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlExtractor::extractFromString(html).text, text);
}

void TestImporters::htmlMetadata_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("published");

    QTest::newRow("open graph and article metas")
        << "<head><title>Page title | Example News</title><meta property='og:title' content='OG &amp; title'>"
           "<meta property=og:site_name content='Example News'><meta name=author content='Jane Doe'>"
           "<meta property=article:published_time content='2026-06-14T23:30:00-07:00'></head><body><p>x</p>"
        << "OG & title"
        << "Example News"
        << "Jane Doe" << QDate(2026, 6, 14);
    QTest::newRow("title suffix is the outlet")
        << "<title>Meta shifts strategy - The Daily</title><meta property='og:site_name' content='The Daily'>"
        << "Meta shifts strategy"
        << "The Daily"
        << "" << QDate();
    QTest::newRow("title suffix kept when not the outlet") << "<title>Open vs closed - a debate</title>"
                                                           << "Open vs closed - a debate"
                                                           << ""
                                                           << "" << QDate();
    QTest::newRow("byline element and time")
        << "<title>T</title><article><p class='byline'>By <a rel=author>Ann Lee</a></p>"
           "<time datetime='2025-12-01'>Dec 1</time><p>text</p></article>"
        << "T"
        << ""
        << "Ann Lee" << QDate(2025, 12, 1);
    QTest::newRow("json-ld")
        << "<script "
           "type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\"},"
           "{\"@type\":\"NewsArticle\",\"headline\":\"LD headline\",\"datePublished\":\"2026-04-08T10:00:00Z\","
           "\"author\":[{\"@type\":\"Person\",\"name\":\"A One\"},{\"name\":\"B Two\"}],"
           "\"publisher\":{\"name\":\"LD Times\"}}]}</script><p>x</p>"
        << "LD headline"
        << "LD Times"
        << "A One, B Two" << QDate(2026, 4, 8);
    QTest::newRow("meta date, url author skipped for byl")
        << "<meta name=date content='June 3, 2024'><meta property='article:author' content='https://x.com/jd'>"
           "<meta name=byl content='By Kim Ode'><h1>Heading only</h1>"
        << "Heading only"
        << ""
        << "Kim Ode" << QDate(2024, 6, 3);
    QTest::newRow("nothing declared") << "<p>Just a paragraph.</p>"
                                      << ""
                                      << ""
                                      << "" << QDate();
}

void TestImporters::htmlMetadata()
{
    QFETCH(QString, html);
    const HtmlExtractor::Result result = HtmlExtractor::extractFromString(html);
    QTEST(result.title, "title");
    QTEST(result.outlet, "outlet");
    QTEST(result.author, "author");
    QTEST(result.published, "published");
}

void TestImporters::htmlCharset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("meta charset windows-1252") << QByteArray("<meta charset=\"windows-1252\"><p>\x93Hi\x94 \x80</p>")
                                               << QStringLiteral("“Hi” €") << "windows-1252";
    QTest::newRow("http-equiv iso-8859-1 read as windows-1252")
        << QByteArray("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>it\x92s</p>")
        << QStringLiteral("it’s") << "windows-1252";
    QTest::newRow("declared utf-8") << QByteArray("<meta charset=utf-8><p>caf\xc3\xa9</p>") << QStringLiteral("café")
                                    << "UTF-8";
    QTest::newRow("declared utf-8 but latin-1 bytes")
        << QByteArray("<meta charset=utf-8><p>caf\xe9</p>") << QStringLiteral("café") << "ISO-8859-1";
    QTest::newRow("bom beats declaration")
        << QByteArray("\xEF\xBB\xBF<meta charset=windows-1252><p>\xe2\x82\xac</p>") << QStringLiteral("€") << "UTF-8";
    QTest::newRow("no declaration") << QByteArray("<p>\xe2\x80\x9cok\xe2\x80\x9d</p>") << QStringLiteral("“ok”")
                                    << "UTF-8";
}

void TestImporters::htmlCharset()
{
    QFETCH(QByteArray, bytes);
    const HtmlExtractor::Result result = HtmlExtractor::extract(bytes);
    QTEST(result.text, "text");
    QTEST(result.encoding, "encoding");
}

void TestImporters::htmlLimits_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("maxMs"); // parse time budget; 0 for the default
    QTest::addColumn<int>("maxKb"); // parse memory budget; 0 for the default
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("5,000 nested divs keep their text") << QStringLiteral("<div>").repeated(5000)
            + QStringLiteral("deep text") + QStringLiteral("</div>").repeated(5000) + QStringLiteral("<p>after</p>")
                                                       << 0 << 0 << "deep text\n\nafter"
                                                       << "";
    QTest::newRow("200,000 nested spans past the depth limit stay in order")
        << QStringLiteral("<p>") + QStringLiteral("<span>a ").repeated(200000) + QStringLiteral("end</p>") << 0 << 0
        << QStringLiteral("a ").repeated(200000) + QStringLiteral("end") << "";
    QTest::newRow("100,000 nested divs run out of time")
        << QStringLiteral("<div>").repeated(100000) + QStringLiteral("x") << 100 << 0 << ""
        << "too deeply nested or too complex";
    QString attributes = QStringLiteral("<p");
    for (int i = 0; i < 100000; ++i)
        attributes += QStringLiteral(" a%1").arg(i);
    QTest::newRow("100,000 attributes on one element run out of time")
        << attributes + QStringLiteral(">x") << 100 << 0 << ""
        << "too deeply nested or too complex";
    QTest::newRow("a page over the memory budget")
        << QStringLiteral("<p>paragraph</p>").repeated(10000) << 0 << 64 << ""
        << "needs too much memory";
    QTest::newRow("a page over 16 MB") << QStringLiteral("<p>").repeated(6 << 20) << 0 << 0 << ""
                                       << "too large to read as HTML (18 MB, the limit is 16 MB)";
}

void TestImporters::htmlLimits()
{
    QFETCH(QString, html);
    QFETCH(int, maxMs);
    QFETCH(int, maxKb);
    QFETCH(QString, text);
    QFETCH(QString, error);

    std::optional<GumboGuard::Budget> budget;
    if (maxMs || maxKb) {
        budget = GumboGuard::Budget();
        if (maxMs)
            budget->maxTime = std::chrono::milliseconds(maxMs);
        if (maxKb)
            budget->maxBytes = std::size_t(maxKb) * 1024;
    }
    QElapsedTimer timer;
    timer.start();
    const HtmlTree tree = HtmlTree::parse(html, budget);
    QVERIFY2(tree.error().contains(error), qPrintable(tree.error()));
    if (error.isEmpty()) {
        QCOMPARE(HtmlExtractor::extractFromString(html).text, text);
    } else {
        QCOMPARE(tree.size(), 1); // the document node alone
        QVERIFY(timer.elapsed() < 5000);
    }
}

void TestImporters::htmlOverLimitIsReported()
{
    const ImportFileResult r
        = ArticleImporter::importData(QStringLiteral("/x/huge.html"), QByteArray("<p>").repeated(6 << 20));
    QCOMPARE(int(r.outcome), int(ImportOutcome::Failed));
    QVERIFY2(r.reason.contains(QLatin1String("too large to read as HTML")), qPrintable(r.reason));
}

void TestImporters::pdfText()
{
    const PdfExtractor::Result pdf = PdfExtractor::extract(makePdf());
    QVERIFY2(pdf.ok, qPrintable(pdf.error));
    QCOMPARE(pdf.pageCount, 2);
    QCOMPARE(
        pdf.text, QStringLiteral("Crossread extracts words\nSecond line here\n\nA new paragraph\n\nPage two text"));
    QCOMPARE(pdf.title, QStringLiteral("Generated Test Document"));
    QCOMPARE(qint64(pdf.glyphs.size()), CodePoints::count(pdf.text));

    const qsizetype pageTwo = pdf.text.indexOf(QLatin1String("Page two"));
    qreal previousRight = 0;
    for (qsizetype i = 0; i < pdf.text.size(); ++i) {
        const QChar c = pdf.text.at(i);
        const PdfGlyph &glyph = pdf.glyphs.at(i);
        QCOMPARE(glyph.page, i < pageTwo ? 0 : 1);
        if (c.isLetter()) {
            QVERIFY2(!glyph.box.isEmpty(), qPrintable(QStringLiteral("letter %1 at %2 has no box").arg(c).arg(i)));
            QVERIFY(glyph.box.left() >= 35 && glyph.box.right() < 400); // drawn from x = 40 pt on an A4 page
        } else if (c == QLatin1Char('\n')) {
            QVERIFY(glyph.box.isNull());
        }
    }
    // Letters of the first word advance left to right on the first line (baseline 80 pt).
    for (int i = 0; i < 9; ++i) {
        const QRectF box = pdf.glyphs.at(i).box;
        QVERIFY(box.left() >= previousRight - 0.5);
        QVERIFY(box.top() < 80 && box.bottom() > 70);
        previousRight = box.right();
    }
    // Imported through ArticleImporter, the glyphs travel with the document.
    const ImportFileResult imported = ArticleImporter::importData(QStringLiteral("/tmp/x/report.PDF"), makePdf());
    QCOMPARE(imported.outcome, ImportOutcome::Imported);
    QCOMPARE(imported.document.format, ArticleFormat::Pdf);
    QCOMPARE(imported.document.glyphs.size(), pdf.glyphs.size());
}

void TestImporters::pdfBroken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no header") << QByteArray("just some text pretending");
    QTest::newRow("header, then garbage") << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF");
    QTest::newRow("truncated real pdf") << makePdf().left(300);
}

void TestImporters::pdfBroken()
{
    QFETCH(QByteArray, bytes);
    const ImportFileResult result = ArticleImporter::importData(QStringLiteral("broken.pdf"), bytes);
    QCOMPARE(result.outcome, ImportOutcome::Failed);
    QVERIFY2(result.reason.startsWith(QLatin1String("not a readable PDF: ")), qPrintable(result.reason));
    QVERIFY(result.reason.size() > 20);
}

void TestImporters::dates_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("dateline");
    QTest::newRow("middle dot and time") << QStringLiteral("Jun 14, 2026 · 9:24 AM") << QDate(2026, 6, 14);
    QTest::newRow("month day year") << "June 14, 2026" << QDate(2026, 6, 14);
    QTest::newRow("day month year") << "14 June 2026" << QDate(2026, 6, 14);
    QTest::newRow("iso") << "2026-06-14" << QDate(2026, 6, 14);
    QTest::newRow("published prefix") << "Published: June 14, 2026 at 9:24 a.m. EDT" << QDate(2026, 6, 14);
    QTest::newRow("updated with weekday") << "Updated Tuesday, Sept. 3, 2025" << QDate(2025, 9, 3);
    QTest::newRow("byline and date") << "By Jane Doe | June 14, 2026" << QDate(2026, 6, 14);
    QTest::newRow("date inside prose") << "Meta announced the model on April 8, 2026, to a room full of developers "
                                          "and investors"
                                       << QDate();
    QTest::newRow("impossible date") << "2026-02-31" << QDate();
    QTest::newRow("month and year only") << "June 2025" << QDate();
}

void TestImporters::dates()
{
    QFETCH(QString, line);
    QTEST(MetadataGuesser::dateline(line), "dateline");
}

void TestImporters::storyMetadata_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("title"); // after the importer's fallback to the first sentence
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("published");
    // 01 has no headline: every opening line is wrapped prose or ends a sentence.
    QTest::newRow("01 wrapped, no headline")
        << "01" << int(ArticleFormat::Text)
        << "As Kestrel Platforms gets ready to ship the first models built under the founder of…"
        << ""
        << "" << QDate();
    // 02 opens with an image caption (a full sentence) above the headline.
    QTest::newRow("02 caption above the headline")
        << "02" << int(ArticleFormat::Text) << "Kestrel Rethinks Open Models as Ines Marlowe Takes the Lead"
        << ""
        << "" << QDate();
    QTest::newRow("03 dateline, menus, byline")
        << "03" << int(ArticleFormat::Text) << "Kestrel says its open model playbook has run its course"
        << ""
        << "Priya Raman" << QDate(2026, 6, 14);
    QTest::newRow("04 Markdown with a desk line")
        << "04" << int(ArticleFormat::Markdown) << "Kestrel's Tern Marks a Break With Its Open-Weight Past"
        << "Parallax Wire"
        << "Dana Whitcombe" << QDate(2026, 4, 9);
    QTest::newRow("05 HTML meta tags") << "05" << int(ArticleFormat::Html) << "Kestrel keeps Tern closed, for now"
                                       << "Signal Brief"
                                       << "Okonkwo Adeyemi" << QDate(2026, 4, 10);
}

void TestImporters::storyMetadata()
{
    QFETCH(QString, prefix);
    QFETCH(int, format);
    const QString path = test::storyPath(prefix);
    QVERIFY2(!path.isEmpty(), test::missingStory(prefix));
    const ImportFileResult result = ArticleImporter::importFile(path);
    QCOMPARE(result.outcome, ImportOutcome::Imported);
    QCOMPARE(int(result.document.format), format);
    QTEST(result.document.title, "title");
    QTEST(result.document.outlet, "outlet");
    QTEST(result.document.author, "author");
    QTEST(result.document.published, "published");
    if (result.document.format != ArticleFormat::Html) {
        // UTF-8 with \n line endings on disk: the stored text is the file, as Qt's own decoder reads it.
        QCOMPARE(result.document.text, QString::fromUtf8(test::readFile(path)));
        return;
    }
    // The article's prose only: no navigation, script, related links or footer.
    QCOMPARE(result.document.text,
        QStringLiteral("Kestrel keeps Tern closed, for now\n\nBy Okonkwo Adeyemi\n\nKestrel Platforms will not "
                       "publish the weights of Tern, its newest model, the company confirmed on Thursday. Developers "
                       "can reach the model only through Kestrel's hosted service.\n\nThe decision breaks with the "
                       "habit that made the Larkspur models popular with researchers. Ines Marlowe, who leads the "
                       "Horizon Lab, said the company still values open research but has to weigh the risks of each "
                       "release.\n\nSeveral developers who built tools on Larkspur said they would wait for the "
                       "smaller Tern variants that Kestrel has hinted at before deciding whether to switch."));
}

void TestImporters::textMetadata_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("published");
    QTest::newRow("markdown heading")
        << "# **Open** weights, [closed](https://example.org) doors #\n\nBy Jane Doe and Li Wei\n\nBody text here."
        << "Open weights, closed doors"
        << ""
        << "Jane Doe and Li Wei" << QDate();
    QTest::newRow("front matter") << "---\ntitle: \"Front title\"\nauthor: Ann Lee\ndate: 2025-01-31\n---\n# Other\n"
                                  << "Front title"
                                  << ""
                                  << "Ann Lee" << QDate(2025, 1, 31);
    QTest::newRow("setext heading") << "Skip to content\nA Setext Title\n==============\nWritten by Ana de la Cruz\n"
                                    << "A Setext Title"
                                    << ""
                                    << "Ana de la Cruz" << QDate();
    QTest::newRow("name above dateline") << "Labs Race Ahead\nMaria Lopez\nPublished: 3 March 2026\n\nText."
                                         << "Labs Race Ahead"
                                         << ""
                                         << "Maria Lopez" << QDate(2026, 3, 3);
    QTest::newRow("published wins over updated") << "Updated: May 2, 2026\nPublished: May 1, 2026\nThe Story Headline\n"
                                                 << "The Story Headline"
                                                 << ""
                                                 << "" << QDate(2026, 5, 1);
    QTest::newRow("category label is not an author") << "Headline Of Note\n\nArtificial Intelligence\n\nBody."
                                                     << "Headline Of Note"
                                                     << ""
                                                     << "" << QDate();
    // A masthead in capitals names the outlet and is not the headline.
    QTest::newRow("masthead with a section") << "QUILL LEDGER | AI & Compute\nMar 4, 2026 · 8:15 AM\nLabs race ahead "
                                                "on reasoning scores\nBy Jane Doe\n\nBody."
                                             << "Labs race ahead on reasoning scores"
                                             << "Quill Ledger"
                                             << "Jane Doe" << QDate(2026, 3, 4);
    QTest::newRow("masthead spelled in the dateline")
        << "MARSHGATE POST\n\nA round closes above two billion\n\nBy Ann Lee\n\nOSLO (MarshGate Post) - It closed."
        << "A round closes above two billion"
        << "MarshGate Post"
        << "Ann Lee" << QDate();
    QTest::newRow("short words stay in capitals") << "AI WIRE\nLabs Race Ahead\n"
                                                  << "Labs Race Ahead"
                                                  << "AI Wire"
                                                  << "" << QDate();
    QTest::newRow("navigation in capitals is no outlet") << "NEWS | TECHNOLOGY\nLabs Race Ahead\n"
                                                         << "Labs Race Ahead"
                                                         << ""
                                                         << "" << QDate();
    QTest::newRow("advertisement is no outlet") << "ADVERTISEMENT\nLabs Race Ahead\n"
                                                << "Labs Race Ahead"
                                                << ""
                                                << "" << QDate();
    QTest::newRow("outlet before its desk and date")
        << "Labs Race Ahead\n\nBy Staff\nQuillpost | AI Desk | March 4, 2026\n\nBody."
        << "Labs Race Ahead"
        << "Quillpost"
        << "" << QDate(2026, 3, 4);
    QTest::newRow("outlet before its desk")
        << "# Labs Race Ahead\n\nPublished: 2026-03-05\nSignal & Static — Funding Desk\n\nBody."
        << "Labs Race Ahead"
        << "Signal & Static"
        << "" << QDate(2026, 3, 5);
    QTest::newRow("a name before a date is a byline") << "Labs race ahead on scores\nJane Doe · June 14, 2026\n\nBody."
                                                      << "Labs race ahead on scores"
                                                      << ""
                                                      << "Jane Doe" << QDate(2026, 6, 14);
    QTest::newRow("a headline is not the author") << "Labs Race Ahead\nJane Doe · June 14, 2026\n\nBody."
                                                  << "Labs Race Ahead"
                                                  << ""
                                                  << "Jane Doe" << QDate(2026, 6, 14);
    QTest::newRow("masthead only near the top")
        << "Labs Race Ahead\n\nBy Jane Doe\n\nFirst line.\nSecond line.\nNORTH DESK\n"
        << "Labs Race Ahead"
        << ""
        << "Jane Doe" << QDate();
}

void TestImporters::textMetadata()
{
    QFETCH(QString, text);
    const MetadataGuesser::Result result = MetadataGuesser::guess(text);
    QTEST(result.title, "title");
    QTEST(result.outlet, "outlet");
    QTEST(result.author, "author");
    QTEST(result.published, "published");
}

void TestImporters::storyBoilerplate_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("ranges");
    QTest::newRow("01 advertisement lines") << "01" << QStringList { QStringLiteral("advertisement\nadvertisement") };
    QTest::newRow("02 section headings are not boilerplate") << "02" << QStringList();
    QTest::newRow("03 menus, reading time, onward links")
        << "03"
        << QStringList { QStringLiteral("Subscribe\nHome Ai"), QStringLiteral("· 5 min read · 141 views"),
               QStringLiteral("Related Articles\nMore posts →\nLoading next article…\nYou're all caught up") };
    QTest::newRow("04 Markdown") << "04" << QStringList();
}

void TestImporters::storyBoilerplate()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, ranges);
    const QString text = test::storyText(prefix);
    QVERIFY2(!text.isEmpty(), test::missingStory(prefix));
    const QList<TextRange> found = BoilerplateDetector::detect(text);
    QCOMPARE(rangeTexts(text, found), ranges);
    const CodePoints cp(text);
    for (const TextRange &r : found) { // whole lines: starts after a \n (or at 0), ends before one (or at the end)
        QVERIFY(r.start == 0 || text.at(cp.toUtf16(r.start) - 1) == QLatin1Char('\n'));
        QVERIFY(r.end == cp.size() || text.at(cp.toUtf16(r.end)) == QLatin1Char('\n'));
    }
}

void TestImporters::boilerplateLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("boilerplate");
    const QStringList yes = { "ADVERTISEMENT", "- Advertisement -", "Sponsored", "Skip to content", "Home › Tech › AI",
        "Share this article", "Follow us on LinkedIn", "Facebook Twitter LinkedIn Email", "Sign up for our newsletter",
        "Subscribe", "Read more", "Recommended for you", "5 min read", "• 3 minute read • 2.1K views",
        "Loading next article…", "We use cookies to improve your experience. By continuing you accept our policy.",
        "© 2026 Example Media. All rights reserved.", "Copyright 2026 Example Media", "Tags: AI, Meta, Llama",
        "Story continues below advertisement" };
    const QStringList no = { "Home prices rose sharply in May as mortgage rates fell.",
        "Copyright holders sued the lab over its training data.", "Share prices of Meta rose 9% after the launch.",
        "Subscribers to the service grew 20% last year, the company said.",
        "Related work on open models is summarised below.", "More than 3 billion users will see it.",
        "Advertising revenue funds the research.", "Read more about the model in the paper.", "Artificial Intelligence",
        "What Happened", "" };
    for (const QString &line : yes)
        QTest::newRow(qPrintable(QLatin1String("yes: ") + line)) << line << true;
    for (const QString &line : no)
        QTest::newRow(qPrintable(QLatin1String("no: ") + line)) << line << false;
}

void TestImporters::boilerplateLine()
{
    QFETCH(QString, line);
    QTEST(BoilerplateDetector::isBoilerplateLine(line), "boilerplate");
}

void TestImporters::boilerplateInContext_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("flagged"); // the text of each range found

    QTest::newRow("wrapped prose ending in a label word")
        << "The two labs are said to be in talks over a compute deal, but neither would\ncomment.\n"
        << QStringList();
    QTest::newRow("label after a finished paragraph")
        << "The deal closed on Monday after long talks with the regulators in Brussels.\nComments\nNext.\n"
        << QStringList { QStringLiteral("Comments") };
    QTest::newRow("label after a cut-off paragraph")
        << "The deal closed on Monday after long talks with the regulators in\nAdvertisement\nBrussels.\n"
        << QStringList { QStringLiteral("Advertisement") };
    QTest::newRow("menu lines together") << "Home\nSubscribe\nThe headline\n"
                                         << QStringList { QStringLiteral("Home\nSubscribe") };
    QTest::newRow("short line before a lower-case label") << "Menu\nshare\nBody text follows here.\n"
                                                          << QStringList { QStringLiteral("Menu\nshare") };
}

void TestImporters::boilerplateInContext()
{
    QFETCH(QString, text);
    QFETCH(QStringList, flagged);
    const CodePoints cp(text);
    QStringList found;
    for (const TextRange &r : BoilerplateDetector::detect(text))
        found << cp.mid(text, r.start, r.end);
    QCOMPARE(found, flagged);
}

void TestImporters::importOutcome_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("reason");
    const int skipped = int(ImportOutcome::Skipped);
    QTest::newRow("empty") << "empty.txt" << QByteArray() << skipped << "empty file";
    QTest::newRow("whitespace only") << "blank.md" << QByteArray(" \n\t\r\n ") << skipped << "empty file";
    QTest::newRow("utf-16 whitespace") << "blank16.txt" << utf16(QStringLiteral(" \n "), true, true) << skipped
                                       << "empty file";
    QTest::newRow("binary with txt name")
        << "image.txt" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << skipped << "binary file";
    QTest::newRow("html without text") << "page.htm" << QByteArray("<script>x()</script><nav>Menu</nav>") << skipped
                                       << "no article text in the page";
    QTest::newRow("unsupported") << "notes.docx" << QByteArray("PK\x03\x04") << skipped << "unsupported file type";
    QTest::newRow("plain text") << "Note.TXT" << QByteArray("Hello") << int(ImportOutcome::Imported) << "";
    QTest::newRow("html") << "page.HTML" << QByteArray("<p>Hi <b>there</b></p>") << int(ImportOutcome::Imported) << "";

    // Not text: tiny random files that pass the byte-level binary check, and "text" with no words.
    const QString random = QStringLiteral("not text: binary or random bytes");
    QTest::newRow("8 random bytes") << "r1.txt"
                                    << QByteArray(".\xdf"
                                                  "DKCn+\x85",
                                           8)
                                    << skipped << random;
    QTest::newRow("12 random bytes with a DOS end mark") << "r2.txt"
                                                         << QByteArray("\xb3\xd8\x80\x96H!f\xbd"
                                                                       "DA\xc8\x1a",
                                                                12)
                                                         << skipped << random;
    QTest::newRow("12 random bytes, undefined in Windows-1252") << "r3.md"
                                                                << QByteArray("\xc3\xa9"
                                                                              "AB\x8f\x90\xff\xfe"
                                                                              "3DU\xe2",
                                                                       12)
                                                                << skipped << random;
    QTest::newRow("16 random bytes with letters and a line break")
        << "r4.txt" << QByteArray("Xo\x8c\nDl,\xea\xa9\xd1\xe5J(/d\x92", 16) << skipped << random;
    const QString noWords = QStringLiteral("not text: no words");
    QTest::newRow("digits and punctuation")
        << "n.txt" << QByteArray("!!!! ---- 1234 .... ++++\n#### 5678\n") << skipped << noWords;
    QTest::newRow("a table of numbers") << "t.md" << QByteArray("| 1 | 2 |\n|---|---|\n| 3.5 | 4 |\n") << skipped
                                        << noWords;
    QTest::newRow("a page of numbers") << "p.html" << QByteArray("<p>12 34 \xe2\x80\x94 56</p>") << skipped << noWords;
    // Text in other encodings and scripts, short or tabular, still imports.
    const int imported = int(ImportOutcome::Imported);
    QTest::newRow("latin-1 french") << "fr.txt"
                                    << QByteArray("Le mod\xe8le a \xe9t\xe9 lanc\xe9 \xe0 Paris, dit l'\xe9quipe.")
                                    << imported << "";
    QTest::newRow("windows-1252 quotes") << "de.txt"
                                         << QByteArray("\x93Wir sind bereit\x94, sagte die Firma am Montag.")
                                         << imported << "";
    QTest::newRow("russian") << "ru.txt" << QStringLiteral("Модель выпущена в понедельник.").toUtf8() << imported << "";
    QTest::newRow("chinese") << "zh.txt" << QStringLiteral("新模型于周一发布。").toUtf8() << imported << "";
    QTest::newRow("hindi") << "hi.txt" << QStringLiteral("नया मॉडल सोमवार को जारी किया गया।").toUtf8() << imported
                           << "";
    QTest::newRow("markdown table with words")
        << "m.md" << QByteArray("| Model | Score |\n|---|---|\n| Orrery 3 | 74.1 |\n| Gale 2 | 71.9 |\n") << imported
        << "";
    QTest::newRow("short headline") << "h.txt" << QByteArray("Model launch delayed") << imported << "";
}

void TestImporters::importOutcome()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(test::writeFile(path, bytes));
    const ImportFileResult result = ArticleImporter::importFile(path);
    QTEST(int(result.outcome), "outcome");
    QTEST(result.reason, "reason");
}

void TestImporters::importUnreadable()
{
    QTemporaryDir dir;
    // A folder named like an article and a dangling link fail for every user, root included.
    const QString folder = dir.filePath(QStringLiteral("folder.txt"));
    QVERIFY(QDir().mkpath(folder));
    QFile probe(folder);
    QVERIFY(!probe.open(QIODevice::ReadOnly));
    ImportFileResult result = ArticleImporter::importFile(folder);
    QCOMPARE(result.outcome, ImportOutcome::Failed);
    QCOMPARE(result.reason, probe.errorString());

    const QString dangling = dir.filePath(QStringLiteral("gone.md"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("missing.md")), dangling));
    result = ArticleImporter::importFile(dangling);
    QCOMPARE(result.outcome, ImportOutcome::Failed);
    QCOMPARE(result.reason, QStringLiteral("No such file or directory"));
}

void TestImporters::importPermissionDenied()
{
    if (geteuid() == 0)
        QSKIP("root reads files whatever their permissions");
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked.txt"));
    QVERIFY(test::writeFile(locked, "secret"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    const ImportFileResult result = ArticleImporter::importFile(locked);
    QCOMPARE(result.outcome, ImportOutcome::Failed);
    QCOMPARE(result.reason, QStringLiteral("Permission denied"));
}

void TestImporters::firstSentenceTitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::newRow("short sentence, full stop dropped")
        << "Northwind raised $2.5 billion on Tuesday. Its rivals said nothing.\n"
        << "Northwind raised $2.5 billion on Tuesday";
    QTest::newRow("question keeps its mark") << "Is open weight over? Kestrel thinks so.\n"
                                             << "Is open weight over?";
    QTest::newRow("long sentence cut at a word boundary")
        << "The consortium of eleven regional hospitals said on Friday that it would license the "
           "triage model for three more years.\n"
        << "The consortium of eleven regional hospitals said on Friday that it would license the\u2026";
    QTest::newRow("dateline, byline and ad marker skipped")
        << "Advertisement\n\nJun 14, 2026 \u00b7 9:24 AM\nBy Jane Doe\n\nLabs raced ahead this week. More "
           "follows.\n"
        << "Labs raced ahead this week";
    QTest::newRow("hard-wrapped sentence joined")
        << "Tidewater Data will open a second\nlabelling centre in Porto. It hires now.\n"
        << "Tidewater Data will open a second labelling centre in Porto";
    QTest::newRow("one word longer than a title")
        << QString(100, u'x') + QStringLiteral(" and more.") << QString(89, u'x') + QChar(0x2026);
}

void TestImporters::firstSentenceTitle()
{
    QFETCH(QString, text);
    QTEST(FirstSentenceTitle::fromText(text), "title");
}

void TestImporters::importHashAndFallbackTitle()
{
    const QByteArray bytes("no headline here, just a sentence that ends. And another one.\n");
    const ImportFileResult result = ArticleImporter::importData(QStringLiteral("/data/my.notes.v2.md"), bytes);
    QCOMPARE(result.outcome, ImportOutcome::Imported);
    QCOMPARE(result.document.format, ArticleFormat::Markdown);
    QCOMPARE(result.document.contentHash, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(result.document.contentHash.size(), 64);
    QCOMPARE(result.document.title, QStringLiteral("no headline here, just a sentence that ends"));
    QCOMPARE(result.document.path, QStringLiteral("/data/my.notes.v2.md"));
}

void TestImporters::importForComparison_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    const QString samples = QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples/");
    for (const char *name : { "01-halcyon-launch-circuit-ledger.html", "02-halcyon-launch-frontier-daily.txt",
             "04-northwind-funding-signal-and-noise.md" }) {
        QFile file(samples + QLatin1String(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(name) << file.fileName() << file.readAll();
    }
    QTest::newRow("pdf") << "report.pdf" << makePdf();
    QTest::newRow("boilerplate and no headline")
        << "notes.txt"
        << QByteArray("Share this article\n\nthe lab said on Monday that its model reads faster. It did not say "
                      "how much.\n\nRelated articles\n");
}

// Reading for a comparison skips the hash and the boilerplate, and nothing else.
void TestImporters::importForComparison()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    const ImportFileResult full = ArticleImporter::importData(path, bytes);
    const ImportFileResult read = ArticleImporter::importData(path, bytes, ImportPurpose::Comparison);
    QCOMPARE(full.outcome, ImportOutcome::Imported);
    QCOMPARE(read.outcome, ImportOutcome::Imported);
    QCOMPARE(read.document.text, full.document.text);
    QCOMPARE(read.document.title, full.document.title);
    QCOMPARE(read.document.outlet, full.document.outlet);
    QCOMPARE(read.document.author, full.document.author);
    QCOMPARE(read.document.published, full.document.published);
    QCOMPARE(read.document.format, full.document.format);
    QCOMPARE(read.document.path, full.document.path);
    QCOMPARE(read.document.glyphs.size(), full.document.glyphs.size());
    QVERIFY(!read.document.title.isEmpty());
    QCOMPARE(full.document.contentHash.size(), 64);
    QVERIFY(read.document.contentHash.isEmpty());
    QVERIFY(read.document.boilerplate.isEmpty());
}

void TestImporters::importOutletFromText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("outlet");
    QTest::newRow("plain text masthead") << "a.txt"
                                         << QByteArray("QUILL LEDGER\n\nLabs race ahead on scores\n\nBody.\n")
                                         << "Quill Ledger";
    QTest::newRow("markdown desk line") << "b.md" << QByteArray("# Labs race ahead\n\nQuillpost | AI Desk\n\nBody.\n")
                                        << "Quillpost";
    // The page's own metadata wins over a masthead in its text.
    QTest::newRow("html site name")
        << "c.html"
        << QByteArray("<html><head><meta property=\"og:site_name\" content=\"Site Name\"><title>T</title></head>"
                      "<body><article><p>OTHER WIRE</p><h1>Labs race ahead</h1><p>Body text of the page goes on "
                      "for a while so that it counts as an article.</p></article></body></html>")
        << "Site Name";
}

void TestImporters::importOutletFromText()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    const ImportFileResult result = ArticleImporter::importData(path, bytes);
    QCOMPARE(result.outcome, ImportOutcome::Imported);
    QTEST(result.document.outlet, "outlet");
}

void TestImporters::importTooLarge()
{
    const QByteArray bytes(ArticleImporter::MaxFileSize + 1, 'a');
    const ImportFileResult result = ArticleImporter::importData(QStringLiteral("huge.txt"), bytes);
    QCOMPARE(result.outcome, ImportOutcome::Skipped);
    QCOMPARE(result.reason, QStringLiteral("file too large (64 MB)"));
}

void TestImporters::scanFolder()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    for (const char *name : { "a.txt", "b.md", "c.HTML", "d.pdf", "e.markdown", "f.htm", "ignored.docx", ".hidden.txt",
             ".crossread/state.txt", ".git/x.md", "sub/g.txt", "sub/deeper/h.txt" })
        QVERIFY(test::writeFile(root.filePath(QString::fromUtf8(name)), "x"));
    QVERIFY(QFile::link(root.path(), root.filePath(QStringLiteral("sub/deeper/loop")))); // back to the top
    QVERIFY(QFile::link(root.filePath(QStringLiteral("sub")), root.filePath(QStringLiteral("alias")))); // same folder
    QVERIFY(QFile::link(root.filePath(QStringLiteral("a.txt")), root.filePath(QStringLiteral("same-as-a.txt"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("nowhere.txt")), root.filePath(QStringLiteral("dangling.txt"))));

    const FolderScanner::ScanResult result = FolderScanner::scan(dir.path());
    QStringList expected;
    for (const char *name :
        { "a.txt", "b.md", "c.HTML", "d.pdf", "e.markdown", "f.htm", "sub/deeper/h.txt", "sub/g.txt" })
        expected << root.filePath(QString::fromUtf8(name));
    expected.sort();
    QCOMPARE(result.files, expected);
    QCOMPARE(result.skipped.size(), 1);
    QCOMPARE(result.skipped.first().first, root.filePath(QStringLiteral("dangling.txt")));
    QCOMPARE(result.skipped.first().second, QStringLiteral("broken symbolic link"));
}

void TestImporters::scanUnreadableFolder()
{
    if (geteuid() == 0)
        QSKIP("root enters folders whatever their permissions");
    QTemporaryDir dir;
    const QDir root(dir.path());
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("ok.txt")), "x"));
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("closed/hidden.txt")), "x"));
    QVERIFY(QFile::setPermissions(root.filePath(QStringLiteral("closed")), QFileDevice::Permissions()));
    const FolderScanner::ScanResult result = FolderScanner::scan(dir.path());
    QFile::setPermissions(root.filePath(QStringLiteral("closed")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(result.files, QStringList { root.filePath(QStringLiteral("ok.txt")) });
    QCOMPARE(result.skipped.size(), 1);
    QCOMPARE(result.skipped.first().first, root.filePath(QStringLiteral("closed")));
    QCOMPARE(result.skipped.first().second, QStringLiteral("permission denied"));
}

void TestImporters::scanDepthCap()
{
    QTemporaryDir dir;
    QString path = dir.path();
    for (int depth = 1; depth <= FolderScanner::MaxDepth + 1; ++depth) {
        path += QStringLiteral("/d");
        QVERIFY(test::writeFile(path + QStringLiteral("/f.txt"), "x"));
    }
    const FolderScanner::ScanResult result = FolderScanner::scan(dir.path());
    QCOMPARE(result.files.size(), FolderScanner::MaxDepth);
    QCOMPARE(result.skipped.size(), 1);
    QVERIFY(result.skipped.first().second.contains(QLatin1String("64")));
}

void TestImporters::scanMissingFolder()
{
    const FolderScanner::ScanResult result = FolderScanner::scan(QStringLiteral("/nonexistent/crossread/folder"));
    QVERIFY(result.files.isEmpty());
    QCOMPARE(result.skipped.size(), 1);
    QCOMPARE(result.skipped.first().second, QStringLiteral("folder does not exist"));
}

void TestImporters::scanSkipsWhatIsNotAnArticle()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QDir root(dir.path());
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("a.txt")), "x"));
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("sub/b.md")), "x"));
    QVERIFY(test::writeFile(elsewhere.filePath(QStringLiteral("c.txt")), "x"));
    QCOMPARE(::mkfifo(QFile::encodeName(root.filePath(QStringLiteral("pipe.txt"))).constData(), 0600), 0);
    const int socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(socketFd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketPath = QFile::encodeName(root.filePath(QStringLiteral("socket.md")));
    QVERIFY(size_t(socketPath.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, socketPath.constData(), size_t(socketPath.size()));
    QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(socketFd);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), root.filePath(QStringLiteral("zero.txt"))));
    QVERIFY(QFile::link(QStringLiteral("/"), root.filePath(QStringLiteral("root"))));
    QVERIFY(QFile::link(elsewhere.path(), root.filePath(QStringLiteral("elsewhere"))));
    QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("c.txt")), root.filePath(QStringLiteral("c-link.txt"))));
    // Links that stay inside are followed (a file listed once, under its own name).
    QVERIFY(QFile::link(root.filePath(QStringLiteral("sub")), root.filePath(QStringLiteral("sub-link"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("a.txt")), root.filePath(QStringLiteral("a-link.txt"))));
    // Links and special files whose names are not articles are none of the import's business.
    QVERIFY(QFile::link(QStringLiteral("/dev/null"), root.filePath(QStringLiteral("null.bin"))));

    const FolderScanner::ScanResult result = FolderScanner::scan(dir.path());
    QCOMPARE(result.files,
        QStringList({ root.filePath(QStringLiteral("a.txt")), root.filePath(QStringLiteral("sub/b.md")) }));
    QList<QPair<QString, QString>> skipped = result.skipped;
    std::sort(skipped.begin(), skipped.end());
    const QString canonicalElsewhere = QFileInfo(elsewhere.path()).canonicalFilePath();
    QList<QPair<QString, QString>> expected {
        { root.filePath(QStringLiteral("c-link.txt")),
            QStringLiteral("symbolic link to %1/c.txt, outside the imported folder").arg(canonicalElsewhere) },
        { root.filePath(QStringLiteral("elsewhere")),
            QStringLiteral("symbolic link to %1, outside the imported folder").arg(canonicalElsewhere) },
        { root.filePath(QStringLiteral("pipe.txt")), QStringLiteral("not a regular file: a named pipe (FIFO)") },
        { root.filePath(QStringLiteral("root")), QStringLiteral("symbolic link to /, outside the imported folder") },
        { root.filePath(QStringLiteral("socket.md")), QStringLiteral("not a regular file: a socket") },
        { root.filePath(QStringLiteral("zero.txt")),
            QStringLiteral("symbolic link to /dev/zero, outside the imported folder") },
    };
    QCOMPARE(skipped, expected);
}

void TestImporters::scanNameNotUtf8()
{
    QTemporaryDir dir;
    // "café.txt" in Latin-1: the byte E9 alone is not UTF-8, so no QString can name the file.
    const QByteArray native = QFile::encodeName(dir.path()) + "/caf\xe9.txt";
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "x", 1), ssize_t(1));
    ::close(fd);
    const FolderScanner::ScanResult result = FolderScanner::scan(dir.path());
    const QString readable = dir.filePath(QStringLiteral("caf\\xE9.txt"));
    QCOMPARE(result.files, QStringList { readable });
    QCOMPARE(FolderScanner::nativePath(result, readable), native);
    QCOMPARE(result.renamed.size(), 1);
    QCOMPARE(result.renamed.first().first, readable);
    QVERIFY(result.renamed.first().second.contains(QStringLiteral("not valid UTF-8")));
    QVERIFY(result.skipped.isEmpty());
    QCOMPARE(::unlink(native.constData()), 0); // QTemporaryDir cannot name it either
}

QTEST_MAIN(TestImporters)
#include "tst_importers.moc"
