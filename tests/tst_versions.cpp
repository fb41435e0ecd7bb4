// Versions of articles in the store: a re-imported file whose text changed becomes a new version,
// the earlier text is kept, every span is re-anchored (exact, relocated, fuzzy or orphan) with
// the outcome of each written by hand for the article pair in tests/data/versions, orphans are kept
// and left out of every list of spans on a text, hand figures move with their spans, a version 5
// file migrates, and re-imports of files edited by the edit generator never place a span on the
// wrong text (judged by the generator's own record, AnchorOracle).
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "AnchorOracle.h"
#include "ArticleGenerator.h"
#include "EditGenerator.h"
#include "SpanSampler.h"
#include "TrackedText.h"

#include "domain/CodePoints.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Project.h"
#include "store/ProjectBundle.h"
#include "store/ProjectFigures.h"
#include "store/ProjectImporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;
using namespace crossread::test;

Q_DECLARE_METATYPE(crossread::SpanAnchor)

namespace {

QByteArray versionFile(const char *name)
{
    return readFile(dataPath(QStringLiteral("versions/") + QLatin1String(name)));
}

// The code point range of the Nth occurrence of PHRASE in TEXT, or an empty range.
TextRange nth(const QString &text, const QString &phrase, int occurrence)
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

// A project in DIR with kestrel-round-v1 imported as FILE; its article id.
qint64 importV1(const QTemporaryDir &dir, QString *file, QString *db)
{
    *file = dir.filePath(QStringLiteral("news/kestrel.txt"));
    *db = newProjectLocation(dir.filePath(QStringLiteral("news/.crossread")));
    if (!writeFile(*file, versionFile("kestrel-round-v1.txt")))
        return 0;
    const ImportReport r = ProjectImporter(*db).run({ *file });
    if (r.imported != 1)
        return 0;
    Project project;
    return project.open(*db) ? project.articles().ids().value(0) : 0;
}

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        CROSSREAD_REQUIRE_SERVER_IF_ASKED();
        QLocale::setDefault(QLocale::c());
    }

    void reimportMakesVersion();
    void spansReanchored_data();
    void spansReanchored();
    void orphanKeptOutOfEveryList();
    void orphanPlacedAgainWhenItsTextReturns();
    void figureMovesWithItsSpan();
    void sameTextIsNoNewVersion();
    void migratesVersion5File();
    void importedCodingsOfAnotherTextReanchored();
    void generatedEditsNeverPlacedWrongly();
};

// The pair's hashes and texts are checked against the files themselves (SHA-256 by Qt, the text
// as written), not against what the store computed.
void TestVersions::reimportMakesVersion()
{
    QTemporaryDir dir;
    QString file, db;
    const qint64 id = importV1(dir, &file, &db);
    QVERIFY(id > 0);
    QVERIFY(writeFile(file, versionFile("kestrel-round-v2.txt")));
    const ImportReport r = ProjectImporter(db).run({ file });
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.versions, 1);

    Project project;
    QVERIFY(project.open(db));
    const QList<ArticleVersion> versions = project.versions().versions(id);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).number, 1);
    QCOMPARE(versions.at(0).current, false);
    QCOMPARE(versions.at(0).contentHash,
        QCryptographicHash::hash(versionFile("kestrel-round-v1.txt"), QCryptographicHash::Sha256).toHex());
    QCOMPARE(versions.at(1).number, 2);
    QCOMPARE(versions.at(1).current, true);
    QCOMPARE(versions.at(1).contentHash,
        QCryptographicHash::hash(versionFile("kestrel-round-v2.txt"), QCryptographicHash::Sha256).toHex());
    QVERIFY(versions.at(0).imported.isValid() && versions.at(0).imported <= versions.at(1).imported);
    QCOMPARE(
        project.versions().text(id, 1).value_or(QString()), QString::fromUtf8(versionFile("kestrel-round-v1.txt")));
    QCOMPARE(
        project.versions().text(id, 2).value_or(QString()), QString::fromUtf8(versionFile("kestrel-round-v2.txt")));
    QVERIFY(!project.versions().text(id, 3));
    QVERIFY(!project.versions().text(id, 0));
    QCOMPARE(project.articles().article(id).version, 2);

    // The earlier text is stored compressed, not as it is.
    QSqlQuery q(project.database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT length(text) FROM article_versions WHERE article_id = %1").arg(id)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() < versionFile("kestrel-round-v1.txt").size());
}

