#pragma once
// Reads and writes articles, their boilerplate ranges and PDF layouts.
#include "domain/Types.h"
#include "store/WriteOutcome.h"

#include <QHash>

class QSqlQuery;

#include <functional>

namespace crossread {

class Database;

class ArticleStore
{
public:
    explicit ArticleStore(Database &db)
        : m_db(db)
    { }

    struct Known
    {
        qint64 id = 0;
        QByteArray hash;
    };
    // path -> (id, hash) of every article, for fast re-import decisions.
    QHash<QString, Known> knownFiles();
    qint64 idForHash(const QByteArray &hash);

    bool insert(Article &article, const QList<PdfGlyph> &glyphs); // assigns article.id
    // A re-import: the fields in article.edited as stored are kept (the analyst corrected them).
    bool update(const Article &article, const QList<PdfGlyph> &glyphs);
    // The analyst's correction: the four fields, and which of them are now corrected by hand.
    // If the row is still at *VERSION (the one the edit read; Conflict otherwise); on success
    // *VERSION is the new one.
    WriteOutcome setMetadata(qint64 id, const ArticleMetadata &metadata, ArticleFields edited, qint64 *version);
    bool updatePath(qint64 id, const QString &path);
    bool remove(qint64 id);

    Article article(qint64 id, bool *found = nullptr);
    QList<ArticleSummary> summaries(); // every article, without text, ordered by id
    ArticleSummary summary(qint64 id, bool *found = nullptr);
    // The same, one at a time as SQLite reads them (100,000 articles need not sit in memory);
    // stops when visit returns false.
    bool forEachSummary(const std::function<bool(const ArticleSummary &)> &visit);
    // Text and publication date of each of IDS that exists.
    QHash<qint64, QPair<QString, QDate>> textsWithDates(const QList<qint64> &ids);
    QList<TextRange> boilerplate(qint64 id);
    QList<PdfGlyph> glyphs(qint64 id);
    QList<qint64> ids();
    qint64 count();
    QString text(qint64 id);
    QByteArray contentHash(qint64 id, bool *found = nullptr);
    // Texts of at most `limit` articles spread evenly over the project, by id (term statistics).
    QList<QString> texts(int limit);

    static QByteArray packGlyphs(const QList<PdfGlyph> &glyphs);
    static QList<PdfGlyph> unpackGlyphs(const QByteArray &blob);

private:
    static ArticleSummary summaryFromRow(const QSqlQuery &q);
    bool writeChildren(const Article &article, const QList<PdfGlyph> &glyphs);
    Database &m_db;
};

} // namespace crossread
