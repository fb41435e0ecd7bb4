// The undo commands: each one's redo/undo/redo leaves the project file as expected (read
// back through a second connection, since every edit is saved at once), ids survive
// undo and redo, and refused or failed edits leave no undo step and no change.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "commands/AddFigureCommand.h"
#include "commands/AddSpanCommand.h"
#include "commands/AddTagCommand.h"
#include "commands/ApplyTag.h"
#include "commands/RemoveFigureCommand.h"
#include "commands/RemoveSpansCommand.h"
#include "commands/RemoveTagCommand.h"
#include "commands/RenameTagCommand.h"
#include "commands/ReparentTagCommand.h"
#include "commands/SetSpanNoteCommand.h"
#include "commands/SetSpanTagsCommand.h"
#include "commands/SetTagColorCommand.h"
#include "commands/TagSearchResultsCommand.h"
#include "domain/CodePoints.h"
#include "store/Project.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace crossread;

namespace {

// The whole annotation state of a project file, read through its own connection.
QStringList dump(const QString &path)
{
    Project p;
    if (!p.open(path))
        return { QStringLiteral("cannot open: ") + p.error() };
    QStringList out;
    for (const Tag &t : p.tags().tags()) {
        out << QStringList { QStringLiteral("tag %1").arg(t.id), QString::number(t.parentId), t.name, t.color.name(),
            t.description, QString::number(t.position) }
                   .join(u'|');
    }
    for (const Span &s : p.spans().allSpans()) {
        QStringList tags;
        for (qint64 id : s.tagIds)
            tags << QString::number(id);
        out << QStringList { QStringLiteral("span %1").arg(s.id), QString::number(s.articleId),
            QStringLiteral("%1-%2").arg(s.start).arg(s.end), s.text, s.note, s.author,
            s.created.toString(Qt::ISODateWithMs), s.modified.toString(Qt::ISODateWithMs),
            QStringLiteral("tags ") + tags.join(u',') }
                   .join(u'|');
    }
    for (const Figure &f : p.figures().manualFigures()) {
        out << QStringList { QStringLiteral("figure %1").arg(f.id), QString::number(f.articleId),
            QString::number(f.spanId), QString::number(f.value, 'g', 15), f.unit, f.label }
                   .join(u'|');
    }
    out.sort();
    return out;
}

Tag makeTag(const QString &name, qint64 parentId, const char *color)
{
    Tag t;
    t.name = name;
    t.parentId = parentId;
    t.color = QColor(QLatin1String(color));
    t.position = -1;
    return t;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void undoRedoPersists_data();
    void undoRedoPersists();
    void addSpanKeepsItsId();
    void removeTagRestoresChildrenAndLinks();
    void tagSearchResultsIsOneStep();
    void noteEditsMerge();
    void applyTag_data();
    void applyTag();
    void failures_data();
    void failures();
    void redoAfterTheArticleWentAway();

private:
    void push(QUndoCommand *command);
    QUndoCommand *makeCommand(const QString &name);
    QString path() const { return m_location; }
    QString m_location; // a file, or a database on the test server (the `pg` run)

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    QString m_text1;
};

void TestCommands::push(QUndoCommand *command)
{
    QVERIFY(command);
    const int before = m_stack->count();
    m_stack->push(command);
    QCOMPARE(m_stack->count(), before + 1);
}

// Two story articles (tests/data/story 01 and 02); tags Claims > {Money, Dates} and People; span 1 on
// article 1 tagged Money with a note and a figure, span 2 tagged People.
void TestCommands::initTestCase()
{
    CROSSREAD_REQUIRE_SERVER_IF_ASKED();
}

void TestCommands::init()
{
    qputenv("CROSSREAD_USER", "tester");
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = test::newProjectLocation(m_dir->path());
    QVERIFY(m_dir->isValid());
    m_project = std::make_unique<Project>();
    QVERIFY2(m_project->open(path(), Project::OpenMode::CreateIfMissing), qPrintable(m_project->error()));
    m_stack = std::make_unique<QUndoStack>();

    for (int i = 0; i < 2; ++i) {
        Article a;
        a.path = m_dir->filePath(QStringLiteral("article%1.txt").arg(i + 1));
        a.contentHash = QByteArray::number(i + 1).repeated(8);
        const QString prefix = QStringLiteral("0%1").arg(i + 1);
        a.text = test::storyText(prefix);
        QVERIFY2(!a.text.isEmpty(), test::missingStory(prefix));
        a.title = QStringLiteral("Article %1").arg(i + 1);
        QVERIFY(m_project->articles().insert(a, {}));
        QCOMPARE(a.id, qint64(i + 1));
        if (i == 0)
            m_text1 = a.text;
    }
    push(new AddTagCommand(m_project.get(), makeTag(QStringLiteral("Claims"), 0, "#aa0000")));
    push(new AddTagCommand(m_project.get(), makeTag(QStringLiteral("Money"), 1, "#00aa00")));
    push(new AddTagCommand(m_project.get(), makeTag(QStringLiteral("People"), 0, "#0000aa")));
    push(new AddTagCommand(m_project.get(), makeTag(QStringLiteral("Dates"), 1, "#aaaa00")));
    Span s1;
    s1.articleId = 1;
    s1.start = 1;
    s1.end = 30;
    s1.tagIds = { 2 };
    s1.note = QStringLiteral("first");
    push(new AddSpanCommand(m_project.get(), s1));
    Span s2;
    s2.articleId = 1;
    s2.start = 40;
    s2.end = 80;
    s2.tagIds = { 3 };
    push(new AddSpanCommand(m_project.get(), s2));
    Figure f;
    f.articleId = 1;
    f.spanId = 1;
    f.kind = FigureKind::Money;
    f.value = 14e9;
    f.unit = QStringLiteral("USD");
    f.text = QStringLiteral("$14 billion");
    f.start = 5;
    f.end = 10;
    f.label = QStringLiteral("stake");
    push(new AddFigureCommand(m_project.get(), f));
    m_stack->clear();
}

void TestCommands::cleanup()
{
    m_stack.reset();
    m_project.reset();
    m_dir.reset();
}

QUndoCommand *TestCommands::makeCommand(const QString &name)
{
    Project *p = m_project.get();
    if (name == QLatin1String("add span")) {
        Span s;
        s.articleId = 2;
        s.start = 5;
        s.end = 25;
        s.tagIds = { 3, 4 };
        return new AddSpanCommand(p, s);
    }
    if (name == QLatin1String("remove spans"))
        return new RemoveSpansCommand(p, { 1, 2 });
    if (name == QLatin1String("span note"))
        return new SetSpanNoteCommand(p, 1, QStringLiteral("second thoughts"));
    if (name == QLatin1String("span tags"))
        return new SetSpanTagsCommand(p, 1, { 4, 2 });
    if (name == QLatin1String("add tag"))
        return new AddTagCommand(p, makeTag(QStringLiteral("Executives"), 3, "#123456"));
    if (name == QLatin1String("rename tag"))
        return new RenameTagCommand(p, 2, QStringLiteral("Funding"));
    if (name == QLatin1String("tag colour"))
        return new SetTagColorCommand(p, 3, QColor(QStringLiteral("#654321")));
    if (name == QLatin1String("reparent tag"))
        return new ReparentTagCommand(p, 3, 1, 0);
    if (name == QLatin1String("reorder tag"))
        return new ReparentTagCommand(p, 4, 1, 0);
    if (name == QLatin1String("move tag to top level"))
        return new ReparentTagCommand(p, 2, 0, -1);
    if (name == QLatin1String("remove tag"))
        return new RemoveTagCommand(p, 1);
    if (name == QLatin1String("tag search results")) {
        QList<SearchHit> hits;
        QString error;
        if (!p->searchIndex().search(QStringLiteral("Kestrel"), 50, &hits, &error))
            qWarning() << error;
        return new TagSearchResultsCommand(p, hits, 4);
    }
    if (name == QLatin1String("add figure")) {
        Figure f;
        f.articleId = 2;
        f.kind = FigureKind::Percent;
        f.value = 49;
        f.unit = QStringLiteral("%");
        f.text = QStringLiteral("49%");
        f.label = QStringLiteral("share");
        return new AddFigureCommand(p, f);
    }
    if (name == QLatin1String("remove figure"))
        return new RemoveFigureCommand(p, 1);
    if (name == QLatin1String("apply tag to a tagged range"))
        return ApplyTag::create(p, 1, 40, 80, 2);
    return nullptr;
}

void TestCommands::undoRedoPersists_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("appears"); // in the file after redo only
    QTest::addColumn<QString>("disappears"); // in the file before redo only

