#include "store/ClaimIndex.h"

#include "store/Database.h"

#include <algorithm>

namespace crossread {

namespace {

IndexedSentence sentenceFrom(const QSqlQuery &q)
{
    IndexedSentence s;
    s.id = q.value(0).toLongLong();
    s.articleId = q.value(1).toLongLong();
    s.ordinal = q.value(2).toInt();
    s.start = q.value(3).toLongLong();
    s.end = q.value(4).toLongLong();
    s.terms = ClaimTerms::unpack(q.value(5).toByteArray());
    return s;
}

} // namespace

bool ClaimIndex::indexArticle(qint64 articleId, const QList<TermSentence> &sentences)
{
    if (!removeArticle(articleId))
        return false;
    if (m_db.isServer()) {
        // A server keeps the tokens beside the sentence, as a tsvector.
        QSqlQuery &row
            = m_db.prepared(QStringLiteral("INSERT INTO claim_sentences (article_id, ordinal, start, \"end\","
                                           " terms, tokens) VALUES (?, ?, ?, ?, ?, to_tsvector('simple', ?))"));
        for (const TermSentence &s : sentences) {
            row.addBindValue(articleId);
            row.addBindValue(s.ordinal);
            row.addBindValue(s.start);
            row.addBindValue(s.end);
            row.addBindValue(ClaimTerms::pack(s.terms));
            row.addBindValue(ClaimTerms::tokens(s.terms));
            if (!m_db.exec(row))
                return false;
        }
        return markIndexed(articleId);
    }
    QSqlQuery &row = m_db.prepared(QStringLiteral(
        "INSERT INTO claim_sentences (article_id, ordinal, start, \"end\", terms) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery &fts = m_db.prepared(QStringLiteral("INSERT INTO claim_terms (rowid, terms) VALUES (?, ?)"));
    for (const TermSentence &s : sentences) {
        row.addBindValue(articleId);
        row.addBindValue(s.ordinal);
        row.addBindValue(s.start);
        row.addBindValue(s.end);
        row.addBindValue(ClaimTerms::pack(s.terms));
        if (!m_db.exec(row))
            return false;
        if (s.terms.empty())
            continue;
        fts.addBindValue(row.lastInsertId());
        fts.addBindValue(ClaimTerms::tokens(s.terms));
        if (!m_db.exec(fts))
            return false;
    }
    return markIndexed(articleId);
}

bool ClaimIndex::markIndexed(qint64 articleId)
{
    QSqlQuery &mark
        = m_db.prepared(QStringLiteral("INSERT INTO claim_articles (article_id, version) VALUES (?, ?)"
                                       " ON CONFLICT (article_id) DO UPDATE SET version = excluded.version"));
    mark.addBindValue(articleId);
    mark.addBindValue(ClaimTerms::kVersion);
    return m_db.exec(mark);
}

bool ClaimIndex::removeArticle(qint64 articleId)
{
    // A contentless FTS5 table forgets a row only when told the tokens it was given: they are
    // rebuilt from the hashes kept beside it.
    // (A server's tokens go with their rows.)
    if (!m_db.isServer()) {
        const QList<IndexedSentence> old = sentences(articleId);
        QSqlQuery &fts = m_db.prepared(
            QStringLiteral("INSERT INTO claim_terms (claim_terms, rowid, terms) VALUES ('delete', ?, ?)"));
        for (const IndexedSentence &s : old) {
            if (s.terms.empty())
                continue;
            fts.addBindValue(s.id);
            fts.addBindValue(ClaimTerms::tokens(s.terms));
            if (!m_db.exec(fts))
                return false;
        }
    }
    QSqlQuery &rows = m_db.prepared(QStringLiteral("DELETE FROM claim_sentences WHERE article_id = ?"));
    rows.addBindValue(articleId);
    if (!m_db.exec(rows))
        return false;
    QSqlQuery &mark = m_db.prepared(QStringLiteral("DELETE FROM claim_articles WHERE article_id = ?"));
    mark.addBindValue(articleId);
    return m_db.exec(mark);
}

QList<qint64> ClaimIndex::staleArticles(int limit)
{
    QList<qint64> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT a.id FROM articles a LEFT JOIN claim_articles c"
                                                " ON c.article_id = a.id WHERE c.version IS NULL OR c.version <> ?"
                                                " ORDER BY a.id LIMIT ?"));
    q.addBindValue(ClaimTerms::kVersion);
    q.addBindValue(limit);
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out << q.value(0).toLongLong();
    q.finish();
    return out;
}

qint64 ClaimIndex::staleCount()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM articles a LEFT JOIN claim_articles c"
                                                " ON c.article_id = a.id WHERE c.version IS NULL OR c.version <> ?"));
    q.addBindValue(ClaimTerms::kVersion);
    const qint64 n = m_db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

