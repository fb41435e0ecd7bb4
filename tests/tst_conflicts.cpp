// Row versions: two analysts (two Workspaces, each with its own connection, as two processes
// would have) edit the same span or tag. The later edit, based on a version the other has since
// replaced, is refused with a message naming the row, who changed it and when; nothing of it is
// saved, no undo step is left, and undo/redo of one's own edits still work (each a new version).
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "commands/SetSpanTagsCommand.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace crossread;

namespace {

// Written for this test; span 1 covers "raised $40 million" (code points 10-28).
const QString kArticle = QStringLiteral(
    "Northwind raised $40 million in funding, the company said on Monday. Analysts doubted the funding figure.");

struct Stored
{
    QString note;
    QString noteAuthor;
    qint64 version = 0;
    QString changedBy;
};

Stored storedSpan(const QString &path, qint64 id)
{
    Project p;
    if (!p.open(path))
        return {};
    const Span s = p.spans().span(id);
    return { s.note, s.noteAuthor, s.stamp.version, s.stamp.by };
}

// The span, or no span (id 0), as a fresh connection reads it.
Span spanAt(const QString &path, qint64 id)
{
    Project p;
    return p.open(path) ? p.spans().span(id) : Span {};
}

// The tag, or no tag (id 0), as a fresh connection reads it.
Tag tagAt(const QString &path, qint64 id)
{
    Project p;
    return p.open(path) ? p.tags().tag(id) : Tag {};
}

const QString kRefused = QStringLiteral("; your edit was not saved.");

// A hand figure on the whole of SPAN.
Figure handFigureOn(const Span &span, FigureKind kind, double value, const QString &unit)
{
    Figure f;
    f.articleId = span.articleId;
    f.spanId = span.id;
    f.start = span.start;
    f.end = span.end;
    f.kind = kind;
    f.value = value;
    f.unit = unit;
    f.text = span.text;
    return f;
}

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void laterEditOfSameSpanIsRefused_data();
    void laterEditOfSameSpanIsRefused();
    void undoDoesNotOverwriteAnotherAnalyst();
    void ownUndoRedoWritesNewVersions();
    void laterTagRenameIsRefused();
    void undoOfAddKeepsAnothersNote();
    void removalAfterAnothersRetagIsRefused();
    void removalOfUnchangedSpanAndItsUndo();
    void undoOfSearchTaggingIsAllOrNothing();
    void removalOfSeveralSpansIsAllOrNothing();
    void tagRemovalAfterAnothersRenameIsRefused();
    void undoOfNewTagAfterAnothersRenameIsRefused();
    void tagRemovalWithAnothersSubTagIsRefused();
    void undoOfNewTagAfterAnothersCodingIsRefused();
    void redoOfTagRemovalAfterAnothersCodingIsRefused();
    void spanRemovalAfterAnothersFigureIsRefused_data();
    void spanRemovalAfterAnothersFigureIsRefused();
    void ownFigureThenUndoOfTheSpan();
    void migrationNumbersRowsFromZero();

private:
    QString path() const { return m_location; }
    QString m_location; // a file, or a database on the test server (the `pg` run)
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ana;
    std::unique_ptr<Workspace> m_bob;
};

void TestConflicts::initTestCase()
{
    CROSSREAD_REQUIRE_SERVER_IF_ASKED();
}

