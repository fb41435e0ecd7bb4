// Tests of the exporters (annotated PDF, REFI-QDA, CSV, Web Annotation) and the REFI-QDA
// importer. Every export is read back with a reader that shares no code with the writer:
// poppler, qpdf, pdftotext, unzip, xmllint, QJsonDocument and a small CSV parser below.
#include "TestSupport.h"

#include "domain/CodePoints.h"
#include "export/CsvExporter.h"
#include "export/PdfExporter.h"
#include "export/QdpxExporter.h"
#include "export/QdpxImporter.h"
#include "export/QdpxProjectReader.h"
#include "export/WebAnnotationExporter.h"
#include "export/ZipReader.h"
#include "export/ZipWriter.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QBuffer>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace crossread;

namespace {

const QDateTime kCreated(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
const QDateTime kModified(QDate(2026, 3, 4), QTime(17, 5), Qt::UTC);
const QString kBundleAuthor = QStringLiteral("Lead Reviewer");
const QString kAnalyst = QStringLiteral("Ana Analyst");

struct ToolRun
{
    bool found = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolRun runTool(const QString &program, const QStringList &args)
{
    ToolRun r;
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty())
        return r;
    r.found = true;
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

qint64 cpOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : CodePoints(text).fromUtf16(at);
}

Span makeSpan(qint64 id, const ExportArticle &a, qint64 start, qint64 end, const QList<qint64> &tags,
    const QString &note = {}, const QString &author = {})
{
    Span s;
    s.id = id;
    s.articleId = a.article.id;
    s.start = start;
    s.end = end;
    s.text = CodePoints(a.article.text).mid(a.article.text, start, end);
    s.note = note;
    s.author = author;
    s.created = kCreated;
    s.modified = kModified;
    s.tagIds = tags;
    return s;
}

Span spanOn(qint64 id, const ExportArticle &a, const QString &quote, const QList<qint64> &tags,
    const QString &note = {}, const QString &author = {})
{
    const qint64 start = cpOf(a.article.text, quote);
    return makeSpan(id, a, start, start + CodePoints::count(quote), tags, note, author);
}

// Word-aligned span of at least minLength code points starting after `from` (the story text is
// used by position, never quoted in this file).
Span wordSpan(qint64 id, const ExportArticle &a, qsizetype from, qsizetype minLength, const QList<qint64> &tags,
    const QString &note = {})
{
    const QString &t = a.article.text;
    const qsizetype start = t.indexOf(QLatin1Char(' '), from) + 1;
    qsizetype end = t.indexOf(QLatin1Char(' '), start + minLength);
    if (end < 0)
        end = t.size();
    const CodePoints cp(t);
    return makeSpan(id, a, cp.fromUtf16(start), cp.fromUtf16(end), tags, note);
}

Tag makeTag(qint64 id, qint64 parent, const QString &name, const QColor &color, const QString &description = {})
{
    Tag t;
    t.id = id;
    t.parentId = parent;
    t.name = name;
    t.color = color;
    t.description = description;
    t.position = int(id);
    return t;
}

ExportArticle makeArticle(
    qint64 id, const QString &title, const QString &outlet, const QString &text, ArticleFormat format)
{
    ExportArticle a;
    a.article.id = id;
    a.article.title = title;
    a.article.outlet = outlet;
    a.article.author = QStringLiteral("Staff writer");
    a.article.published = QDate(2026, 2, 10 + int(id));
    a.article.text = text;
    a.article.format = format;
    a.article.path = QStringLiteral("/srv/articles/article-%1.%2").arg(id).arg(formatName(format));
    return a;
}

// Three text articles: a story article, a short one with an emoji before its spans, overlapping
// spans and boilerplate, and a long one whose big span crosses a page break.
ExportBundle textBundle()
{
    ExportBundle b;
    b.projectName = QStringLiteral("Frontier model coverage");
    b.author = kBundleAuthor;
    b.tags
        = { makeTag(1, 0, QStringLiteral("Claim"), QColor(0xE5, 0x73, 0x73), QStringLiteral("A checkable statement")),
              makeTag(2, 1, QStringLiteral("Funding"), QColor(0x64, 0xB5, 0xF6)),
              makeTag(3, 0, QStringLiteral("Source"), QColor(0x81, 0xC7, 0x84)),
              makeTag(4, 3, QStringLiteral("Benchmark"), QColor(0xFF, 0xB7, 0x4D), QStringLiteral("Scores & <tests>")),
              makeTag(5, 4, QStringLiteral("Risk, \"hype\""), QColor(0xBA, 0x68, 0xC8)) };

    ExportArticle storyArticle = makeArticle(1, QStringLiteral("Kestrel Rethinks Open Models"),
        QStringLiteral("Compute Courier"), test::storyText(QStringLiteral("02")), ArticleFormat::Text);
    storyArticle.spans = { wordSpan(101, storyArticle, 100, 40, { 1, 2 },
                               QStringLiteral("Needs a second source, \"soon\"\nCheck the filing.")),
        wordSpan(102, storyArticle, 700, 60, { 3 }) };

    const QString shortText
        = QStringLiteral("Launch notes \U0001F680 before the spans.\n"
                         "The lab said its new model scores 71 percent on the benchmark, up from 58 percent.\n"
                         "Independent testers could not reproduce the figure.\n"
                         "\n"
                         "Subscribe to our newsletter for more.\n");
    ExportArticle shortArticle = makeArticle(2, QStringLiteral("Lab claims a benchmark jump"),
        QStringLiteral("Example Times"), shortText, ArticleFormat::Markdown);
    shortArticle.spans
        = { spanOn(201, shortArticle, QStringLiteral("its new model scores 71 percent"), { 1 }, {}, kAnalyst),
              spanOn(202, shortArticle, QStringLiteral("71 percent on the benchmark"), { 4, 5 },
                  QStringLiteral("Compare with the vendor's own table."), kAnalyst),
              spanOn(203, shortArticle, QStringLiteral("testers could not reproduce"), { 5 }) };
    const qint64 subscribe = cpOf(shortText, QStringLiteral("Subscribe"));
    const qint64 testers = cpOf(shortText, QStringLiteral("Independent"));
    shortArticle.article.boilerplate = { TextRange { testers, testers + 19 }, // touched by a span: kept
        TextRange { subscribe, subscribe + 37 } };

    QString longText;
    for (int i = 1; i <= 70; ++i)
        longText += QStringLiteral("Paragraph %1 reports on compute budgets, data centre leases and the people "
                                   "who sign them, in enough words to fill a line or two.\n")
                        .arg(i);
    ExportArticle longArticle = makeArticle(
        3, QStringLiteral("A long read"), QStringLiteral("Quarterly Review"), longText, ArticleFormat::Html);
    longArticle.spans = { spanOn(301, longArticle, QStringLiteral("data centre leases"), { 2 }),
        makeSpan(302, longArticle, cpOf(longText, QStringLiteral("Paragraph 12 ")),
            cpOf(longText, QStringLiteral("Paragraph 60 ")), { 3 }, QStringLiteral("Whole middle section")) };
    b.articles = { storyArticle, shortArticle, longArticle };
    return b;
}

// A two-page PDF drawn here, with its glyph boxes read back the way a PDF importer would.
ExportArticle pdfArticle(const QString &path)
{
    const QStringList page1 { QStringLiteral("Quarterly filings show compute spending doubled."),
        QStringLiteral("Analysts expect the trend to continue next year.") };
    const QStringList page2 { QStringLiteral("The second page repeats no claims from the first.") };
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setResolution(300);
        QPainter p(&writer);
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSize(12);
        f.setStyleStrategy(QFont::PreferNoShaping); // no "fi" ligature in the extracted text
        p.setFont(f);
        for (int i = 0; i < page1.size(); ++i)
            p.drawText(QPointF(100, 200 + i * 90), page1[i]);
        writer.newPage();
        p.drawText(QPointF(100, 200), page2[0]);
    }
    ExportArticle a
        = makeArticle(4, QStringLiteral("Filing summary"), QStringLiteral("Registry"), {}, ArticleFormat::Pdf);
    a.article.path = path;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    for (int pg = 0; doc && pg < doc->numPages(); ++pg) {
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = doc->page(pg)->textList();
        for (size_t i = 0; i < boxes.size(); ++i) {
            const Poppler::TextBox &box = *boxes[i];
            for (int k = 0; k < box.text().size(); ++k) {
                a.article.text += box.text().at(k);
                a.glyphs << PdfGlyph { pg, box.charBoundingBox(k) };
            }
            const bool last = i + 1 == boxes.size();
            if (!last || pg + 1 < doc->numPages()) {
                a.article.text += box.hasSpaceAfter() ? QLatin1Char(' ') : QLatin1Char('\n');
                a.glyphs << PdfGlyph { pg, QRectF() };
            }
        }
    }
    a.spans = { spanOn(401, a, QStringLiteral("compute spending doubled"), { 2 }, QStringLiteral("Filed numbers"),
                    kAnalyst),
        spanOn(402, a, QStringLiteral("doubled.\nAnalysts expect"), { 1, 3 }),
        spanOn(403, a, QStringLiteral("second page"), { 3 }) };
    return a;
}

// Each highlight's contents as a viewer shows them, written out by hand from the two bundles above:
// the span's number in its article, its tag paths, and its note after a blank line.
QString expectedContents(const QString &highlightName)
{
    static const QHash<QString, QString> contents {
        { QStringLiteral("crossread-span-101"),
            QStringLiteral("1 · Claim, Claim / Funding\n\nNeeds a second source, \"soon\"\nCheck the filing.") },
        { QStringLiteral("crossread-span-102"), QStringLiteral("2 · Source") },
        { QStringLiteral("crossread-span-201"), QStringLiteral("1 · Claim") },
        { QStringLiteral("crossread-span-202"),
            QStringLiteral("2 · Source / Benchmark, Source / Benchmark / Risk, \"hype\"\n\n"
                           "Compare with the vendor's own table.") },
        { QStringLiteral("crossread-span-203"), QStringLiteral("3 · Source / Benchmark / Risk, \"hype\"") },
        { QStringLiteral("crossread-span-301"), QStringLiteral("1 · Claim / Funding") },
        { QStringLiteral("crossread-span-302"), QStringLiteral("2 · Source\n\nWhole middle section") },
        { QStringLiteral("crossread-span-401"), QStringLiteral("1 · Claim / Funding\n\nFiled numbers") },
        { QStringLiteral("crossread-span-402"), QStringLiteral("2 · Claim, Source") },
        { QStringLiteral("crossread-span-403"), QStringLiteral("3 · Source") },
    };
    return contents.value(highlightName);
}

// Runs a tool the suite needs (scripts/install-deps.sh installs it): a missing tool fails the test
// by name instead of leaving its checks out.
#define REQUIRE_TOOL(run, program)                                                                                     \
    QVERIFY2((run).found, program " is required by this test and is not installed (scripts/install-deps.sh)")

int spanCount(const ExportBundle &b)
{
    int n = 0;
    for (const ExportArticle &a : b.articles)
        n += int(a.spans.size());
    return n;
}

struct ReadHighlight
{
    int page = 0;
    QString name;
    QString contents;
    QString author;
    QColor color;
    QString textUnder; // what poppler finds under the quads
};

QList<ReadHighlight> readHighlights(const QString &path, int *pages = nullptr)
{
    QList<ReadHighlight> out;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return out;
    if (pages)
        *pages = doc->numPages();
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        const QSizeF size = page->pageSizeF();
        for (const auto &ann : page->annotations({ Poppler::Annotation::AHighlight })) {
            const auto *h = static_cast<const Poppler::HighlightAnnotation *>(ann.get());
            ReadHighlight r { i, h->uniqueName(), h->contents(), h->author(), h->style().color(), {} };
            QStringList under;
            for (const Poppler::HighlightAnnotation::Quad &q : h->highlightQuads()) {
                QRectF box;
                for (const QPointF &pt : q.points)
                    box = box.united(QRectF(pt.x() * size.width(), pt.y() * size.height(), 0.01, 0.01));
                under << page->text(box).simplified();
            }
            r.textUnder = under.join(QLatin1Char(' '));
            out << r;
        }
    }
    return out;
}