void TestVersions::spansReanchored_data()
{
    // Spans coded on kestrel-round-v1, re-imported as kestrel-round-v2 (tests/data/README.md lists
    // the edits). The outcome of each is written by hand; an empty new text means an orphan.
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<SpanAnchor>("anchor");
    QTest::addColumn<QString>("text");
    QTest::newRow("unchanged in place") << "Ninefold Ventures and\nthe Ostara sovereign fund" << 0 << SpanAnchor::Exact
                                        << "Ninefold Ventures and\nthe Ostara sovereign fund";
    QTest::newRow("figure corrected inside") << "$14 billion" << 1 << SpanAnchor::Fuzzy << "$14.3 billion";
    QTest::newRow("count corrected") << "60,000\naccelerators" << 0 << SpanAnchor::Fuzzy << "64,000\naccelerators";
    QTest::newRow("typo fixed") << "Penhaligon told reportres" << 0 << SpanAnchor::Fuzzy << "Penhaligon told reporters";
    QTest::newRow("moved paragraph") << "Tidemark Research" << 0 << SpanAnchor::Relocated << "Tidemark Research";
    QTest::newRow("paragraph deleted") << "Kestrel's revenue rose 38% to $2.1 billion last year" << 0
                                       << SpanAnchor::Orphan << "";
    QTest::newRow("sentence rewritten")
        << "Some investors have questioned whether Kestrel can keep its weights open while\nspending at this scale."
        << 0 << SpanAnchor::Orphan << "";
}

void TestVersions::spansReanchored()
{
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(SpanAnchor, anchor);
    QFETCH(QString, text);
    QTemporaryDir dir;
    QString file, db;
    const qint64 id = importV1(dir, &file, &db);
    QVERIFY(id > 0);
    Span span;
    {
        Project project;
        QVERIFY(project.open(db));
        Tag tag;
        tag.name = QStringLiteral("claim");
        QVERIFY(project.addTag(tag));
        const QString v1 = project.articles().text(id);
        const TextRange at = nth(v1, quote, occurrence);
        QVERIFY2(at.length() > 0, qPrintable(quote));
        span.articleId = id;
        span.start = at.start;
        span.end = at.end;
        span.note = QStringLiteral("checked with the filing");
        span.tagIds = { tag.id };
        QList<Span> spans { span };
        QVERIFY(project.addSpans(spans));
        span = spans.first();
    }
    QVERIFY(writeFile(file, versionFile("kestrel-round-v2.txt")));
    const ImportReport r = ProjectImporter(db).run({ file });
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

    Project project;
    QVERIFY(project.open(db));
    const QString v2 = project.articles().text(id);
    bool found = false;
    const Span after = project.spans().span(span.id, &found);
    QVERIFY2(found, "a re-import never deletes a span");
    QCOMPARE(after.anchor, anchor);
    QCOMPARE(after.quote, quote); // what the analyst coded stays known
    QCOMPARE(after.tagIds, span.tagIds);
    QCOMPARE(after.note, span.note);
    if (anchor == SpanAnchor::Orphan) {
        QCOMPARE(after.text, quote); // its last text, to show in the Needs attention panel
        QCOMPARE(r.orphans.size(), 1);
        QCOMPARE(r.orphans.first().spanId, span.id);
        QCOMPARE(project.spans().orphans(id).size(), 1);
        QVERIFY(project.spans().spansOfArticle(id).isEmpty());
        QSqlQuery q(project.database().connection());
        // "end" quoted: a reserved word on PostgreSQL.
        QVERIFY2(
            q.exec(QStringLiteral("SELECT start IS NULL AND \"end\" IS NULL FROM spans WHERE id = %1").arg(span.id)),
            qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toBool(), "an orphan's range is NULL in the store");
        return;
    }
    QVERIFY(r.orphans.isEmpty());
    QCOMPARE(after.text, text);
    QCOMPARE(after.start, nth(v2, text, occurrence).start);
    QCOMPARE(CodePoints(v2).mid(v2, after.start, after.end), text);
    QVERIFY(after.confidence >= 0.6 && after.confidence <= 1.0);
    QCOMPARE(after.anchorVersion, 2);
    QCOMPARE(project.spans().spansOfArticle(id).size(), 1);
    // The selectors now describe the new place: 32 code points of context on each side.
    const qint64 s = after.start;
    QCOMPARE(after.prefix, CodePoints(v2).mid(v2, std::max<qint64>(0, s - 32), s));
    QCOMPARE(after.suffix, CodePoints(v2).mid(v2, after.end, after.end + 32));
}

