// File › Open Team Project…: the dialog makes the URL of a server project from its fields and
// asks for no password; the recent-projects list keeps such a URL without a password. The `pg`
// run (CROSSREAD_TEST_PG) also opens a team project in the window from that URL.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "RecentProjects.h"
#include "TeamProjectDialog.h"
#include "store/Project.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;

class TestTeamProjectUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        CROSSREAD_REQUIRE_SERVER_IF_ASKED();
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
        QApplication::setApplicationName(QStringLiteral("tst_teamproject_ui"));
        QSettings().clear();
    }

    void dialogMakesTheUrl()
    {
        TeamProjectDialog dialog;
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("user"));
        QVERIFY(host && port && database && user);
        QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
        QVERIFY(!open->isEnabled()); // no database named yet
        host->setText(QStringLiteral(" db.example.org "));
        port->setValue(5433);
        database->setText(QStringLiteral("kestrel"));
        user->setText(QStringLiteral("ana"));
        QVERIFY(open->isEnabled());
        QCOMPARE(dialog.url(), QStringLiteral("postgresql://ana@db.example.org:5433/kestrel"));
        // No field takes a password.
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY(edit->echoMode() == QLineEdit::Normal);
        // Opened again, it starts from the last team project.
        TeamProjectDialog again(QStringLiteral("postgresql://ben@team.example:6000/desk"));
        QCOMPARE(again.url(), QStringLiteral("postgresql://ben@team.example:6000/desk"));
    }

    void recentProjectsKeepNoPassword()
    {
        RecentProjects::add(QStringLiteral("postgresql://ana:s3cret@db.example.org:5432/kestrel"));
        QVERIFY(RecentProjects::list().contains(QStringLiteral("postgresql://ana@db.example.org:5432/kestrel")));
        QSettings settings;
        settings.sync();
        const QByteArray stored = test::readFile(settings.fileName());
        QVERIFY2(!stored.isEmpty(), qPrintable(settings.fileName()));
        QVERIFY(!stored.contains("s3cret"));
    }

    void windowOpensATeamProject()
    {
        if (!test::onServer())
            QSKIP("needs a server: the pg run (CROSSREAD_TEST_PG) opens a team project in the window");
        QTemporaryDir dir;
        const QString url = test::newProjectLocation(dir.path());
        {
            Project project;
            QVERIFY2(project.open(url, Project::OpenMode::CreateIfMissing), qPrintable(project.error()));
            Article a;
            a.path = QStringLiteral("/team/kestrel.txt");
            a.contentHash = QByteArray(64, 'a');
            a.title = QStringLiteral("Kestrel raises money");
            a.text = QStringLiteral("Kestrel raised $14 billion, the desk confirmed.");
            QVERIFY(project.articles().insert(a, {}));
        }
        MainWindow window;
        window.setQuiet(true);
        QVERIFY2(window.openProject(url), qPrintable(window.lastError()));
        QCOMPARE(window.project()->articles().count(), 1);
        QVERIFY(window.windowTitle().startsWith(QUrl(url).path().mid(1)));
        QCOMPARE(RecentProjects::list().first(), url);
    }
};

QTEST_MAIN(TestTeamProjectUi)
#include "tst_teamproject_ui.moc"