QString pdfText(const QString &path, int page = -1)
{
    QString all;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    for (int i = 0; doc && i < doc->numPages(); ++i) {
        if (page < 0 || page == i)
            all += doc->page(i)->text(QRectF()) + QLatin1Char('\n');
    }
    return all;
}

// Words of at least three letters, to compare texts regardless of line breaks and punctuation.
QStringList words(const QString &text)
{
    QStringList out;
    for (const QString &w : text.split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts)) {
        if (w.size() >= 3)
            out << w;
    }
    return out;
}

QList<QStringList> parseCsv(const QByteArray &bytes, bool *crlfOnly)
{
    const QString s = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *crlfOnly = true;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                *crlfOnly = false;
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// Archive helpers for the hostile cases.
QByteArray zipOf(
    const QList<std::pair<QString, QByteArray>> &entries, ZipWriter::Method method = ZipWriter::Method::Deflated)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ZipWriter zip(&buffer);
    for (const auto &[name, data] : entries)
        zip.addFile(name, data, method);
    zip.finish();
    return bytes;
}

// Overwrites a 32-bit field (crc 16, compressed size 20, size 24) of the first central directory
// entry and, unless `centralOnly`, the same field of its local header, so that the archive lies
// consistently.
void patchEntry(QByteArray &zip, int centralField, quint32 value, bool centralOnly = false)
{
    const quint32 directory = qFromLittleEndian<quint32>(zip.constData() + zip.size() - 22 + 16);
    qToLittleEndian(value, zip.data() + directory + centralField);
    const quint32 local = qFromLittleEndian<quint32>(zip.constData() + directory + 42);
    if (!centralOnly)
        qToLittleEndian(value, zip.data() + local + centralField - 2);
}