void TestConflicts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = test::newProjectLocation(m_dir->path());
    QVERIFY(m_dir->isValid());
    {
        Project p;
        QVERIFY2(p.open(path(), Project::OpenMode::CreateIfMissing), qPrintable(p.error()));
        Article a;
        a.path = m_dir->filePath(QStringLiteral("northwind.txt"));
        a.contentHash = "0123";
        a.text = kArticle;
        a.title = QStringLiteral("Northwind funding");
        QVERIFY(p.articles().insert(a, {}));
        Tag tag;
        tag.name = QStringLiteral("Money");
        tag.color = QColor(0, 170, 0);
        tag.position = -1;
        QVERIFY(p.addTag(tag));
        QList<Span> spans(1);
        spans[0].articleId = 1;
        spans[0].start = 10;
        spans[0].end = 28;
        spans[0].tagIds = { 1 };
        spans[0].author = QStringLiteral("ana");
        QString error;
        QVERIFY(p.validateSpan(spans[0], &error));
        QVERIFY(p.addSpans(spans));
    }
    m_ana = std::make_unique<Workspace>();
    m_bob = std::make_unique<Workspace>();
    QVERIFY(m_ana->open(path()));
    QVERIFY(m_bob->open(path()));
    m_ana->setCoder(QStringLiteral("ana"));
    m_bob->setCoder(QStringLiteral("bob"));
}

void TestConflicts::cleanup()
{
    m_ana.reset();
    m_bob.reset();
    m_dir.reset();
}

void TestConflicts::laterEditOfSameSpanIsRefused_data()
{
    QTest::addColumn<bool>("readBefore");
    // Ana read the span (version 0) before Bob saved his note: her note is refused.
    QTest::newRow("read before the other's save: conflict") << true;
    // Ana read it after Bob's save: her note is based on his and is saved.
    QTest::newRow("read after the other's save: saved") << false;
}

void TestConflicts::laterEditOfSameSpanIsRefused()
{
    QFETCH(bool, readBefore);
    const qint64 anaRead = readBefore ? m_ana->project()->spans().span(1).stamp.version : -1;
    QVERIFY(m_bob->setNote(1, QStringLiteral("bob checked the filing")));
    const qint64 read = readBefore ? anaRead : m_ana->project()->spans().span(1).stamp.version;
    QCOMPARE(read, readBefore ? 0 : 1);

    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    const bool saved = m_ana->setNote(1, QStringLiteral("ana doubts it"), read);
    if (!readBefore) {
        QVERIFY2(saved, qPrintable(m_ana->lastError()));
        QCOMPARE(conflicts.size(), 0);
        const Stored s = storedSpan(path(), 1);
        QCOMPARE(s.note, QStringLiteral("ana doubts it"));
        QCOMPARE(s.version, 2);
        QCOMPARE(s.changedBy, QStringLiteral("ana"));
        return;
    }
    QVERIFY(!saved);
    QCOMPARE(conflicts.size(), 1);
    const QString message = conflicts.first().first().toString();
    QVERIFY2(message.startsWith(
                 QStringLiteral("The span “raised $40 million” in “Northwind funding” was changed by bob at ")),
        qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("; your edit was not saved.")), qPrintable(message));
    QCOMPARE(m_ana->lastError(), message);
    QCOMPARE(m_ana->undoStack()->count(), 0);
    const Stored s = storedSpan(path(), 1);
    QCOMPARE(s.note, QStringLiteral("bob checked the filing"));
    QCOMPARE(s.noteAuthor, QStringLiteral("bob"));
    QCOMPARE(s.version, 1);
    QCOMPARE(s.changedBy, QStringLiteral("bob"));
}

// Ana's undo would put back the note Bob has since replaced: refused, his note stays, and the
// step leaves her history (it can no longer be undone).
void TestConflicts::undoDoesNotOverwriteAnotherAnalyst()
{
    QVERIFY(m_ana->setNote(1, QStringLiteral("ana's first reading")));
    QCOMPARE(m_ana->undoStack()->count(), 1);
    QVERIFY(m_bob->setNote(1, QStringLiteral("bob's correction")));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    m_ana->undo();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(conflicts.first().first().toString().contains(QStringLiteral("was changed by bob")));
    QCOMPARE(m_ana->undoStack()->count(), 0);
    QVERIFY(!m_ana->canRedo());
    const Stored s = storedSpan(path(), 1);
    QCOMPARE(s.note, QStringLiteral("bob's correction"));
    QCOMPARE(s.version, 2);
}

