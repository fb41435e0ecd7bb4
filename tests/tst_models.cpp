// The item models over a real project (a file, or a server database on the `pg` run), each
// watched by QAbstractItemModelTester while commands edit the project: rows, roles, lazy
// fetching, filtering and sorting, and the incremental updates of the tag tree and the span list
// (checked against a fresh model).
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "commands/AddSpanCommand.h"
#include "models/ArticleFilterProxy.h"
#include "models/ArticleListModel.h"
#include "models/CoderListModel.h"
#include "models/SearchResultModel.h"
#include "models/SpanCoderFilter.h"
#include "models/SpanListModel.h"
#include "models/TagTreeModel.h"
#include "domain/CodePoints.h"
#include "store/Database.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace crossread;

namespace {

// The tree as text, "Claims(Money(Grants),Dates),People", to compare whole shapes.
QString shape(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        QString part = index.data().toString();
        if (model->rowCount(index) > 0)
            part += QLatin1Char('(') + shape(model, index) + QLatin1Char(')');
        parts << part;
    }
    return parts.join(u',');
}

QList<qint64> proxyIds(const ArticleFilterProxy &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.articleId(row);
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void articleList_data();
    void articleList();
    void articleListFetchesLazily();
    void articleListFollowsSpansAndImports();
    void filterProxy_data();
    void filterProxy();
    void filterProxyFollowsEdits();
    void filterProxySorts_data();
    void filterProxySorts();
    void tagTree();
    void tagTreeDrop_data();
    void tagTreeDrop();
    void tagTreeFollowsEdits();
    void spanList();
    void spansOfOneCoder();
    void coderList();
    void searchResults();

private:
    qint64 addArticle(const QString &title, const QString &outlet, const QDate &published, const QString &text = {});
    qint64 addTag(const QString &name, const QString &parent = {});
    qint64 addSpan(qint64 articleId, qint64 start, qint64 end, const QStringList &tags, const QString &note = {});
    qint64 tagId(const QString &name);
    void addFilterFixture();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Project *m_project = nullptr; // the workspace's
    QUndoStack *m_stack = nullptr; // the workspace's, for undo and redo
    QString m_storyText;
    int m_articles = 0;
};

void TestModels::initTestCase()
{
    CROSSREAD_REQUIRE_SERVER_IF_ASKED();
}

void TestModels::init()
{
    qputenv("CROSSREAD_USER", "tester");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->open(test::newProjectLocation(m_dir->path()), Project::OpenMode::CreateIfMissing),
        qPrintable(m_workspace->lastError()));
    m_project = m_workspace->project();
    m_stack = m_workspace->undoStack();
    m_storyText = test::storyText(QStringLiteral("02"));
    QVERIFY2(!m_storyText.isEmpty(), test::missingStory(QStringLiteral("02")));
    m_articles = 0;
}

void TestModels::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

qint64 TestModels::addArticle(const QString &title, const QString &outlet, const QDate &published, const QString &text)
{
    Article a;
    a.path = m_dir->filePath(QStringLiteral("articles/%1.txt").arg(++m_articles));
    a.contentHash = QByteArray::number(m_articles).rightJustified(64, '0');
    a.title = title;
    a.outlet = outlet;
    a.author = QStringLiteral("Writer %1").arg(m_articles);
    a.published = published;
    a.text = text.isEmpty() ? m_storyText : text;
    if (!m_project->articles().insert(a, {}))
        qWarning() << m_project->database().error();
    return a.id;
}

qint64 TestModels::tagId(const QString &name)
{
    bool found = false;
    const Tag t = m_project->tags().findByName(name, &found);
    return found ? t.id : -1;
}

qint64 TestModels::addTag(const QString &name, const QString &parent)
{
    Tag t;
    t.name = name;
    t.parentId = parent.isEmpty() ? 0 : tagId(parent);
    t.color = QColor::fromHsv(int(qHash(name) % 360), 160, 200);
    return m_workspace->createTag(t.name, t.parentId, t.color).id;
}

qint64 TestModels::addSpan(qint64 articleId, qint64 start, qint64 end, const QStringList &tags, const QString &note)
{
    Span s;
    s.articleId = articleId;
    s.start = start;
    s.end = end;
    s.note = note;
    for (const QString &name : tags)
        s.tagIds << tagId(name);
    // Several tags and a note at once: the command itself, on the workspace's history.
    auto *command = new AddSpanCommand(m_project, s);
    m_stack->push(command);
    return command->spanId();
}

