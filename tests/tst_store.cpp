// The project store: schema migrations, durability of edits, full-text search,
// and idempotent folder re-import.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "domain/CodePoints.h"
#include "models/PhraseFirstSearch.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Project.h"
#include "store/ArticleStore.h"
#include "store/ProjectImporter.h"
#include "store/ProjectLocation.h"
#include "store/SqliteSearchIndex.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace crossread;

class TestStore : public QObject
{
    Q_OBJECT

private:
    static Article makeArticle(const QString &path, const QString &text)
    {
        Article a;
        a.path = path;
        a.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
        a.title = QFileInfo(path).baseName();
        a.text = text;
        return a;
    }

    // SQL run on the server database at URL over a connection of the test's own, as another
    // program would; the rows it returns, tab-separated, or the error in *ERROR.
    static QStringList onServerDatabase(const QString &url, const QString &sql, QString *error = nullptr)
    {
        const QUrl parsed(url);
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
            db.setHostName(parsed.host());
            db.setPort(parsed.port(5432));
            db.setDatabaseName(parsed.path().mid(1));
            db.setUserName(parsed.userName());
            QSqlQuery q(db);
            if (!db.open()) {
                if (error)
                    *error = db.lastError().text();
            } else if (!q.exec(sql)) {
                if (error)
                    *error = q.lastError().text();
            } else {
                while (q.next()) {
                    QStringList cells;
                    for (int i = 0; i < q.record().count(); ++i)
                        cells << q.value(i).toString();
                    rows << cells.join(u'\t');
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        return rows;
    }

    // What the project at PATH holds, to show that a refused open left it as it was: a file's
    // bytes, or a server database's tables with their rows.
    static QByteArray heldAt(const QString &path)
    {
        if (!ProjectLocation::isServerUrl(path))
            return test::readFile(path);
        QStringList held;
        for (const QString &table : onServerDatabase(path,
                 QStringLiteral("SELECT table_name FROM information_schema.tables"
                                " WHERE table_schema = current_schema() ORDER BY 1")))
            held << table << onServerDatabase(path, QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        return held.join(u'\n').toUtf8();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        CROSSREAD_REQUIRE_SERVER_IF_ASKED();
    }

    void migratesVersion1File()
    {
        CROSSREAD_SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Database db;
            QVERIFY2(db.openAtVersion(path, 1), qPrintable(db.error()));
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY(db.execSql(QStringLiteral(
                "INSERT INTO articles (id, path, content_hash, title, text, format, chars, imported, changed)"
                " VALUES (7, '/a.txt', 'h', 'Old', 'Old text here', 'txt', 13, 'x', 'x')")));
            QVERIFY(db.execSql(QStringLiteral("INSERT INTO tags (id, name, color) VALUES (3, 'claim', '#ff0000')")));
            QVERIFY(db.execSql(QStringLiteral("INSERT INTO spans (id, article_id, start, end, text, created, modified) "
                                              "VALUES (5, 7, 0, 3, 'Old', 'x', 'x')")));
            QVERIFY(db.execSql(QStringLiteral("INSERT INTO span_tags VALUES (5, 3)")));
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(QStringLiteral("SELECT * FROM figures")));
        }
        Project project;
        QVERIFY2(project.open(path), qPrintable(project.error()));
        QCOMPARE(project.database().schemaVersion(), Migrations::latestVersion());
        const QList<Span> spans = project.spans().spansOfArticle(7);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().tagIds, QList<qint64> { 3 });
        QVERIFY(project.figures().manualFigures().isEmpty()); // the new table exists
        // Version 7: no field corrected by hand yet, and a correction is remembered.
        QCOMPARE(project.articles().article(7).edited, ArticleFields());
        qint64 version = 0;
        QCOMPARE(
            project.articles().setMetadata(7, { QStringLiteral("New"), {}, {}, {} }, ArticleField::Title, &version),
            WriteOutcome::Written);
        QCOMPARE(version, 1);
        QCOMPARE(project.articles().article(7).edited, ArticleFields(ArticleField::Title));
        QList<SearchHit> hits;
        QVERIFY(project.searchIndex().search(QStringLiteral("text"), 10, &hits, nullptr));
        QCOMPARE(hits.size(), 1);
    }

    // A version 2 file goes through every later step: 3 marks it with the application id, 4
    // merges its duplicate tag names, 5 records coders: spans without an author, and every hand
    // figure, get the default coder (the user who migrates it); a note's coder is its span's.
    void migratesVersion2FileToCoders()
    {
        CROSSREAD_SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        {
            Database db;
            QVERIFY2(db.openAtVersion(path, 2), qPrintable(db.error()));
            QCOMPARE(db.schemaVersion(), 2);
            for (const char *sql : {
                     "INSERT INTO articles (id, path, content_hash, title, text, format, chars, imported, changed)"
                     " VALUES (1, '/a.txt', 'h', 'A', 'Alpha beta gamma delta', 'txt', 22, 'x', 'x')",
                     "INSERT INTO spans (id, article_id, start, end, text, note, author, created, modified)"
                     " VALUES (1, 1, 0, 5, 'Alpha', 'a note', '', 'x', 'x')",
                     "INSERT INTO spans (id, article_id, start, end, text, note, author, created, modified)"
                     " VALUES (2, 1, 6, 10, 'beta', '', 'zoe', 'x', 'x')",
                     "INSERT INTO spans (id, article_id, start, end, text, note, author, created, modified)"
                     " VALUES (3, 1, 11, 16, 'gamma', 'zoe''s note', 'zoe', 'x', 'x')",
                     "INSERT INTO figures (id, article_id, span_id, kind, value, text, start, end)"
                     " VALUES (1, 1, 2, 'count', 2, 'beta', 6, 10)",
                     "INSERT INTO tags (id, parent_id, name, color, position) VALUES"
                     " (1, NULL, 'Claims', '#aa0000', 0), (2, NULL, 'CLAIMS', '#00aa00', 1)",
                     "INSERT INTO span_tags VALUES (1, 1), (2, 2)",
                 })
                QVERIFY(db.execSql(QString::fromLatin1(sql)));
        }
        // The user who migrates the file becomes its default coder…
        qputenv("CROSSREAD_USER", "someone else");
        {
            Project project;
            QVERIFY2(project.open(path), qPrintable(project.error()));
        }
        // …and stays it when another user opens the file later.
        qputenv("CROSSREAD_USER", "tester");
        Project project;
        QVERIFY2(project.open(path), qPrintable(project.error()));
        QCOMPARE(project.database().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(project.database().applicationId(), qint32(0x43727372)); // "Crsr"
        QCOMPARE(project.tags().tags().size(), 1); // "CLAIMS" merged into the older "Claims"
        QCOMPARE(project.tags().tag(1).name, QStringLiteral("Claims"));
        QCOMPARE(project.defaultCoder(), QStringLiteral("someone else"));
        const QList<Span> spans = project.spans().allSpans();
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.at(0).author, QStringLiteral("someone else"));
        QCOMPARE(spans.at(0).noteAuthor, QStringLiteral("someone else"));
        QCOMPARE(spans.at(1).author, QStringLiteral("zoe"));
        QCOMPARE(spans.at(1).noteAuthor, QString()); // no note, no note coder
        QCOMPARE(spans.at(2).noteAuthor, QStringLiteral("zoe"));
        QCOMPARE(spans.at(0).tagIds, QList<qint64> { 1 });
        QCOMPARE(spans.at(1).tagIds, QList<qint64> { 1 });
        QCOMPARE(project.figures().manualFigures().first().author, QStringLiteral("someone else"));
        QCOMPARE(project.spans().coders(), (QStringList { "someone else", "zoe" }));
    }