const QByteArray kMinimalQde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                               "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>\n";

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void zipRoundTrip_data();
    void zipRoundTrip();
    void hostileArchive_data();
    void hostileArchive();
    void qdpxValidatesAgainstSchema();
    void qdpxRoundTrip();
    void qdpxGuidsAreStable();
    void foreignProjectImport();
    void hostileProjectXml_data();
    void hostileProjectXml();
    void deepButFairCodeTree();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void webAnnotations();
    void pdfTextArticles_data();
    void pdfTextArticles();
    void pdfArticleAnnotatedInPlace();
    void pdfMixedArticles_data();
    void pdfMixedArticles();
    void pdfCancelLeavesNothing_data();
    void pdfCancelLeavesNothing();
};

void TestExport::zipRoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("deflate");
    QByteArray random(200000, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char &c : random)
        c = char(gen.bounded(256));
    const QByteArray text = QByteArray("Compute budgets, leases and filings. ").repeated(5000);
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("short text stored") << QByteArray("abc\n") << false;
    QTest::newRow("repetitive text deflated") << text << true;
    QTest::newRow("incompressible") << random << true;
    QTest::newRow("utf-8 deflated") << QStringLiteral("Zoë \U0001F680 ").repeated(3000).toUtf8() << true;
}

void TestExport::zipRoundTrip()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, deflate);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.zip"));
    QVERIFY(test::writeFile(path,
        zipOf({ { QStringLiteral("Sources/a.txt"), data }, { QStringLiteral("project.qde"), kMinimalQde } },
            deflate ? ZipWriter::Method::Deflated : ZipWriter::Method::Stored)));
    ZipReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.entries().size(), 2);
    const std::optional<QByteArray> back
        = reader.read(reader.indexOf(QStringLiteral("sources/A.TXT"), Qt::CaseInsensitive));
    QVERIFY2(back, qPrintable(reader.errorString()));
    QCOMPARE(*back, data);

    const ToolRun unzip
        = runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("Sources/a.txt") });
    if (!unzip.found)
        QSKIP("unzip is not installed");
    QCOMPARE(unzip.exitCode, 0);
    QCOMPARE(unzip.out, data);
}