void TestModels::articleList_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    using M = ArticleListModel;
    QTest::newRow("title") << 0 << int(M::TitleColumn) << int(Qt::DisplayRole)
                           << QVariant(QStringLiteral("Meta Weighs Open Models"));
    QTest::newRow("title falls back to the file name")
        << 1 << int(M::TitleColumn) << int(Qt::DisplayRole) << QVariant(QStringLiteral("2.txt"));
    QTest::newRow("outlet") << 2 << int(M::OutletColumn) << int(Qt::DisplayRole)
                            << QVariant(QStringLiteral("Bloomberg"));
    QTest::newRow("published") << 0 << int(M::PublishedColumn) << int(Qt::DisplayRole)
                               << QVariant(QStringLiteral("2025-07-01"));
    QTest::newRow("no date") << 1 << int(M::PublishedColumn) << int(Qt::DisplayRole) << QVariant(QString());
    QTest::newRow("span count") << 0 << int(M::SpansColumn) << int(Qt::DisplayRole) << QVariant(2);
    QTest::newRow("no spans") << 2 << int(M::SpansColumn) << int(Qt::DisplayRole) << QVariant(0);
    QTest::newRow("id on any column") << 2 << int(M::OutletColumn) << int(M::ArticleIdRole) << QVariant(qint64(3));
    QTest::newRow("author") << 0 << int(M::TitleColumn) << int(M::AuthorRole) << QVariant(QStringLiteral("Writer 1"));
    QTest::newRow("sort title is lowercase")
        << 0 << int(M::TitleColumn) << int(M::SortRole) << QVariant(QStringLiteral("meta weighs open models"));
    QTest::newRow("sort published is a date")
        << 2 << int(M::PublishedColumn) << int(M::SortRole) << QVariant(QDate(2025, 6, 12));
    QTest::newRow("sort spans is a number") << 0 << int(M::SpansColumn) << int(M::SortRole) << QVariant(2);
}

void TestModels::articleList()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);

    const qint64 first
        = addArticle(QStringLiteral("Meta Weighs Open Models"), QStringLiteral("Reuters"), QDate(2025, 7, 1));
    addArticle(QString(), QStringLiteral("The Verge"), QDate());
    addArticle(QStringLiteral("Scale AI stake"), QStringLiteral("Bloomberg"), QDate(2025, 6, 12));
    addTag(QStringLiteral("Claims"));
    addSpan(first, 1, 20, { QStringLiteral("Claims") });
    addSpan(first, 30, 50, {});

    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
    QCOMPARE(
        model.headerData(ArticleListModel::PublishedColumn, Qt::Horizontal).toString(), QStringLiteral("Published"));
    QCOMPARE(model.index(row, column).data(role), expected);
    QCOMPARE(model.index(row, column).data(ArticleListModel::PathRole).toString(),
        m_dir->filePath(QStringLiteral("articles/%1.txt").arg(row + 1)));
}

void TestModels::articleListFetchesLazily()
{
    {
        Transaction tx(m_project->database()); // one commit for the lot
        for (int i = 1; i <= 1200; ++i)
            addArticle(QStringLiteral("Story %1").arg(i), QStringLiteral("Outlet %1").arg(i % 7),
                QDate(2024, 1, 1).addDays(i), QStringLiteral("Body of story %1.\n").arg(i));
        QVERIFY(tx.commit());
    }
    // QAbstractItemModelTester fetches everything it can, so the batches are checked bare.
    ArticleListModel model;
    model.setProject(m_project);
    QCOMPARE(model.totalCount(), 1200);
    QCOMPARE(model.rowCount(), ArticleListModel::BatchSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.rowForArticle(1100), -1); // known, but not handed out yet
    QCOMPARE(model.articleId(499), qint64(500));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 500);
    QCOMPARE(inserted.first().at(2).toInt(), 999);

    const QModelIndex late = model.indexForArticle(1100); // fetches up to it
    QVERIFY(late.isValid());
    QCOMPARE(late.data().toString(), QStringLiteral("Story 1100"));
    QCOMPARE(model.rowForArticle(1100), 1099);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(1199, ArticleListModel::OutletColumn).data().toString(), QStringLiteral("Outlet 3"));
    QVERIFY(!model.indexForArticle(5000).isValid());

    // A view (here the tester) fetching batch after batch reaches every row.
    ArticleListModel viewed;
    viewed.setProject(m_project);
    {
        QAbstractItemModelTester tester(&viewed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (viewed.canFetchMore({}))
            viewed.fetchMore({});
        QCOMPARE(viewed.rowCount(), 1200);
    }

    // A filter must see every article, fetched or not.
    ArticleListModel fresh;
    fresh.setProject(m_project);
    ArticleFilterProxy proxy;
    proxy.setSourceModel(&fresh);
    QCOMPARE(proxy.rowCount(), ArticleListModel::BatchSize);
    proxy.setFilterText(QStringLiteral("story 119"));
    QCOMPARE(proxy.rowCount(), 11); // 119 and 1190..1199
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(QStringLiteral("story 12"));
    QCOMPARE(proxy.rowCount(), 1 + 10 + 1); // 12, 120..129, 1200
}