void TestVersions::orphanKeptOutOfEveryList()
{
    QTemporaryDir dir;
    QString file, db;
    const qint64 id = importV1(dir, &file, &db);
    QVERIFY(id > 0);
    qint64 orphanId = 0;
    {
        Project project;
        QVERIFY(project.open(db));
        const QString v1 = project.articles().text(id);
        QList<Span> spans(2);
        const TextRange gone = rangeOf(v1, QStringLiteral("Kestrel's revenue rose 38%"));
        const TextRange kept = rangeOf(v1, QStringLiteral("Larchmont Capital put in $6 billion"));
        spans[0].articleId = spans[1].articleId = id;
        spans[0].start = gone.start;
        spans[0].end = gone.end;
        spans[1].start = kept.start;
        spans[1].end = kept.end;
        QVERIFY(project.addSpans(spans));
        orphanId = spans[0].id;
        Figure f;
        f.articleId = id;
        f.spanId = orphanId;
        f.kind = FigureKind::Percent;
        f.value = 38;
        f.unit = QStringLiteral("%");
        f.text = QStringLiteral("38%");
        const TextRange pct = rangeOf(v1, QStringLiteral("38%"));
        f.start = pct.start;
        f.end = pct.end;
        QVERIFY(project.addFigure(f));
    }
    QVERIFY(writeFile(file, versionFile("kestrel-round-v2.txt")));
    QVERIFY(ProjectImporter(db).run({ file }).error.isEmpty());
    Project project;
    QVERIFY(project.open(db));
    QCOMPARE(project.spans().allSpans().size(), 1);
    QCOMPARE(project.spans().spansOfArticle(id).size(), 1);
    QCOMPARE(project.spans().orphans().size(), 1);
    QCOMPARE(project.spans().orphans().first().id, orphanId);
    QCOMPARE(project.spans().orphanCount(), 1);
    // Its hand figure stands on v1's text: left out until the span is placed again, not deleted.
    QVERIFY(project.figures().manualFigures(id).isEmpty());
    QVERIFY(project.figures().manualFigures().isEmpty());
    QCOMPARE(project.figures().figuresOfSpan(orphanId).size(), 1);
    for (const Figure &f : ProjectFigures::collect(project, { id }))
        QVERIFY2(!f.manual, qPrintable(f.text));
    // What every exporter reads holds only the placed span.
    const ExportBundle bundle = ProjectBundle::snapshot(project, { id });
    QCOMPARE(bundle.articles.size(), 1);
    QCOMPARE(bundle.articles.first().spans.size(), 1);
    QCOMPARE(bundle.articles.first().spans.first().text, QStringLiteral("Larchmont Capital put in $6 billion"));
}