void TestExport::hostileArchive_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("errorPart");
    const QByteArray ok = zipOf({ { QStringLiteral("project.qde"), kMinimalQde } });

    QTest::newRow("zip slip") << zipOf(
        { { QStringLiteral("project.qde"), kMinimalQde }, { QStringLiteral("Sources/../../evil.txt"), "x" } })
                              << "unsafe entry name";
    QTest::newRow("absolute path") << zipOf(
        { { QStringLiteral("project.qde"), kMinimalQde }, { QStringLiteral("/etc/evil"), "x" } })
                                   << "unsafe entry name";
    QTest::newRow("backslash traversal") << zipOf(
        { { QStringLiteral("project.qde"), kMinimalQde }, { QStringLiteral("..\\evil.txt"), "x" } })
                                         << "unsafe entry name";
    QTest::newRow("drive letter") << zipOf(
        { { QStringLiteral("project.qde"), kMinimalQde }, { QStringLiteral("C:/evil"), "x" } })
                                  << "unsafe entry name";
    QTest::newRow("not a zip") << QByteArray("this is plain text, not an archive").repeated(10) << "not a ZIP archive";
    QTest::newRow("truncated") << ok.left(ok.size() - 30) << "ZIP";
    QTest::newRow("missing project.qde") << zipOf({ { QStringLiteral("Sources/a.txt"), "text" } })
                                         << "project.qde is missing";
    QTest::newRow("invalid xml") << zipOf(
        { { QStringLiteral("project.qde"), "<Project name=\"p\"><Users></Project>" } })
                                 << "invalid project.qde";
    QTest::newRow("wrong root") << zipOf({ { QStringLiteral("project.qde"), "<Other/>" } }) << "not <Project>";
    QTest::newRow("entity bomb") << zipOf({ { QStringLiteral("project.qde"),
        "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><Project name=\"&b;\"/>" } })
                                 << "document type declarations are not allowed";
    QTest::newRow("ratio bomb") << zipOf({ { QStringLiteral("project.qde"), kMinimalQde },
        { QStringLiteral("Sources/zeros.txt"), QByteArray(8 << 20, '\0') } })
                                << "suspicious compression ratio";

    QByteArray huge = ok;
    patchEntry(huge, 24, 300u << 20);
    QTest::newRow("entry declared over 64 MiB") << huge << "too large";
    QByteArray lying = zipOf({ { QStringLiteral("project.qde"), kMinimalQde + QByteArray(4000, ' ') } });
    patchEntry(lying, 24, 100);
    QTest::newRow("larger than declared") << lying << "larger than its declared size";
    QByteArray shorter = ok;
    patchEntry(shorter, 24, kMinimalQde.size() + 10);
    QTest::newRow("smaller than declared") << shorter << "smaller than its declared size";
    QByteArray badCrc = ok;
    patchEntry(badCrc, 16, 0x12345678);
    QTest::newRow("crc mismatch") << badCrc << "CRC";
    QByteArray disagreeing = ok;
    patchEntry(disagreeing, 24, 100, true);
    QTest::newRow("directory disagrees with local header") << disagreeing << "corrupt ZIP archive";
    QByteArray encrypted = ok;
    const quint32 directory = qFromLittleEndian<quint32>(encrypted.constData() + encrypted.size() - 22 + 16);
    encrypted[directory + 8] = char(encrypted[directory + 8] | 1);
    QTest::newRow("encrypted") << encrypted << "encrypted";
}

void TestExport::hostileArchive()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.qdpx"));
    QVERIFY(test::writeFile(path, archive));
    QdpxImporter importer;
    const std::optional<ExportBundle> bundle = importer.importFile(path);
    QVERIFY(!bundle);
    QVERIFY2(importer.errorString().contains(errorPart, Qt::CaseInsensitive), qPrintable(importer.errorString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
        QStringList { QStringLiteral("hostile.qdpx") });
}

void TestExport::qdpxValidatesAgainstSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("project.qdpx"));
    const ExportBundle bundle = textBundle();
    const ExportResult r = QdpxExporter().exportTo(bundle, path);
    QVERIFY2(r.ok, qPrintable(r.error));

    const ToolRun list = runTool(QStringLiteral("unzip"), { QStringLiteral("-Z1"), path });
    if (!list.found)
        QSKIP("unzip is not installed");
    QCOMPARE(list.exitCode, 0);
    const QStringList names = QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(names.contains(QStringLiteral("project.qde")));
    QCOMPARE(names.filter(QRegularExpression(QStringLiteral("^Sources/[0-9a-f-]{36}\\.txt$"))).size(),
        bundle.articles.size());
    for (const QString &name : names.filter(QStringLiteral("Sources/"))) {
        const ToolRun text = runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), path, name });
        const QString decoded = QString::fromUtf8(text.out);
        QVERIFY(std::any_of(bundle.articles.cbegin(), bundle.articles.cend(),
            [&](const ExportArticle &a) { return a.article.text == decoded; }));
    }

    const QString qde = dir.filePath(QStringLiteral("project.qde"));
    QVERIFY(test::writeFile(
        qde, runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("project.qde") }).out));
    const QString xsd = test::dataPath(QStringLiteral("refi/Project-mrt2019.xsd"));
    QVERIFY2(QFileInfo::exists(xsd), qPrintable(xsd));
    const ToolRun lint
        = runTool(QStringLiteral("xmllint"), { QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, qde });
    if (!lint.found)
        QSKIP("xmllint is not installed");
    QVERIFY2(lint.exitCode == 0, lint.err.constData());
    // The emoji sits before the spans of article 2: positions must count it as one.
    const QString xml = QString::fromUtf8(test::readFile(qde));
    const qint64 expected = cpOf(bundle.articles[1].article.text, QStringLiteral("its new model"));
    QVERIFY(xml.contains(QStringLiteral("startPosition=\"%1\"").arg(expected)));
}