void TestModels::articleListFollowsSpansAndImports()
{
    const qint64 a = addArticle(QStringLiteral("First"), QStringLiteral("Reuters"), QDate(2025, 1, 1));
    const qint64 b = addArticle(QStringLiteral("Second"), QStringLiteral("AP"), QDate(2025, 1, 2));
    ArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    addSpan(b, 2, 9, {});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex cell = changed.first().first().toModelIndex();
    QCOMPARE(cell.row(), model.rowForArticle(b));
    QCOMPARE(cell.column(), int(ArticleListModel::SpansColumn));
    QCOMPARE(model.index(model.rowForArticle(b), ArticleListModel::SpansColumn).data().toInt(), 1);
    QCOMPARE(model.index(model.rowForArticle(a), ArticleListModel::SpansColumn).data().toInt(), 0);
    m_stack->undo();
    QCOMPARE(model.index(model.rowForArticle(b), ArticleListModel::SpansColumn).data().toInt(), 0);
    QCOMPARE(reset.count(), 0);

    const qint64 c = addArticle(QStringLiteral("Third"), QStringLiteral("AFP"), QDate(2025, 1, 3));
    m_project->notifyArticlesChanged();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.articleId(2), c);
}

// Articles 1..5 and tags Claims > Money > Grants, People; spans link them as below.
void TestModels::addFilterFixture()
{
    addArticle(QStringLiteral("OpenAI ships a model"), QStringLiteral("Reuters"), QDate(2025, 1, 10));
    addArticle(QStringLiteral("Meta and Scale AI"), QStringLiteral("Bloomberg"), QDate(2025, 6, 12));
    addArticle(QStringLiteral("Chips for training"), QStringLiteral("reuters.com"), QDate(2025, 3, 1));
    addArticle(QStringLiteral("Undated note"), QStringLiteral("Blog"), QDate());
    addArticle(QStringLiteral("Funding round"), QStringLiteral("The Information"), QDate(2025, 6, 30));
    addTag(QStringLiteral("Claims"));
    addTag(QStringLiteral("Money"), QStringLiteral("Claims"));
    addTag(QStringLiteral("Grants"), QStringLiteral("Money"));
    addTag(QStringLiteral("People"));
    addSpan(2, 1, 10, { QStringLiteral("Money") });
    addSpan(2, 20, 30, {});
    addSpan(5, 1, 10, { QStringLiteral("Grants") });
    addSpan(1, 1, 10, { QStringLiteral("People") });
    addSpan(3, 1, 10, { QStringLiteral("Claims") });
}

void TestModels::filterProxy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<qint64>>("expected");

    const QDate none;
    QTest::newRow("no filter") << "" << QStringList() << none << none << QList<qint64> { 1, 2, 3, 4, 5 };
    QTest::newRow("title substring") << "scale" << QStringList() << none << none << QList<qint64> { 2 };
    QTest::newRow("outlet, any case") << "REUTERS" << QStringList() << none << none << QList<qint64> { 1, 3 };
    QTest::newRow("nothing matches") << "xyzzy" << QStringList() << none << none << QList<qint64> {};
    QTest::newRow("tag with its sub-tags") << "" << QStringList { "Money" } << none << none << QList<qint64> { 2, 5 };
    QTest::newRow("top tag reaches grandchildren")
        << "" << QStringList { "Claims" } << none << none << QList<qint64> { 2, 3, 5 };
    QTest::newRow("any of several tags") << "" << QStringList { "People", "Grants" } << none << none
                                         << QList<qint64> { 1, 5 };
    QTest::newRow("from a date") << "" << QStringList() << QDate(2025, 3, 1) << none << QList<qint64> { 2, 3, 5 };
    QTest::newRow("up to a date") << "" << QStringList() << none << QDate(2025, 3, 1) << QList<qint64> { 1, 3 };
    QTest::newRow("date range") << "" << QStringList() << QDate(2025, 6, 1) << QDate(2025, 6, 30)
                                << QList<qint64> { 2, 5 };
    QTest::newRow("text and tag") << "funding" << QStringList { "Money" } << none << none << QList<qint64> { 5 };
    QTest::newRow("all three") << "a" << QStringList { "Claims" } << QDate(2025, 6, 1) << none
                               << QList<qint64> { 2, 5 };
}

void TestModels::filterProxy()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<qint64>, expected);

    addFilterFixture();
    ArticleListModel model;
    model.setProject(m_project);
    ArticleFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setProject(m_project);
    proxy.setSourceModel(&model);
    QList<qint64> tagIds;
    for (const QString &name : tags)
        tagIds << tagId(name);
    proxy.setFilterText(text);
    proxy.setTagFilter(tagIds);
    proxy.setDateRange(from, to);
    QCOMPARE(sorted(proxyIds(proxy)), expected);
    QCOMPARE(proxy.isFiltering(), !text.isEmpty() || !tags.isEmpty() || from.isValid() || to.isValid());
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 5);
}

