// "What changed since I coded it": the compare view on two versions of one article
// (tests/data/versions, kestrel-round-v1 re-imported as v2). The word differences come from the
// compare engine; the figures that changed are listed ($14 billion -> $14.3 billion is a figure
// change, not only a word change); only the current version shows the analyst's spans.
#include "TestSupport.h"

#include "AnnotationController.h"
#include "compare/ComparePane.h"
#include "compare/CompareView.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;

class TestVersionCompareUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;
    TagTreeModel m_tags;
    AnnotationController m_annotations { &m_workspace, &m_tags };
    qint64 m_article = 0;

private slots:
    void initTestCase()
    {
        const QString file = m_dir.filePath(QStringLiteral("news/kestrel.txt"));
        const QString db = Project::projectPathForFolder(m_dir.filePath(QStringLiteral("news")));
        const auto version = [](const char *name) {
            return test::readFile(test::dataPath(QStringLiteral("versions/") + QLatin1String(name)));
        };
        QVERIFY(test::writeFile(file, version("kestrel-round-v1.txt")));
        QCOMPARE(ProjectImporter(db).run({ file }).imported, 1);
        QVERIFY(test::writeFile(file, version("kestrel-round-v2.txt")));
        QCOMPARE(ProjectImporter(db).run({ file }).versions, 1);
        QVERIFY(m_workspace.open(db));
        m_tags.setWorkspace(&m_workspace);
        m_article = m_workspace.project()->articles().ids().value(0);
        const QString v2 = m_workspace.project()->articles().text(m_article);
        const Workspace::Coding coding = m_workspace.codeRange(
            m_article, test::rangeOf(v2, QStringLiteral("Tidemark Research")), QStringLiteral("analyst"));
        QVERIFY(coding.result.done());
    }

    void comparesTwoVersions()
    {
        CompareView view(&m_workspace, &m_tags, &m_annotations);
        view.resize(1200, 800);
        view.show();
        QSignalSpy finished(&view, &CompareView::comparisonFinished);
        QVERIFY(view.compareVersions(m_article, 1, 2));
        QVERIFY(finished.wait(30000));
        QCOMPARE(view.articleA(), 0); // an earlier text: nothing is coded on it
        QCOMPARE(view.articleB(), m_article);
        QVERIFY(view.paneA()->toPlainText().contains(QStringLiteral("raises $14 billion to build Tern")));
        QVERIFY(view.paneB()->toPlainText().contains(QStringLiteral("raises $14.3 billion for Tern")));
        QVERIFY(!view.differences().isEmpty());

        // The corrected amount and the corrected count are figure changes.
        const QStringList figures = view.changedFigures();
        const auto listed = [&figures](const QString &from, const QString &to) {
            for (const QString &f : figures) {
                if (f.startsWith(QStringLiteral("%1 → %2").arg(from, to)))
                    return true;
            }
            return false;
        };
        QVERIFY2(
            listed(QStringLiteral("$14 billion"), QStringLiteral("$14.3 billion")), qPrintable(figures.join(u'|')));
        QVERIFY2(listed(QStringLiteral("60,000"), QStringLiteral("64,000")), qPrintable(figures.join(u'|')));
        auto *label = view.findChild<QLabel *>(QStringLiteral("figureChanges"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("$14.3 billion")));

        const QByteArray dir = qgetenv("CROSSREAD_SCREENSHOTS");
        if (!dir.isEmpty())
            QVERIFY(view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/version-compare.png")));

        // Between two articles the list stays away.
        QVERIFY(view.compareArticles(m_article, m_article));
        QVERIFY(finished.wait(30000));
        QVERIFY(view.changedFigures().isEmpty());
        QVERIFY(!label->isVisible());
    }

    void refusesAVersionItDoesNotHave()
    {
        CompareView view(&m_workspace, &m_tags, &m_annotations);
        QSignalSpy message(&view, &CompareView::message);
        QVERIFY(!view.compareVersions(m_article, 1, 3));
        QCOMPARE(message.count(), 1);
        QVERIFY(!view.compareVersions(m_article + 100, 1, 2));
    }
};

QTEST_MAIN(TestVersionCompareUi)
#include "tst_versioncompare_ui.moc"
