#include "store/TextSearchIndex.h"

#include "domain/CodePoints.h"
#include "store/Database.h"

#include <QHash>
#include <QObject>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

namespace crossread {

namespace {

struct QueryTerm
{
    QStringList words;
    bool prefix = false;
};

// Splits a query the way FTS5 reads it (PostgresSearchIndex reads it alike): "quoted phrases", bare words, operators.
QList<QueryTerm> parseTerms(const QString &query)
{
    QList<QueryTerm> terms;
    qsizetype i = 0;
    const qsizetype n = query.size();
    auto wordsOf = [](const QString &s) {
        QStringList words;
        QString cur;
        for (QChar c : s) {
            if (c.isLetterOrNumber()) {
                cur += c;
            } else if (!cur.isEmpty()) {
                words << cur;
                cur.clear();
            }
        }
        if (!cur.isEmpty())
            words << cur;
        return words;
    };
    while (i < n) {
        const QChar c = query.at(i);
        if (c == u'"') {
            const qsizetype close = query.indexOf(u'"', i + 1);
            const QString phrase = query.mid(i + 1, close < 0 ? -1 : close - i - 1);
            i = close < 0 ? n : close + 1;
            QueryTerm t { wordsOf(phrase), false };
            if (i < n && query.at(i) == u'*') {
                t.prefix = true;
                ++i;
            }
            if (!t.words.isEmpty())
                terms << t;
        } else if (c.isLetterOrNumber()) {
            qsizetype j = i;
            while (j < n && (query.at(j).isLetterOrNumber() || query.at(j) == u'_'))
                ++j;
            const QString word = query.mid(i, j - i);
            QueryTerm t { { word }, false };
            if (j < n && query.at(j) == u'*') {
                t.prefix = true;
                ++j;
            }
            i = j;
            if (word != QLatin1String("AND") && word != QLatin1String("OR") && word != QLatin1String("NOT")
                && word != QLatin1String("NEAR"))
                terms << t;
        } else {
            ++i;
        }
    }
    return terms;
}

} // namespace

QRegularExpression TextSearchIndex::occurrencePattern(const QString &query)
{
    QStringList alternatives;
    for (const QueryTerm &t : parseTerms(query)) {
        QStringList parts;
        for (const QString &w : t.words)
            parts << QRegularExpression::escape(w);
        QString alt = QStringLiteral("(?<![\\p{L}\\p{N}])") + parts.join(QStringLiteral("[^\\p{L}\\p{N}]+"));
        alt += t.prefix ? QStringLiteral("[\\p{L}\\p{N}]*") : QStringLiteral("(?![\\p{L}\\p{N}])");
        alternatives << alt;
    }
    if (alternatives.isEmpty())
        return QRegularExpression();
    QRegularExpression re(alternatives.join(u'|'),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

QString TextSearchIndex::snippetAround(const QString &text, qsizetype from, qsizetype to)
{
    const qsizetype context = 60;
    qsizetype a = std::max<qsizetype>(0, from - context);
    qsizetype b = std::min<qsizetype>(text.size(), to + context);
    while (a > 0 && a < from && !text.at(a - 1).isSpace())
        ++a;
    while (b < text.size() && b > to && !text.at(b).isSpace())
        --b;
    QString s = text.mid(a, b - a).simplified();
    if (a > 0)
        s.prepend(QStringLiteral("…"));
    if (b < text.size())
        s.append(QStringLiteral("…"));
    return s;
}

QList<qint64> TextSearchIndex::matchingArticles(const QString &query, int limit, QString *error)
{
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = QObject::tr("cannot search for %1: %2").arg(query, reason);
        return QList<qint64>();
    };
    QString engine, syntax;
    if (!engineQuery(query, &engine, &syntax))
        return failed(syntax);
    struct Match
    {
        qint64 id;
        double score; // 0 where the query gives none
    };
    QString reason;
    // The matches SQL finds (with their scores when it gives a second column), in its order.
    const auto fetch = [&](const QString &sql, int count, QList<Match> *out, bool *scored) {
        out->clear();
        QSqlQuery &q = m_db.prepared(sql);
        q.addBindValue(engine);
        q.addBindValue(count);
        const bool ok = q.exec();
        if (!ok)
            reason = q.lastError().databaseText();
        *scored = ok && q.record().count() > 1;
        while (ok && q.next())
            out->append(Match { q.value(0).toLongLong(), *scored ? q.value(1).toDouble() : 0.0 });
        q.finish();
        return ok;
    };
    const int window = std::max(kRankWindow, limit);
    QList<Match> matches;
    bool scored = false;
    if (!fetch(newestMatchesSql(), window, &matches, &scored))
        return failed(reason);
    m_rankedAll = matches.size() < window;
    if (m_rankedAll && !matches.isEmpty()) {
        if (!scored && !fetch(rankedMatchesSql(), limit, &matches, &scored))
            return failed(reason);
        // Best first; among equals, the newest. (Ranked by the engine already: all equal.)
        std::stable_sort(
            matches.begin(), matches.end(), [](const Match &a, const Match &b) { return a.score > b.score; });
    }
    QList<qint64> ids;
    for (qsizetype i = 0; i < matches.size() && i < limit; ++i)
        ids.append(matches.at(i).id);
    return ids;
}

bool TextSearchIndex::search(const QString &query, int maxHits, QList<SearchHit> *hits, QString *error)
{
    hits->clear();
    if (query.trimmed().isEmpty())
        return true;
    QString err;
    const QList<qint64> ids = matchingArticles(query, std::max(1, maxHits), &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return false;
    }
    // Only the articles of the page are read, a few at a time (one round trip to a server for
    // each), and only until the page is full.
    const QRegularExpression re = occurrencePattern(query);
    constexpr qsizetype kBatch = 16;
    QStringList marks;
    for (qsizetype i = 0; i < kBatch; ++i)
        marks << QStringLiteral("?");
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, path, title, text FROM articles WHERE id IN (%1)").arg(marks.join(u',')));
    for (qsizetype from = 0; from < ids.size() && hits->size() < maxHits; from += kBatch) {
        const QList<qint64> batch = ids.mid(from, kBatch);
        for (qsizetype i = 0; i < kBatch; ++i)
            q.addBindValue(i < batch.size() ? batch.at(i) : qint64(0)); // no article has id 0
        if (!m_db.exec(q)) {
            q.finish();
            continue;
        }
        struct Row
        {
            QString path, title, text;
        };
        QHash<qint64, Row> rows;
        while (q.next())
            rows.insert(
                q.value(0).toLongLong(), Row { q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
        q.finish();
        for (qint64 id : batch) {
            const auto row = rows.constFind(id);
            if (row == rows.cend())
                continue; // removed since the match
            const QString &text = row->text;
            const CodePoints cp(text);
            bool any = false;
            if (re.isValid() && !re.pattern().isEmpty()) {
                auto it = re.globalMatch(text);
                while (it.hasNext() && hits->size() < maxHits) {
                    const auto m = it.next();
                    hits->append(SearchHit { id, row->path, row->title, cp.fromUtf16(m.capturedStart()),
                        cp.fromUtf16(m.capturedEnd()), snippetAround(text, m.capturedStart(), m.capturedEnd()) });
                    any = true;
                }
            }
            if (!any && hits->size() < maxHits) // matched only in the title
                hits->append(SearchHit { id, row->path, row->title, 0, 0, row->title });
            if (hits->size() >= maxHits)
                break;
        }
    }
    return true;
}

} // namespace crossread
