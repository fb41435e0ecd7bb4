#include "store/Migrations.h"

#include "domain/CoderName.h"
#include "store/Database.h"
#include "store/PostgresMigrations.h"

#include <QObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

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

// Version 4: a tag name is unique among its siblings (ignoring ASCII case, as lookups do), so
// that processes tagging at once cannot create one name twice. SQLite's UNIQUE treats NULLs
// as distinct, so top-level tags (parent NULL) are indexed under parent 0. Duplicates in older
// files are merged first (mergeDuplicateTags).
static const char *const kVersion4[] = {
    "CREATE UNIQUE INDEX tags_name_per_parent ON tags(COALESCE(parent_id, 0), name COLLATE NOCASE)",
};

// Version 5: coders. A span already names its coder (author); its note and a hand figure get
// theirs. Rows written before coders existed go to the project's default coder, the user who
// opened the file when it was migrated (:coder), which the project also keeps in meta.
static const char *const kVersion5[] = {
    "ALTER TABLE spans ADD COLUMN note_author TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE figures ADD COLUMN author TEXT NOT NULL DEFAULT ''",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('default_coder', :coder)",
    "UPDATE spans SET author = (SELECT value FROM meta WHERE key = 'default_coder') WHERE author = ''",
    "UPDATE spans SET note_author = author WHERE note <> ''",
    "UPDATE figures SET author = (SELECT value FROM meta WHERE key = 'default_coder')",
    "CREATE INDEX spans_author ON spans(author)",
};

// Version 6: versions of articles and re-anchored spans. An article counts its versions (its
// current text is the newest; a project written before is at version 1) and keeps every earlier
// text compressed (qCompress) with its hash and import time. A span keeps the text it was coded
// on (quote), its W3C selectors (32 code points of context each side, its position, the version
// they describe), how re-anchoring last found it and how sure it was. An orphan has no range:
// start and end become NULL-able, which SQLite allows only by rebuilding the table (the steps
// run with foreign keys off, see migrate(), so that span_tags and figures keep their rows).
static const char *const kVersion6[] = {
    "ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE articles ADD COLUMN version_imported TEXT NOT NULL DEFAULT ''",
    "UPDATE articles SET version_imported = changed",
    "CREATE TABLE article_versions ("
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " version INTEGER NOT NULL,"
    " content_hash TEXT NOT NULL,"
    " imported TEXT NOT NULL,"
    " chars INTEGER NOT NULL,"
    " text BLOB NOT NULL,"
    " PRIMARY KEY (article_id, version))",
    "CREATE TABLE spans_v6 ("
    " id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start INTEGER,"
    " end INTEGER,"
    " text TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '',"
    " created TEXT NOT NULL,"
    " modified TEXT NOT NULL,"
    " note_author TEXT NOT NULL DEFAULT '',"
    " quote TEXT NOT NULL DEFAULT '',"
    " prefix TEXT NOT NULL DEFAULT '',"
    " suffix TEXT NOT NULL DEFAULT '',"
    " selector_start INTEGER NOT NULL DEFAULT 0,"
    " selector_end INTEGER NOT NULL DEFAULT 0,"
    " anchor_version INTEGER NOT NULL DEFAULT 1,"
    " anchor TEXT NOT NULL DEFAULT 'exact',"
    " confidence REAL NOT NULL DEFAULT 1,"
    " CHECK ((anchor = 'orphan' AND start IS NULL AND end IS NULL)"
    " OR (anchor <> 'orphan' AND start >= 0 AND end > start)))",
    // SQLite's substr counts characters, that is code points, as span offsets do.
    "INSERT INTO spans_v6 (id, article_id, start, end, text, note, author, created, modified, note_author,"
    " quote, prefix, suffix, selector_start, selector_end)"
    " SELECT s.id, s.article_id, s.start, s.end, s.text, s.note, s.author, s.created, s.modified, s.note_author,"
    " s.text,"
    " substr(a.text, CASE WHEN s.start > 32 THEN s.start - 31 ELSE 1 END,"
    " CASE WHEN s.start > 32 THEN 32 ELSE s.start END),"
    " substr(a.text, s.end + 1, 32), s.start, s.end"
    " FROM spans s JOIN articles a ON a.id = s.article_id",
    "DROP TABLE spans",
    "ALTER TABLE spans_v6 RENAME TO spans",
    "CREATE INDEX spans_article ON spans(article_id, start)",
    "CREATE INDEX spans_author ON spans(author)",
    "CREATE INDEX spans_orphans ON spans(anchor, article_id)",
};

