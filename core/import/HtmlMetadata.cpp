#include "HtmlMetadata.h"

#include "DateParser.h"
#include "HtmlTree.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace crossread {

namespace {

QString collapse(const QString &text)
{
    return text.simplified();
}

struct JsonLdArticle
{
    QString headline;
    QString author;
    QString publisher;
    QString datePublished;
    bool found = false;
};

QString jsonNames(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString();
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &v : value.toArray()) {
            const QString name = jsonNames(v).trimmed();
            if (!name.isEmpty())
                names << name;
        }
        return names.join(QLatin1String(", "));
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression re(QStringLiteral("(Article|BlogPosting|Report)$"));
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (isArticleType(t))
                return true;
        }
        return false;
    }
    return re.match(type.toString()).hasMatch();
}

void findArticle(const QJsonValue &value, JsonLdArticle &out, int depth = 0)
{
    if (out.found || depth > 16)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            findArticle(v, out, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (isArticleType(object.value(QLatin1String("@type")))) {
        out.found = true;
        out.headline = object.value(QLatin1String("headline")).toString();
        out.author = jsonNames(object.value(QLatin1String("author")));
        out.publisher = jsonNames(object.value(QLatin1String("publisher")));
        out.datePublished = object.value(QLatin1String("datePublished")).toString();
        return;
    }
    findArticle(object.value(QLatin1String("@graph")), out, depth + 1);
}

JsonLdArticle readJsonLd(const HtmlTree &tree)
{
    JsonLdArticle article;
    for (int script : tree.elements(QStringLiteral("script"))) {
        if (tree.node(script).attribute(QStringLiteral("type")).trimmed().toLower()
            != QLatin1String("application/ld+json"))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(tree.textContent(script).toUtf8());
        findArticle(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), article);
        if (article.found)
            break;
    }
    return article;
}

// <meta property|name|itemprop=… content=…>, keyed by the lower-case name; the first one wins.
QHash<QString, QString> readMetas(const HtmlTree &tree)
{
    QHash<QString, QString> metas;
    for (int meta : tree.elements(QStringLiteral("meta"))) {
        const HtmlNode &n = tree.node(meta);
        const QString content = collapse(n.attribute(QStringLiteral("content")));
        if (content.isEmpty())
            continue;
        for (const QString &keyAttribute :
            { QStringLiteral("property"), QStringLiteral("name"), QStringLiteral("itemprop") }) {
            const QString key = n.attribute(keyAttribute).trimmed().toLower();
            if (!key.isEmpty() && !metas.contains(key))
                metas.insert(key, content);
        }
    }
    return metas;
}