void TestModels::filterProxyFollowsEdits()
{
    addFilterFixture();
    ArticleListModel model;
    model.setProject(m_project);
    ArticleFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setProject(m_project);
    proxy.setSourceModel(&model);

    proxy.setTagFilter({ tagId(QStringLiteral("People")) });
    QCOMPARE(sorted(proxyIds(proxy)), (QList<qint64> { 1 }));
    addSpan(4, 2, 8, { QStringLiteral("People") });
    QCOMPARE(sorted(proxyIds(proxy)), (QList<qint64> { 1, 4 }));
    m_stack->undo();
    QCOMPARE(sorted(proxyIds(proxy)), (QList<qint64> { 1 }));

    // Moving People under Claims brings its articles into a Claims filter.
    proxy.setTagFilter({ tagId(QStringLiteral("Claims")) });
    QCOMPARE(sorted(proxyIds(proxy)), (QList<qint64> { 2, 3, 5 }));
    QVERIFY(m_workspace->moveTags({ TagMove { tagId(QStringLiteral("People")), tagId(QStringLiteral("Claims")) } }));
    QCOMPARE(sorted(proxyIds(proxy)), (QList<qint64> { 1, 2, 3, 5 }));
    QVERIFY(m_workspace->removeTag(tagId(QStringLiteral("Money"))));
    QCOMPARE(sorted(proxyIds(proxy)), (QList<qint64> { 1, 3 }));
    m_stack->undo();
    QCOMPARE(sorted(proxyIds(proxy)), (QList<qint64> { 1, 2, 3, 5 }));
}

void TestModels::filterProxySorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("title") << int(ArticleListModel::TitleColumn) << Qt::AscendingOrder
                           << QList<qint64> { 3, 5, 2, 1, 4 };
    QTest::newRow("title descending") << int(ArticleListModel::TitleColumn) << Qt::DescendingOrder
                                      << QList<qint64> { 4, 1, 2, 5, 3 };
    QTest::newRow("outlet ignores case") << int(ArticleListModel::OutletColumn) << Qt::AscendingOrder
                                         << QList<qint64> { 4, 2, 1, 3, 5 };
    QTest::newRow("oldest first, undated last")
        << int(ArticleListModel::PublishedColumn) << Qt::AscendingOrder << QList<qint64> { 1, 3, 2, 5, 4 };
    QTest::newRow("newest first, undated last")
        << int(ArticleListModel::PublishedColumn) << Qt::DescendingOrder << QList<qint64> { 5, 2, 3, 1, 4 };
    QTest::newRow("most spans first") << int(ArticleListModel::SpansColumn) << Qt::DescendingOrder
                                      << QList<qint64> { 2, 5, 3, 1, 4 };
}

void TestModels::filterProxySorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<qint64>, expected);

    addFilterFixture();
    ArticleListModel model;
    model.setProject(m_project);
    ArticleFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(column, order);
    QCOMPARE(proxyIds(proxy), expected);
}

void TestModels::tagTree()
{
    addTag(QStringLiteral("Claims"));
    addTag(QStringLiteral("Money"), QStringLiteral("Claims"));
    addTag(QStringLiteral("Grants"), QStringLiteral("Money"));
    addTag(QStringLiteral("Dates"), QStringLiteral("Claims"));
    addTag(QStringLiteral("People"));
    const qint64 article = addArticle(QStringLiteral("One"), QString(), QDate());
    addSpan(article, 0, 5, { QStringLiteral("Money"), QStringLiteral("People") });
    addSpan(article, 6, 9, { QStringLiteral("Money") });

    TagTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(shape(&model), QStringLiteral("Claims(Money(Grants),Dates),People"));

    const qint64 money = tagId(QStringLiteral("Money"));
    const QModelIndex moneyIndex = model.indexForTag(money);
    QCOMPARE(model.tag(moneyIndex).name, QStringLiteral("Money"));
    QCOMPARE(moneyIndex.data(TagTreeModel::TagIdRole).toLongLong(), money);
    QCOMPARE(moneyIndex.parent(), model.indexForTag(tagId(QStringLiteral("Claims"))));
    QCOMPARE(moneyIndex.siblingAtColumn(TagTreeModel::CountColumn).data().toInt(), 2);
    QCOMPARE(moneyIndex.data(TagTreeModel::CountRole).toInt(), 2);
    QCOMPARE(moneyIndex.data(Qt::DecorationRole).value<QColor>(), m_project->tags().tag(money).color);
    QCOMPARE(moneyIndex.data(TagTreeModel::ColorRole).value<QColor>(), m_project->tags().tag(money).color);
    QCOMPARE(model.tagPath(tagId(QStringLiteral("Grants"))), QStringLiteral("Claims/Money/Grants"));
    QVERIFY(moneyIndex.flags() & Qt::ItemIsEditable);

    QStringList quick;
    for (const Tag &t : model.quickBarTags())
        quick << t.name;
    QCOMPARE(quick, (QStringList { "Claims", "Money", "Grants", "Dates", "People" }));
    QCOMPARE(model.indexForTag(tagId(QStringLiteral("People"))).data(TagTreeModel::QuickSlotRole).toInt(), 5);

    // Renaming through the view is a workspace edit.
    QVERIFY(model.setData(moneyIndex, QStringLiteral("Funding")));
    QCOMPARE(m_project->tags().tag(money).name, QStringLiteral("Funding"));
    QCOMPARE(model.indexForTag(money).data().toString(), QStringLiteral("Funding"));
    QVERIFY(!model.setData(moneyIndex, QStringLiteral("  "))); // a tag needs a name
    m_stack->undo();
    QCOMPARE(model.indexForTag(money).data().toString(), QStringLiteral("Money"));

    // More than nine tags: the quick bar keeps the first nine in tree order.
    QSignalSpy quickChanged(&model, &TagTreeModel::quickBarChanged);
    for (int i = 0; i < 6; ++i)
        addTag(QStringLiteral("Extra %1").arg(i), QStringLiteral("Dates"));
    QVERIFY(quickChanged.count() > 0);
    QCOMPARE(model.quickBarTags().size(), 9);
    QCOMPARE(model.quickBarTags().last().name, QStringLiteral("Extra 4"));
    QCOMPARE(model.indexForTag(tagId(QStringLiteral("People"))).data(TagTreeModel::QuickSlotRole).toInt(), 0);
}