void TestConflicts::ownUndoRedoWritesNewVersions()
{
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    // Tag and note the same span in one step: the step's undo meets the versions it wrote itself.
    const Workspace::Coding c = m_ana->codeRange(1, { 10, 28 }, QStringLiteral("Claims"), QStringLiteral("large"));
    QVERIFY2(c.result.done(), qPrintable(m_ana->lastError()));
    QCOMPARE(storedSpan(path(), 1).version, 2);
    m_ana->undo();
    Stored s = storedSpan(path(), 1);
    QCOMPARE(s.note, QString());
    QCOMPARE(s.version, 4);
    m_ana->redo();
    s = storedSpan(path(), 1);
    QCOMPARE(s.note, QStringLiteral("large"));
    QCOMPARE(s.version, 6);
    QVERIFY(m_ana->setNote(1, QStringLiteral("larger")));
    m_ana->undo();
    m_ana->undo();
    s = storedSpan(path(), 1);
    QCOMPARE(s.note, QString());
    QCOMPARE(s.version, 10);
    QCOMPARE(conflicts.size(), 0);
    QCOMPARE(m_ana->undoStack()->index(), 0);
    // Bob, reading now, builds on all of it.
    QVERIFY(m_bob->setNote(1, QStringLiteral("bob"), m_bob->project()->spans().span(1).stamp.version));
    QCOMPARE(storedSpan(path(), 1).version, 11);
}

void TestConflicts::laterTagRenameIsRefused()
{
    // Both windows show the tag at version 0; Ana's rename lands first.
    QSignalSpy conflicts(m_bob.get(), &Workspace::conflictOccurred);
    QVERIFY(m_ana->renameTag(1, QStringLiteral("Funding")));
    QVERIFY(m_bob->setTagColor(1, QColor(0, 0, 170)));
    QCOMPARE(conflicts.size(), 0); // read after Ana's save: based on it
    // Ana undoes her rename after Bob's colour: refused, his colour and her name stay.
    QSignalSpy anaConflicts(m_ana.get(), &Workspace::conflictOccurred);
    m_ana->undo();
    QCOMPARE(anaConflicts.size(), 1);
    QVERIFY2(
        anaConflicts.first().first().toString().startsWith(QStringLiteral("The tag “Funding” was changed by bob at ")),
        qPrintable(anaConflicts.first().first().toString()));
    Project p;
    QVERIFY(p.open(path()));
    const Tag t = p.tags().tag(1);
    QCOMPARE(t.name, QStringLiteral("Funding"));
    QCOMPARE(t.color, QColor(0, 0, 170));
    QCOMPARE(t.stamp.version, 2);
    QCOMPARE(t.stamp.by, QStringLiteral("bob"));
}

// Ana highlights a span, Bob writes a note on it, Ana presses Undo: removing the span would take
// his note with it, so the undo is refused and both stay; the step leaves her history.
void TestConflicts::undoOfAddKeepsAnothersNote()
{
    const EditResult added = m_ana->applyTag(1, { 41, 57 }, 1);
    QVERIFY2(added.done(), qPrintable(m_ana->lastError()));
    QCOMPARE(added.id, 2);
    QVERIFY(m_bob->setNote(2, QStringLiteral("bob: which company?")));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    m_ana->undo();
    QCOMPARE(conflicts.size(), 1);
    const QString message = conflicts.first().first().toString();
    QVERIFY2(
        message.startsWith(QStringLiteral("The span “the company said” in “Northwind funding” was changed by bob at ")),
        qPrintable(message));
    QVERIFY2(message.endsWith(kRefused), qPrintable(message));
    QCOMPARE(m_ana->undoStack()->count(), 0);
    QVERIFY(!m_ana->canRedo());
    const Span kept = spanAt(path(), 2);
    QCOMPARE(kept.id, 2);
    QCOMPARE(kept.note, QStringLiteral("bob: which company?"));
    QCOMPARE(kept.tagIds, QList<qint64> { 1 });
}

