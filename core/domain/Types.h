#pragma once
// Plain value types of the Crossread domain: articles, spans, tags, figures.
// Offsets are Unicode code points into Article::text (see CodePoints.h).
#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QDateTime>
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
QString formatName(ArticleFormat format);
ArticleFormat formatFromName(const QString &name);

// Where one code point of a PDF article's text sits on its page (points, origin top-left).
struct PdfGlyph
{
    int page = 0;
    QRectF box;
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
};

struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 = top level
    QString name;
    QColor color;
    QString description;
    int position = 0; // order among siblings
};

struct Span
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString text; // the quoted text at creation time
    QString note;
    QString author; // the coder who made the span
    QString noteAuthor; // the coder who last set the note (empty while there is none)
    QDateTime created;
    QDateTime modified;
    QList<qint64> tagIds;
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
};

} // namespace crossread