void TestExport::qdpxRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.qdpx"));
    ExportBundle original = textBundle();
    original.articles << pdfArticle(dir.filePath(QStringLiteral("source.pdf")));
    QVERIFY(QdpxExporter().exportTo(original, path).ok);

    QdpxImporter importer;
    const std::optional<ExportBundle> back = importer.importFile(path);
    QVERIFY2(back, qPrintable(importer.errorString()));
    QVERIFY2(importer.warnings().isEmpty(), qPrintable(importer.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(back->projectName, original.projectName);
    QCOMPARE(back->author, original.author);

    QCOMPARE(back->tags.size(), original.tags.size());
    const QHash<qint64, Tag> backTags = back->tagsById();
    const QHash<qint64, Tag> origTags = original.tagsById();
    const auto tagPath = [](const QHash<qint64, Tag> &tags, qint64 id) {
        QStringList parts;
        for (qint64 t = id; t; t = tags.value(t).parentId)
            parts.prepend(tags.value(t).name);
        return parts.join(QLatin1Char('/'));
    };
    QStringList origPaths, backPaths;
    for (const Tag &t : original.tags)
        origPaths << tagPath(origTags, t.id) + QLatin1Char(' ') + t.color.name() + QLatin1Char(' ') + t.description;
    for (const Tag &t : back->tags)
        backPaths << tagPath(backTags, t.id) + QLatin1Char(' ') + t.color.name() + QLatin1Char(' ') + t.description;
    origPaths.sort();
    backPaths.sort();
    QCOMPARE(backPaths, origPaths);

    QCOMPARE(back->articles.size(), original.articles.size());
    for (int i = 0; i < original.articles.size(); ++i) {
        const ExportArticle &o = original.articles[i];
        const ExportArticle &b = back->articles[i];
        QCOMPARE(b.article.title, o.article.title);
        QCOMPARE(b.article.text, o.article.text);
        QCOMPARE(b.article.outlet, o.article.outlet);
        QCOMPARE(b.article.published, o.article.published);
        QCOMPARE(b.spans.size(), o.spans.size());
        for (int k = 0; k < o.spans.size(); ++k) {
            const Span &os = o.spans[k];
            const Span &bs = b.spans[k];
            QCOMPARE(bs.start, os.start);
            QCOMPARE(bs.end, os.end);
            QCOMPARE(bs.note, os.note);
            QCOMPARE(bs.author, os.author.isEmpty() ? original.author : os.author);
            QCOMPARE(bs.created, os.created);
            QStringList ot, bt;
            for (qint64 id : os.tagIds)
                ot << tagPath(origTags, id);
            for (qint64 id : bs.tagIds)
                bt << tagPath(backTags, id);
            QCOMPARE(bt, ot);
        }
    }
}

void TestExport::qdpxGuidsAreStable()
{
    const ExportBundle bundle = textBundle();
    const QRegularExpression guid(QStringLiteral("guid=\"([0-9a-f-]{36})\""));
    const auto guids = [&](const QByteArray &xml) {
        QStringList out;
        for (const QRegularExpressionMatch &m : guid.globalMatch(QString::fromUtf8(xml)))
            out << m.captured(1);
        return out;
    };
    const QStringList first = guids(QdpxExporter().projectXml(bundle));
    QVERIFY(first.size() > 10);
    QCOMPARE(guids(QdpxExporter().projectXml(bundle)), first);
    QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
}

void TestExport::foreignProjectImport()
{
    // A project as another tool might write it: lower-case "sources/", a BOM and CR LF in the
    // text, a three-digit colour, a note by reference, a coding of the whole source.
    const QByteArray text = "\xEF\xBB\xBFLine one\r\nThe second line holds the claim.\r\n";
    const QByteArray qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Foreign" creatingUserGUID="11111111-1111-1111-1111-111111111111">
  <Users><User guid="11111111-1111-1111-1111-111111111111" name="Other Tool User"/></Users>
  <CodeBook><Codes>
    <Code guid="22222222-2222-2222-2222-222222222222" name="Claims" isCodable="true" color="#F80">
      <Description>Things said</Description>
      <Code guid="33333333-3333-3333-3333-333333333333" name="Strong" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="44444444-4444-4444-4444-444444444444" name="Interview" plainTextPath="internal://55555555-5555-5555-5555-555555555555.txt">
      <PlainTextSelection guid="66666666-6666-6666-6666-666666666666" startPosition="21" endPosition="37" creatingUser="11111111-1111-1111-1111-111111111111">
        <Coding guid="77777777-7777-7777-7777-777777777777"><CodeRef targetGUID="33333333-3333-3333-3333-333333333333"/></Coding>
        <NoteRef targetGUID="88888888-8888-8888-8888-888888888888"/>
      </PlainTextSelection>
      <Coding guid="99999999-9999-9999-9999-999999999999"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
    </TextSource>
    <PictureSource guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" name="Photo" path="internal://x.jpg"/>
  </Sources>
  <Notes>
    <Note guid="88888888-8888-8888-8888-888888888888" name="memo"><PlainTextContent>Ask for the data.</PlainTextContent></Note>
  </Notes>
</Project>
)";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.qdpx"));
    const QList<std::pair<QString, QByteArray>> entries { { QStringLiteral("project.qde"), qde },
        { QStringLiteral("sources/55555555-5555-5555-5555-555555555555.txt"), text } };
    // Written by Info-ZIP, so the reader is tested on an archive it did not write.
    const QString zipProgram = QStandardPaths::findExecutable(QStringLiteral("zip"));
    QVERIFY2(!zipProgram.isEmpty(), "zip is required by this test and is not installed (scripts/install-deps.sh)");
    for (const auto &[name, data] : entries)
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("tree/") + name), data));
    QProcess zip;
    zip.setWorkingDirectory(dir.filePath(QStringLiteral("tree")));
    zip.start(zipProgram, { QStringLiteral("-q"), QStringLiteral("-r"), path, QStringLiteral(".") });
    QVERIFY(zip.waitForFinished());
    QCOMPARE(zip.exitCode(), 0);

    QdpxImporter importer;
    const std::optional<ExportBundle> bundle = importer.importFile(path);
    QVERIFY2(bundle, qPrintable(importer.errorString()));
    QCOMPARE(bundle->author, QStringLiteral("Other Tool User"));
    QCOMPARE(importer.warnings().size(), 1); // the picture
    QVERIFY(importer.warnings().first().contains(QStringLiteral("Photo")));

    QCOMPARE(bundle->tags.size(), 2);
    QCOMPARE(bundle->tags[0].color, QColor(0xFF, 0x88, 0x00));
    QCOMPARE(bundle->tags[0].description, QStringLiteral("Things said"));
    QCOMPARE(bundle->tags[1].parentId, bundle->tags[0].id);

    QCOMPARE(bundle->articles.size(), 1);
    const ExportArticle &a = bundle->articles.first();
    QCOMPARE(a.article.text, QStringLiteral("Line one\nThe second line holds the claim.\n"));
    QCOMPARE(a.spans.size(), 2);
    // Positions counted the CR of the CR LF; after normalising they move back by one.
    const Span &selection = a.spans[1];
    QCOMPARE(selection.text, QStringLiteral("line holds the c"));
    QCOMPARE(selection.start, 20);
    QCOMPARE(selection.note, QStringLiteral("Ask for the data."));
    QCOMPARE(selection.author, QStringLiteral("Other Tool User"));
    QCOMPARE(selection.tagIds, QList<qint64> { bundle->tags[1].id });
    const Span &whole = a.spans[0];
    QCOMPARE(whole.start, 0);
    QCOMPARE(whole.end, CodePoints::count(a.article.text));
    QCOMPARE(whole.tagIds, QList<qint64> { bundle->tags[0].id });
}