void TestModels::tagTreeDrop_data()
{
    QTest::addColumn<QStringList>("dragged");
    QTest::addColumn<QString>("target"); // empty = top level
    QTest::addColumn<int>("row"); // -1 = dropped onto the target
    QTest::addColumn<QString>("expected");

    QTest::newRow("reorder up") << QStringList { "Rumours" } << "Claims" << 0
                                << "Claims(Rumours,Money(Grants),Dates),People";
    QTest::newRow("reorder to the end") << QStringList { "Money" } << "Claims" << 3
                                        << "Claims(Dates,Rumours,Money(Grants)),People";
    QTest::newRow("reorder into the middle")
        << QStringList { "Money" } << "Claims" << 2 << "Claims(Dates,Money(Grants),Rumours),People";
    QTest::newRow("onto another tag") << QStringList { "Dates" } << "People" << -1
                                      << "Claims(Money(Grants),Rumours),People(Dates)";
    QTest::newRow("subtree to the top level")
        << QStringList { "Money" } << "" << 1 << "Claims(Dates,Rumours),Money(Grants),People";
    QTest::newRow("grandchild between top tags")
        << QStringList { "Grants" } << "" << 1 << "Claims(Money,Dates,Rumours),Grants,People";
    QTest::newRow("two tags at once") << QStringList { "Money", "Rumours" } << "" << 2
                                      << "Claims(Dates),People,Money(Grants),Rumours";
    QTest::newRow("two tags into a sibling")
        << QStringList { "Rumours", "Dates" } << "Money" << 0 << "Claims(Money(Rumours,Dates,Grants)),People";
}