// Version 7: the article fields an analyst corrected by hand ("title,outlet"), which a
// re-import of the file leaves as corrected.
static const char *const kVersion7[] = {
    "ALTER TABLE articles ADD COLUMN edited TEXT NOT NULL DEFAULT ''",
};

// Version 8: the sentence index behind "who
// else says this?": each sentence of each article with the hashes of its terms (ClaimTerms),
// and an FTS5 index over those hashes as tokens (contentless, rowids only: ClaimIndex writes
// and deletes it, from the hashes kept here). claim_articles says which articles are indexed,
// and by which version of the terms; ClaimIndexer indexes the others.
static const char *const kVersion8[] = {
    "CREATE TABLE claim_sentences ("
    " id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " ordinal INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, terms BLOB NOT NULL)",
    "CREATE INDEX claim_sentences_article ON claim_sentences(article_id, ordinal)",
    "CREATE TABLE claim_articles ("
    " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, version INTEGER NOT NULL)",
    "CREATE VIRTUAL TABLE claim_terms USING fts5(terms, content='', detail=none, tokenize='ascii')",
    "CREATE VIRTUAL TABLE claim_vocab USING fts5vocab(claim_terms, 'row')",
};

// Version 9: row versions for concurrent editing. Every row an analyst edits (a span with its
// note and tag links, a tag, a hand figure, an article's corrected fields) counts its writes and
// names who wrote it last and when (ISO 8601, UTC). A write names the version it read
// (UPDATE … WHERE id = ? AND row_version = ?): no row affected means someone else wrote first, and
// the edit is refused with a conflict message instead of overwriting theirs. Plain ALTER TABLE,
// as PostgreSQL also accepts it.
static const char *const kVersion9[] = {
    "ALTER TABLE spans ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE spans ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE spans ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE tags ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE tags ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE tags ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE figures ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE figures ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE figures ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE articles ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE articles ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE articles ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''",
    // What is known of the last writer before versions were kept: a span's coder (or its note's)
    // and its modification time, a figure's coder.
    "UPDATE spans SET changed_by = CASE WHEN note_author <> '' THEN note_author ELSE author END,"
    " changed_at = modified",
    "UPDATE figures SET changed_by = author",
};

// Version 10 changes nothing in a file: it moves each article's search vector on a team project
// into the article's own row (PostgresMigrations), where a phrase search reads it; a file's FTS5
// index keeps positions itself. The number is shared so that both kinds of project say alike
// which Crossread they need.

int Migrations::latestVersion()
{
    return 10;
}

