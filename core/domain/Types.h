#pragma once
// Plain value types of the Crossread domain: articles, spans, tags, figures.
// Offsets are Unicode code points into Article::text (see CodePoints.h).
#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QRectF>
#include <QString>

namespace crossread {

// A half-open range [start, end) of code points.
struct TextRange
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 length() const { return end - start; }
    bool contains(qint64 pos) const { return pos >= start && pos < end; }
    bool operator==(const TextRange &) const = default;
};

enum class ArticleFormat { Text, Markdown, Html, Pdf };

// The fields of an article an analyst may correct by hand; a re-import keeps corrected ones.
enum class ArticleField { Title = 0x1, Outlet = 0x2, Author = 0x4, Published = 0x8 };
Q_DECLARE_FLAGS(ArticleFields, ArticleField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ArticleFields)
// "title,outlet": the stored form of a set of fields, and back (unknown names are ignored).
QString articleFieldNames(ArticleFields fields);
ArticleFields articleFieldsFromNames(const QString &names);

// What a reader of the article list sees of an article, as imported or as corrected.
struct ArticleMetadata
{
    QString title;
    QString outlet;
    QString author;
    QDate published;
    bool operator==(const ArticleMetadata &) const = default;
};
QString formatName(ArticleFormat format);
ArticleFormat formatFromName(const QString &name);

// Where one code point of a PDF article's text sits on its page (points, origin top-left).
struct PdfGlyph
{
    int page = 0;
    QRectF box;
};

// Who last wrote a row and its write count, read with the row; an edit names the version it
// read, so that a row another analyst wrote since is not overwritten (see Migrations, version 9).
struct RowStamp
{
    qint64 version = 0;
    QString by; // the coder who last wrote the row; empty when unknown
    QDateTime at; // when, UTC
};

struct Article
{
    qint64 id = 0;
    QString path; // absolute path of the source file
    QByteArray contentHash; // hex SHA-256 of the raw file bytes
    QString title;
    QString outlet;
    QString author;
    QDate published;
    QString text; // decoded text, line endings normalised to \n, otherwise untouched
    ArticleFormat format = ArticleFormat::Text;
    QDateTime imported;
    QDateTime changed;
    QList<TextRange> boilerplate;
    int version = 1; // of its text: 1 as first imported, one more for each changed re-import
    ArticleFields edited; // the metadata fields corrected by hand
    RowStamp stamp;
    ArticleMetadata metadata() const { return { title, outlet, author, published }; }
};

// A light row for lists of many articles: no text.
struct ArticleSummary
{
    qint64 id = 0;
    QString path;
    QString title;
    QString outlet;
    QString author;
    QDate published;
    qint64 chars = 0;
    int spanCount = 0;
    int version = 1;
};

struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 = top level
    QString name;
    QColor color;
    QString description;
    int position = 0; // order among siblings
    RowStamp stamp;
};

// Where a span stands in the current version of its article: found with its context (Exact),
// the same text elsewhere (Relocated), its text edited (Fuzzy), or not placed at all (Orphan).
enum class SpanAnchor { Exact, Relocated, Fuzzy, Orphan };
QString spanAnchorName(SpanAnchor anchor); // "exact", "relocated", "fuzzy", "orphan"
SpanAnchor spanAnchorFromName(const QString &name);

struct Span
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 start = 0; // an orphan has no range: 0 and 0 here, NULL in the store
    qint64 end = 0;
    QString text; // the text at [start, end) of the current version (an orphan's: where it was last placed)
    QString note;
    QString author; // the coder who made the span
    QString noteAuthor; // the coder who last set the note (empty while there is none)
    QDateTime created;
    QDateTime modified;
    QList<qint64> tagIds;
    QString quote; // the text the span was coded on; differs from text once an edit changed it
    SpanAnchor anchor = SpanAnchor::Exact;
    double confidence = 1; // of the last re-anchoring, [0, 1]
    // The W3C selectors re-anchoring looks for: context on each side and the position in version
    // anchorVersion of the article, the last one the span was placed on. The store keeps them in
    // step with the range of a placed span; an orphan keeps those of its last place.
    QString prefix;
    QString suffix;
    qint64 selectorStart = 0;
    qint64 selectorEnd = 0;
    int anchorVersion = 1;
    RowStamp stamp;

    bool isOrphan() const { return anchor == SpanAnchor::Orphan; }
};

// One version of an article's text: the current one lives in the article, earlier ones are kept
// compressed. Numbered from 1 in the order they were imported.
struct ArticleVersion
{
    qint64 articleId = 0;
    int number = 1;
    QByteArray contentHash; // hex SHA-256 of the file that gave this text
    QDateTime imported; // when this text was imported
    qint64 chars = 0;
    bool current = false;
};

enum class FigureKind { Money, Percent, Score, Count, Rank, Duration, Date };
QString figureKindName(FigureKind kind);
bool figureKindFromName(const QString &name, FigureKind *kind);

enum class Qualifier { Exact, Over, Under, About };
QString qualifierName(Qualifier q);
Qualifier qualifierFromName(const QString &name);

struct Figure
{
    qint64 id = 0;
    qint64 articleId = 0;
    FigureKind kind = FigureKind::Count;
    double value = 0; // numeric value (money in units of the currency, percent as 49 for 49%)
    QString dateValue; // ISO date (YYYY-MM-DD or YYYY-MM) for FigureKind::Date
    QString unit; // "USD", "EUR", "%", "points", "downloads", "months"…
    Qualifier qualifier = Qualifier::Exact;
    QString text; // the text the figure was read from
    qint64 start = 0; // code points into the article text
    qint64 end = 0;
    QString label; // what it measures ("HealthBench Hard", "investment in Scale AI")
    bool manual = false; // set by an analyst (wins over extracted at the same range)
    qint64 spanId = 0; // the span a manual figure belongs to
    QString author; // the coder who set or corrected a manual figure
    RowStamp stamp;
};

} // namespace crossread