// XML that has brought the reader down: deep nesting overflowed the call stack, and a
// million attributes kept QXmlStreamReader busy for hours. Each is refused with the reason.
void TestExport::hostileProjectXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("errorPart");
    const QByteArray head = "<?xml version=\"1.0\"?>\n<Project name=\"p\">";
    QTest::newRow("50,000 nested codes") << head + "<CodeBook><Codes>"
            + QByteArray("<Code guid=\"g\" name=\"c\">").repeated(50000) + QByteArray("</Code>").repeated(50000)
            + "</Codes></CodeBook></Project>"
                                         << "nested more than 256 deep";
    QTest::newRow("100,000 elements nested in PlainTextContent")
        << head + "<Sources><TextSource guid=\"s\" name=\"a\"><PlainTextContent>" + QByteArray("<b>").repeated(100000)
            + "deep" + QByteArray("</b>").repeated(100000) + "</PlainTextContent></TextSource></Sources></Project>"
        << "nested more than 256 deep";
    QTest::newRow("100,000 elements nested in an unknown element")
        << head + QByteArray("<x>").repeated(100000) + QByteArray("</x>").repeated(100000) + "</Project>"
        << "nested more than 256 deep";
    QByteArray attributes = "<Project";
    for (int i = 0; i < 1000000; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"x\"";
    QTest::newRow("1,000,000 attributes on <Project>") << attributes + "/>"
                                                       << "the element on line 1 has more than 256 attributes";
    QByteArray attributes257 = "<Project>\n<Users>\n<User";
    for (int i = 0; i < 257; ++i)
        attributes257 += " a" + QByteArray::number(i) + "='=>'";
    QTest::newRow("257 attributes, '=' and '>' in values") << attributes257 + "/></Users></Project>"
                                                           << "line 3 has more than 256 attributes";
}

void TestExport::hostileProjectXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!QdpxProjectReader::read(xml, &error));
    QVERIFY2(error.contains(QStringLiteral("invalid project.qde")), qPrintable(error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestExport::deepButFairCodeTree()
{
    // Within the limits: codes 250 deep keep their parents, an element keeps 256 attributes,
    // and text nested in markup inside PlainTextContent is kept.
    QByteArray xml = "<Project name=\"p\"";
    for (int i = 0; i < 254; ++i)
        xml += " x" + QByteArray::number(i) + "=\"1\"";
    xml += "><CodeBook><Codes>";
    for (int i = 0; i < 250; ++i)
        xml += "<Code guid=\"g" + QByteArray::number(i) + "\" name=\"c" + QByteArray::number(i) + "\">";
    xml += QByteArray("</Code>").repeated(250);
    xml += "</Codes></CodeBook><Sources><TextSource guid=\"s\" name=\"a\"><PlainTextContent>one <i>two <b>three</b></i>"
           " four</PlainTextContent></TextSource></Sources></Project>";
    QString error;
    const std::optional<QdpxProject> project = QdpxProjectReader::read(xml, &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->name, QStringLiteral("p"));
    QCOMPARE(project->codes.size(), 250);
    QCOMPARE(project->codes.first().parentGuid, QString());
    QCOMPARE(project->codes.last().guid, QStringLiteral("g249"));
    QCOMPARE(project->codes.last().parentGuid, QStringLiteral("g248"));
    QCOMPARE(project->sources.size(), 1);
    QCOMPARE(project->sources.first().plainTextContent, QStringLiteral("one two three four"));
}

void TestExport::csvRoundTrip_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("no byte order mark") << false;
    QTest::newRow("byte order mark on request") << true;
}

void TestExport::csvRoundTrip()
{
    QFETCH(bool, bom);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spans.csv"));
    const ExportBundle bundle = textBundle();
    CsvExportOptions options;
    options.byteOrderMark = bom;
    QVERIFY(CsvExporter(options).exportTo(bundle, path).ok);
    QByteArray bytes = test::readFile(path);
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    if (bom)
        bytes.remove(0, 3);
    bool crlfOnly = false;
    const QList<QStringList> rows = parseCsv(bytes, &crlfOnly);
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(rows.size(), spanCount(bundle) + 1);
    QCOMPARE(
        rows.first(), (QStringList { "article", "outlet", "date", "tags", "text", "note", "start", "end", "coder" }));
    int r = 1;
    for (const ExportArticle &a : bundle.articles) {
        for (const Span &s : a.spans) {
            const QStringList &row = rows[r++];
            QCOMPARE(row.size(), 9);
            QCOMPARE(row[0], a.article.title);
            QCOMPARE(row[1], a.article.outlet);
            QCOMPARE(row[2], a.article.published.toString(Qt::ISODate));
            QCOMPARE(row[4], s.text);
            QCOMPARE(row[5], s.note);
            QCOMPARE(row[6].toLongLong(), s.start);
            QCOMPARE(row[7].toLongLong(), s.end);
            QCOMPARE(row[8], s.author.isEmpty() ? kBundleAuthor : s.author);
        }
    }
    // Article 2, span 2: nested tag paths, one with a comma and quotes in its name.
    QCOMPARE(rows[4][3], QStringLiteral("Source / Benchmark; Source / Benchmark / Risk, \"hype\""));
}

void TestExport::webAnnotations()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("annotations.jsonld"));
    const ExportBundle bundle = textBundle();
    QVERIFY(WebAnnotationExporter().exportTo(bundle, path).ok);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(test::readFile(path), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject collection = doc.object();
    QCOMPARE(collection.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationCollection"));
    const QJsonArray items
        = collection.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), spanCount(bundle));
    QCOMPARE(collection.value(QLatin1String("total")).toInt(), spanCount(bundle));

    QSet<QString> ids;
    int i = 0;
    for (const ExportArticle &a : bundle.articles) {
        const QString &text = a.article.text;
        const CodePoints cp(text);
        for (const Span &s : a.spans) {
            const QJsonObject anno = items[i++].toObject();
            QCOMPARE(
                anno.value(QLatin1String("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
            QCOMPARE(anno.value(QLatin1String("type")).toString(), QStringLiteral("Annotation"));
            ids.insert(anno.value(QLatin1String("id")).toString());
            const QJsonObject target = anno.value(QLatin1String("target")).toObject();
            QCOMPARE(target.value(QLatin1String("source")).toString(), QUrl::fromLocalFile(a.article.path).toString());
            const QJsonArray selectors = target.value(QLatin1String("selector")).toArray();
            QCOMPARE(selectors.size(), 2);
            const QJsonObject quote = selectors[0].toObject();
            const QJsonObject position = selectors[1].toObject();
            QCOMPARE(quote.value(QLatin1String("type")).toString(), QStringLiteral("TextQuoteSelector"));
            QCOMPARE(position.value(QLatin1String("type")).toString(), QStringLiteral("TextPositionSelector"));
            QCOMPARE(position.value(QLatin1String("start")).toInteger(), s.start);
            QCOMPARE(position.value(QLatin1String("end")).toInteger(), s.end);
            const QString exact = quote.value(QLatin1String("exact")).toString();
            const QString prefix = quote.value(QLatin1String("prefix")).toString();
            const QString suffix = quote.value(QLatin1String("suffix")).toString();
            QCOMPARE(exact, s.text);
            QCOMPARE(prefix, cp.mid(text, qMax<qint64>(0, s.start - 32), s.start));
            QCOMPARE(suffix, cp.mid(text, s.end, s.end + 32));
            QVERIFY(CodePoints::count(prefix) <= 32 && CodePoints::count(suffix) <= 32);
            QVERIFY(text.contains(prefix + exact + suffix));

            QStringList tagging;
            QString comment;
            for (const QJsonValue &v : anno.value(QLatin1String("body")).toArray()) {
                const QJsonObject body = v.toObject();
                QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("TextualBody"));
                if (body.value(QLatin1String("purpose")).toString() == QLatin1String("tagging"))
                    tagging << body.value(QLatin1String("value")).toString();
                else if (body.value(QLatin1String("purpose")).toString() == QLatin1String("commenting"))
                    comment = body.value(QLatin1String("value")).toString();
            }
            QCOMPARE(tagging.size(), s.tagIds.size());
            QCOMPARE(comment, s.note);
            QCOMPARE(anno.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).toString(),
                s.author.isEmpty() ? kBundleAuthor : s.author);
            QCOMPARE(QDateTime::fromString(anno.value(QLatin1String("created")).toString(), Qt::ISODate), s.created);
            QCOMPARE(QDateTime::fromString(anno.value(QLatin1String("modified")).toString(), Qt::ISODate), s.modified);
        }
    }
    QCOMPARE(ids.size(), spanCount(bundle));
}