// Ana's reader shows span 1 as she read it (version 0); Bob then retags it. Her removal of the
// span she saw is refused: his tags stay.
void TestConflicts::removalAfterAnothersRetagIsRefused()
{
    const qint64 anaRead = m_ana->project()->spans().span(1).stamp.version;
    const EditResult doubt = m_bob->createTag(QStringLiteral("Doubt"));
    QVERIFY2(doubt.done(), qPrintable(m_bob->lastError()));
    m_bob->undoStack()->push(new SetSpanTagsCommand(m_bob->project(), 1, { 1, doubt.id }));
    QCOMPARE(m_bob->lastError(), QString());
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    QVERIFY(!m_ana->removeSpans({ 1 }, { { 1, anaRead } }));
    QCOMPARE(conflicts.size(), 1);
    const QString message = conflicts.first().first().toString();
    QVERIFY2(message.startsWith(
                 QStringLiteral("The span “raised $40 million” in “Northwind funding” was changed by bob at ")),
        qPrintable(message));
    QCOMPARE(m_ana->lastError(), message);
    QCOMPARE(m_ana->undoStack()->count(), 0);
    const Span kept = spanAt(path(), 1);
    QCOMPARE(kept.id, 1);
    QCOMPARE(kept.tagIds, (QList<qint64> { 1, doubt.id }));
    QCOMPARE(kept.stamp.by, QStringLiteral("bob"));
}

// An unchanged span is removed and its undo puts it back; her own undo and redo meet the
// versions she wrote. Once Bob writes a note on the restored span, her redo (a removal again)
// is refused and the note stays.
void TestConflicts::removalOfUnchangedSpanAndItsUndo()
{
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    QVERIFY2(m_ana->removeSpans({ 1 }), qPrintable(m_ana->lastError()));
    QCOMPARE(spanAt(path(), 1).id, 0);
    m_ana->undo();
    QCOMPARE(spanAt(path(), 1).id, 1);
    m_ana->redo();
    QCOMPARE(spanAt(path(), 1).id, 0);
    m_ana->undo();
    const Span restored = spanAt(path(), 1);
    QCOMPARE(restored.id, 1);
    QCOMPARE(restored.text, QStringLiteral("raised $40 million"));
    QCOMPARE(restored.tagIds, QList<qint64> { 1 });
    QCOMPARE(conflicts.size(), 0);
    QCOMPARE(m_ana->undoStack()->count(), 1);

    QVERIFY(m_bob->setNote(1, QStringLiteral("bob checked the filing")));
    m_ana->redo();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(conflicts.first().first().toString().startsWith(QStringLiteral("The span “raised $40 million”")),
        qPrintable(conflicts.first().first().toString()));
    QVERIFY(conflicts.first().first().toString().contains(QStringLiteral(" was changed by bob at ")));
    QCOMPARE(m_ana->undoStack()->count(), 0);
    const Span kept = spanAt(path(), 1);
    QCOMPARE(kept.id, 1);
    QCOMPARE(kept.note, QStringLiteral("bob checked the filing"));
}

// Ana tags both hits of "funding" in one step; Bob writes a note on the second. Her undo would
// remove his note with it: refused, and the first span (removed before the second was found
// changed) is there too, as the step is one transaction.
void TestConflicts::undoOfSearchTaggingIsAllOrNothing()
{
    QList<SearchHit> hits(2);
    hits[0].articleId = hits[1].articleId = 1;
    hits[0].start = 32;
    hits[0].end = 39;
    hits[1].start = 90;
    hits[1].end = 97;
    const Workspace::SearchTagging tagged = m_ana->tagSearchResults(hits, 1);
    QVERIFY2(tagged.outcome == EditResult::Done, qPrintable(m_ana->lastError()));
    QCOMPARE(tagged.created, 2);
    QCOMPARE(spanAt(path(), 3).text, QStringLiteral("funding"));
    QVERIFY(m_bob->setNote(3, QStringLiteral("bob: the same round?")));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    m_ana->undo();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(conflicts.first().first().toString().startsWith(
                 QStringLiteral("The span “funding” in “Northwind funding” was changed by bob at ")),
        qPrintable(conflicts.first().first().toString()));
    QCOMPARE(m_ana->undoStack()->count(), 0);
    QCOMPARE(spanAt(path(), 2).tagIds, QList<qint64> { 1 });
    QCOMPARE(spanAt(path(), 3).note, QStringLiteral("bob: the same round?"));
}