void TestModels::tagTreeDrop()
{
    QFETCH(QStringList, dragged);
    QFETCH(QString, target);
    QFETCH(int, row);
    QFETCH(QString, expected);

    addTag(QStringLiteral("Claims"));
    addTag(QStringLiteral("Money"), QStringLiteral("Claims"));
    addTag(QStringLiteral("Grants"), QStringLiteral("Money"));
    addTag(QStringLiteral("Dates"), QStringLiteral("Claims"));
    addTag(QStringLiteral("Rumours"), QStringLiteral("Claims"));
    addTag(QStringLiteral("People"));
    m_stack->clear();
    const QString original = QStringLiteral("Claims(Money(Grants),Dates,Rumours),People");

    TagTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(shape(&model), original);
    QCOMPARE(model.mimeTypes(), QStringList { TagTreeModel::MimeType });
    QCOMPARE(model.supportedDropActions(), Qt::MoveAction);

    QModelIndexList indexes;
    for (const QString &name : dragged)
        indexes << model.indexForTag(tagId(name));
    std::unique_ptr<QMimeData> data(model.mimeData(indexes));
    QVERIFY(data);
    const QModelIndex parent = target.isEmpty() ? QModelIndex() : model.indexForTag(tagId(target));
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, row, 0, parent));
    // Every tag's persistent index must follow it through the moves.
    QHash<qint64, QPersistentModelIndex> persistent;
    for (const Tag &t : model.allTags()) {
        persistent.insert(t.id, QPersistentModelIndex(model.indexForTag(t.id)));
        persistent.insert(-t.id, QPersistentModelIndex(model.indexForTag(t.id, TagTreeModel::CountColumn)));
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent));
    QCOMPARE(shape(&model), expected);
    for (auto it = persistent.cbegin(); it != persistent.cend(); ++it) {
        QCOMPARE(it.value().data(TagTreeModel::TagIdRole).toLongLong(), std::abs(it.key()));
        QCOMPARE(QModelIndex(it.value()), model.indexForTag(std::abs(it.key()), it.key() > 0 ? 0 : 1));
    }
    QCOMPARE(reset.count(), 0); // moved row by row, expanded branches stay expanded
    QCOMPARE(m_stack->count(), 1); // one undo step however many tags moved

    // The incremental result matches the file read afresh.
    TagTreeModel fresh;
    fresh.setProject(m_project);
    QCOMPARE(shape(&fresh), expected);

    m_stack->undo();
    QCOMPARE(shape(&model), original);
    m_stack->redo();
    QCOMPARE(shape(&model), expected);

    // A tag never goes into itself or its own subtree.
    const qint64 claims = tagId(QStringLiteral("Claims"));
    const qint64 money = tagId(QStringLiteral("Money"));
    const qint64 grants = tagId(QStringLiteral("Grants"));
    std::unique_ptr<QMimeData> claimsData(model.mimeData({ model.indexForTag(claims) }));
    QVERIFY(!model.canDropMimeData(claimsData.get(), Qt::MoveAction, -1, 0, model.indexForTag(claims)));
    QVERIFY(!model.dropMimeData(claimsData.get(), Qt::MoveAction, -1, 0, model.indexForTag(claims)));
    if (model.tag(grants).parentId == money) {
        std::unique_ptr<QMimeData> moneyData(model.mimeData({ model.indexForTag(money) }));
        QVERIFY(!model.canDropMimeData(moneyData.get(), Qt::MoveAction, 0, 0, model.indexForTag(grants)));
    }
    QCOMPARE(m_stack->count(), 1);
}