void TestExport::pdfTextArticles_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("A4") << int(PdfExportOptions::PageSize::A4) << QSizeF(595.3, 841.9);
    QTest::newRow("US Letter") << int(PdfExportOptions::PageSize::Letter) << QSizeF(612, 792);
}

void TestExport::pdfTextArticles()
{
    QFETCH(int, pageSize);
    QFETCH(QSizeF, points);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("articles.pdf"));
    const ExportBundle bundle = textBundle();
    PdfExportOptions options;
    options.pageSize = PdfExportOptions::PageSize(pageSize);
    QList<std::pair<int, int>> progress;
    const ExportResult r = PdfExporter(options).exportTo(bundle, path, [&](int done, int total) {
        progress << std::pair { done, total };
        return true;
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.files, QStringList { path });
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first, progress.last().second);

    int pages = 0;
    const QList<ReadHighlight> highlights = readHighlights(path, &pages);
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QVERIFY(doc);
    QVERIFY(qAbs(doc->page(0)->pageSizeF().width() - points.width()) < 1);
    QVERIFY(qAbs(doc->page(0)->pageSizeF().height() - points.height()) < 1);

    // One annotation per span and page: names group the parts of a span that crosses pages.
    QMap<QString, QList<ReadHighlight>> byName;
    for (const ReadHighlight &h : highlights)
        byName[h.name] << h;
    QCOMPARE(byName.size(), spanCount(bundle));
    QVERIFY(byName.value(QStringLiteral("crossread-span-302")).size() >= 2);
    for (const ExportArticle &a : bundle.articles) {
        for (const Span &s : a.spans) {
            const QList<ReadHighlight> parts = byName.value(QStringLiteral("crossread-span-%1").arg(s.id));
            QVERIFY(!parts.isEmpty());
            const ReadHighlight &h = parts.first();
            for (const ReadHighlight &p : parts)
                QCOMPARE(p.contents, expectedContents(h.name));
            QCOMPARE(h.author, s.author.isEmpty() ? kBundleAuthor : s.author);
            QCOMPARE(h.color, bundle.tagsById().value(s.tagIds.first()).color);
            // The quads lie over the span's own glyphs, code point offsets included.
            QString under;
            for (const ReadHighlight &p : parts)
                under += p.textUnder + QLatin1Char(' ');
            QCOMPARE(words(under), words(s.text));
        }
    }

    // Cover with table of contents, every article on its own pages, page numbers in the footer.
    const QString cover = pdfText(path, 0);
    QVERIFY(cover.contains(bundle.projectName));
    for (const ExportArticle &a : bundle.articles)
        QVERIFY(cover.contains(a.article.title));
    for (int i = 0; i < pages; ++i)
        QVERIFY2(pdfText(path, i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
            qPrintable(QString::number(i)));

    // Boilerplate nobody annotated is left out; annotated boilerplate stays.
    const QString all = pdfText(path);
    QVERIFY(!all.contains(QStringLiteral("Subscribe to our newsletter")));
    QVERIFY(all.contains(QStringLiteral("Independent testers")));
    QVERIFY(all.contains(QStringLiteral("Compare with the vendor's own table."))); // the note list
    // Searchable as typed: no ligature glyphs standing for "ff", "fi" and the like.
    QVERIFY(!all.contains(QRegularExpression(QStringLiteral("[\\x{FB00}-\\x{FB06}]"))));

    const ToolRun text = runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    REQUIRE_TOOL(text, "pdftotext");
    QCOMPARE(text.exitCode, 0);
    const QStringList extracted = words(QString::fromUtf8(text.out));
    for (const ExportArticle &a : bundle.articles) {
        // The shown text: boilerplate goes unless a span touches it.
        QString shown = a.article.text;
        const CodePoints cp(shown);
        for (qsizetype b = a.article.boilerplate.size() - 1; b >= 0; --b) {
            const TextRange &range = a.article.boilerplate[b];
            const bool touched = std::any_of(a.spans.cbegin(), a.spans.cend(),
                [&](const Span &s) { return s.start < range.end && range.start < s.end; });
            if (!touched)
                shown.remove(cp.toUtf16(range.start), cp.toUtf16(range.end) - cp.toUtf16(range.start));
        }
        for (const QString &w : words(shown).mid(0, 60))
            QVERIFY2(extracted.contains(w), qPrintable(w));
    }
    const ToolRun check = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), path });
    REQUIRE_TOOL(check, "qpdf");
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