    void rejectsBadProjectFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("this is not a database at all, just some words\n").repeated(50)
                                   << QStringLiteral("not a Crossread project");
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("truncated sqlite") << header + QByteArray(100, '\x07') << QStringLiteral("project");
    }

    void rejectsBadProjectFiles()
    {
        CROSSREAD_SQLITE_ONLY();
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.db"));
        QVERIFY(test::writeFile(path, content));
        Project project;
        QVERIFY(!project.open(path));
        QVERIFY2(project.error().contains(path), qPrintable(project.error()));
        QVERIFY2(project.error().contains(expected), qPrintable(project.error()));
    }

    // Version 4 makes tag names unique per parent. A file that already holds duplicates
    // (concurrent `tag --tag NEW` before the fix) has them merged into the oldest tag: links
    // and children move over, and children that become duplicates are merged in turn.
    void migrationMergesDuplicateTags()
    {
        CROSSREAD_SQLITE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        {
            Database db;
            QVERIFY2(db.openAtVersion(path, 3), qPrintable(db.error()));
            const QStringList sql = {
                QStringLiteral(
                    "INSERT INTO articles (id, path, content_hash, title, text, format, chars, imported,"
                    " changed) VALUES (7, '/a.txt', 'h', 'A', 'Alpha beta gamma delta', 'txt', 22, 'x', 'x')"),
                QStringLiteral("INSERT INTO tags (id, parent_id, name, color, position) VALUES"
                               " (1, NULL, 'Claims', '#aa0000', 0), (2, NULL, 'claims', '#00aa00', 1),"
                               " (3, 1, 'Money', '#0000aa', 0), (4, 2, 'Money', '#aaaa00', 0),"
                               " (5, NULL, 'People', '#00aaaa', 2), (6, NULL, 'Money', '#aa00aa', 3)"),
                QStringLiteral("INSERT INTO spans (id, article_id, start, end, text, created, modified) VALUES"
                               " (10, 7, 0, 5, 'Alpha', 'x', 'x'), (11, 7, 6, 10, 'beta', 'x', 'x'),"
                               " (12, 7, 11, 16, 'gamma', 'x', 'x'), (13, 7, 17, 22, 'delta', 'x', 'x')"),
                QStringLiteral("INSERT INTO span_tags VALUES (10, 1), (11, 2), (12, 3), (12, 4), (13, 4), (13, 5)"),
            };
            for (const QString &q : sql)
                QVERIFY2(db.execSql(q), qPrintable(db.error()));
        }
        Project project;
        QVERIFY2(project.open(path), qPrintable(project.error()));
        QCOMPARE(project.database().schemaVersion(), Migrations::latestVersion());
        QStringList tags;
        for (const Tag &t : project.tags().tags())
            tags << QStringLiteral("%1 %2 under %3").arg(t.id).arg(t.name).arg(t.parentId);
        tags.sort();
        QCOMPARE(tags,
            QStringList({ QStringLiteral("1 Claims under 0"), QStringLiteral("3 Money under 1"),
                QStringLiteral("5 People under 0"), QStringLiteral("6 Money under 0") }));
        QHash<qint64, QList<qint64>> links;
        for (const Span &s : project.spans().spansOfArticle(7))
            links.insert(s.id, s.tagIds);
        QCOMPARE(links.value(10), QList<qint64> { 1 });
        QCOMPARE(links.value(11), QList<qint64> { 1 });
        QCOMPARE(links.value(12), QList<qint64> { 3 });
        QCOMPARE(links.value(13), (QList<qint64> { 3, 5 }));
        // The file itself now refuses a second "Money" at the top level, whatever its case.
        QVERIFY(!project.database().execSql(
            QStringLiteral("INSERT INTO tags (parent_id, name, color) VALUES (NULL, 'MONEY', '#000000')")));
        QVERIFY(project.database().execSql(
            QStringLiteral("INSERT INTO tags (parent_id, name, color) VALUES (5, 'Money', '#000000')")));
    }

    // Tag names are unique per parent whatever their case, kept so by the project itself: two
    // processes creating one name at once cannot both succeed.
    void tagNamesAreUniquePerParent()
    {
        QTemporaryDir dir;
        Project project;
        QVERIFY(project.open(test::newProjectLocation(dir.path()), Project::OpenMode::CreateIfMissing));
        Database &db = project.database();
        QVERIFY2(db.execSql(QStringLiteral("INSERT INTO tags (id, parent_id, name, color, position) VALUES"
                                           " (1, NULL, 'Money', '#aa0000', 0), (2, NULL, 'People', '#00aaaa', 1)")),
            qPrintable(db.error()));
        QVERIFY(
            !db.execSql(QStringLiteral("INSERT INTO tags (parent_id, name, color) VALUES (NULL, 'MONEY', '#000000')")));
        QVERIFY(
            !db.execSql(QStringLiteral("INSERT INTO tags (parent_id, name, color) VALUES (NULL, 'money', '#000000')")));
        QVERIFY2(db.execSql(QStringLiteral("INSERT INTO tags (parent_id, name, color) VALUES (2, 'Money', '#000000')")),
            qPrintable(db.error()));
        QVERIFY(
            !db.execSql(QStringLiteral("INSERT INTO tags (parent_id, name, color) VALUES (2, 'mONEY', '#000000')")));
        QStringList names;
        for (const Tag &t : project.tags().tags())
            names << QStringLiteral("%1 under %2").arg(t.name).arg(t.parentId);
        names.sort();
        QCOMPARE(names, (QStringList { "Money under 0", "Money under 2", "People under 0" }));
    }

    // What the folder scan skips reaches the report with its reason; a FIFO named on the command
    // line is refused without blocking; a name that is not UTF-8 is imported under its readable
    // form, noted, and found again by the next import.
    void importReportsWhatItSkips()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("news"));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray native = QFile::encodeName(folder) + "/caf\xe9.txt";
        const QByteArray text = "Caf\xc3\xa9 owners met the lab's founders to talk about compute.\n";
        {
            const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, text.constData(), size_t(text.size())), ssize_t(text.size()));
            ::close(fd);
        }
        const QString fifo = dir.filePath(QStringLiteral("pipe.md"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), folder + QStringLiteral("/zero.txt")));
        const QString db = test::newProjectLocation(dir.path(), QStringLiteral("p.db"));

        const ImportReport first = ProjectImporter(db).run({ folder, fifo });
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        const QString readable = folder + QStringLiteral("/caf\\xE9.txt");
        QCOMPARE(first.imported, 1);
        QCOMPARE(first.notes.size(), 1);
        QCOMPARE(first.notes.first().path, readable);
        QList<QPair<QString, QString>> skipped;
        for (const ImportReport::Entry &e : first.skipped)
            skipped.append({ e.path, e.reason });
        std::sort(skipped.begin(), skipped.end());
        QCOMPARE(skipped,
            (QList<QPair<QString, QString>> {
                { folder + QStringLiteral("/zero.txt"),
                    QStringLiteral("symbolic link to /dev/zero, outside the imported folder") },
                { fifo, QStringLiteral("not a regular file: a named pipe (FIFO)") } }));
        QCOMPARE(first.toJson().value(QStringLiteral("notes")).toArray().size(), 1);
        {
            Project project;
            QVERIFY(project.open(db));
            const QList<ArticleSummary> articles = project.articles().summaries();
            QCOMPARE(articles.size(), 1);
            QCOMPARE(articles.first().path, readable);
            QCOMPARE(project.articles().text(articles.first().id), QString::fromUtf8(text));
        }
        const ImportReport second = ProjectImporter(db).run({ folder });
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.unchanged, 1);
        QCOMPARE(::unlink(native.constData()), 0); // QTemporaryDir cannot name it
    }

    // Only an import may create a project, and nothing adopts another program's database.
    void opensOnlyProjects_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("create");
        QTest::addColumn<bool>("opens");
        QTest::newRow("missing, read") << QStringLiteral("missing") << false << false;
        QTest::newRow("missing, import") << QStringLiteral("missing") << true << true;
        QTest::newRow("empty file, read") << QStringLiteral("empty") << false << false;
        QTest::newRow("empty file, import") << QStringLiteral("empty") << true << true;
        QTest::newRow("other program's database, read") << QStringLiteral("sqlite") << false << false;
        QTest::newRow("other program's database, import") << QStringLiteral("sqlite") << true << false;
        QTest::newRow("empty database of another program, import") << QStringLiteral("sqlite-marked") << true << false;
        QTest::newRow("version 2 project without the application id") << QStringLiteral("v2") << false << true;
    }

    void opensOnlyProjects()
    {
        QFETCH(QString, kind);
        QFETCH(bool, create);
        QFETCH(bool, opens);
        // A team project is a database its server's admin made, has no header to mark, and
        // none predates version 8: an empty database and another program's are the cases.
        if (test::onServer() && kind != QLatin1String("empty") && kind != QLatin1String("sqlite"))
            QSKIP("about SQLite project files; a team project has none");
        QTemporaryDir dir;
        const QString path = test::newProjectLocation(dir.path());
        if (test::onServer()) {
            if (kind == QLatin1String("sqlite")) {
                for (const char *sql : { "CREATE TABLE tags (label TEXT)", "INSERT INTO tags VALUES ('soup')" }) {
                    QString error;
                    onServerDatabase(path, QString::fromLatin1(sql), &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                }
            }
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(test::writeFile(path, QByteArray()));
        } else if (kind == QLatin1String("v2")) {
            Database db;
            QVERIFY(db.openAtVersion(path, 2));
        } else if (kind.startsWith(QLatin1String("sqlite"))) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                // Another program may mark its file with its own id and keep no tables yet.
                if (kind == QLatin1String("sqlite-marked"))
                    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 42")));
                else
                    QVERIFY(q.exec(QStringLiteral("CREATE TABLE tags (label TEXT)")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        }
        const QByteArray before = heldAt(path);
        QVERIFY(kind != QLatin1String("sqlite") || !before.isEmpty());
        Project project;
        const bool ok
            = project.open(path, create ? Project::OpenMode::CreateIfMissing : Project::OpenMode::ExistingOnly);
        QVERIFY2(ok == opens, qPrintable(project.error()));
        if (ok) {
            QCOMPARE(project.database().schemaVersion(), Migrations::latestVersion());
            QCOMPARE(project.database().applicationId(), Database::kApplicationId);
            return;
        }
        QVERIFY2(project.error().contains(path), qPrintable(project.error()));
        QCOMPARE(heldAt(path), before);
        if (test::onServer())
            return;
        QCOMPARE(QFileInfo::exists(path), kind != QLatin1String("missing"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    // What an import looks at to know whether another process stored files meanwhile: it must
    // change when any transaction commits, also one that began before the newest commit (on a
    // server, the snapshot's xmax alone stays put then).
    void dataVersionSeesEveryCommit()
    {
        if (!test::onServer())
            QSKIP("on a file one writer at a time: every commit is the newest");
        QTemporaryDir dir;
        const QString path = test::newProjectLocation(dir.path());
        {
            Project p;
            QVERIFY2(p.open(path, Project::OpenMode::CreateIfMissing), qPrintable(p.error()));
        }
        Database older, newer, reader;
        for (Database *db : { &older, &newer, &reader })
            QVERIFY2(db->open(path), qPrintable(db->error()));
        // The older transaction gets its id first and commits last. Its own connection, without
        // the writers' turn (begin() would make the newer one wait for it). Other projects on the
        // server committing meanwhile can only make the version change sooner.
        QVERIFY(older.execSql(QStringLiteral("BEGIN")));
        QVERIFY2(older.execSql(QStringLiteral("INSERT INTO meta (key, value) VALUES ('test_older', '1')")),
            qPrintable(older.error()));
        QVERIFY2(newer.execSql(QStringLiteral("INSERT INTO meta (key, value) VALUES ('test_newer', '1')")),
            qPrintable(newer.error()));
        const qint64 before = reader.dataVersion();
        QVERIFY(before >= 0);
        QVERIFY(older.execSql(QStringLiteral("COMMIT")));
        QVERIFY(reader.dataVersion() != before);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = test::newProjectLocation(dir.path(), QStringLiteral("future.db"));
        {
            Database db;
            QVERIFY(db.open(path, Database::OpenMode::CreateIfMissing));
            QVERIFY(db.setSchemaVersion(99)); // a file's user_version, a team project's meta row
        }
        Project project;
        QVERIFY(!project.open(path));
        QVERIFY(project.error().contains(QStringLiteral("newer Crossread")));
    }

    // Readers list an article's spans in text order, by start and then end, whatever order
    // they were added in; the expected order is written by hand.
    void spansComeInTextOrder()
    {
        QTemporaryDir dir;
        Project project;
        QVERIFY(project.open(
            test::newProjectLocation(dir.path(), QStringLiteral("p.db")), Project::OpenMode::CreateIfMissing));
        const QString text = QStringLiteral("Alpha beta gamma delta epsilon zeta.");
        Article a = makeArticle(QStringLiteral("/x/a.txt"), text);
        QVERIFY(project.articles().insert(a, {}));
        Tag tag;
        tag.name = QStringLiteral("Claim");
        tag.color = Qt::red;
        tag.position = -1;
        QVERIFY(project.addTag(tag));
        QList<Span> spans;
        for (const auto &[start, end] : { std::pair { 23, 30 }, std::pair { 0, 10 }, std::pair { 11, 22 },
                 std::pair { 0, 5 }, std::pair { 6, 16 } }) {
            Span s;
            s.articleId = a.id;
            s.start = start;
            s.end = end;
            s.text = text.mid(start, end - start);
            s.tagIds = { tag.id };
            spans << s;
        }
        QVERIFY(project.addSpans(spans));
        QStringList texts;
        for (const Span &s : project.spans().spansOfArticle(a.id))
            texts << s.text;
        QCOMPARE(texts, (QStringList { "Alpha", "Alpha beta", "beta gamma", "gamma delta", "epsilon" }));
    }

    void editsArePersistedAtOnce()
    {
        QTemporaryDir dir;
        const QString path = test::newProjectLocation(dir.path(), QStringLiteral("p.db"));
        Project project;
        QVERIFY(project.open(path, Project::OpenMode::CreateIfMissing));
        Article a = makeArticle(QStringLiteral("/x/a.txt"), QStringLiteral("Alpha beta gamma."));
        QVERIFY(project.articles().insert(a, {}));
        Tag tag;
        tag.name = QStringLiteral("Claim");
        tag.color = Qt::red;
        tag.position = -1;
        QVERIFY(project.addTag(tag));
        QList<Span> spans { Span {} };
        spans[0].articleId = a.id;
        spans[0].start = 6;
        spans[0].end = 10;
        spans[0].text = QStringLiteral("beta");
        spans[0].tagIds = { tag.id };
        QVERIFY(project.addSpans(spans));
        // A second connection (another process after a kill) sees the committed edit.
        Project other;
        QVERIFY(other.open(path));
        const QList<Span> seen = other.spans().spansOfArticle(a.id);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().text, QStringLiteral("beta"));
        QCOMPARE(seen.first().tagIds, QList<qint64> { tag.id });
        // Removing a tag removes its links and undo-style restore brings them back.
        TagSnapshot snap;
        QVERIFY(project.removeTag(tag.id, { { tag.id, tag.stamp.version } }, &snap));
        QVERIFY(other.spans().spansOfArticle(a.id).first().tagIds.isEmpty());
        QVERIFY(project.restoreTags(snap));
        QCOMPARE(other.spans().spansOfArticle(a.id).first().tagIds, QList<qint64> { tag.id });
    }

    void tagUpdatesAreAllOrNone()
    {
        QTemporaryDir dir;
        Project project;
        QVERIFY(project.open(
            test::newProjectLocation(dir.path(), QStringLiteral("p.db")), Project::OpenMode::CreateIfMissing));
        QList<Tag> tags;
        for (const QString &name : { QStringLiteral("Parent"), QStringLiteral("Child"), QStringLiteral("Other") }) {
            Tag t;
            t.name = name;
            t.color = Qt::blue;
            t.position = int(tags.size());
            QVERIFY(project.addTag(t));
            tags << t;
        }
        Tag child = tags.at(1);
        child.parentId = tags.at(0).id;
        QVERIFY(project.updateTag(child));
        QSignalSpy errors(&project, &Project::errorOccurred);
        QSignalSpy changed(&project, &Project::tagChanged);

        // Renaming one and moving the parent under its own child: refused as a whole, said why.
        Tag renamed = tags.at(2);
        renamed.name = QStringLiteral("Renamed");
        Tag loop = tags.at(0);
        loop.parentId = child.id;
        QVERIFY(!project.updateTags({ renamed, loop }));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("into itself")));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(project.tags().tag(tags.at(2).id).name, QStringLiteral("Other"));
        QCOMPARE(project.tags().tag(tags.at(0).id).parentId, qint64(0));

        // Without the loop both are saved, and each change is announced.
        Tag swapped = tags.at(0);
        swapped.position = 2;
        QVERIFY(project.updateTags({ renamed, swapped }));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(project.tags().tag(tags.at(2).id).name, QStringLiteral("Renamed"));
        QCOMPARE(project.tags().tag(tags.at(0).id).position, 2);
    }

    void fullDiskLosesNothing()
    {
        CROSSREAD_SQLITE_ONLY();
        // SQLite's page limit stands in for a full disk: writes fail with SQLITE_FULL.
        QTemporaryDir dir;
        const QString path = test::newProjectLocation(dir.path(), QStringLiteral("p.db"));
        Project project;
        QVERIFY(project.open(path, Project::OpenMode::CreateIfMissing));
        Article a = makeArticle(QStringLiteral("/x/a.txt"), QStringLiteral("Alpha beta gamma."));
        QVERIFY(project.articles().insert(a, {}));
        QList<Span> saved { Span {} };
        saved[0].articleId = a.id;
        saved[0].start = 0;
        saved[0].end = 5;
        saved[0].text = QStringLiteral("Alpha");
        QVERIFY(project.addSpans(saved));

        QSqlQuery pages(project.database().connection());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int full = pages.value(0).toInt();
        QVERIFY(project.database().execSql(QStringLiteral("PRAGMA max_page_count = %1").arg(full)));
        QSignalSpy errors(&project, &Project::errorOccurred);
        QList<Span> big { saved.first() };
        big[0].id = 0;
        big[0].note = QString(200000, QLatin1Char('n'));
        QVERIFY(!project.addSpans(big));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("full")), qPrintable(message)); // the reason, not a follow-up error
        QVERIFY2(!message.contains(QStringLiteral("rollback")), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));

        // What was saved before is intact, for this connection and a new one.
        Project other;
        QVERIFY(other.open(path));
        QCOMPARE(other.spans().spansOfArticle(a.id).size(), 1);
        QCOMPARE(project.spans().spansOfArticle(a.id).size(), 1);
        // With room again, the next edit is saved.
        QVERIFY(project.database().execSql(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY2(project.addSpans(big), qPrintable(project.error()));
        QCOMPARE(other.spans().spansOfArticle(a.id).size(), 2);
    }

    void openFailureSaysWhy_data()
    {
        QTest::addColumn<QString>("code"); // SQLite's (extended) result code
        QTest::addColumn<QString>("says");
        QTest::newRow("disk full") << "13"
                                   << "the disk is full";
        QTest::newRow("I/O error, extended code") << "3338"
                                                  << "the disk is full";
        QTest::newRow("read-only") << "8"
                                   << "cannot be written";
        QTest::newRow("cannot open") << "14"
                                     << "cannot be written";
        QTest::newRow("not a database") << "26"
                                        << "not a Crossread project or damaged";
        QTest::newRow("corrupt") << "11"
                                 << "not a Crossread project or damaged";
    }

    void openFailureSaysWhy()
    {
        QFETCH(QString, code);
        QFETCH(QString, says);
        const QSqlError error(QStringLiteral("driver"), QStringLiteral("sqlite says"), QSqlError::StatementError, code);
        const QString message = Database::openFailure(QStringLiteral("/p/project.db"), error);
        QVERIFY2(message.startsWith(QStringLiteral("/p/project.db: ")), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sqlite says")), qPrintable(message));
    }

    void validatesSpanRanges_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("text");
        QTest::newRow("inside") << qint64(2) << qint64(5) << true << QStringLiteral("😀bc");
        QTest::newRow("to the end") << qint64(4) << qint64(7) << true << QStringLiteral("cd.");
        QTest::newRow("past the end") << qint64(4) << qint64(8) << false << QString();
        QTest::newRow("empty") << qint64(3) << qint64(3) << false << QString();
        QTest::newRow("negative") << qint64(-1) << qint64(2) << false << QString();
    }

    void validatesSpanRanges()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(bool, valid);
        QFETCH(QString, text);
        QTemporaryDir dir;
        Project project;
        QVERIFY(project.open(
            test::newProjectLocation(dir.path(), QStringLiteral("p.db")), Project::OpenMode::CreateIfMissing));
        // "a 😀bcd." has 7 code points but 8 UTF-16 units.
        Article a = makeArticle(QStringLiteral("/x/e.txt"), QStringLiteral("a 😀bcd."));
        QVERIFY(project.articles().insert(a, {}));
        Span s;
        s.articleId = a.id;
        s.start = start;
        s.end = end;
        QString error;
        QCOMPARE(project.validateSpan(s, &error), valid);
        if (valid)
            QCOMPARE(s.text, text);
        else
            QVERIFY(!error.isEmpty());
    }

    void searchFindsPhrasesWithCodePointOffsets_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::addColumn<QString>("firstHitText");
        QTest::newRow("phrase") << QStringLiteral("\"closed models\"") << 2 << QStringLiteral("closed models");
        QTest::newRow("phrase across line break")
            << QStringLiteral("\"frontier model\"") << 1 << QStringLiteral("frontier\nmodel");
        QTest::newRow("word") << QStringLiteral("Avocado") << 1 << QStringLiteral("Avocado");
        QTest::newRow("prefix") << QStringLiteral("superintell*") << 1 << QStringLiteral("superintelligence");
        QTest::newRow("no match") << QStringLiteral("\"open weights forever\"") << 0 << QString();
    }

    void searchFindsPhrasesWithCodePointOffsets()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        QFETCH(QString, firstHitText);
        QTemporaryDir dir;
        Project project;
        QVERIFY(project.open(
            test::newProjectLocation(dir.path(), QStringLiteral("p.db")), Project::OpenMode::CreateIfMissing));
        const QString t1 = QStringLiteral("🚀 Launch: the lab ships closed models first; closed models stay.");
        const QString t2 = QStringLiteral("A frontier\nmodel named Avocado, built for superintelligence.");
        Article a1 = makeArticle(QStringLiteral("/x/1.txt"), t1);
        Article a2 = makeArticle(QStringLiteral("/x/2.txt"), t2);
        QVERIFY(project.articles().insert(a1, {}));
        QVERIFY(project.articles().insert(a2, {}));
        QList<SearchHit> found;
        QString error;
        QVERIFY2(project.searchIndex().search(query, 50, &found, &error), qPrintable(error));
        QCOMPARE(found.size(), hits);
        if (hits > 0) {
            const SearchHit &h = found.first();
            const QString text = h.articleId == a1.id ? t1 : t2;
            QCOMPARE(CodePoints(text).mid(text, h.start, h.end), firstHitText);
            QVERIFY(!h.snippet.isEmpty());
        }
    }

    // Plain words are a phrase first; anything written as a query goes to the index as it is.
    void phraseFirstSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("phraseFirst");
        QTest::addColumn<QStringList>("hitTexts");
        QTest::addColumn<int>("apartArticles");
        QTest::newRow("two words: the phrase only, one article apart")
            << QStringLiteral("closed models") << true
            << QStringList { QStringLiteral("closed models"), QStringLiteral("closed models") } << 1;
        QTest::newRow("hyphenated words are one phrase")
            << QStringLiteral("open-weight model") << true << QStringList { QStringLiteral("open-weight model") } << 0;
        QTest::newRow("quoted: as written")
            << QStringLiteral("\"closed models\"") << false
            << QStringList { QStringLiteral("closed models"), QStringLiteral("closed models") } << 0;
        QTest::newRow("operator: as written, the words")
            << QStringLiteral("closed AND stay") << false
            << QStringList { QStringLiteral("closed"), QStringLiteral("closed"), QStringLiteral("stay") } << 0;
        QTest::newRow("one word: as written")
            << QStringLiteral("models") << false
            << QStringList { QStringLiteral("models"), QStringLiteral("models"), QStringLiteral("models") } << 0;
    }

    // A query of several terms joined by operators finds pieces that stand apart; joined by OR
    // only, each piece answers the query alone.
    void queryTerms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("termsApart");
        QTest::addColumn<bool>("anyTerm");
        QTest::newRow("one word") << "models" << false << false;
        QTest::newRow("one phrase") << "\"closed models\"" << false << false;
        QTest::newRow("prefix") << "model*" << false << false;
        QTest::newRow("AND") << "closed AND stay" << true << false;
        QTest::newRow("side by side") << "\"closed models\" stay" << true << false;
        QTest::newRow("OR") << "closed OR \"open-weight model\"" << true << true;
        QTest::newRow("OR and NOT") << "(closed OR open) NOT planned" << true << false;
        QTest::newRow("NEAR") << "NEAR(closed stay, 5)" << true << false;
        QTest::newRow("a phrase holding AND") << "\"research AND development\"" << false << false;
    }

    void queryTerms()
    {
        QFETCH(QString, query);
        bool termsApart = false, anyTerm = false;
        PhraseFirstSearch::readTerms(query, &termsApart, &anyTerm);
        QTEST(termsApart, "termsApart");
        QTEST(anyTerm, "anyTerm");
    }

    // Hits widened to their sentences: each sentence once, in the hits' order; a hit in no
    // sentence stays as it is.
    void hitSentences_data()
    {
        QTest::addColumn<QList<int>>("hitStarts"); // hits of one word each, by offset
        QTest::addColumn<QStringList>("sentences");
        const QString first = QStringLiteral("The lab ships closed models first.");
        const QString second = QStringLiteral("Closed models stay, the lab said.");
        QTest::newRow("two hits, one sentence") << QList<int> { 14, 21 } << QStringList { first };
        QTest::newRow("one hit in each") << QList<int> { 35, 4 } << QStringList { second, first };
        QTest::newRow("three hits, two sentences") << QList<int> { 4, 35, 14 } << QStringList { first, second };
    }

    void hitSentences()
    {
        QFETCH(QList<int>, hitStarts);
        const QString text = QStringLiteral("The lab ships closed models first. Closed models stay, the lab said.\n");
        QList<SearchHit> hits;
        for (int start : std::as_const(hitStarts)) {
            SearchHit h;
            h.articleId = 7;
            h.start = start;
            h.end = start + 3;
            hits << h;
        }
        QStringList texts;
        const QList<SearchHit> sentences
            = PhraseFirstSearch::sentencesOf(hits, [&](qint64 id) { return id == 7 ? text : QString(); });
        for (const SearchHit &h : sentences) {
            QCOMPARE(h.articleId, 7);
            texts << text.mid(h.start, h.end - h.start);
            QCOMPARE(h.snippet, texts.last());
        }
        QTEST(texts, "sentences");
    }

    void phraseFirstSearch()
    {
        QFETCH(QString, query);
        QFETCH(bool, phraseFirst);
        QFETCH(QStringList, hitTexts);
        QFETCH(int, apartArticles);
        QTemporaryDir dir;
        Project project;
        QVERIFY(project.open(
            test::newProjectLocation(dir.path(), QStringLiteral("p.db")), Project::OpenMode::CreateIfMissing));
        const QString t1 = QStringLiteral("The lab ships closed models first; closed models stay.");
        const QString t2 = QStringLiteral("Its models are closed, and an open-weight model is not planned.");
        Article a1 = makeArticle(QStringLiteral("/x/1.txt"), t1);
        Article a2 = makeArticle(QStringLiteral("/x/2.txt"), t2);
        QVERIFY(project.articles().insert(a1, {}));
        QVERIFY(project.articles().insert(a2, {}));
        PhraseFirstSearch::Result result;
        QString error;
        QVERIFY2(PhraseFirstSearch::run(
                     project.searchIndex(), query, 50, PhraseFirstSearch::Scope::PhraseFirst, &result, &error),
            qPrintable(error));
        QCOMPARE(result.phraseFirst, phraseFirst);
        QCOMPARE(result.apartArticles, apartArticles);
        QCOMPARE(result.phraseHits, int(result.hits.size()));
        QStringList texts;
        for (const SearchHit &h : std::as_const(result.hits)) {
            const QString &text = h.articleId == a1.id ? t1 : t2;
            texts << CodePoints(text).mid(text, h.start, h.end);
        }
        QCOMPARE(texts, hitTexts);
        if (apartArticles == 0)
            return;
        // Asked for, the words of the article that holds them apart come after the phrase.
        QVERIFY(PhraseFirstSearch::run(
            project.searchIndex(), query, 50, PhraseFirstSearch::Scope::WordsApartToo, &result, &error));
        QCOMPARE(result.phraseHits, hitTexts.size());
        QStringList apart;
        for (const SearchHit &h : result.hits.mid(result.phraseHits)) {
            QCOMPARE(h.articleId, a2.id);
            apart << CodePoints(t2).mid(t2, h.start, h.end);
        }
        QCOMPARE(apart, QStringList({ QStringLiteral("models"), QStringLiteral("closed") }));
    }

    // Few matches are ranked (bm25: the article that says it most, in the fewest words, first);
    // more than the rank window come newest first, and the index says so, so that a phrase of
    // common words answers at once over 100,000 articles.
    void searchRanksFewMatchesAndOrdersManyByRecency_data()
    {
        QTest::addColumn<int>("articles");
        QTest::addColumn<bool>("rankedAll");
        QTest::newRow("ten articles match: ranked") << 10 << true;
        QTest::newRow("more than the window match: newest first") << SqliteSearchIndex::kRankWindow + 100 << false;
    }

    void searchRanksFewMatchesAndOrdersManyByRecency()
    {
        QFETCH(int, articles);
        QFETCH(bool, rankedAll);
        QTemporaryDir dir;
        Project project;
        QVERIFY(project.open(
            test::newProjectLocation(dir.path(), QStringLiteral("p.db")), Project::OpenMode::CreateIfMissing));
        const qint64 strongest = 3; // says "funding round" three times in a short text
        {
            Transaction tx(project.database());
            for (int i = 1; i <= articles; ++i) {
                const QString text = i == strongest
                    ? QStringLiteral("A funding round, a funding round, another funding round.")
                    : QStringLiteral("Article %1 mentions one funding round among many other words about chips, "
                                     "clouds, leases, filings, executives and the regulators who watch them.")
                          .arg(i);
                Article a = makeArticle(QStringLiteral("/x/%1.txt").arg(i), text);
                QVERIFY(project.articles().insert(a, {}));
                QCOMPARE(a.id, qint64(i));
            }
            QVERIFY(tx.commit());
        }
        QList<SearchHit> found;
        QString error;
        QVERIFY2(
            project.searchIndex().search(QStringLiteral("\"funding round\""), 5, &found, &error), qPrintable(error));
        QCOMPARE(project.searchIndex().rankedAllMatches(), rankedAll);
        QCOMPARE(found.size(), 5);
        QList<qint64> order;
        for (const SearchHit &h : found)
            order << h.articleId;
        if (rankedAll) // the strongest article's three hits, then others whose ranks tie
            QCOMPARE(order.mid(0, 3), (QList<qint64> { strongest, strongest, strongest }));
        else
            QCOMPARE(order, (QList<qint64> { articles, articles - 1, articles - 2, articles - 3, articles - 4 }));
    }

    // The page's articles are read a few at a time: every hit of a page longer than one read
    // comes, each article's in the order the index ranked them.
    void searchReadsThePageInRankOrder()
    {
        QTemporaryDir dir;
        Project project;
        QVERIFY(project.open(
            test::newProjectLocation(dir.path(), QStringLiteral("p.db")), Project::OpenMode::CreateIfMissing));
        const int articles = 50;
        {
            Transaction tx(project.database());
            for (int i = 1; i <= articles; ++i) {
                // Longer texts rank lower: the ranking differs from the order of the ids.
                const QString text = QStringLiteral("Report %1 on the seed round. %2")
                                         .arg(i)
                                         .arg(QStringLiteral("Filler about chips and clouds. ").repeated((i * 7) % 13));
                Article a = makeArticle(QStringLiteral("/x/%1.txt").arg(i), text);
                QVERIFY(project.articles().insert(a, {}));
            }
            QVERIFY(tx.commit());
        }
        const int page = 45;
        QString error;
        const QList<qint64> ranked
            = project.searchIndex().matchingArticles(QStringLiteral("\"seed round\""), page, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ranked.size(), page);
        QList<qint64> sortedIds = ranked;
        std::sort(sortedIds.begin(), sortedIds.end());
        QVERIFY(sortedIds != ranked);
        QList<SearchHit> found;
        QVERIFY2(
            project.searchIndex().search(QStringLiteral("\"seed round\""), page, &found, &error), qPrintable(error));
        QList<qint64> order;
        for (const SearchHit &h : std::as_const(found)) {
            order << h.articleId;
            const QString text = project.articles().text(h.articleId);
            QCOMPARE(text.mid(h.start, h.end - h.start), QStringLiteral("seed round"));
        }
        QCOMPARE(order, ranked);
    }

    // Version 10 moves a team project's search vectors into the article rows; a project made
    // at version 9 comes up to date with its articles, and finds what it found before.
    void migratesVersion9ProjectKeepingSearch()
    {
        QTemporaryDir dir;
        const QString path = test::newProjectLocation(dir.path(), QStringLiteral("v9.db"));
        {
            Database db;
            QVERIFY2(db.openAtVersion(path, 9), qPrintable(db.error()));
            QCOMPARE(db.schemaVersion(), 9);
            ArticleStore store(db);
            for (int i = 1; i <= 3; ++i) {
                Article a = makeArticle(QStringLiteral("/v9/%1.txt").arg(i),
                    QStringLiteral("\U0001F680 Vendor %1 closed a seed round of \u20ac%1 million.").arg(i));
                QVERIFY2(store.insert(a, {}), qPrintable(db.error()));
            }
        }
        Project project;
        QVERIFY2(project.open(path), qPrintable(project.error()));
        QCOMPARE(project.database().schemaVersion(), Migrations::latestVersion());
        QCOMPARE(project.articles().count(), 3);
        QList<SearchHit> found;
        QString error;
        QVERIFY2(project.searchIndex().search(QStringLiteral("\"seed round\""), 10, &found, &error), qPrintable(error));
        QCOMPARE(found.size(), 3);
        for (const SearchHit &h : std::as_const(found)) {
            QCOMPARE(h.start, 20); // code points: the rocket before is one
            QCOMPARE(h.end, 30);
        }
        if (project.database().isServer()) {
            QSqlQuery q(project.database().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT attstorage FROM pg_attribute WHERE attrelid = 'articles'::regclass"
                                          " AND attname = 'fts'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("m"));
        }
    }

    void searchReportsSyntaxErrors()
    {
        QTemporaryDir dir;
        Project project;
        QVERIFY(project.open(
            test::newProjectLocation(dir.path(), QStringLiteral("p.db")), Project::OpenMode::CreateIfMissing));
        QList<SearchHit> found;
        QString error;
        QVERIFY(!project.searchIndex().search(QStringLiteral("AND OR ("), 10, &found, &error));
        QVERIFY(!error.isEmpty());
    }

    void reimportIsIdempotent()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("corpus"));
        const QStringList story = test::storyFiles();
        QVERIFY2(story.size() == 5, qPrintable(test::storyDir()));
        for (const QString &s : story)
            QVERIFY(test::writeFile(folder + QStringLiteral("/") + QFileInfo(s).fileName(), test::readFile(s)));
        QVERIFY(test::writeFile(folder + QStringLiteral("/empty.txt"), QByteArray()));
        // Spelt out: in "\x03ELF" the escape would swallow the E, leaving a 7-byte literal.
        const char blob[] = { 0, 1, 2, 3, 'E', 'L', 'F', 0 };
        QVERIFY(test::writeFile(folder + QStringLiteral("/blob.txt"), QByteArray(blob, sizeof blob).repeated(100)));
        const QString db = Project::projectPathForFolder(folder);

        ImportReport first = ProjectImporter(db).run({ folder });
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.imported, 5);
        QCOMPARE(first.skipped.size(), 2);
        for (const auto &s : first.skipped)
            QVERIFY(s.path.endsWith(QStringLiteral("empty.txt")) || s.path.endsWith(QStringLiteral("blob.txt")));

        ImportReport second = ProjectImporter(db).run({ folder });
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, 5);

        // Tag a name in the first story article, then change the file around it.
        Project project;
        QVERIFY(project.open(db));
        const QString path = QDir(folder).absoluteFilePath(QFileInfo(test::storyPath(QStringLiteral("01"))).fileName());
        qint64 id = project.articles().knownFiles().value(path).id;
        QVERIFY(id > 0);
        const QString text = project.articles().text(id);
        const CodePoints cp(text);
        const qsizetype at = text.indexOf(QStringLiteral("Ines Marlowe"));
        QVERIFY(at > 0);
        QList<Span> spans(2);
        spans[0].articleId = id;
        spans[0].start = cp.fromUtf16(at);
        spans[0].end = cp.fromUtf16(at + 12);
        spans[0].text = QStringLiteral("Ines Marlowe");
        spans[1].articleId = id;
        spans[1].start = 0;
        spans[1].end = 5;
        spans[1].text = cp.mid(text, 0, 5);
        QVERIFY(project.addSpans(spans));
        QByteArray changed = test::readFile(path);
        changed.prepend("Preface added later. ");
        changed.replace(QByteArray(text.left(5).toUtf8()), QByteArray("XXXXX"));
        QVERIFY(test::writeFile(path, changed));

        ImportReport third = ProjectImporter(db).run({ folder });
        QCOMPARE(third.updated, 1);
        QCOMPARE(third.versions, 1);
        QCOMPARE(third.unchanged, 4);
        // The span whose text was overwritten is kept as an orphan and listed, not deleted.
        QCOMPARE(third.orphans.size(), 1);
        QCOMPARE(third.orphans.first().spanId, spans[1].id);
        QCOMPARE(project.spans().orphans(id).size(), 1);
        QCOMPARE(project.spans().orphans(id).first().text, spans[1].text);
        const QList<Span> kept = project.spans().spansOfArticle(id);
        QCOMPARE(kept.size(), 1);
        const QString newText = project.articles().text(id);
        QCOMPARE(
            CodePoints(newText).mid(newText, kept.first().start, kept.first().end), QStringLiteral("Ines Marlowe"));
        QCOMPARE(kept.first().start, spans[0].start + 21);
    }

    void movedFileKeepsItsArticle()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("c"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/a.txt"), "Headline\n\nSome text about a model launch.\n"));
        const QString db = Project::projectPathForFolder(folder);
        QCOMPARE(ProjectImporter(db).run({ folder }).imported, 1);
        QVERIFY(QFile::rename(folder + QStringLiteral("/a.txt"), folder + QStringLiteral("/b.txt")));
        const ImportReport r = ProjectImporter(db).run({ folder });
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.unchanged, 1);
        Project project;
        QVERIFY(project.open(db));
        QCOMPARE(project.articles().count(), 1);
        QVERIFY(project.articles().summaries().first().path.endsWith(QStringLiteral("/b.txt")));
    }

    void cancelledImportKeepsFinishedBatches()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("many"));
        for (int i = 0; i < 40; ++i)
            QVERIFY(test::writeFile(folder + QStringLiteral("/%1.txt").arg(i, 3, 10, QChar(u'0')),
                QStringLiteral("Article %1\n\nBody text number %1.\n").arg(i).toUtf8()));
        const QString db = Project::projectPathForFolder(folder);
        std::atomic_bool cancel { false };
        ProjectImporter importer(db);
        importer.setBatchSize(10);
        importer.setCancelFlag(&cancel);
        importer.setProgress([&](int done, int, const QString &) {
            if (done >= 20)
                cancel = true;
        });
        const ImportReport r = importer.run({ folder });
        QVERIFY(r.cancelled);
        QCOMPARE(r.imported, 20);
        Project project;
        QVERIFY(project.open(db));
        QCOMPARE(project.articles().count(), 20);
        // Finishing later imports the rest and nothing twice.
        QCOMPARE(ProjectImporter(db).run({ folder }).imported, 20);
    }

    void glyphsRoundTrip()
    {
        QList<PdfGlyph> glyphs { { 0, QRectF(10.5, 20.25, 5, 9) }, { 2, QRectF() }, { 3, QRectF(1, 2, 3, 4) } };
        const QList<PdfGlyph> back = ArticleStore::unpackGlyphs(ArticleStore::packGlyphs(glyphs));
        QCOMPARE(back.size(), 3);
        QCOMPARE(back.at(0).page, 0);
        QCOMPARE(back.at(0).box, QRectF(10.5, 20.25, 5, 9));
        QCOMPARE(back.at(2).page, 3);
        QVERIFY(ArticleStore::unpackGlyphs(QByteArray("garbage")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
