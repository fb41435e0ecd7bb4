#include "domain/Types.h"

#include <QStringList>

#include <utility>

namespace crossread {

static const std::pair<ArticleField, QLatin1StringView> kArticleFieldNames[] = {
    { ArticleField::Title, QLatin1StringView("title") },
    { ArticleField::Outlet, QLatin1StringView("outlet") },
    { ArticleField::Author, QLatin1StringView("author") },
    { ArticleField::Published, QLatin1StringView("published") },
};

QString articleFieldNames(ArticleFields fields)
{
    QStringList names;
    for (const auto &[field, name] : kArticleFieldNames) {
        if (fields.testFlag(field))
            names << name;
    }
    return names.join(QLatin1Char(','));
}

ArticleFields articleFieldsFromNames(const QString &names)
{
    ArticleFields fields;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const auto &[field, known] : kArticleFieldNames) {
            if (name.trimmed() == known)
                fields |= field;
        }
    }
    return fields;
}

QString formatName(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::Text:
        return QStringLiteral("txt");
    case ArticleFormat::Markdown:
        return QStringLiteral("md");
    case ArticleFormat::Html:
        return QStringLiteral("html");
    case ArticleFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("txt");
}

ArticleFormat formatFromName(const QString &name)
{
    if (name == QLatin1String("md"))
        return ArticleFormat::Markdown;
    if (name == QLatin1String("html"))
        return ArticleFormat::Html;
    if (name == QLatin1String("pdf"))
        return ArticleFormat::Pdf;
    return ArticleFormat::Text;
}

static const char *const kSpanAnchorNames[] = { "exact", "relocated", "fuzzy", "orphan" };

QString spanAnchorName(SpanAnchor anchor)
{
    return QString::fromLatin1(kSpanAnchorNames[static_cast<int>(anchor)]);
}

SpanAnchor spanAnchorFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kSpanAnchorNames)); ++i) {
        if (name == QLatin1String(kSpanAnchorNames[i]))
            return static_cast<SpanAnchor>(i);
    }
    return SpanAnchor::Exact;
}

static const char *const kFigureKindNames[] = { "money", "percent", "score", "count", "rank", "duration", "date" };

QString figureKindName(FigureKind kind)
{
    return QString::fromLatin1(kFigureKindNames[static_cast<int>(kind)]);
}

bool figureKindFromName(const QString &name, FigureKind *kind)
{
    for (int i = 0; i < int(std::size(kFigureKindNames)); ++i) {
        if (name.compare(QLatin1String(kFigureKindNames[i]), Qt::CaseInsensitive) == 0) {
            *kind = static_cast<FigureKind>(i);
            return true;
        }
    }
    return false;
}

QString qualifierName(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact:
        return QStringLiteral("exact");
    case Qualifier::Over:
        return QStringLiteral("over");
    case Qualifier::Under:
        return QStringLiteral("under");
    case Qualifier::About:
        return QStringLiteral("about");
    }
    return QStringLiteral("exact");
}

Qualifier qualifierFromName(const QString &name)
{
    if (name == QLatin1String("over"))
        return Qualifier::Over;
    if (name == QLatin1String("under"))
        return Qualifier::Under;
    if (name == QLatin1String("about"))
        return Qualifier::About;
    return Qualifier::Exact;
}

} // namespace crossread
