// Disagreements of two coders and their adjudication: each way to settle one writes the
// consensus coding as one undo step, read back through a second connection; undo restores
// what was there, redo writes it again; refusals change nothing.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "agreement/Disagreements.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace crossread;

namespace {

// Written for this test; offsets are code points into it.
const QString kArticle = QStringLiteral(
    "Northwind raised $40 million in funding, the company said on Monday. Analysts doubted the funding figure.");

QStringList dump(const QString &path)
{
    Project p;
    if (!p.open(path))
        return { QStringLiteral("cannot open: ") + p.error() };
    QStringList out;
    for (const Span &s : p.spans().allSpans()) {
        QStringList ids;
        for (qint64 id : s.tagIds)
            ids << QString::number(id);
        out << QStringLiteral("%1-%2 [%3] by %4").arg(s.start).arg(s.end).arg(ids.join(u','), s.author);
    }
    out.sort();
    return out;
}

QString describe(const Disagreement &d)
{
    auto ranges = [](const QList<Span> &spans) {
        QStringList parts;
        for (const Span &s : spans)
            parts << QStringLiteral("%1-%2").arg(s.start).arg(s.end);
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(u' ');
    };
    return QStringLiteral("tag %1 %2-%3: %4 | %5")
        .arg(d.tagId)
        .arg(d.extent.start)
        .arg(d.extent.end)
        .arg(ranges(d.first), ranges(d.second));
}

} // namespace

class TestAdjudication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void disagreementsAreListed();
    void adjudicate_data();
    void adjudicate();
    void readjudicatingReplaces();
    void refusals_data();
    void refusals();
    void agreementsAreAdopted();
    void codingsOfCoders();

private:
    QString path() const { return m_location; }
    QString m_location; // a file, or a database on the test server (the `pg` run)
    QList<Disagreement> disagreements()
    {
        return findDisagreements(
            m_workspace->project()->spans().allSpans(), QStringLiteral("ana"), QStringLiteral("ben"));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QStringList m_initial;
};

// Tags 1 Funding, 2 People. ana codes Funding at 10-28 and People at 69-77; ben codes Funding
// at 4-20 and 40-50 (alone), and People at 69-77 as ana does. An earlier consensus span at
// 12-20 carries both tags; cleo's Funding span is nobody's business here.
void TestAdjudication::initTestCase()
{
    CROSSREAD_REQUIRE_SERVER_IF_ASKED();
}

void TestAdjudication::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = test::newProjectLocation(m_dir->path());
    QVERIFY(m_dir->isValid());
    {
        Project p;
        QVERIFY2(p.open(path(), Project::OpenMode::CreateIfMissing), qPrintable(p.error()));
        Article a;
        a.path = m_dir->filePath(QStringLiteral("article.txt"));
        a.contentHash = "00";
        a.text = kArticle;
        QVERIFY(p.articles().insert(a, {}));
        for (const char *name : { "Funding", "People" }) {
            Tag tag;
            tag.name = QString::fromLatin1(name);
            tag.color = Qt::red;
            tag.position = -1;
            QVERIFY(p.addTag(tag));
        }
        const struct
        {
            qint64 start, end;
            QList<qint64> tags;
            const char *coder;
        } rows[]
            = { { 10, 28, { 1 }, "ana" }, { 69, 77, { 2 }, "ana" }, { 4, 20, { 1 }, "ben" }, { 40, 50, { 1 }, "ben" },
                  { 69, 77, { 2 }, "ben" }, { 12, 20, { 1, 2 }, "consensus" }, { 0, 9, { 1 }, "cleo" } };
        QList<Span> spans;
        for (const auto &r : rows) {
            Span s;
            s.articleId = 1;
            s.start = r.start;
            s.end = r.end;
            s.tagIds = r.tags;
            s.author = QString::fromLatin1(r.coder);
            QString error;
            QVERIFY2(p.validateSpan(s, &error), qPrintable(error));
            spans << s;
        }
        QVERIFY(p.addSpans(spans));
    }
    m_initial = dump(path());
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->open(path()), qPrintable(m_workspace->lastError()));
    m_workspace->setCoder(QStringLiteral("ana"));
}

void TestAdjudication::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestAdjudication::disagreementsAreListed()
{
    QStringList got;
    for (const Disagreement &d : disagreements())
        got << describe(d);
    // People at 69-77 is coded alike and is no disagreement; cleo's and consensus spans are not compared.
    QCOMPARE(got, (QStringList { "tag 1 4-28: 10-28 | 4-20", "tag 1 40-50: none | 40-50" }));
    const Disagreement first = disagreements().first();
    QCOMPARE(first.firstCoder, QStringLiteral("ana"));
    QCOMPARE(first.secondCoder, QStringLiteral("ben"));
    QCOMPARE(findDisagreements(
                 m_workspace->project()->spans().allSpans(), QStringLiteral("ana"), QStringLiteral("ben"), { 2 })
                 .size(),
        0);
}