void TestVersions::orphanPlacedAgainWhenItsTextReturns()
{
    // v1 -> v2 deletes the span's paragraph; v3 brings v1's text back: the orphan is found again
    // from the version it was last placed on.
    QTemporaryDir dir;
    QString file, db;
    const qint64 id = importV1(dir, &file, &db);
    QVERIFY(id > 0);
    const QString quote = QStringLiteral("Kestrel's revenue rose 38% to $2.1 billion last year");
    TextRange at;
    qint64 spanId = 0;
    {
        Project project;
        QVERIFY(project.open(db));
        at = rangeOf(project.articles().text(id), quote);
        QList<Span> spans(1);
        spans[0].articleId = id;
        spans[0].start = at.start;
        spans[0].end = at.end;
        QVERIFY(project.addSpans(spans));
        spanId = spans[0].id;
    }
    QVERIFY(writeFile(file, versionFile("kestrel-round-v2.txt")));
    QCOMPARE(ProjectImporter(db).run({ file }).orphans.size(), 1);
    QVERIFY(writeFile(file, versionFile("kestrel-round-v1.txt")));
    const ImportReport third = ProjectImporter(db).run({ file });
    QVERIFY(third.orphans.isEmpty());
    Project project;
    QVERIFY(project.open(db));
    QCOMPARE(project.versions().versions(id).size(), 3);
    const Span s = project.spans().span(spanId);
    QVERIFY(!s.isOrphan());
    QCOMPARE(s.start, at.start);
    QCOMPARE(s.end, at.end);
    QCOMPARE(s.text, quote);
    QCOMPARE(s.anchorVersion, 3);
}

void TestVersions::figureMovesWithItsSpan()
{
    // "Larchmont Capital put in $6 billion" moves down in v2 (a line inserted above it); its hand
    // figure "$6 billion" moves with it. A figure in a span whose figure was corrected keeps to
    // the span.
    QTemporaryDir dir;
    QString file, db;
    const qint64 id = importV1(dir, &file, &db);
    QVERIFY(id > 0);
    qint64 movedFigure = 0, correctedFigure = 0, correctedSpan = 0;
    {
        Project project;
        QVERIFY(project.open(db));
        const QString v1 = project.articles().text(id);
        QList<Span> spans(2);
        const TextRange a = rangeOf(v1, QStringLiteral("Larchmont Capital put in $6 billion"));
        const TextRange b = nth(v1, QStringLiteral("has raised $14 billion from a group"), 0);
        spans[0].articleId = spans[1].articleId = id;
        spans[0].start = a.start;
        spans[0].end = a.end;
        spans[1].start = b.start;
        spans[1].end = b.end;
        QVERIFY(project.addSpans(spans));
        correctedSpan = spans[1].id;
        Figure f;
        f.articleId = id;
        f.spanId = spans[0].id;
        f.kind = FigureKind::Money;
        f.value = 6e9;
        f.unit = QStringLiteral("USD");
        f.text = QStringLiteral("$6 billion");
        f.start = a.end - 10;
        f.end = a.end;
        QVERIFY(project.addFigure(f));
        movedFigure = f.id;
        Figure g = f;
        g.id = 0;
        g.spanId = spans[1].id;
        g.value = 14e9;
        g.text = QStringLiteral("$14 billion");
        g.start = b.start + 11;
        g.end = b.start + 22;
        QVERIFY(project.addFigure(g));
        correctedFigure = g.id;
    }
    QVERIFY(writeFile(file, versionFile("kestrel-round-v2.txt")));
    QVERIFY(ProjectImporter(db).run({ file }).error.isEmpty());
    Project project;
    QVERIFY(project.open(db));
    const QString v2 = project.articles().text(id);
    const TextRange moved = rangeOf(v2, QStringLiteral("Larchmont Capital put in $6 billion"));
    const Span corrected = project.spans().span(correctedSpan);
    QCOMPARE(corrected.anchor, SpanAnchor::Fuzzy);
    for (const Figure &f : project.figures().manualFigures(id)) {
        if (f.id == movedFigure) {
            QCOMPARE(f.start, moved.end - 10);
            QCOMPARE(f.end, moved.end);
        } else {
            QCOMPARE(f.id, correctedFigure);
            // "$14 billion" is no longer in the span: the figure covers its span, never other text.
            QCOMPARE(f.start, corrected.start);
            QCOMPARE(f.end, corrected.end);
        }
    }
    QCOMPARE(project.figures().manualFigures(id).size(), 2);
}