// Ana removes two spans she sees; Bob has written a note on the second since. Neither is removed,
// not even the first, which comes first and is unchanged.
void TestConflicts::removalOfSeveralSpansIsAllOrNothing()
{
    const EditResult added = m_ana->applyTag(1, { 41, 57 }, 1);
    QVERIFY2(added.done(), qPrintable(m_ana->lastError()));
    const QHash<qint64, qint64> seen { { 1, m_ana->project()->spans().span(1).stamp.version },
        { added.id, m_ana->project()->spans().span(added.id).stamp.version } };
    QVERIFY(m_bob->setNote(added.id, QStringLiteral("bob: which company?")));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    QVERIFY(!m_ana->removeSpans({ 1, added.id }, seen));
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(conflicts.first().first().toString().startsWith(QStringLiteral("The span “the company said”")),
        qPrintable(conflicts.first().first().toString()));
    QCOMPARE(m_ana->undoStack()->count(), 1); // her highlight, not the refused removal
    QCOMPARE(spanAt(path(), 1).text, QStringLiteral("raised $40 million"));
    QCOMPARE(spanAt(path(), added.id).note, QStringLiteral("bob: which company?"));
}

// Ana's tree shows "Money" as she read it; Bob renames it. Her removal is refused: the tag, its
// new name and its span links stay.
void TestConflicts::tagRemovalAfterAnothersRenameIsRefused()
{
    const qint64 anaRead = m_ana->project()->tags().tag(1).stamp.version;
    QVERIFY(m_bob->renameTag(1, QStringLiteral("Funding")));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    QVERIFY(!m_ana->removeTag(1, { { 1, anaRead } }));
    QCOMPARE(conflicts.size(), 1);
    const QString message = conflicts.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("The tag “Funding” was changed by bob at ")), qPrintable(message));
    QVERIFY2(message.endsWith(kRefused), qPrintable(message));
    QCOMPARE(m_ana->undoStack()->count(), 0);
    QCOMPARE(tagAt(path(), 1).name, QStringLiteral("Funding"));
    QCOMPARE(spanAt(path(), 1).tagIds, QList<qint64> { 1 });
}

// Ana makes a tag, Bob renames it, Ana presses Undo: the tag is his work too now and stays.
void TestConflicts::undoOfNewTagAfterAnothersRenameIsRefused()
{
    const EditResult made = m_ana->createTag(QStringLiteral("Doubt"));
    QVERIFY2(made.done(), qPrintable(m_ana->lastError()));
    QVERIFY(m_bob->renameTag(made.id, QStringLiteral("Scepticism")));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    m_ana->undo();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(
        conflicts.first().first().toString().startsWith(QStringLiteral("The tag “Scepticism” was changed by bob at ")),
        qPrintable(conflicts.first().first().toString()));
    QCOMPARE(m_ana->undoStack()->count(), 0);
    QCOMPARE(tagAt(path(), made.id).name, QStringLiteral("Scepticism"));
}

