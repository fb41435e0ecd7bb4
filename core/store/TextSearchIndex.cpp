#include "store/TextSearchIndex.h"

#include "domain/CodePoints.h"
#include "store/Database.h"

#include <QObject>
#include <QSqlError>

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
    const auto ids = [&](const QString &sql, int count, QList<qint64> *out) {
        QSqlQuery &q = m_db.prepared(sql);
        q.addBindValue(engine);
        q.addBindValue(count);
        if (!q.exec()) {
            const QString reason = q.lastError().databaseText();
            q.finish();
            failed(reason);
            return false;
        }
        while (q.next())
            out->append(q.value(0).toLongLong());
        q.finish();
        return true;
    };
    const int window = std::max(kRankWindow, limit);
    QList<qint64> newest;
    if (!ids(newestMatchesSql(), window, &newest))
        return {};
    m_rankedAll = newest.size() < window;
    if (!m_rankedAll)
        return newest.mid(0, limit);
    QList<qint64> ranked;
    if (!ids(rankedMatchesSql(), limit, &ranked))
        return {};
    return ranked;
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
    // Only the articles of the page are read, and only until the page is full.
    const QRegularExpression re = occurrencePattern(query);
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT path, title, text FROM articles WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!m_db.exec(q) || !q.next()) {
            q.finish();
            continue;
        }
        const QString path = q.value(0).toString();
        const QString title = q.value(1).toString();
        const QString text = q.value(2).toString();
        q.finish();
        const CodePoints cp(text);
        bool any = false;
        if (re.isValid() && !re.pattern().isEmpty()) {
            auto it = re.globalMatch(text);
            while (it.hasNext() && hits->size() < maxHits) {
                const auto m = it.next();
                hits->append(SearchHit { id, path, title, cp.fromUtf16(m.capturedStart()),
                    cp.fromUtf16(m.capturedEnd()), snippetAround(text, m.capturedStart(), m.capturedEnd()) });
                any = true;
            }
        }
        if (!any && hits->size() < maxHits) // matched only in the title
            hits->append(SearchHit { id, path, title, 0, 0, title });
        if (hits->size() >= maxHits)
            break;
    }
    return true;
}

} // namespace crossread
