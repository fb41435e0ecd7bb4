#include "HtmlExtractor.h"

#include "HtmlMetadata.h"
#include "HtmlTree.h"
#include "TextDecoder.h"

#include <QRegularExpression>
#include <QSet>

namespace crossread {

namespace {

// An <article> with less text than this is a teaser card, not the story.
constexpr qsizetype MinArticleChars = 140;

const QSet<QString> &droppedElements()
{
    static const QSet<QString> names = { QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("noscript"),
        QStringLiteral("nav"), QStringLiteral("footer"), QStringLiteral("aside"), QStringLiteral("form"),
        QStringLiteral("svg"), QStringLiteral("iframe"), QStringLiteral("template"), QStringLiteral("head"),
        QStringLiteral("title"), QStringLiteral("button"), QStringLiteral("select"), QStringLiteral("textarea"),
        QStringLiteral("input"), QStringLiteral("canvas"), QStringLiteral("object"), QStringLiteral("embed"),
        QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("map"), QStringLiteral("dialog"),
        QStringLiteral("math"), QStringLiteral("noembed"), QStringLiteral("noframes") };
    return names;
}

// Blocks that stand apart from their neighbours by a blank line; other blocks by a line break.
const QSet<QString> &paragraphBlocks()
{
    static const QSet<QString> names = { QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("dl"), QStringLiteral("table"), QStringLiteral("figure"), QStringLiteral("hr"),
        QStringLiteral("address"), QStringLiteral("details"), QStringLiteral("fieldset") };
    return names;
}

const QSet<QString> &lineBlocks()
{
    static const QSet<QString> names
        = { QStringLiteral("div"), QStringLiteral("li"), QStringLiteral("tr"), QStringLiteral("section"),
              QStringLiteral("article"), QStringLiteral("main"), QStringLiteral("header"), QStringLiteral("figcaption"),
              QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("caption"), QStringLiteral("summary"),
              QStringLiteral("body"), QStringLiteral("center"), QStringLiteral("legend"), QStringLiteral("tbody"),
              QStringLiteral("thead"), QStringLiteral("tfoot"), QStringLiteral("hgroup"), QStringLiteral("picture") };
    return names;
}

bool isCollapsible(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f');
}

// Accumulates rendered text the way a browser lays it out: runs of whitespace collapse, block
// boundaries become at most one blank line, nothing dangles at the start or end.
class TextSink
{
public:
    void breakLines(int lines) { m_pendingBreak = qMax(m_pendingBreak, lines); }
    void lineBreakElement() { m_pendingBreak = m_pendingBreak > 0 ? 2 : 1; }
    void space() { m_pendingSpace = true; }

    void text(const QString &s)
    {
        for (QChar c : s) {
            if (isCollapsible(c)) {
                m_pendingSpace = true;
                continue;
            }
            flush();
            m_out.append(c == QChar(QChar::Nbsp) ? QLatin1Char(' ') : c);
        }
    }

    void preformatted(QString s)
    {
        s.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        if (s.isEmpty())
            return;
        flush();
        m_out.append(s);
    }

    QString result() const
    {
        QString out = m_out;
        while (!out.isEmpty() && out.back().isSpace())
            out.chop(1);
        return out;
    }

private:
    void flush()
    {
        if (m_out.isEmpty()) {
            m_pendingBreak = 0;
            m_pendingSpace = false;
            return;
        }
        if (m_pendingBreak > 0) {
            while (!m_out.isEmpty() && (m_out.back() == QLatin1Char(' ') || m_out.back() == QLatin1Char('\t')))
                m_out.chop(1);
            int existing = 0;
            for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == QLatin1Char('\n') && existing < 2; --i)
                ++existing;
            for (int i = existing; i < m_pendingBreak; ++i)
                m_out.append(QLatin1Char('\n'));
        } else if (m_pendingSpace && m_out.back() != QLatin1Char('\n') && m_out.back() != QLatin1Char(' ')) {
            m_out.append(QLatin1Char(' '));
        }
        m_pendingBreak = 0;
        m_pendingSpace = false;
    }