    QTest::newRow("add span") << "add span"
                              << "span 3|2|5-25|"
                              << "";
    QTest::newRow("remove spans") << "remove spans"
                                  << ""
                                  << "span 2|1|40-80|";
    QTest::newRow("remove spans takes the figure") << "remove spans"
                                                   << ""
                                                   << "figure 1|1|1|";
    QTest::newRow("span note") << "span note"
                               << "|second thoughts|"
                               << "|first|";
    QTest::newRow("span tags") << "span tags"
                               << "tags 2,4"
                               << "";
    QTest::newRow("add tag") << "add tag"
                             << "tag 5|3|Executives|#123456||0"
                             << "";
    QTest::newRow("rename tag") << "rename tag"
                                << "tag 2|1|Funding|"
                                << "tag 2|1|Money|";
    QTest::newRow("tag colour") << "tag colour"
                                << "tag 3|0|People|#654321"
                                << "tag 3|0|People|#0000aa";
    QTest::newRow("reparent tag") << "reparent tag"
                                  << "tag 3|1|People|#0000aa||0"
                                  << "tag 3|0|People|";
    QTest::newRow("reparent renumbers siblings") << "reparent tag"
                                                 << "tag 4|1|Dates|#aaaa00||2"
                                                 << "";
    QTest::newRow("reorder tag") << "reorder tag"
                                 << "tag 4|1|Dates|#aaaa00||0"
                                 << "tag 2|1|Money|#00aa00||0";
    QTest::newRow("move tag to top level") << "move tag to top level"
                                           << "tag 2|0|Money|#00aa00||2"
                                           << "";
    QTest::newRow("remove tag") << "remove tag"
                                << ""
                                << "tag 2|1|Money|";
    QTest::newRow("remove tag drops links") << "remove tag"
                                            << ""
                                            << "|tags 2";
    QTest::newRow("tag search results") << "tag search results"
                                        << "|tags 4"
                                        << "";
    QTest::newRow("add figure") << "add figure"
                                << "figure 2|2|0|49|%|share"
                                << "";
    QTest::newRow("remove figure") << "remove figure"
                                   << ""
                                   << "figure 1|1|1|";
    QTest::newRow("apply tag to a tagged range") << "apply tag to a tagged range"
                                                 << "tags 2,3"
                                                 << "";
}