void TestExport::pdfArticleAnnotatedInPlace()
{
    QTemporaryDir dir;
    ExportBundle bundle = textBundle();
    bundle.articles = { pdfArticle(dir.filePath(QStringLiteral("source.pdf"))) };
    const ExportArticle &article = bundle.articles.first();
    QCOMPARE(article.glyphs.size(), CodePoints::count(article.article.text));

    const QString path = dir.filePath(QStringLiteral("annotated.pdf"));
    const ExportResult r = PdfExporter().exportTo(bundle, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    int pages = 0;
    const QList<ReadHighlight> highlights = readHighlights(path, &pages);
    QCOMPARE(pages, 2);
    QCOMPARE(highlights.size(), article.spans.size());
    for (int i = 0; i < article.spans.size(); ++i) {
        const Span &s = article.spans[i];
        const ReadHighlight &h = highlights[i];
        QCOMPARE(h.name, QStringLiteral("crossread-span-%1").arg(s.id));
        QCOMPARE(h.page, article.glyphs[s.start].page);
        QCOMPARE(words(h.textUnder), words(s.text));
        QCOMPARE(h.author, s.author.isEmpty() ? kBundleAuthor : s.author);
        QCOMPARE(h.contents, expectedContents(h.name));
    }
    QCOMPARE(words(pdfText(path)), words(pdfText(article.article.path)));
    const ToolRun check = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), path });
    REQUIRE_TOOL(check, "qpdf");
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

void TestExport::pdfMixedArticles_data()
{
    QTest::addColumn<bool>("merge");
    QTest::newRow("merged with qpdf") << true;
    QTest::newRow("separate files") << false;
}

void TestExport::pdfMixedArticles()
{
    QFETCH(bool, merge);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
        "qpdf is required by this test and is not installed (scripts/install-deps.sh)");
    QTemporaryDir dir;
    ExportBundle bundle = textBundle();
    bundle.articles.insert(1, pdfArticle(dir.filePath(QStringLiteral("source.pdf"))));
    const ExportArticle &pdf = bundle.articles[1];
    const QString path = dir.filePath(QStringLiteral("mixed.pdf"));
    PdfExportOptions options;
    options.pdfArticles
        = merge ? PdfExportOptions::PdfArticles::MergeWithQpdf : PdfExportOptions::PdfArticles::SeparateFiles;
    const ExportResult r = PdfExporter(options).exportTo(bundle, path);
    QVERIFY2(r.ok, qPrintable(r.error));

    QSet<QString> names;
    int pages = 0;
    for (const QString &file : r.files) {
        for (const ReadHighlight &h : readHighlights(file, &pages)) {
            names.insert(h.name);
            QCOMPARE(h.contents, expectedContents(h.name));
        }
    }
    QCOMPARE(names.size(), spanCount(bundle));
    if (merge) {
        QCOMPARE(r.files.size(), 1);
        // The PDF article's own pages sit between the first and third article, annotated.
        const QString all = pdfText(path);
        QVERIFY2(all.contains(QStringLiteral("Quarterly filings show compute spending doubled.")),
            qPrintable(all.left(3000)));
        QVERIFY(all.indexOf(QStringLiteral("Quarterly filings")) < all.indexOf(
                    QStringLiteral("Lab claims a benchmark jump"), all.indexOf(QStringLiteral("Quarterly filings"))));
    } else {
        const QString separate = PdfExporter::separateFileName(path, pdf.article.id);
        QCOMPARE(r.files, (QStringList { path, separate }));
        QCOMPARE(readHighlights(separate).size(), pdf.spans.size());
        QVERIFY(pdfText(path, 0).contains(QFileInfo(separate).fileName()));
    }
    for (const QString &file : r.files) {
        const ToolRun check = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), file });
        REQUIRE_TOOL(check, "qpdf");
        QVERIFY2(check.exitCode == 0, check.out.constData());
    }
}

void TestExport::pdfCancelLeavesNothing_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("before starting") << 0;
    QTest::newRow("while typesetting") << 2;
    QTest::newRow("while painting") << 5;
    QTest::newRow("after assembling") << 7;
    QTest::newRow("after annotating, before committing") << 8;
}

void TestExport::pdfCancelLeavesNothing()
{
    QFETCH(int, cancelAt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    const ExportBundle bundle = textBundle();
    int calls = 0;
    const ExportResult r = PdfExporter().exportTo(bundle, path, [&](int done, int) {
        ++calls;
        return done < cancelAt;
    });
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QCOMPARE(calls, cancelAt + 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList());
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