void TestModels::tagTreeFollowsEdits()
{
    addTag(QStringLiteral("Claims"));
    addTag(QStringLiteral("Money"), QStringLiteral("Claims"));
    const qint64 article = addArticle(QStringLiteral("One"), QString(), QDate());

    TagTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto matchesFile = [this, &model] {
        TagTreeModel fresh;
        fresh.setProject(m_project);
        return shape(&fresh) == shape(&model);
    };

    const qint64 grants = addTag(QStringLiteral("Grants"), QStringLiteral("Money"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(0).toModelIndex(), model.indexForTag(tagId(QStringLiteral("Money"))));
    addTag(QStringLiteral("People"));
    QCOMPARE(shape(&model), QStringLiteral("Claims(Money(Grants)),People"));
    QVERIFY(matchesFile());

    addSpan(article, 0, 5, { QStringLiteral("Grants") });
    addSpan(article, 5, 9, { QStringLiteral("Grants"), QStringLiteral("People") });
    QCOMPARE(model.indexForTag(grants).data(TagTreeModel::CountRole).toInt(), 2);
    m_stack->undo();
    QCOMPARE(model.indexForTag(grants).data(TagTreeModel::CountRole).toInt(), 1);
    QCOMPARE(model.indexForTag(tagId(QStringLiteral("People"))).data(TagTreeModel::CountRole).toInt(), 0);

    QVERIFY(m_workspace->setTagColor(grants, QColor(Qt::darkCyan)));
    QCOMPARE(model.indexForTag(grants).data(TagTreeModel::ColorRole).value<QColor>(), QColor(Qt::darkCyan));

    QVERIFY(m_workspace->removeTag(tagId(QStringLiteral("Claims"))));
    QCOMPARE(removed.count(), 1); // the subtree goes as one row
    QCOMPARE(shape(&model), QStringLiteral("People"));
    QVERIFY(!model.indexForTag(grants).isValid());
    QCOMPARE(reset.count(), 0);
    m_stack->undo();
    QCOMPARE(reset.count(), 1); // restored subtrees come back by a reset
    QCOMPARE(shape(&model), QStringLiteral("Claims(Money(Grants)),People"));
    QCOMPARE(model.indexForTag(grants).data(TagTreeModel::CountRole).toInt(), 1);
    QVERIFY(matchesFile());

    // Without a workspace the tree is read-only: every edit must be the workspace's.
    const QModelIndex people = model.indexForTag(tagId(QStringLiteral("People")));
    QVERIFY(!(people.flags() & Qt::ItemIsEditable));
    QVERIFY(!model.setData(people, QStringLiteral("Actors")));
    QCOMPARE(people.data().toString(), QStringLiteral("People"));
    QVERIFY(m_workspace->renameTag(tagId(QStringLiteral("People")), QStringLiteral("Actors")));
    QCOMPARE(shape(&model), QStringLiteral("Claims(Money(Grants)),Actors"));
    QVERIFY(matchesFile());
}

void TestModels::spanList()
{
    const qint64 article = addArticle(QStringLiteral("One"), QString(), QDate());
    const qint64 other = addArticle(QStringLiteral("Two"), QString(), QDate());
    addTag(QStringLiteral("Money"));
    addTag(QStringLiteral("People"));
    const qint64 late = addSpan(article, 50, 60, { QStringLiteral("People") });

    SpanListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProject(m_project);
    model.setArticle(article);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto matchesFile = [this, &model] {
        SpanListModel fresh;
        fresh.setProject(m_project);
        fresh.setArticle(model.articleId());
        QStringList a, b;
        for (int row = 0; row < model.rowCount(); ++row)
            a << model.index(row).data().toString();
        for (int row = 0; row < fresh.rowCount(); ++row)
            b << fresh.index(row).data().toString();
        return a == b;
    };

    const qint64 early
        = addSpan(article, 2, 12, { QStringLiteral("Money"), QStringLiteral("People") }, QStringLiteral("check"));
    addSpan(other, 0, 4, { QStringLiteral("Money") });
    QCOMPARE(inserted.count(), 1); // the other article's span is not ours
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowForSpan(early), 0);
    QCOMPARE(model.rowForSpan(late), 1);

    const CodePoints cp(m_storyText);
    const QString quote = cp.mid(m_storyText, 2, 12);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("“%1” — Money, People\nNote: check").arg(quote.simplified()));
    QCOMPARE(first.data(SpanListModel::SpanIdRole).toLongLong(), early);
    QCOMPARE(first.data(SpanListModel::StartRole).toLongLong(), qint64(2));
    QCOMPARE(first.data(SpanListModel::EndRole).toLongLong(), qint64(12));
    QCOMPARE(first.data(SpanListModel::TagNamesRole).toStringList(), (QStringList { "Money", "People" }));
    QCOMPARE(first.data(SpanListModel::TagIdsRole).toList().size(), 2);
    QCOMPARE(first.data(SpanListModel::NoteRole).toString(), QStringLiteral("check"));
    QCOMPARE(first.data(SpanListModel::AuthorRole).toString(), QStringLiteral("tester"));
    QCOMPARE(first.data(SpanListModel::ColorRole).value<QColor>(),
        m_project->tags().tag(tagId(QStringLiteral("Money"))).color);
    QCOMPARE(model.span(0).text, quote);
    // The tooltip holds the whole quote, with the note under it where there is one (rich text,
    // so that Qt wraps it).
    const auto para
        = [](const QString &s) { return QStringLiteral("<p>") + s.toHtmlEscaped() + QStringLiteral("</p>"); };
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), para(quote) + QStringLiteral("<p><b>Note:</b> check</p>"));
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), para(cp.mid(m_storyText, 50, 60)));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_workspace->setNote(late, QStringLiteral("later")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().toModelIndex().row(), 1);
    QCOMPARE(model.index(1).data(SpanListModel::NoteRole).toString(), QStringLiteral("later"));
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(),
        para(cp.mid(m_storyText, 50, 60)) + QStringLiteral("<p><b>Note:</b> later</p>"));

    QVERIFY(m_workspace->renameTag(tagId(QStringLiteral("People")), QStringLiteral("Persons")));
    QCOMPARE(model.index(0).data(SpanListModel::TagNamesRole).toStringList(), (QStringList { "Money", "Persons" }));
    QCOMPARE(model.index(1).data(SpanListModel::TagNamesRole).toStringList(), QStringList { "Persons" });

    // A new range moves the span to its place in reading order.
    Span moved = m_project->spans().span(late);
    moved.start = 0;
    moved.end = 1;
    moved.text.clear();
    QString error;
    QVERIFY(m_project->validateSpan(moved, &error));
    const QPersistentModelIndex lateIndex(model.index(model.rowForSpan(late)));
    const QPersistentModelIndex earlyIndex(model.index(model.rowForSpan(early)));
    QVERIFY(m_project->updateSpan(moved));
    QCOMPARE(model.rowForSpan(late), 0);
    QCOMPARE(lateIndex.row(), 0);
    QCOMPARE(earlyIndex.row(), 1);
    QCOMPARE(lateIndex.data(SpanListModel::StartRole).toLongLong(), qint64(0));
    QVERIFY(matchesFile());

    QVERIFY(m_workspace->removeTag(tagId(QStringLiteral("Money"))));
    QCOMPARE(model.index(1).data(SpanListModel::TagNamesRole).toStringList(), QStringList { "Persons" });
    QCOMPARE(model.index(1).data(SpanListModel::ColorRole).value<QColor>(),
        m_project->tags().tag(tagId(QStringLiteral("Persons"))).color);
    QVERIFY(matchesFile());
    m_stack->undo();
    QCOMPARE(model.index(1).data(SpanListModel::TagNamesRole).toStringList(), (QStringList { "Money", "Persons" }));

    QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_workspace->removeSpans({ early }));
    QCOMPARE(removedRows.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    m_stack->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowForSpan(early), 1);
    QVERIFY(matchesFile());
    QCOMPARE(reset.count(), 1); // only the restored tag subtree reset the list

    model.setArticle(other);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.spans().first().articleId, other);
}