void TestVersions::sameTextIsNoNewVersion()
{
    // CRLF line endings change the file's bytes, not its stored text.
    QTemporaryDir dir;
    QString file, db;
    const qint64 id = importV1(dir, &file, &db);
    QVERIFY(id > 0);
    QByteArray crlf = versionFile("kestrel-round-v1.txt");
    crlf.replace("\n", "\r\n");
    QVERIFY(writeFile(file, crlf));
    const ImportReport r = ProjectImporter(db).run({ file });
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.versions, 0);
    Project project;
    QVERIFY(project.open(db));
    QCOMPARE(project.versions().versions(id).size(), 1);
}

// A version 5 file (before versions): its text becomes version 1, each span keeps its range and
// tags and gets the text it was coded on as quote and its selectors, read from the article.
void TestVersions::migratesVersion5File()
{
    CROSSREAD_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.db"));
    {
        Database db;
        QVERIFY2(db.openAtVersion(path, 5), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), 5);
        for (const char *sql : {
                 "INSERT INTO articles (id, path, content_hash, title, text, format, chars, imported, changed)"
                 " VALUES (4, '/a.txt', 'abc123', 'A', 'Tern raised €2 billion in a round led by Larchmont Capital"
                 " on Tuesday, the company said.', 'txt', 88, '2026-01-02T03:04:05Z', '2026-01-02T03:04:05Z')",
                 "INSERT INTO tags (id, name, color) VALUES (9, 'funding', '#00aa00')",
                 "INSERT INTO spans (id, article_id, start, end, text, note, author, created, modified)"
                 " VALUES (6, 4, 12, 22, '€2 billion', 'n', 'zoe', 'x', 'x')",
                 "INSERT INTO spans (id, article_id, start, end, text, author, created, modified)"
                 " VALUES (7, 4, 0, 4, 'Tern', 'zoe', 'x', 'x')",
                 "INSERT INTO span_tags VALUES (6, 9), (7, 9)",
                 "INSERT INTO figures (id, article_id, span_id, kind, value, text, start, end, author)"
                 " VALUES (3, 4, 6, 'money', 2e9, '€2 billion', 12, 22, 'zoe')",
             })
            QVERIFY2(db.execSql(QString::fromUtf8(sql)), qPrintable(db.error()));
    }
    Project project;
    QVERIFY2(project.open(path), qPrintable(project.error()));
    QCOMPARE(project.database().schemaVersion(), Migrations::latestVersion());
    const QList<ArticleVersion> versions = project.versions().versions(4);
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first().number, 1);
    QCOMPARE(versions.first().current, true);
    QCOMPARE(versions.first().contentHash, QByteArray("abc123"));
    QCOMPARE(versions.first().imported, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    const QList<Span> spans = project.spans().spansOfArticle(4);
    QCOMPARE(spans.size(), 2);
    const Span &tern = spans.at(0);
    QCOMPARE(tern.id, 7);
    QCOMPARE(tern.quote, QStringLiteral("Tern"));
    QCOMPARE(tern.prefix, QString());
    QCOMPARE(tern.suffix, QStringLiteral(" raised €2 billion in a round le"));
    const Span &money = spans.at(1);
    QCOMPARE(money.start, 12);
    QCOMPARE(money.end, 22);
    QCOMPARE(money.anchor, SpanAnchor::Exact);
    QCOMPARE(money.confidence, 1.0);
    QCOMPARE(money.quote, QStringLiteral("€2 billion"));
    QCOMPARE(money.prefix, QStringLiteral("Tern raised "));
    QCOMPARE(money.suffix, QStringLiteral(" in a round led by Larchmont Cap"));
    QCOMPARE(money.selectorStart, 12);
    QCOMPARE(money.selectorEnd, 22);
    QCOMPARE(money.tagIds, QList<qint64> { 9 });
    QCOMPARE(money.note, QStringLiteral("n"));
    QCOMPARE(project.figures().figuresOfSpan(6).size(), 1); // the rebuilt table kept its references
    QVERIFY(project.spans().orphans().isEmpty());
    QSqlQuery fk(project.database().connection());
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_keys")) && fk.next());
    QCOMPARE(fk.value(0).toInt(), 1); // switched on again after the rebuild
}