QString firstMeta(const QHash<QString, QString> &metas, const QStringList &keys)
{
    for (const QString &key : keys) {
        const QString value = metas.value(key);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool looksLikeByline(const HtmlNode &n)
{
    if (n.attribute(QStringLiteral("rel")).toLower() == QLatin1String("author")
        || n.attribute(QStringLiteral("itemprop")).toLower() == QLatin1String("author"))
        return true;
    const QString marks
        = (n.attribute(QStringLiteral("class")) + QLatin1Char(' ') + n.attribute(QStringLiteral("id"))).toLower();
    const QStringList tokens = marks.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return marks.contains(QLatin1String("byline")) || marks.contains(QLatin1String("author-name"))
        || marks.contains(QLatin1String("article-author")) || tokens.contains(QLatin1String("author"));
}

QString bylineIn(const HtmlTree &tree, int within)
{
    QList<int> pending { within };
    while (!pending.isEmpty()) {
        const int index = pending.takeFirst(); // breadth first: the outermost byline element is the whole byline
        const HtmlNode &n = tree.node(index);
        if (!n.isText() && index != within && looksLikeByline(n)) {
            const QString author = HtmlMetadata::cleanAuthor(collapse(tree.textContent(index)));
            if (!author.isEmpty())
                return author;
        }
        pending.append(n.children);
    }
    return {};
}

QDate timeElementIn(const HtmlTree &tree, int within)
{
    const QList<int> times = tree.elements(QStringLiteral("time"), within);
    for (int t : times) { // an explicit publication mark wins over the first <time>
        const HtmlNode &n = tree.node(t);
        if (n.hasAttribute(QStringLiteral("pubdate"))
            || n.attribute(QStringLiteral("itemprop")).toLower() == QLatin1String("datepublished")) {
            const QDate date = DateParser::parse(n.attribute(QStringLiteral("datetime")));
            if (date.isValid())
                return date;
        }
    }
    for (int t : times) {
        const QDate date = DateParser::parse(tree.node(t).attribute(QStringLiteral("datetime")));
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

QString HtmlMetadata::stripOutlet(const QString &title, const QString &outlet)
{
    const QString name = outlet.trimmed();
    if (name.isEmpty())
        return title;
    static const QStringList separators = { QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "),
        QStringLiteral(" — "), QStringLiteral(" · "), QStringLiteral(" :: "), QStringLiteral(" : ") };
    for (const QString &sep : separators) {
        const QString suffix = sep + name;
        if (title.endsWith(suffix, Qt::CaseInsensitive) && title.size() > suffix.size())
            return title.left(title.size() - suffix.size()).trimmed();
        const QString prefix = name + sep;
        if (title.startsWith(prefix, Qt::CaseInsensitive) && title.size() > prefix.size())
            return title.mid(prefix.size()).trimmed();
    }
    return title;
}

QString HtmlMetadata::cleanAuthor(const QString &value)
{
    static const QRegularExpression byPrefix(
        QStringLiteral("^(?:written\\s+)?by[:\\s]\\s*"), QRegularExpression::CaseInsensitiveOption);
    QString author = collapse(value);
    author.remove(byPrefix);
    if (author.startsWith(QLatin1String("http://")) || author.startsWith(QLatin1String("https://"))
        || author.contains(QLatin1Char('@')) || author.size() > 100)
        return {};
    return author;
}

HtmlMetadata HtmlMetadata::read(const HtmlTree &tree, int container)
{
    const QHash<QString, QString> metas = readMetas(tree);
    const JsonLdArticle jsonLd = readJsonLd(tree);
    HtmlMetadata out;

    out.outlet = firstMeta(metas, { QStringLiteral("og:site_name"), QStringLiteral("application-name") });
    if (out.outlet.isEmpty())
        out.outlet = collapse(jsonLd.publisher);

    QStringList titles = { firstMeta(metas, { QStringLiteral("og:title"), QStringLiteral("twitter:title") }) };
    const QList<int> titleElements = tree.elements(QStringLiteral("title"));
    if (!titleElements.isEmpty())
        titles << collapse(tree.textContent(titleElements.first()));
    titles << collapse(jsonLd.headline);
    const QList<int> headings = tree.elements(QStringLiteral("h1"), container);
    if (!headings.isEmpty())
        titles << collapse(tree.textContent(headings.first()));
    for (const QString &title : titles) {
        if (!title.isEmpty()) {
            out.title = stripOutlet(title, out.outlet);
            break;
        }
    }

    // Each source is tried on its own: article:author is often a profile URL, which is no name.
    QStringList authorCandidates;
    for (const QString &key : { QStringLiteral("author"), QStringLiteral("article:author"), QStringLiteral("byl"),
             QStringLiteral("dc.creator"), QStringLiteral("parsely-author"), QStringLiteral("sailthru.author") })
        authorCandidates << metas.value(key);
    authorCandidates << jsonLd.author << bylineIn(tree, container) << bylineIn(tree, tree.root());
    for (const QString &candidate : authorCandidates) {
        out.author = cleanAuthor(candidate);
        if (!out.author.isEmpty())
            break;
    }

    QStringList dateCandidates;
    for (const QString &key : { QStringLiteral("article:published_time"), QStringLiteral("og:published_time"),
             QStringLiteral("datepublished"), QStringLiteral("date"), QStringLiteral("pubdate"),
             QStringLiteral("publishdate"), QStringLiteral("publish-date"), QStringLiteral("dc.date.issued"),
             QStringLiteral("dc.date"), QStringLiteral("dcterms.created"), QStringLiteral("parsely-pub-date"),
             QStringLiteral("sailthru.date") })
        dateCandidates << metas.value(key);
    dateCandidates << jsonLd.datePublished;
    for (const QString &candidate : dateCandidates) {
        out.published = DateParser::parse(candidate);
        if (out.published.isValid())
            break;
    }
    if (!out.published.isValid())
        out.published = timeElementIn(tree, container);
    return out;
}

} // namespace crossread