void TestCommands::undoRedoPersists()
{
    QFETCH(QString, command);
    QFETCH(QString, appears);
    QFETCH(QString, disappears);

    const QStringList before = dump(path());
    push(makeCommand(command));
    const QStringList after = dump(path());
    QVERIFY(after != before);
    const QString beforeText = before.join(u'\n');
    const QString afterText = after.join(u'\n');
    if (!appears.isEmpty()) {
        QVERIFY2(afterText.contains(appears), qPrintable(afterText));
        QVERIFY2(!beforeText.contains(appears), qPrintable(beforeText));
    }
    if (!disappears.isEmpty()) {
        QVERIFY2(beforeText.contains(disappears), qPrintable(beforeText));
        QVERIFY2(!afterText.contains(disappears), qPrintable(afterText));
    }
    m_stack->undo();
    QCOMPARE(dump(path()), before);
    m_stack->redo();
    QCOMPARE(dump(path()), after); // same ids, times and links as the first time
    m_stack->undo();
    QCOMPARE(dump(path()), before);
    QCOMPARE(m_stack->count(), 1);
}

void TestCommands::addSpanKeepsItsId()
{
    Span s;
    s.articleId = 2;
    s.start = 3;
    s.end = 9;
    auto *command = new AddSpanCommand(m_project.get(), s);
    push(command);
    const qint64 id = command->spanId();
    QVERIFY(id > 0);
    const CodePoints cp(m_project->articles().text(2));
    QCOMPARE(command->span().text, cp.mid(m_project->articles().text(2), 3, 9));
    QCOMPARE(command->text(), QStringLiteral("Highlight “%1”").arg(command->span().text.simplified()));
    m_stack->undo();
    QVERIFY(!dump(path()).join(u'\n').contains(QStringLiteral("span %1|").arg(id)));
    m_stack->redo();
    QCOMPARE(command->spanId(), id);
    bool found = false;
    QCOMPARE(m_project->spans().span(id, &found).start, qint64(3));
    QVERIFY(found);
}