// Bob adds a sub-tag to "Money" after Ana read the tree: removing "Money" would take his tag
// along, so it is refused, naming his tag.
void TestConflicts::tagRemovalWithAnothersSubTagIsRefused()
{
    const qint64 anaRead = m_ana->project()->tags().tag(1).stamp.version;
    const EditResult sub = m_bob->createTag(QStringLiteral("Grants"), 1);
    QVERIFY2(sub.done(), qPrintable(m_bob->lastError()));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    QVERIFY(!m_ana->removeTag(1, { { 1, anaRead } }));
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(conflicts.first().first().toString().startsWith(QStringLiteral("The tag “Grants” was changed by bob at ")),
        qPrintable(conflicts.first().first().toString()));
    QCOMPARE(tagAt(path(), 1).name, QStringLiteral("Money"));
    QCOMPARE(tagAt(path(), sub.id).parentId, 1);
}

// Ana makes a tag, Bob codes a span with it, Ana presses Undo: removing the tag would take his
// coding along, so it is refused, naming his span.
void TestConflicts::undoOfNewTagAfterAnothersCodingIsRefused()
{
    const EditResult made = m_ana->createTag(QStringLiteral("Doubt"));
    QVERIFY2(made.done(), qPrintable(m_ana->lastError()));
    const EditResult coded = m_bob->applyTag(1, { 69, 77 }, made.id);
    QVERIFY2(coded.done(), qPrintable(m_bob->lastError()));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    m_ana->undo();
    QCOMPARE(conflicts.size(), 1);
    const QString message = conflicts.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("The span “Analysts” in “Northwind funding” was changed by bob at ")),
        qPrintable(message));
    QVERIFY2(message.endsWith(kRefused), qPrintable(message));
    QCOMPARE(m_ana->undoStack()->count(), 0);
    QCOMPARE(tagAt(path(), made.id).name, QStringLiteral("Doubt"));
    QCOMPARE(spanAt(path(), coded.id).tagIds, QList<qint64> { made.id });
}

// Ana removes "Money" and undoes it; Bob then codes another span with it; Ana's redo would
// take his coding along and is refused. Her own removal and undo went through.
void TestConflicts::redoOfTagRemovalAfterAnothersCodingIsRefused()
{
    QVERIFY2(m_ana->removeTag(1), qPrintable(m_ana->lastError()));
    QCOMPARE(tagAt(path(), 1).id, 0);
    m_ana->undo();
    QCOMPARE(tagAt(path(), 1).name, QStringLiteral("Money"));
    QCOMPARE(spanAt(path(), 1).tagIds, QList<qint64> { 1 });
    const EditResult coded = m_bob->applyTag(1, { 69, 77 }, 1);
    QVERIFY2(coded.done(), qPrintable(m_bob->lastError()));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    m_ana->redo();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY2(conflicts.first().first().toString().startsWith(
                 QStringLiteral("The span “Analysts” in “Northwind funding” was changed by bob at ")),
        qPrintable(conflicts.first().first().toString()));
    QCOMPARE(tagAt(path(), 1).name, QStringLiteral("Money"));
    QCOMPARE(spanAt(path(), coded.id).tagIds, QList<qint64> { 1 });
    QCOMPARE(spanAt(path(), 1).tagIds, QList<qint64> { 1 });
}

// Bob sets a hand figure on a span: the figure is part of the span's coding, so removing the
// span as Ana saw it before, or undoing her making of it, is refused and his figure stays.
void TestConflicts::spanRemovalAfterAnothersFigureIsRefused_data()
{
    QTest::addColumn<bool>("byUndo");
    QTest::newRow("removal of the span she saw") << false;
    QTest::newRow("undo of her new span") << true;
}