// A REFI-QDA project (as ProjectBundle::merge receives it) coded on kestrel-round-v1 by a
// colleague, imported into a project that holds v2 under the same title: the codings land on the
// project's article by their selectors alone, the one whose paragraph v2 deleted is an orphan.
void TestVersions::importedCodingsOfAnotherTextReanchored()
{
    QTemporaryDir dir;
    QString file, db;
    const qint64 id = importV1(dir, &file, &db);
    QVERIFY(id > 0);
    QVERIFY(writeFile(file, versionFile("kestrel-round-v2.txt")));
    QCOMPARE(ProjectImporter(db).run({ file }).versions, 1);
    Project project;
    QVERIFY(project.open(db));
    const QString v1 = QString::fromUtf8(versionFile("kestrel-round-v1.txt"));
    const QString v2 = project.articles().text(id);

    ExportBundle bundle;
    bundle.tags = { Tag { 7, 0, QStringLiteral("claim"), QColor(Qt::red), QString(), 0, {} } };
    ExportArticle source;
    source.article.title = project.articles().article(id).title;
    source.article.text = v1;
    const auto coded = [&](const QString &phrase, int occurrence) {
        Span s;
        const TextRange r = nth(v1, phrase, occurrence);
        s.start = r.start;
        s.end = r.end;
        s.text = phrase;
        s.tagIds = { 7 };
        s.author = QStringLiteral("colleague");
        return s;
    };
    source.spans = { coded(QStringLiteral("Tidemark Research"), 0), coded(QStringLiteral("$14 billion"), 1),
        coded(QStringLiteral("Kestrel's revenue rose 38% to $2.1 billion last year"), 0) };
    bundle.articles = { source };
    const ProjectBundle::MergeReport r = ProjectBundle::merge(project, bundle, dir.filePath(QStringLiteral("c.qdpx")));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.articles, 0);
    QCOMPARE(r.matchedSources, 1);
    QCOMPARE(r.spans, 3);
    QCOMPARE(r.reanchored, 2);
    QCOMPARE(r.orphans.size(), 1);
    QCOMPARE(r.orphans.first().span.text, QStringLiteral("Kestrel's revenue rose 38% to $2.1 billion last year"));
    QCOMPARE(project.articles().count(), 1);

    const QList<Span> placed = project.spans().spansOfArticle(id);
    QCOMPARE(placed.size(), 2);
    for (const Span &s : placed) {
        QCOMPARE(s.author, QStringLiteral("colleague"));
        QCOMPARE(s.tagIds.size(), 1);
        if (s.quote == QStringLiteral("Tidemark Research")) {
            QCOMPARE(s.text, QStringLiteral("Tidemark Research"));
            QCOMPARE(s.start, nth(v2, QStringLiteral("Tidemark Research"), 0).start);
            QVERIFY(s.anchor == SpanAnchor::Exact || s.anchor == SpanAnchor::Relocated);
        } else {
            QCOMPARE(s.quote, QStringLiteral("$14 billion"));
            QCOMPARE(s.anchor, SpanAnchor::Fuzzy);
            QCOMPARE(s.text, QStringLiteral("$14.3 billion"));
            QCOMPARE(s.start, nth(v2, QStringLiteral("$14.3 billion"), 1).start);
        }
    }
    const QList<Span> orphans = project.spans().orphans(id);
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().anchorVersion, 0); // found later from its selectors alone
    // Its selectors are those of the colleague's text.
    QCOMPARE(orphans.first().prefix, QStringLiteral("no plans for a public\nlisting.\n\n"));
    QCOMPARE(orphans.first().suffix, QStringLiteral(", according to a person\nfamiliar"));

    // The same source under a title no article has is a new article, as before.
    bundle.articles.first().article.title = QStringLiteral("A title of its own");
    const ProjectBundle::MergeReport other
        = ProjectBundle::merge(project, bundle, dir.filePath(QStringLiteral("d.qdpx")));
    QCOMPARE(other.articles, 1);
    QCOMPARE(other.matchedSources, 0);
    QVERIFY(other.orphans.isEmpty());
}