bool ClaimIndex::isIndexed(qint64 articleId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT version FROM claim_articles WHERE article_id = ?"));
    q.addBindValue(articleId);
    const bool indexed = m_db.exec(q) && q.next() && q.value(0).toInt() == ClaimTerms::kVersion;
    q.finish();
    return indexed;
}

QList<IndexedSentence> ClaimIndex::sentences(qint64 articleId)
{
    QList<IndexedSentence> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, article_id, ordinal, start, \"end\", terms"
                                                " FROM claim_sentences WHERE article_id = ? ORDER BY ordinal"));
    q.addBindValue(articleId);
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.append(sentenceFrom(q));
    q.finish();
    return out;
}

bool ClaimIndex::stretch(qint64 articleId, int first, int last, SentenceRun *ordinals, qint64 *start, qint64 *end)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT MIN(ordinal), MAX(ordinal), MIN(start), MAX(\"end\")"
                                       " FROM claim_sentences WHERE article_id = ? AND ordinal BETWEEN ? AND ?"));
    q.addBindValue(articleId);
    q.addBindValue(first);
    q.addBindValue(last);
    const bool found = m_db.exec(q) && q.next() && !q.value(0).isNull();
    if (found) {
        *ordinals = { q.value(0).toInt(), q.value(1).toInt() - q.value(0).toInt() + 1 };
        *start = q.value(2).toLongLong();
        *end = q.value(3).toLongLong();
    }
    q.finish();
    return found;
}

QList<IndexedSentence> ClaimIndex::candidates(const std::vector<quint32> &terms, qint64 exclude, int limit)
{
    QList<IndexedSentence> out;
    if (terms.empty() || limit <= 0)
        return out;
    QStringList tokens;
    for (quint32 t : terms)
        tokens << ClaimTerms::token(t);
    // The query's own article may hold many of the best matches: ask for more than the limit.
    // Lower scores first: FTS5's bm25 rank is negative, and ts_rank is negated to match.
    QSqlQuery &q = m_db.prepared(m_db.isServer()
            ? QStringLiteral("SELECT s.id, s.article_id, s.ordinal, s.start, s.\"end\", s.terms, m.score FROM"
                             " (SELECT c.id, -ts_rank(c.tokens, tq) AS score FROM claim_sentences c,"
                             " to_tsquery('simple', ?) tq WHERE c.tokens @@ tq ORDER BY score LIMIT ?) m"
                             " JOIN claim_sentences s ON s.id = m.id ORDER BY m.score")
            : QStringLiteral("SELECT s.id, s.article_id, s.ordinal, s.start, s.\"end\", s.terms, m.score FROM"
                             " (SELECT rowid AS id, rank AS score FROM claim_terms WHERE claim_terms MATCH ?"
                             " ORDER BY rank LIMIT ?) m JOIN claim_sentences s ON s.id = m.id ORDER BY m.score"));
    q.addBindValue(tokens.join(m_db.isServer() ? QStringLiteral(" | ") : QStringLiteral(" OR ")));
    q.addBindValue(limit * 2 + 64);
    if (!m_db.exec(q))
        return out;
    while (q.next() && out.size() < limit) {
        if (q.value(1).toLongLong() == exclude)
            continue;
        IndexedSentence s = sentenceFrom(q);
        s.rank = q.value(6).toDouble();
        out.append(std::move(s));
    }
    q.finish();
    return out;
}

QHash<quint32, int> ClaimIndex::sentenceFrequencies(const std::vector<quint32> &terms)
{
    QHash<quint32, int> out;
    QSqlQuery &q = m_db.prepared(m_db.isServer() ? QStringLiteral("SELECT COUNT(*) FROM claim_sentences"
                                                                  " WHERE tokens @@ to_tsquery('simple', ?)")
                                                 : QStringLiteral("SELECT doc FROM claim_vocab WHERE term = ?"));
    for (quint32 t : terms) {
        q.addBindValue(ClaimTerms::token(t));
        if (!m_db.exec(q))
            return out;
        if (q.next() && q.value(0).toInt() > 0) // a count of none is as absent as a missing vocab row
            out.insert(t, q.value(0).toInt());
        q.finish();
    }
    return out;
}

qint64 ClaimIndex::sentenceCount()
{
    // The highest rowid: exact while nothing was removed, a close bound after re-imports, and
    // free where COUNT(*) reads the whole table.
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM claim_sentences"));
    const qint64 n = m_db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

QList<std::vector<quint32>> ClaimIndex::sampleTerms(int limit)
{
    QList<std::vector<quint32>> out;
    const qint64 n = sentenceCount();
    if (n <= 0 || limit <= 0)
        return out;
    const qint64 step = std::max<qint64>(1, n / limit);
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT terms FROM claim_sentences WHERE id % ? = 0 LIMIT ?"));
    q.addBindValue(step);
    q.addBindValue(limit);
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.append(ClaimTerms::unpack(q.value(0).toByteArray()));
    q.finish();
    return out;
}

} // namespace crossread
