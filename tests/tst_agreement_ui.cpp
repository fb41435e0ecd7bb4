// The Agreement view: choosing coders fills the table of coefficients and the list of the two
// coders' disagreements; each adjudication button writes the consensus coding as one undo step
// (undo and redo follow in the list); double-clicking a disagreement asks for the reader.
#include "TestSupport.h"

#include "AgreementView.h"
#include "models/AgreementSession.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace crossread;

namespace {

// Written for this test; offsets are code points into it (105 of them).
const QString kArticle = QStringLiteral(
    "Northwind raised $40 million in funding, the company said on Monday. Analysts doubted the funding figure.");

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

void check(QListWidget *list, const QStringList &names)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(names.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

} // namespace

class TestAgreementUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void coefficientsAndDisagreements();
    void adjudicateWithUndo_data();
    void adjudicateWithUndo();
    void refusalIsShown();
    void doubleClickOpensReader();
    void hiddenViewCatchesUpWhenShown();
    void copyAgreementsWithUndo();

private:
    QStringList consensusSpans() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AgreementView> m_view;
};

void TestAgreementUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_agreement_ui"));
    QSettings().clear();
    QLocale::setDefault(QLocale::c());
}

// Tags 1 Funding, 2 People. ana: Funding 10-28, People 69-77; ben: Funding 4-20 and 40-50,
// People 69-77.
void TestAgreementUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("project.db"));
    {
        Project p;
        QVERIFY2(p.open(path, Project::OpenMode::CreateIfMissing), qPrintable(p.error()));
        Article a;
        a.path = m_dir->filePath(QStringLiteral("northwind.txt"));
        a.contentHash = "00";
        a.title = QStringLiteral("Northwind funding");
        a.text = kArticle;
        QVERIFY(p.articles().insert(a, {}));
        for (const char *name : { "Funding", "People" }) {
            Tag tag;
            tag.name = QString::fromLatin1(name);
            tag.color = Qt::darkGreen;
            tag.position = -1;
            QVERIFY(p.addTag(tag));
        }
        const struct
        {
            qint64 start, end, tag;
            const char *coder;
        } rows[] = { { 10, 28, 1, "ana" }, { 69, 77, 2, "ana" }, { 4, 20, 1, "ben" }, { 40, 50, 1, "ben" },
            { 69, 77, 2, "ben" } };
        QList<Span> spans;
        for (const auto &r : rows) {
            Span s;
            s.articleId = 1;
            s.start = r.start;
            s.end = r.end;
            s.tagIds = { r.tag };
            s.author = QString::fromLatin1(r.coder);
            QString error;
            QVERIFY(p.validateSpan(s, &error));
            spans << s;
        }
        QVERIFY(p.addSpans(spans));
    }
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(path));
    m_workspace->setCoder(QStringLiteral("ana"));
    m_view = std::make_unique<AgreementView>(m_workspace.get());
    m_view->resize(1100, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(m_view->coderList()->count(), 2);
    check(m_view->coderList(), { QStringLiteral("ana"), QStringLiteral("ben") });
}

void TestAgreementUi::cleanup()
{
    m_view.reset();
    m_workspace.reset();
    m_dir.reset();
}

QStringList TestAgreementUi::consensusSpans() const
{
    QStringList out;
    for (const Span &s : m_workspace->project()->spans().allSpans()) {
        if (s.author == QLatin1String("consensus"))
            out << QStringLiteral("%1-%2 tag %3").arg(s.start).arg(s.end).arg(s.tagIds.value(0));
    }
    out.sort();
    return out;
}

void TestAgreementUi::coefficientsAndDisagreements()
{
    const QAbstractItemModel *table = m_view->coefficients()->model();
    QCOMPARE(table->rowCount(), 3); // Funding, People, Overall
    QCOMPARE(cell(table, 0, AgreementTableModel::TagColumn), QStringLiteral("Funding"));
    // By hand over 105 code points: ana 18, ben 26, both 10, neither 71: 81/105 agree;
    // pe = (18*26 + 87*79)/105^2, kappa = (81/105 - pe)/(1 - pe) = .316.
    QCOMPARE(cell(table, 0, AgreementTableModel::PercentColumn), QStringLiteral("77.14 %"));
    QCOMPARE(cell(table, 0, AgreementTableModel::KappaColumn), QStringLiteral("0.316"));
    QCOMPARE(cell(table, 0, AgreementTableModel::CodedColumn), QStringLiteral("18 / 26"));
    QCOMPARE(cell(table, 1, AgreementTableModel::TagColumn), QStringLiteral("People"));
    QCOMPARE(cell(table, 1, AgreementTableModel::PercentColumn), QStringLiteral("100.00 %"));
    QCOMPARE(cell(table, 1, AgreementTableModel::KappaColumn), QStringLiteral("1.000"));
    QCOMPARE(cell(table, 1, AgreementTableModel::AlphaColumn), QStringLiteral("1.000"));
    QCOMPARE(cell(table, 2, AgreementTableModel::TagColumn), QStringLiteral("Overall"));

    const QAbstractItemModel *list = m_view->disagreements()->model();
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->headerData(DisagreementModel::FirstColumn, Qt::Horizontal).toString(), QStringLiteral("ana"));
    QCOMPARE(list->headerData(DisagreementModel::SecondColumn, Qt::Horizontal).toString(), QStringLiteral("ben"));
    QCOMPARE(cell(list, 0, DisagreementModel::ArticleColumn), QStringLiteral("Northwind funding"));
    QCOMPARE(cell(list, 0, DisagreementModel::FirstColumn), QStringLiteral("10–28 “raised $40 million”"));
    QCOMPARE(cell(list, 0, DisagreementModel::SecondColumn), QStringLiteral("4–20 “hwind raised $40”"));
    QCOMPARE(cell(list, 0, DisagreementModel::TextColumn), QStringLiteral("hwind raised $40 million"));
    QCOMPARE(cell(list, 1, DisagreementModel::FirstColumn), QStringLiteral("—"));

    // Only People: coded alike, nothing to settle.
    check(m_view->tagList(), { QStringLiteral("People") });
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(list->rowCount(), 0);
    // One coder is no comparison.
    check(m_view->coderList(), { QStringLiteral("ana") });
    QCOMPARE(table->rowCount(), 0);

    if (const QByteArray dir = qgetenv("CROSSREAD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        check(m_view->tagList(), {});
        check(m_view->coderList(), { QStringLiteral("ana"), QStringLiteral("ben") });
        m_view->disagreements()->selectRow(0);
        m_view->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/agreement-view.png"));
    }
}

