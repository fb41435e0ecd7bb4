#include "store/PostgresMigrations.h"

namespace crossread {

// Version 1: as SQLite's. Row ids come from a sequence per table; a BEFORE INSERT trigger takes
// the next one when the row gives none (NULL, as SQLite's INTEGER PRIMARY KEY allows) and moves
// the sequence past an id given explicitly (undo restores rows with their ids; push copies them).
// Offsets are INTEGER, as substr() takes them (a text holds at most 1 GB).
// Search: a generated tsvector over title and text, words split on what is not a letter or a
// digit as FTS5's unicode61 tokenizer does ('simple': no stemming, as on SQLite).
static const char *const kVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE FUNCTION crossread_row_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF NEW.id IS NULL THEN NEW.id := nextval(TG_ARGV[0]::regclass);"
    " ELSIF NEW.id > COALESCE(pg_sequence_last_value(TG_ARGV[0]::regclass), 0) THEN"
    " PERFORM setval(TG_ARGV[0]::regclass, NEW.id); END IF; RETURN NEW; END $$",
    "CREATE TABLE articles ("
    " id BIGSERIAL PRIMARY KEY,"
    " path TEXT NOT NULL UNIQUE,"
    " content_hash TEXT NOT NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " outlet TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '',"
    " published TEXT,"
    " text TEXT NOT NULL,"
    " format TEXT NOT NULL,"
    " chars BIGINT NOT NULL,"
    " imported TEXT NOT NULL,"
    " changed TEXT NOT NULL,"
    " fts TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple',"
    " regexp_replace(title || ' ' || text, '[^[:alnum:]]+', ' ', 'g'))) STORED)",
    "CREATE TRIGGER articles_id BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION"
    " crossread_row_id('articles_id_seq')",
    "CREATE INDEX articles_hash ON articles(content_hash)",
    "CREATE INDEX articles_fts ON articles USING gin(fts)",
    "CREATE TABLE boilerplate ("
    " article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start INTEGER NOT NULL,"
    " \"end\" INTEGER NOT NULL)",
    "CREATE INDEX boilerplate_article ON boilerplate(article_id)",
    "CREATE TABLE pdf_layout ("
    " article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
    " glyphs BYTEA NOT NULL)",
    "CREATE TABLE tags ("
    " id BIGSERIAL PRIMARY KEY,"
    " parent_id BIGINT REFERENCES tags(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL,"
    " color TEXT NOT NULL,"
    " description TEXT NOT NULL DEFAULT '',"
    " position INTEGER NOT NULL DEFAULT 0)",
    "CREATE TRIGGER tags_id BEFORE INSERT ON tags FOR EACH ROW EXECUTE FUNCTION crossread_row_id('tags_id_seq')",
    "CREATE INDEX tags_parent ON tags(parent_id)",
    "CREATE TABLE spans ("
    " id BIGSERIAL PRIMARY KEY,"
    " article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start INTEGER NOT NULL,"
    " \"end\" INTEGER NOT NULL,"
    " text TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '',"
    " author TEXT NOT NULL DEFAULT '',"
    " created TEXT NOT NULL,"
    " modified TEXT NOT NULL,"
    " CONSTRAINT spans_range CHECK (start >= 0 AND \"end\" > start))",
    "CREATE TRIGGER spans_id BEFORE INSERT ON spans FOR EACH ROW EXECUTE FUNCTION crossread_row_id('spans_id_seq')",
    "CREATE INDEX spans_article ON spans(article_id, start)",
    "CREATE TABLE span_tags ("
    " span_id BIGINT NOT NULL REFERENCES spans(id) ON DELETE CASCADE,"
    " tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
    " PRIMARY KEY (span_id, tag_id))",
    "CREATE INDEX span_tags_tag ON span_tags(tag_id)",
};