void TestAdjudication::adjudicate_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QStringList>("consensus"); // the consensus spans afterwards
    // The earlier consensus span 12-20 loses Funding (the decision replaces it) and keeps People.
    QTest::newRow("accept ana's") << int(Workspace::Adjudication::AcceptFirst)
                                  << QStringList { "10-28 [1] by consensus", "12-20 [2] by consensus" };
    QTest::newRow("accept ben's") << int(Workspace::Adjudication::AcceptSecond)
                                  << QStringList { "12-20 [2] by consensus", "4-20 [1] by consensus" };
    QTest::newRow("keep both") << int(Workspace::Adjudication::KeepBoth)
                               << QStringList { "10-28 [1] by consensus", "12-20 [2] by consensus",
                                      "4-20 [1] by consensus" };
    QTest::newRow("merge to the union") << int(Workspace::Adjudication::MergeUnion)
                                        << QStringList { "12-20 [2] by consensus", "4-28 [1] by consensus" };
}

void TestAdjudication::adjudicate()
{
    QFETCH(int, choice);
    QFETCH(QStringList, consensus);
    const Disagreement d = disagreements().first();
    const EditResult result
        = m_workspace->adjudicate(d, Workspace::Adjudication(choice), Workspace::defaultConsensusCoder());
    QVERIFY2(result.done(), qPrintable(m_workspace->lastError()));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    auto consensusOf = [](const QStringList &lines) {
        QStringList out;
        for (const QString &l : lines) {
            if (l.endsWith(QStringLiteral("by consensus")))
                out << l;
        }
        return out;
    };
    const QStringList after = dump(path());
    QCOMPARE(consensusOf(after), consensus);
    // Nobody else's coding changed.
    QStringList others = after;
    for (const QString &l : consensusOf(after))
        others.removeAll(l);
    QStringList othersBefore = m_initial;
    othersBefore.removeAll(QStringLiteral("12-20 [1,2] by consensus"));
    QCOMPARE(others, othersBefore);

    m_workspace->undo();
    QCOMPARE(dump(path()), m_initial);
    m_workspace->redo();
    QCOMPARE(dump(path()), after);
}

void TestAdjudication::readjudicatingReplaces()
{
    const Disagreement d = disagreements().first();
    QVERIFY(m_workspace->adjudicate(d, Workspace::Adjudication::KeepBoth, QStringLiteral("panel")).done());
    QVERIFY(m_workspace->adjudicate(d, Workspace::Adjudication::AcceptFirst, QStringLiteral("panel")).done());
    QStringList panel;
    for (const QString &l : dump(path())) {
        if (l.endsWith(QStringLiteral("by panel")))
            panel << l;
    }
    QCOMPARE(panel, (QStringList { "10-28 [1] by panel" }));
    // The other consensus coder's span is not the panel's to replace.
    QVERIFY(dump(path()).contains(QStringLiteral("12-20 [1,2] by consensus")));
    QCOMPARE(m_workspace->undoStack()->count(), 2);
    m_workspace->undo();
    m_workspace->undo();
    QCOMPARE(dump(path()), m_initial);
}

void TestAdjudication::refusals_data()
{
    QTest::addColumn<QString>("coder");
    QTest::addColumn<QString>("message");
    QTest::newRow("no consensus name") << QStringLiteral("  ") << QStringLiteral("needs a coder's name");
    QTest::newRow("one of the coders compared") << QStringLiteral("ben") << QStringLiteral("is one of the coders");
}

void TestAdjudication::refusals()
{
    QFETCH(QString, coder);
    QFETCH(QString, message);
    const EditResult result
        = m_workspace->adjudicate(disagreements().first(), Workspace::Adjudication::AcceptFirst, coder);
    QVERIFY(result.failed());
    QVERIFY2(m_workspace->lastError().contains(message), qPrintable(m_workspace->lastError()));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(dump(path()), m_initial);
}

void TestAdjudication::agreementsAreAdopted()
{
    const QList<Disagreement> agreed
        = findAgreements(m_workspace->project()->spans().allSpans(), QStringLiteral("ana"), QStringLiteral("ben"));
    QStringList got;
    for (const Disagreement &d : agreed)
        got << describe(d);
    QCOMPARE(got, (QStringList { "tag 2 69-77: 69-77 | 69-77" }));
    QVERIFY(m_workspace->adoptAgreements(agreed, QStringLiteral("consensus")).done());
    QStringList expected = m_initial;
    expected << QStringLiteral("69-77 [2] by consensus");
    expected.sort();
    QCOMPARE(dump(path()), expected);
    // Copied already: nothing to do, no second undo step.
    QCOMPARE(m_workspace->adoptAgreements(agreed, QStringLiteral("consensus")).outcome, EditResult::Unchanged);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    QVERIFY(m_workspace->adoptAgreements(agreed, QStringLiteral("ana")).failed());
    m_workspace->undo();
    QCOMPARE(dump(path()), m_initial);
}

void TestAdjudication::codingsOfCoders()
{
    QStringList got;
    for (const Span &s : m_workspace->project()->spans().codingsOf({ QStringLiteral("ben"), QStringLiteral("cleo") }))
        got << QStringLiteral("%1-%2 [%3] by %4").arg(s.start).arg(s.end).arg(s.tagIds.value(0)).arg(s.author);
    QCOMPARE(got, (QStringList { "0-9 [1] by cleo", "4-20 [1] by ben", "40-50 [1] by ben", "69-77 [2] by ben" }));
    QVERIFY(m_workspace->project()->spans().codingsOf({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestAdjudication)
#include "tst_adjudication.moc"