void TestAgreementUi::adjudicateWithUndo_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QStringList>("consensus");
    QTest::newRow("accept ana's") << QStringLiteral("acceptFirst") << QStringList { "10-28 tag 1" };
    QTest::newRow("accept ben's") << QStringLiteral("acceptSecond") << QStringList { "4-20 tag 1" };
    QTest::newRow("keep both") << QStringLiteral("keepBoth") << QStringList { "10-28 tag 1", "4-20 tag 1" };
    QTest::newRow("merge to the union") << QStringLiteral("mergeUnion") << QStringList { "4-28 tag 1" };
}

void TestAgreementUi::adjudicateWithUndo()
{
    QFETCH(QString, button);
    QFETCH(QStringList, consensus);
    auto *push = m_view->findChild<QPushButton *>(button);
    QVERIFY(push);
    QVERIFY(!push->isEnabled()); // nothing chosen yet
    m_view->disagreements()->selectRow(0);
    QVERIFY(push->isEnabled());
    QTest::mouseClick(push, Qt::LeftButton);
    QCOMPARE(consensusSpans(), consensus);
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    const QAbstractItemModel *list = m_view->disagreements()->model();
    QTRY_VERIFY(cell(list, 0, DisagreementModel::ConsensusColumn) != QStringLiteral("—"));

    m_workspace->undo();
    QCOMPARE(consensusSpans(), QStringList());
    QTRY_COMPARE(cell(list, 0, DisagreementModel::ConsensusColumn), QStringLiteral("—"));
    m_workspace->redo();
    QCOMPARE(consensusSpans(), consensus);
    QTRY_VERIFY(cell(list, 0, DisagreementModel::ConsensusColumn) != QStringLiteral("—"));
}

void TestAgreementUi::refusalIsShown()
{
    QSignalSpy messages(m_view.get(), &AgreementView::message);
    m_view->consensusEdit()->setText(QStringLiteral("ben"));
    emit m_view->consensusEdit()->editingFinished();
    m_view->disagreements()->selectRow(0);
    QVERIFY(!m_view->adjudicateCurrent(int(Workspace::Adjudication::AcceptFirst)));
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("one of the coders compared")),
        qPrintable(messages.last().at(0).toString()));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(consensusSpans(), QStringList());
    QSettings().remove(QStringLiteral("agreement/consensus"));
}

void TestAgreementUi::doubleClickOpensReader()
{
    QSignalSpy open(m_view.get(), &AgreementView::openArticleRequested);
    QTableView *table = m_view->disagreements();
    table->selectRow(1);
    table->scrollTo(table->model()->index(1, 0));
    const QRect rect = table->visualRect(table->model()->index(1, DisagreementModel::TextColumn));
    QVERIFY(table->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first(), (QVariantList { qint64(1), qint64(40), qint64(50) }));
}

void TestAgreementUi::hiddenViewCatchesUpWhenShown()
{
    const QAbstractItemModel *list = m_view->disagreements()->model();
    QCOMPARE(list->rowCount(), 2);
    m_view->hide();
    // ben's lone span at 40-50 goes: one disagreement fewer, but a hidden view waits.
    qint64 lone = 0;
    for (const Span &s : m_workspace->project()->spans().allSpans()) {
        if (s.author == QLatin1String("ben") && s.start == 40)
            lone = s.id;
    }
    QVERIFY(m_workspace->removeSpans({ lone }));
    QTest::qWait(20);
    QCOMPARE(list->rowCount(), 2);
    m_view->show();
    QTRY_COMPARE(list->rowCount(), 1);
}

void TestAgreementUi::copyAgreementsWithUndo()
{
    auto *copy = m_view->findChild<QPushButton *>(QStringLiteral("copyAgreements"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(consensusSpans(), QStringList { "69-77 tag 2" }); // People, coded alike
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    m_workspace->undo();
    QCOMPARE(consensusSpans(), QStringList());
}

QTEST_MAIN(TestAgreementUi)
#include "tst_agreement_ui.moc"
