// Team project speed on PostgreSQL: pg_open_project_10k_ms and pg_search_10k_ms, on the same
// generated 10,000-article project as open_project_10k_ms and search_10k_ms, pushed once into a
// database of a scratch server (scripts/pg-scratch.sh; CROSSREAD_BENCH_PG names another server's
// maintenance URL). Without a server each prints one line saying why it was skipped.
#include "bench/Bench.h"

#include "MainWindow.h"
#include "store/Project.h"
#include "store/ProjectCopier.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace crossread::bench {

namespace {

constexpr const char *kDatabase = "crossread_bench_10k";

// The maintenance URL of a running server, or empty with WHY set.
QString serverUrl(QString *why)
{
    const QString given = qEnvironmentVariable("CROSSREAD_BENCH_PG");
    if (!given.isEmpty())
        return given;
    QProcess script;
    script.start(QStringLiteral("bash"),
        { QStringLiteral(CROSSREAD_SOURCE_DIR "/scripts/pg-scratch.sh"), QStringLiteral("start") });
    if (!script.waitForFinished(120000) || script.exitCode() != 0) {
        *why = QString::fromUtf8(script.readAllStandardError()).trimmed();
        if (why->isEmpty())
            *why = QStringLiteral("scripts/pg-scratch.sh start failed");
        return {};
    }
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

// The bench project on the server, pushed from the generated file the first time.
QString benchProject(QString *why)
{
    static QString url;
    static QString failure;
    if (!url.isEmpty() || !failure.isEmpty()) {
        *why = failure;
        return url;
    }
    const QString server = serverUrl(&failure);
    if (server.isEmpty()) {
        *why = failure;
        return {};
    }
    QUrl target(server);
    target.setPath(QLatin1Char('/') + QLatin1String(kDatabase));
    {
        Project existing;
        if (existing.open(target.toString()) && existing.articles().count() == 10000) {
            url = target.toString();
            return url;
        }
    }
    {
        const QUrl maintenance(server);
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(maintenance.host());
        admin.setPort(maintenance.port(5432));
        admin.setDatabaseName(maintenance.path().mid(1));
        admin.setUserName(maintenance.userName());
        QSqlQuery q(admin);
        if (!admin.open() || !q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(kDatabase)))
            || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(kDatabase))))
            failure = QStringLiteral("cannot create the bench database on %1: %2")
                          .arg(server, admin.isOpen() ? q.lastError().text() : admin.lastError().text());
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    if (failure.isEmpty()) {
        Project source;
        Project into;
        if (!source.open(generatedProject(10000, 100000)))
            failure = source.error();
        else if (!into.open(target.toString(), Project::OpenMode::CreateIfMissing))
            failure = into.error();
        else
            failure = ProjectCopier::copy(source.database(), into.database()).error;
    }
    *why = failure;
    if (failure.isEmpty())
        url = target.toString();
    return url;
}

void skipped(QTextStream &out, const QString &name, const QString &why)
{
    out << name << " skipped: " << why << "\n" << Qt::flush;
}

void openProject(QTextStream &out)
{
    QString why;
    const QString url = benchProject(&why);
    if (url.isEmpty())
        return skipped(out, QStringLiteral("pg_open_project_10k_ms"), why);
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        MainWindow window;
        window.resize(1400, 900);
        QElapsedTimer timer;
        timer.start();
        window.openProject(url);
        window.show();
        // "Usable" = the window has painted once with its article list filled.
        QApplication::processEvents();
        window.repaint();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    printLine(out, QStringLiteral("pg_open_project_10k_ms"), times.at(1), QStringLiteral("ms"));
}

void search(QTextStream &out)
{
    QString why;
    const QString url = benchProject(&why);
    Project project;
    if (url.isEmpty() || !project.open(url))
        return skipped(out, QStringLiteral("pg_search_10k_ms"), url.isEmpty() ? why : project.error());
    QList<SearchHit> hits;
    QString error;
    project.searchIndex().search(QStringLiteral("\"closed weights\""), 200, &hits, &error);
    QList<double> times;
    const QStringList queries = { QStringLiteral("\"closed weights\""), QStringLiteral("\"funding round\""),
        QStringLiteral("\"ReasonBench Pro\""), QStringLiteral("\"safety researchers\""),
        QStringLiteral("\"open source release\"") };
    for (const QString &q : queries) {
        QElapsedTimer t;
        t.start();
        project.searchIndex().search(q, 200, &hits, &error);
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    printLine(out, QStringLiteral("pg_search_10k_ms"), times.at(times.size() / 2), QStringLiteral("ms"));
}

} // namespace

QList<Measurement> serverMeasurements()
{
    return {
        { QStringLiteral("pg_open_project_10k_ms"),
            QStringLiteral("<= 1000 ms for a team project of 10,000 articles and 100,000 spans on PostgreSQL"),
            openProject },
        { QStringLiteral("pg_search_10k_ms"),
            QStringLiteral("<= 50 ms for a phrase query over 10,000 articles on PostgreSQL"), search },
    };
}

} // namespace crossread::bench
