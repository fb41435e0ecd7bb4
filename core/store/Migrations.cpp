#include "store/Migrations.h"

#include "store/Database.h"

#include <QObject>

namespace crossread {

// Version 1: articles, boilerplate, PDF layout, tags, spans, span-tag links, full-text index.
static const char *const kVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE articles ("
    " id INTEGER PRIMARY KEY,"
    " path TEXT NOT NULL UNIQUE,"
    " content_hash TEXT NOT NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " outlet TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '',"
    " published TEXT,"
    " text TEXT NOT NULL,"
    " format TEXT NOT NULL,"
    " chars INTEGER NOT NULL,"
    " imported TEXT NOT NULL,"
    " changed TEXT NOT NULL)",
    "CREATE INDEX articles_hash ON articles(content_hash)",
    "CREATE TABLE boilerplate ("
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start INTEGER NOT NULL,"
    " end INTEGER NOT NULL)",
    "CREATE INDEX boilerplate_article ON boilerplate(article_id)",
    "CREATE TABLE pdf_layout ("
    " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
    " glyphs BLOB NOT NULL)",
    "CREATE TABLE tags ("
    " id INTEGER PRIMARY KEY,"
    " parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL,"
    " color TEXT NOT NULL,"
    " description TEXT NOT NULL DEFAULT '',"
    " position INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX tags_parent ON tags(parent_id)",
    "CREATE TABLE spans ("
    " id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start INTEGER NOT NULL,"
    " end INTEGER NOT NULL,"
    " text TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '',"
    " created TEXT NOT NULL,"
    " modified TEXT NOT NULL,"
    " CHECK (start >= 0 AND end > start))",
    "CREATE INDEX spans_article ON spans(article_id, start)",
    "CREATE TABLE span_tags ("
    " span_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,"
    " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    " PRIMARY KEY (span_id, tag_id))",
    "CREATE INDEX span_tags_tag ON span_tags(tag_id)",
    // External-content FTS5 index kept in step with the articles table by triggers.
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
    " INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
    " INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN"
    " INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
    " INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
};

// Version 2: figures that analysts set by hand on a span (extracted ones are computed on demand).
static const char *const kVersion2[] = {
    "CREATE TABLE figures ("
    " id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " span_id INTEGER REFERENCES spans(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL,"
    " value REAL NOT NULL,"
    " date_value TEXT NOT NULL DEFAULT '',"
    " unit TEXT NOT NULL DEFAULT '',"
    " qualifier TEXT NOT NULL DEFAULT 'exact',"
    " text TEXT NOT NULL,"
    " start INTEGER NOT NULL,"
    " end INTEGER NOT NULL,"
    " label TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX figures_article ON figures(article_id, start)",
};

// Version 3: the file says it is a Crossread project (SQLite's application id), so that no
// command mistakes another program's database for one.
static_assert(Database::kApplicationId == 1131574130);
static const char *const kVersion3[] = {
    "PRAGMA application_id = 1131574130", // Database::kApplicationId, "Crsr"
};

int Migrations::latestVersion()
{
    return 3;
}

QStringList Migrations::steps(int version)
{
    QStringList out;
    auto add = [&out](const auto &arr) {
        for (const char *sql : arr)
            out << QString::fromLatin1(sql);
    };
    switch (version) {
    case 1:
        add(kVersion1);
        break;
    case 2:
        add(kVersion2);
        break;
    case 3:
        add(kVersion3);
        break;
    default:
        break;
    }
    return out;
}

bool Migrations::migrate(Database &db, int targetVersion)
{
    int version = db.schemaVersion();
    if (version < 0)
        return false;
    while (true) {
        if (version > latestVersion()) {
            db.setError(QObject::tr("%1: the project was written by a newer Crossread (schema %2, this build knows %3)")
                            .arg(db.path())
                            .arg(version)
                            .arg(latestVersion()));
            return false;
        }
        if (version >= targetVersion)
            return true;
        if (!db.begin())
            return false;
        // Read again under the write lock: another process may have created or migrated
        // the file since, and its steps must not run twice.
        version = db.schemaVersion();
        if (version < 0 || version >= targetVersion || version > latestVersion()) {
            db.rollback();
            if (version < 0)
                return false;
            continue;
        }
        const int next = version + 1;
        for (const QString &sql : steps(next)) {
            if (!db.execSql(sql)) {
                db.rollback();
                return false;
            }
        }
        if (!db.execSql(QStringLiteral("PRAGMA user_version = %1").arg(next)) || !db.commit()) {
            db.rollback();
            return false;
        }
        version = next;
    }
}

} // namespace crossread