void TestConflicts::spanRemovalAfterAnothersFigureIsRefused()
{
    QFETCH(bool, byUndo);
    qint64 spanId = 1;
    if (byUndo) {
        const EditResult added = m_ana->applyTag(1, { 90, 104 }, 1);
        QVERIFY2(added.done(), qPrintable(m_ana->lastError()));
        spanId = added.id;
    }
    const Span seen = m_ana->project()->spans().span(spanId);
    const EditResult figure = m_bob->setFigure(handFigureOn(seen, FigureKind::Money, 40e6, QStringLiteral("USD")));
    QVERIFY2(figure.done(), qPrintable(m_bob->lastError()));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    if (byUndo)
        m_ana->undo();
    else
        QVERIFY(!m_ana->removeSpans({ spanId }, { { spanId, seen.stamp.version } }));
    QCOMPARE(conflicts.size(), 1);
    const QString message = conflicts.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral(" was changed by bob at ")), qPrintable(message));
    QVERIFY2(message.endsWith(kRefused), qPrintable(message));
    QCOMPARE(m_ana->undoStack()->count(), 0);
    QCOMPARE(spanAt(path(), spanId).id, spanId);
    Project p;
    QVERIFY(p.open(path()));
    QCOMPARE(p.figures().manualFigures(1).size(), 1);
    QCOMPARE(p.figures().manualFigures(1).first().author, QStringLiteral("bob"));
}

// Her own figure on her own new span: undoing both, then redoing both, meets no conflict.
void TestConflicts::ownFigureThenUndoOfTheSpan()
{
    const EditResult added = m_ana->applyTag(1, { 90, 104 }, 1);
    QVERIFY2(added.done(), qPrintable(m_ana->lastError()));
    const Span seen = m_ana->project()->spans().span(added.id);
    QVERIFY2(m_ana->setFigure(handFigureOn(seen, FigureKind::Percent, 12, QStringLiteral("%"))).done(),
        qPrintable(m_ana->lastError()));
    QSignalSpy conflicts(m_ana.get(), &Workspace::conflictOccurred);
    m_ana->undo();
    m_ana->undo();
    QCOMPARE(spanAt(path(), added.id).id, 0);
    m_ana->redo();
    m_ana->redo();
    QCOMPARE(conflicts.size(), 0);
    QCOMPARE(spanAt(path(), added.id).id, added.id);
    Project p;
    QVERIFY(p.open(path()));
    QCOMPARE(p.figures().manualFigures(1).size(), 1);
    m_ana->undo();
    m_ana->undo();
    QCOMPARE(conflicts.size(), 0);
    QCOMPARE(spanAt(path(), added.id).id, 0);
}

// A project of schema 8 brought to 9: rows start at version 0, a span's last writer is its
// note's coder or else its own.
void TestConflicts::migrationNumbersRowsFromZero()
{
    QTemporaryDir dir;
    const QString old = test::newProjectLocation(dir.path(), QStringLiteral("old.db"));
    {
        Database db;
        QVERIFY2(db.openAtVersion(old, 8), qPrintable(db.error()));
        QVERIFY(db.execSql(QStringLiteral("INSERT INTO articles (id, path, content_hash, text, format, chars, imported,"
                                          " changed) VALUES (1, '/a.txt', 'h', 'Alpha beta gamma', 'text', 16, "
                                          "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        QVERIFY(db.execSql(QStringLiteral("INSERT INTO spans (id, article_id, start, \"end\", text, note, author, "
                                          "note_author, created, modified) VALUES (1, 1, 0, 5, 'Alpha', 'n', 'ana', "
                                          "'bob', '2026-01-02T10:00:00.000Z', '2026-01-03T11:00:00.000Z'),"
                                          " (2, 1, 6, 10, 'beta', '', 'carl', '', '2026-01-02T10:00:00.000Z', "
                                          "'2026-01-02T10:00:00.000Z')")));
    }
    Project p;
    QVERIFY2(p.open(old), qPrintable(p.error()));
    const Span first = p.spans().span(1);
    QCOMPARE(first.stamp.version, 0);
    QCOMPARE(first.stamp.by, QStringLiteral("bob"));
    QCOMPARE(first.stamp.at, QDateTime(QDate(2026, 1, 3), QTime(11, 0), Qt::UTC));
    const Span second = p.spans().span(2);
    QCOMPARE(second.stamp.version, 0);
    QCOMPARE(second.stamp.by, QStringLiteral("carl"));
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