void TestCommands::removeTagRestoresChildrenAndLinks()
{
    // Span 2 also carries Claims and Dates so that links to the parent and a child go too.
    push(new SetSpanTagsCommand(m_project.get(), 2, { 1, 3, 4 }));
    QSignalSpy reset(m_project.get(), &Project::tagsReset);
    push(new RemoveTagCommand(m_project.get(), 1));
    QCOMPARE(m_project->tags().tags().size(), 1);
    QCOMPARE(m_project->spans().span(1).tagIds, QList<qint64> {});
    QCOMPARE(m_project->spans().span(2).tagIds, QList<qint64> { 3 });

    m_stack->undo();
    QCOMPARE(reset.count(), 1);
    Project second;
    QVERIFY(second.open(path()));
    const QList<Tag> tags = second.tags().tags();
    QCOMPARE(tags.size(), 4);
    bool found = false;
    QCOMPARE(second.tags().tag(2, &found).parentId, qint64(1));
    QVERIFY(found);
    QCOMPARE(second.tags().tag(4).parentId, qint64(1));
    QCOMPARE(second.tags().tag(4).position, 1);
    QCOMPARE(second.spans().span(1).tagIds, QList<qint64> { 2 });
    QCOMPARE(second.spans().span(2).tagIds, (QList<qint64> { 1, 3, 4 }));
}

void TestCommands::tagSearchResultsIsOneStep()
{
    QList<SearchHit> hits;
    QString error;
    QVERIFY2(m_project->searchIndex().search(QStringLiteral("Kestrel"), 100, &hits, &error), qPrintable(error));
    int ranges = 0;
    for (const SearchHit &h : std::as_const(hits))
        ranges += h.end > h.start ? 1 : 0;
    QVERIFY(ranges >= 2);

    // One hit is covered already: a span of exactly that range with the tag.
    const SearchHit first
        = *std::find_if(hits.cbegin(), hits.cend(), [](const SearchHit &h) { return h.end > h.start; });
    Span covered;
    covered.articleId = first.articleId;
    covered.start = first.start;
    covered.end = first.end;
    covered.tagIds = { 4 };
    push(new AddSpanCommand(m_project.get(), covered));
    const qint64 before = m_project->spans().count();

    QSignalSpy added(m_project.get(), &Project::spansAdded);
    auto *command = new TagSearchResultsCommand(m_project.get(), hits, 4);
    push(command);
    QCOMPARE(added.count(), 1); // one transaction, one announcement
    QCOMPARE(m_project->spans().count(), before + ranges - 1);
    QCOMPARE(command->spanIds().size(), ranges - 1);
    const QList<qint64> ids = command->spanIds();

    m_stack->undo();
    QCOMPARE(m_project->spans().count(), before);
    m_stack->redo();
    QCOMPARE(command->spanIds(), ids);
    for (qint64 id : ids)
        QCOMPARE(m_project->spans().span(id).tagIds, QList<qint64> { 4 });

    // Every hit carries the tag now: a second run has nothing to do and adds no step.
    const int steps = m_stack->count();
    m_stack->push(new TagSearchResultsCommand(m_project.get(), hits, 4));
    QCOMPARE(m_stack->count(), steps);
    QCOMPARE(m_project->spans().count(), before + ranges - 1);
}

void TestCommands::noteEditsMerge()
{
    m_stack->push(new SetSpanNoteCommand(m_project.get(), 1, QStringLiteral("s")));
    m_stack->push(new SetSpanNoteCommand(m_project.get(), 1, QStringLiteral("se")));
    m_stack->push(new SetSpanNoteCommand(m_project.get(), 1, QStringLiteral("sec")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_project->spans().span(1).note, QStringLiteral("sec"));
    m_stack->push(new SetSpanNoteCommand(m_project.get(), 2, QStringLiteral("other")));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_project->spans().span(1).note, QStringLiteral("first"));
    m_stack->redo();
    QCOMPARE(m_project->spans().span(1).note, QStringLiteral("sec"));

    // Typing back to the original note leaves nothing to undo.
    m_stack->clear();
    m_stack->push(new SetSpanNoteCommand(m_project.get(), 2, QStringLiteral("x")));
    m_stack->push(new SetSpanNoteCommand(m_project.get(), 2, QString()));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_project->spans().span(2).note, QString());
}