    QString m_out;
    int m_pendingBreak = 0;
    bool m_pendingSpace = false;
};

bool isHidden(const HtmlNode &n)
{
    if (n.hasAttribute(QStringLiteral("hidden"))
        || n.attribute(QStringLiteral("aria-hidden")).toLower() == QLatin1String("true"))
        return true;
    QString style = n.attribute(QStringLiteral("style")).toLower();
    style.remove(QLatin1Char(' '));
    return style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden"));
}

bool isDropped(const HtmlTree &tree, int index)
{
    const HtmlNode &n = tree.node(index);
    if (droppedElements().contains(n.tag) || isHidden(n))
        return true;
    // A page's <header> is masthead and menus; an article's <header> holds its headline and byline.
    if (n.tag == QLatin1String("header"))
        return tree.ancestor(index, { QStringLiteral("article"), QStringLiteral("main") }) < 0;
    return false;
}

void renderNode(const HtmlTree &tree, int index, TextSink &sink, bool inPre)
{
    const HtmlNode &n = tree.node(index);
    if (n.isText()) {
        if (inPre)
            sink.preformatted(n.text);
        else
            sink.text(n.text);
        return;
    }
    if (isDropped(tree, index))
        return;
    if (n.tag == QLatin1String("br")) {
        sink.lineBreakElement();
        return;
    }
    const bool paragraph = paragraphBlocks().contains(n.tag);
    const bool line = lineBlocks().contains(n.tag);
    const bool cell = n.tag == QLatin1String("td") || n.tag == QLatin1String("th");
    if (paragraph)
        sink.breakLines(2);
    else if (line)
        sink.breakLines(1);
    else if (cell)
        sink.space();

    // The parser already dropped the newline that follows <pre>; the tree is at most
    // HtmlTree::MaxDepth deep, which bounds this recursion.
    const bool pre = inPre || n.tag == QLatin1String("pre");
    for (const int child : n.children)
        renderNode(tree, child, sink, pre);

    if (paragraph)
        sink.breakLines(2);
    else if (line)
        sink.breakLines(1);
    else if (cell)
        sink.space();
}

} // namespace

QString HtmlExtractor::declaredCharset(const QByteArray &bytes)
{
    const QString head = QString::fromLatin1(bytes.left(4096));
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xml(QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = meta.match(head);
    if (m.hasMatch())
        return m.captured(1);
    m = xml.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

HtmlExtractor::Result HtmlExtractor::extract(const QByteArray &bytes)
{
    const TextDecoder::Result decoded = TextDecoder::decodeAs(bytes, declaredCharset(bytes));
    Result result = extractFromString(decoded.text);
    result.encoding = decoded.encoding;
    return result;
}

int HtmlExtractor::chooseContainer(const HtmlTree &tree)
{
    int best = -1;
    qsizetype bestLength = 0;
    for (int article : tree.elements(QStringLiteral("article"))) {
        const qsizetype length = render(tree, article).size();
        if (length > bestLength) {
            best = article;
            bestLength = length;
        }
    }
    if (best >= 0 && bestLength >= MinArticleChars)
        return best;
    for (const QString &tag : { QStringLiteral("main"), QStringLiteral("body") }) {
        const QList<int> found = tree.elements(tag);
        if (!found.isEmpty())
            return found.first();
    }
    return tree.root();
}

QString HtmlExtractor::render(const HtmlTree &tree, int container)
{
    TextSink sink;
    renderNode(tree, container, sink, false);
    return sink.result();
}

HtmlExtractor::Result HtmlExtractor::extractFromString(const QString &html)
{
    const HtmlTree tree = HtmlTree::parse(TextDecoder::normaliseLineEndings(html));
    if (!tree.error().isEmpty()) {
        Result result;
        result.error = tree.error();
        return result;
    }
    const int container = chooseContainer(tree);
    const HtmlMetadata metadata = HtmlMetadata::read(tree, container);
    Result result;
    result.text = render(tree, container);
    result.title = metadata.title;
    result.outlet = metadata.outlet;
    result.author = metadata.author;
    result.published = metadata.published;
    return result;
}

} // namespace crossread