// SpanCoderFilter: the span list of one coder, or of everyone.
void TestModels::spansOfOneCoder()
{
    const qint64 article = addArticle(QStringLiteral("One"), QString(), QDate());
    addTag(QStringLiteral("Claims"));
    const qint64 mine = addSpan(article, 0, 5, { QStringLiteral("Claims") });
    QList<Span> theirs(2);
    for (int i = 0; i < 2; ++i) {
        theirs[i].articleId = article;
        theirs[i].start = 6 + i * 4;
        theirs[i].end = 9 + i * 4;
        theirs[i].author = QStringLiteral("bob");
        QString error;
        QVERIFY(m_project->validateSpan(theirs[i], &error));
    }
    QVERIFY(m_project->addSpans(theirs));
    SpanListModel spans;
    spans.setProject(m_project);
    spans.setArticle(article);
    SpanCoderFilter filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSpanModel(&spans);
    QCOMPARE(filter.rowCount(), 3);
    filter.setCoder(QStringLiteral("bob"));
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.spans().first().id, theirs.first().id);
    QCOMPARE(filter.rowForSpan(mine), -1);
    QCOMPARE(filter.rowForSpan(theirs.last().id), 1);
    filter.setCoder(QStringLiteral("tester"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.spans().first().id, mine);
    // A new span of the coder shown appears; another coder's does not.
    QVERIFY(m_workspace->applyTag(article, TextRange { 20, 25 }, tagId(QStringLiteral("Claims"))).done());
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.articleId(), article);
    filter.setCoder(QString());
    QCOMPARE(filter.rowCount(), 4);
}

// CoderListModel: everyone with a span and the current coder, in the order of the names.
void TestModels::coderList()
{
    const qint64 article = addArticle(QStringLiteral("One"), QString(), QDate());
    CoderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_workspace.get());
    QCOMPARE(model.coders(), QStringList { "tester" }); // the current coder, before any span
    QVERIFY(model.index(0).data(CoderListModel::CurrentRole).toBool());

    QList<Span> spans(2);
    spans[0].articleId = spans[1].articleId = article;
    spans[0].end = 3;
    spans[1].start = 4;
    spans[1].end = 8;
    spans[0].author = QStringLiteral("zoe");
    spans[1].author = QStringLiteral("Bob");
    for (Span &s : spans) {
        QString error;
        QVERIFY(m_project->validateSpan(s, &error));
    }
    QVERIFY(m_project->addSpans(spans));
    QTRY_COMPARE(model.coders(), (QStringList { "Bob", "tester", "zoe" }));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("tester"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_workspace->setCoder(QStringLiteral("zoe"));
    QCOMPARE(model.coders(), (QStringList { "Bob", "zoe" })); // tester made no span
    QVERIFY(model.index(1).data(CoderListModel::CurrentRole).toBool());
    m_workspace->setCoder(QStringLiteral("Bob"));
    QCOMPARE(model.coders(), (QStringList { "Bob", "zoe" }));
    QCOMPARE(changed.count(), 1); // the same names, another current coder
    QVERIFY(model.index(0).data(CoderListModel::CurrentRole).toBool());
    QVERIFY(m_workspace->removeSpans({ spans[0].id }));
    QTRY_COMPARE(model.coders(), QStringList { "Bob" });
    m_workspace->undo();
    QTRY_COMPARE(model.coders(), (QStringList { "Bob", "zoe" }));
}

void TestModels::searchResults()
{
    const qint64 article = addArticle(QStringLiteral("Kestrel weighs open models"), QString(), QDate());
    QList<SearchHit> hits;
    QString error;
    QVERIFY2(m_project->searchIndex().search(QStringLiteral("Kestrel"), 20, &hits, &error), qPrintable(error));
    QVERIFY(hits.size() >= 2);

    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setHits(hits);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), hits.size());
    QCOMPARE(model.hits().size(), hits.size());
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("Kestrel weighs open models — ") + hits.first().snippet);
    QCOMPARE(first.data(SearchResultModel::ArticleIdRole).toLongLong(), article);
    QCOMPARE(first.data(SearchResultModel::StartRole).toLongLong(), hits.first().start);
    QCOMPARE(first.data(SearchResultModel::EndRole).toLongLong(), hits.first().end);
    QCOMPARE(first.data(SearchResultModel::SnippetRole).toString(), hits.first().snippet);
    QCOMPARE(first.data(SearchResultModel::PathRole).toString(), hits.first().path);
    const CodePoints cp(m_storyText);
    QCOMPARE(cp.mid(m_storyText, hits.first().start, hits.first().end).toLower(), QStringLiteral("kestrel"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