bool Migrations::mergeDuplicateTags(Database &db)
{
    // Each round merges the duplicates of one level; merged children may be duplicates in
    // turn, found by the next round. The oldest tag (lowest id) of a name keeps its name,
    // colour and place; the others' spans and children move to it.
    while (true) {
        QSqlQuery groups(db.connection());
        if (!groups.exec(QStringLiteral("SELECT MIN(id), COALESCE(parent_id, 0), name FROM tags"
                                        " GROUP BY COALESCE(parent_id, 0), name COLLATE NOCASE HAVING COUNT(*) > 1"))) {
            db.setError(groups.lastError().text());
            return false;
        }
        QList<std::tuple<qint64, qint64, QString>> duplicates;
        while (groups.next())
            duplicates.append(
                { groups.value(0).toLongLong(), groups.value(1).toLongLong(), groups.value(2).toString() });
        groups.finish();
        if (duplicates.isEmpty())
            return true;
        for (const auto &[keeper, parent, name] : duplicates) {
            QSqlQuery others(db.connection());
            others.prepare(QStringLiteral("SELECT id FROM tags WHERE COALESCE(parent_id, 0) = ?"
                                          " AND name = ? COLLATE NOCASE AND id <> ?"));
            others.addBindValue(parent);
            others.addBindValue(name);
            others.addBindValue(keeper);
            if (!others.exec()) {
                db.setError(others.lastError().text());
                return false;
            }
            QList<qint64> ids;
            while (others.next())
                ids.append(others.value(0).toLongLong());
            for (qint64 id : ids) {
                for (const QString &sql :
                    { QStringLiteral("INSERT OR IGNORE INTO span_tags (span_id, tag_id)"
                                     " SELECT span_id, :keeper FROM span_tags WHERE tag_id = :id"),
                        QStringLiteral("UPDATE tags SET parent_id = :keeper WHERE parent_id = :id"),
                        QStringLiteral("DELETE FROM tags WHERE id = :id") }) {
                    QSqlQuery q(db.connection());
                    q.prepare(sql);
                    if (sql.contains(QLatin1String(":keeper")))
                        q.bindValue(QStringLiteral(":keeper"), keeper);
                    q.bindValue(QStringLiteral(":id"), id);
                    if (!q.exec()) {
                        db.setError(q.lastError().text());
                        return false;
                    }
                }
            }
        }
    }
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
    case 4:
        add(kVersion4);
        break;
    case 5:
        add(kVersion5);
        break;
    case 6:
        add(kVersion6);
        break;
    case 7:
        add(kVersion7);
        break;
    case 8:
        add(kVersion8);
        break;
    case 9:
        add(kVersion9);
        break;
    default:
        break;
    }
    return out;
}

// After a table was rebuilt with foreign keys off: every reference still finds its row.
bool Migrations::foreignKeysHold(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        db.setError(q.lastError().text());
        return false;
    }
    if (q.next()) {
        db.setError(QObject::tr("%1: cannot bring the project up to date (table %2 refers to a missing row of %3)")
                        .arg(db.path(), q.value(0).toString(), q.value(2).toString()));
        return false;
    }
    return true;
}

// A step that names :coder gets the default coder bound; the others run as they are.
bool Migrations::runStep(Database &db, const QString &sql)
{
    if (!sql.contains(QLatin1String(":coder")))
        return db.execSql(sql);
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":coder"), CoderName::systemUser());
    if (q.exec())
        return true;
    db.setError(q.lastError().text());
    return false;
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
        // Version 6 rebuilds the spans table; with foreign keys on, dropping the old one would
        // delete its tag links and figures. The pragma works only outside a transaction.
        const bool rebuildsSpans = version + 1 == 6 && !db.isServer();
        if (rebuildsSpans && !db.execSql(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return false;
        const auto restoreForeignKeys = qScopeGuard([&db, rebuildsSpans] {
            if (rebuildsSpans)
                db.execSql(QStringLiteral("PRAGMA foreign_keys = ON"));
        });
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
        // No server project predates version 4's index (team projects came with version 8).
        if (next == 4 && !db.isServer() && !mergeDuplicateTags(db)) {
            db.setError(QObject::tr("%1: cannot bring the project up to date (%2)").arg(db.path(), db.error()));
            db.rollback();
            return false;
        }
        for (const QString &sql : db.isServer() ? PostgresMigrations::steps(next, steps(next)) : steps(next)) {
            if (!runStep(db, sql)) {
                db.setError(QObject::tr("%1: cannot bring the project up to date (%2)").arg(db.path(), db.error()));
                db.rollback();
                return false;
            }
        }
        if (next == 6 && !db.isServer() && !foreignKeysHold(db)) {
            db.rollback();
            return false;
        }
        if (!db.setSchemaVersion(next) || !db.commit()) {
            db.rollback();
            return false;
        }
        version = next;
    }
}

} // namespace crossread