static const char *const kVersion2[] = {
    "CREATE TABLE figures ("
    " id BIGSERIAL PRIMARY KEY,"
    " article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " span_id BIGINT REFERENCES spans(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL,"
    " value DOUBLE PRECISION NOT NULL,"
    " date_value TEXT NOT NULL DEFAULT '',"
    " unit TEXT NOT NULL DEFAULT '',"
    " qualifier TEXT NOT NULL DEFAULT 'exact',"
    " text TEXT NOT NULL,"
    " start INTEGER NOT NULL,"
    " \"end\" INTEGER NOT NULL,"
    " label TEXT NOT NULL DEFAULT '')",
    "CREATE TRIGGER figures_id BEFORE INSERT ON figures FOR EACH ROW EXECUTE FUNCTION"
    " crossread_row_id('figures_id_seq')",
    "CREATE INDEX figures_article ON figures(article_id, start)",
};

// Version 3: a database has no header to carry an application id; meta does ("Crsr").
static const char *const kVersion3[] = {
    "INSERT INTO meta (key, value) VALUES ('application_id', '1131574130')",
};

// Version 4: lower() folds every letter where SQLite's NOCASE folds ASCII only.
static const char *const kVersion4[] = {
    "CREATE UNIQUE INDEX tags_name_per_parent ON tags(COALESCE(parent_id, 0), lower(name))",
};

static const char *const kVersion5[] = {
    "ALTER TABLE spans ADD COLUMN note_author TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE figures ADD COLUMN author TEXT NOT NULL DEFAULT ''",
    "INSERT INTO meta (key, value) VALUES ('default_coder', :coder) ON CONFLICT DO NOTHING",
    "UPDATE spans SET author = (SELECT value FROM meta WHERE key = 'default_coder') WHERE author = ''",
    "UPDATE spans SET note_author = author WHERE note <> ''",
    "UPDATE figures SET author = (SELECT value FROM meta WHERE key = 'default_coder')",
    "CREATE INDEX spans_author ON spans(author)",
};

// Version 6: PostgreSQL changes the spans table in place where SQLite rebuilds it.
static const char *const kVersion6[] = {
    "ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE articles ADD COLUMN version_imported TEXT NOT NULL DEFAULT ''",
    "UPDATE articles SET version_imported = changed",
    "CREATE TABLE article_versions ("
    " article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " version INTEGER NOT NULL,"
    " content_hash TEXT NOT NULL,"
    " imported TEXT NOT NULL,"
    " chars BIGINT NOT NULL,"
    " text BYTEA NOT NULL,"
    " PRIMARY KEY (article_id, version))",
    "ALTER TABLE spans DROP CONSTRAINT spans_range",
    "ALTER TABLE spans ALTER COLUMN start DROP NOT NULL",
    "ALTER TABLE spans ALTER COLUMN \"end\" DROP NOT NULL",
    "ALTER TABLE spans ADD COLUMN quote TEXT NOT NULL DEFAULT '',"
    " ADD COLUMN prefix TEXT NOT NULL DEFAULT '',"
    " ADD COLUMN suffix TEXT NOT NULL DEFAULT '',"
    " ADD COLUMN selector_start INTEGER NOT NULL DEFAULT 0,"
    " ADD COLUMN selector_end INTEGER NOT NULL DEFAULT 0,"
    " ADD COLUMN anchor_version INTEGER NOT NULL DEFAULT 1,"
    " ADD COLUMN anchor TEXT NOT NULL DEFAULT 'exact',"
    " ADD COLUMN confidence DOUBLE PRECISION NOT NULL DEFAULT 1",
    // substr counts characters, that is code points, as span offsets do.
    "UPDATE spans s SET quote = s.text,"
    " prefix = substr(a.text, CASE WHEN s.start > 32 THEN s.start - 31 ELSE 1 END,"
    " CASE WHEN s.start > 32 THEN 32 ELSE s.start END),"
    " suffix = substr(a.text, s.\"end\" + 1, 32), selector_start = s.start, selector_end = s.\"end\""
    " FROM articles a WHERE a.id = s.article_id",
    "ALTER TABLE spans ADD CONSTRAINT spans_range CHECK ((anchor = 'orphan' AND start IS NULL AND \"end\" IS NULL)"
    " OR (anchor <> 'orphan' AND start >= 0 AND \"end\" > start))",
    "CREATE INDEX spans_orphans ON spans(anchor, article_id)",
};

static const char *const kVersion7[] = {
    "ALTER TABLE articles ADD COLUMN edited TEXT NOT NULL DEFAULT ''",
};

// Version 8: the sentence index; each sentence's term tokens as a tsvector (FTS5's claim_terms).
static const char *const kVersion8[] = {
    "CREATE TABLE claim_sentences ("
    " id BIGSERIAL PRIMARY KEY, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " ordinal INTEGER NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, terms BYTEA NOT NULL,"
    " tokens TSVECTOR NOT NULL DEFAULT ''::tsvector)",
    "CREATE TRIGGER claim_sentences_id BEFORE INSERT ON claim_sentences FOR EACH ROW EXECUTE FUNCTION"
    " crossread_row_id('claim_sentences_id_seq')",
    "CREATE INDEX claim_sentences_article ON claim_sentences(article_id, ordinal)",
    "CREATE INDEX claim_sentences_tokens ON claim_sentences USING gin(tokens)",
    "CREATE TABLE claim_articles ("
    " article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, version INTEGER NOT NULL)",
};

// Version 9: row versions, as on SQLite (the shared steps are portable); and every committed
// write to what a window shows NOTIFYs the team (PostgresChangeWatcher), once per statement,
// naming the writer's server process so that a window can tell its own commits from others'.
static const char *const kVersion9[] = {
    "CREATE FUNCTION crossread_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " PERFORM pg_notify('crossread_changes', pg_backend_pid()::text); RETURN NULL; END $$",
    "CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OR DELETE ON articles"
    " FOR EACH STATEMENT EXECUTE FUNCTION crossread_notify()",
    "CREATE TRIGGER tags_notify AFTER INSERT OR UPDATE OR DELETE ON tags"
    " FOR EACH STATEMENT EXECUTE FUNCTION crossread_notify()",
    "CREATE TRIGGER spans_notify AFTER INSERT OR UPDATE OR DELETE ON spans"
    " FOR EACH STATEMENT EXECUTE FUNCTION crossread_notify()",
    "CREATE TRIGGER span_tags_notify AFTER INSERT OR UPDATE OR DELETE ON span_tags"
    " FOR EACH STATEMENT EXECUTE FUNCTION crossread_notify()",
    "CREATE TRIGGER figures_notify AFTER INSERT OR UPDATE OR DELETE ON figures"
    " FOR EACH STATEMENT EXECUTE FUNCTION crossread_notify()",
};

// Version 10: a phrase query checks word positions in each candidate article's vector, which the
// GIN index does not hold. Kept out of line (the default for a value this large), each check
// fetches the vector from the TOAST table: half of a search's time. MAIN keeps it compressed in the
// article's row, moving the text out first; rows written before are rewritten once (an update
// computes the generated vector anew).
static const char *const kVersion10[] = {
    "ALTER TABLE articles ALTER COLUMN fts SET STORAGE MAIN",
    "UPDATE articles SET text = text",
};

QStringList PostgresMigrations::steps(int version, const QStringList &shared)
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
    case 9:
        out = shared;
        add(kVersion9);
        break;
    case 8:
        add(kVersion8);
        break;
    case 10:
        add(kVersion10);
        break;
    default:
        break;
    }
    return out;
}

} // namespace crossread