// Generated articles imported, coded, edited by the edit generator and imported again: no span
// is lost, none is placed on the wrong text (AnchorOracle, from the generator's own record), and
// most spans whose text survived are placed on it.
void TestVersions::generatedEditsNeverPlacedWrongly()
{
    using namespace crossread::editgen;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("gen"));
    const QString db = newProjectLocation(folder + QStringLiteral("/.crossread"));
    const int kArticles = 4;
    QList<TrackedText> edited;
    QList<QList<TextRange>> sampled;
    for (int i = 0; i < kArticles; ++i) {
        const QString text = ArticleGenerator(100 + i).article(8000, i % 2 ? 72 : 0);
        QVERIFY(writeFile(folder + QStringLiteral("/a%1.txt").arg(i), text.toUtf8()));
        edited.append(TrackedText(text));
        sampled.append(SpanSampler::sample(text, 40, 200 + i));
    }
    QCOMPARE(ProjectImporter(db).run({ folder }).imported, kArticles);
    QHash<qint64, QPair<int, TextRange>> made; // span id -> (article, old range)
    {
        Project project;
        QVERIFY(project.open(db));
        for (int i = 0; i < kArticles; ++i) {
            const qint64 id = project.articles()
                                  .knownFiles()
                                  .value(QDir(folder).absoluteFilePath(QStringLiteral("a%1.txt").arg(i)))
                                  .id;
            QVERIFY(id > 0);
            QCOMPARE(project.articles().text(id), edited.at(i).original());
            QList<Span> spans;
            for (const TextRange &r : sampled.at(i)) {
                Span s;
                s.articleId = id;
                s.start = r.start;
                s.end = r.end;
                spans.append(s);
            }
            QVERIFY(project.addSpans(spans));
            for (const Span &s : spans)
                made.insert(s.id, { i, { s.start, s.end } });
        }
    }
    for (int i = 0; i < kArticles; ++i) {
        EditGenerator(300 + i).applyRandom(&edited[i], 0.05);
        QVERIFY(writeFile(folder + QStringLiteral("/a%1.txt").arg(i), edited.at(i).text().toUtf8()));
    }
    const ImportReport r = ProjectImporter(db).run({ folder });
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.versions, kArticles);
    QCOMPARE(r.exact + r.relocated + r.fuzzy + int(r.orphans.size()), int(made.size()));

    Project project;
    QVERIFY(project.open(db));
    std::vector<AnchorOracle> oracles;
    oracles.reserve(kArticles);
    for (int i = 0; i < kArticles; ++i)
        oracles.emplace_back(edited.at(i));
    int intact = 0, intactPlaced = 0;
    const QList<Span> all = project.spans().allSpans() + project.spans().orphans();
    QCOMPARE(all.size(), made.size()); // nothing dropped
    for (const Span &s : all) {
        const auto [article, oldRange] = made.value(s.id);
        AnchorResult result;
        result.method = s.isOrphan() ? AnchorResult::Orphan : AnchorResult::Exact;
        if (!s.isOrphan())
            result.range = TextRange { s.start, s.end };
        const AnchorOracle::Judgement j = oracles.at(size_t(article)).judge(oldRange, result);
        QVERIFY2(j.verdict != AnchorOracle::Wrong,
            qPrintable(QStringLiteral("span %1 '%2' placed on '%3'").arg(s.id).arg(s.quote, s.text)));
        if (j.fate == AnchorOracle::Intact) {
            ++intact;
            intactPlaced += j.verdict == AnchorOracle::Correct;
        }
    }
    QVERIFY(intact > 0);
    QVERIFY2(intactPlaced * 10 >= intact * 9, qPrintable(QStringLiteral("%1 of %2").arg(intactPlaced).arg(intact)));
}

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