void TestCommands::applyTag_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("tagId");
    QTest::addColumn<bool>("expectCommand");
    QTest::addColumn<QList<qint64>>("tagsAfter"); // of the span at that range
    QTest::addColumn<qint64>("spansAfter");

    QTest::newRow("new range makes a span")
        << qint64(100) << qint64(120) << qint64(3) << true << QList<qint64> { 3 } << qint64(3);
    QTest::newRow("same range gets the tag")
        << qint64(1) << qint64(30) << qint64(4) << true << QList<qint64> { 2, 4 } << qint64(2);
    QTest::newRow("tagged already: nothing")
        << qint64(1) << qint64(30) << qint64(2) << false << QList<qint64> { 2 } << qint64(2);
    QTest::newRow("overlapping range is a new span")
        << qint64(1) << qint64(31) << qint64(2) << true << QList<qint64> { 2 } << qint64(3);
}

void TestCommands::applyTag()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, tagId);
    QFETCH(bool, expectCommand);
    QFETCH(QList<qint64>, tagsAfter);
    QFETCH(qint64, spansAfter);

    QUndoCommand *command = ApplyTag::create(m_project.get(), 1, start, end, tagId);
    QCOMPARE(command != nullptr, expectCommand);
    if (command) {
        QVERIFY(command->text().contains(m_project->tags().tag(tagId).name));
        push(command);
    }
    QCOMPARE(m_project->spans().count(), spansAfter);
    bool found = false;
    for (const Span &s : m_project->spans().spansOfArticle(1)) {
        if (s.start == start && s.end == end) {
            QCOMPARE(s.tagIds, tagsAfter);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestCommands::failures_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("reported"); // the window hears about it through errorOccurred

    QTest::newRow("span on a deleted article") << "span on a deleted article" << true;
    QTest::newRow("span outside the text") << "span outside the text" << true;
    QTest::newRow("span with a missing tag") << "span with a missing tag" << true;
    QTest::newRow("note of a missing span") << "note of a missing span" << true;
    QTest::newRow("unchanged note") << "unchanged note" << false;
    QTest::newRow("tags of a missing span") << "tags of a missing span" << true;
    QTest::newRow("unchanged tags") << "unchanged tags" << false;
    QTest::newRow("remove missing spans") << "remove missing spans" << false;
    QTest::newRow("tag without a name") << "tag without a name" << true;
    QTest::newRow("tag under a missing parent") << "tag under a missing parent" << true;
    QTest::newRow("rename a missing tag") << "rename a missing tag" << true;
    QTest::newRow("rename to nothing") << "rename to nothing" << true;
    QTest::newRow("colour of a missing tag") << "colour of a missing tag" << true;
    QTest::newRow("tag into its own child") << "tag into its own child" << true;
    QTest::newRow("tag into itself") << "tag into itself" << true;
    QTest::newRow("tag where it is") << "tag where it is" << false;
    QTest::newRow("remove a missing tag") << "remove a missing tag" << true;
    QTest::newRow("search results with a missing tag") << "search results with a missing tag" << true;
    QTest::newRow("figure of a missing article") << "figure of a missing article" << true;
    QTest::newRow("remove a missing figure") << "remove a missing figure" << true;
    QTest::newRow("tag with a sibling's name") << "tag with a sibling's name" << true;
    QTest::newRow("top-level tag with a taken name") << "top-level tag with a taken name" << true;
    QTest::newRow("rename to a sibling's name") << "rename to a sibling's name" << true;
    QTest::newRow("move next to a tag of the same name") << "move next to a tag of the same name" << true;
}

void TestCommands::failures()
{
    QFETCH(QString, command);
    QFETCH(bool, reported);

    Project *p = m_project.get();
    Span span;
    span.articleId = 1;
    span.start = 2;
    span.end = 12;
    QUndoCommand *c = nullptr;
    if (command == QLatin1String("span on a deleted article")) {
        span.articleId = 2;
        c = new AddSpanCommand(p, span);
        QVERIFY(p->articles().remove(2));
    } else if (command == QLatin1String("span outside the text")) {
        span.end = 10'000'000;
        c = new AddSpanCommand(p, span);
    } else if (command == QLatin1String("span with a missing tag")) {
        span.tagIds = { 99 };
        c = new AddSpanCommand(p, span);
    } else if (command == QLatin1String("note of a missing span")) {
        c = new SetSpanNoteCommand(p, 99, QStringLiteral("lost"));
    } else if (command == QLatin1String("unchanged note")) {
        c = new SetSpanNoteCommand(p, 1, QStringLiteral("first"));
    } else if (command == QLatin1String("tags of a missing span")) {
        c = new SetSpanTagsCommand(p, 99, { 1 });
    } else if (command == QLatin1String("unchanged tags")) {
        c = new SetSpanTagsCommand(p, 1, { 2, 2 });
    } else if (command == QLatin1String("remove missing spans")) {
        c = new RemoveSpansCommand(p, { 98, 99 });
    } else if (command == QLatin1String("tag without a name")) {
        c = new AddTagCommand(p, makeTag(QStringLiteral("  "), 0, "#000000"));
    } else if (command == QLatin1String("tag under a missing parent")) {
        c = new AddTagCommand(p, makeTag(QStringLiteral("Orphan"), 99, "#000000"));
    } else if (command == QLatin1String("rename a missing tag")) {
        c = new RenameTagCommand(p, 99, QStringLiteral("Ghost"));
    } else if (command == QLatin1String("rename to nothing")) {
        c = new RenameTagCommand(p, 2, QStringLiteral(" "));
    } else if (command == QLatin1String("colour of a missing tag")) {
        c = new SetTagColorCommand(p, 99, Qt::red);
    } else if (command == QLatin1String("tag into its own child")) {
        c = new ReparentTagCommand(p, 1, 2, 0);
    } else if (command == QLatin1String("tag into itself")) {
        c = new ReparentTagCommand(p, 1, 1, 0);
    } else if (command == QLatin1String("tag where it is")) {
        c = new ReparentTagCommand(p, 4, 1, 1);
    } else if (command == QLatin1String("remove a missing tag")) {
        c = new RemoveTagCommand(p, 99);
    } else if (command == QLatin1String("search results with a missing tag")) {
        c = new TagSearchResultsCommand(p, { SearchHit { 1, {}, {}, 0, 5, {} } }, 99);
    } else if (command == QLatin1String("figure of a missing article")) {
        Figure f;
        f.articleId = 99;
        f.text = QStringLiteral("5");
        c = new AddFigureCommand(p, f);
    } else if (command == QLatin1String("remove a missing figure")) {
        c = new RemoveFigureCommand(p, 99);
    } else if (command == QLatin1String("tag with a sibling's name")) {
        c = new AddTagCommand(p, makeTag(QStringLiteral("money"), 1, "#000000"));
    } else if (command == QLatin1String("top-level tag with a taken name")) {
        c = new AddTagCommand(p, makeTag(QStringLiteral("PEOPLE"), 0, "#000000"));
    } else if (command == QLatin1String("rename to a sibling's name")) {
        c = new RenameTagCommand(p, 4, QStringLiteral("Money"));
    } else if (command == QLatin1String("move next to a tag of the same name")) {
        // "Claims" (top level) gets a child "People" from elsewhere, then the top-level
        // "People" may not join it.
        Tag other = makeTag(QStringLiteral("People"), 2, "#000000");
        QVERIFY(p->addTag(other));
        c = new ReparentTagCommand(p, other.id, 0, -1);
    }
    QVERIFY(c);

    const QStringList before = dump(path());
    QSignalSpy errors(p, &Project::errorOccurred);
    m_stack->push(c); // an obsolete command is deleted by the stack
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(errors.count() > 0, reported);
    QCOMPARE(dump(path()), before);
}

void TestCommands::redoAfterTheArticleWentAway()
{
    Span s;
    s.articleId = 2;
    s.start = 0;
    s.end = 5;
    push(new AddSpanCommand(m_project.get(), s));
    m_stack->undo();
    QVERIFY(m_project->articles().remove(2));
    QSignalSpy errors(m_project.get(), &Project::errorOccurred);
    m_stack->redo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_stack->count(), 0); // the failed command left the stack
    QCOMPARE(m_project->spans().spansOfArticle(2).size(), 0);
    QVERIFY(!m_stack->canRedo());
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
