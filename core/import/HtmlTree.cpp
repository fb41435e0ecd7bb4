#include "HtmlTree.h"

#include "HtmlTokenizer.h"

#include <QSet>

namespace crossread {

namespace {

// Deeper nesting than this is flattened, which bounds recursion in everything that walks the tree.
constexpr int MaxDepth = 256;

const QSet<QString> &voidElements()
{
    static const QSet<QString> names
        = { QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"), QStringLiteral("col"),
              QStringLiteral("embed"), QStringLiteral("hr"), QStringLiteral("img"), QStringLiteral("input"),
              QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
              QStringLiteral("track"), QStringLiteral("wbr"), QStringLiteral("keygen"), QStringLiteral("basefont") };
    return names;
}

const QSet<QString> &inlineElements()
{
    static const QSet<QString> names = { QStringLiteral("a"), QStringLiteral("abbr"), QStringLiteral("b"),
        QStringLiteral("bdi"), QStringLiteral("bdo"), QStringLiteral("cite"), QStringLiteral("code"),
        QStringLiteral("data"), QStringLiteral("dfn"), QStringLiteral("em"), QStringLiteral("font"),
        QStringLiteral("i"), QStringLiteral("kbd"), QStringLiteral("mark"), QStringLiteral("q"), QStringLiteral("s"),
        QStringLiteral("samp"), QStringLiteral("small"), QStringLiteral("span"), QStringLiteral("strong"),
        QStringLiteral("sub"), QStringLiteral("sup"), QStringLiteral("time"), QStringLiteral("u"),
        QStringLiteral("var"), QStringLiteral("label"), QStringLiteral("strike"), QStringLiteral("big"),
        QStringLiteral("tt"), QStringLiteral("ins"), QStringLiteral("del") };
    return names;
}

// Block elements whose start ends an open paragraph.
const QSet<QString> &paragraphClosers()
{
    static const QSet<QString> names = { QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("dl"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("table"),
        QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("aside"), QStringLiteral("blockquote"),
        QStringLiteral("pre"), QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("nav"),
        QStringLiteral("main"), QStringLiteral("figure"), QStringLiteral("form"), QStringLiteral("hr"),
        QStringLiteral("address"), QStringLiteral("fieldset"), QStringLiteral("details"), QStringLiteral("figcaption"),
        QStringLiteral("menu") };
    return names;
}

// Pops the innermost open element named in `targets`, unless an element in `stops` (or, when
// `inlineOnly`, any non-inline element) is met first.
void closeImplied(const QList<HtmlNode> &nodes, QList<int> &stack, const QSet<QString> &targets,
    const QSet<QString> &stops, bool inlineOnly)
{
    for (qsizetype i = stack.size() - 1; i > 0; --i) {
        const QString &tag = nodes.at(stack.at(i)).tag;
        if (targets.contains(tag)) {
            stack.resize(i);
            return;
        }
        if (stops.contains(tag) || (inlineOnly && !inlineElements().contains(tag)))
            return;
    }
}

void closeImpliedBy(const QList<HtmlNode> &nodes, QList<int> &stack, const QString &tag)
{
    static const QSet<QString> p = { QStringLiteral("p") };
    static const QSet<QString> li = { QStringLiteral("li") };
    static const QSet<QString> listStops = { QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("menu"),
        QStringLiteral("table"), QStringLiteral("body") };
    static const QSet<QString> dtdd = { QStringLiteral("dt"), QStringLiteral("dd") };
    static const QSet<QString> dlStops = { QStringLiteral("dl"), QStringLiteral("table"), QStringLiteral("body") };
    static const QSet<QString> tr = { QStringLiteral("tr") };
    static const QSet<QString> rowStops = { QStringLiteral("table"), QStringLiteral("tbody"), QStringLiteral("thead"),
        QStringLiteral("tfoot"), QStringLiteral("body") };
    static const QSet<QString> cell = { QStringLiteral("td"), QStringLiteral("th") };
    static const QSet<QString> cellStops = { QStringLiteral("tr"), QStringLiteral("table"), QStringLiteral("body") };
    static const QSet<QString> option = { QStringLiteral("option") };
    static const QSet<QString> optionStops = { QStringLiteral("select"), QStringLiteral("body") };

    if (paragraphClosers().contains(tag) || tag == QLatin1String("li") || dtdd.contains(tag))
        closeImplied(nodes, stack, p, {}, true);
    if (tag == QLatin1String("li"))
        closeImplied(nodes, stack, li, listStops, false);
    else if (dtdd.contains(tag))
        closeImplied(nodes, stack, dtdd, dlStops, false);
    else if (tag == QLatin1String("tr"))
        closeImplied(nodes, stack, tr, rowStops, false);
    else if (cell.contains(tag))
        closeImplied(nodes, stack, cell, cellStops, false);
    else if (tag == QLatin1String("option"))
        closeImplied(nodes, stack, option, optionStops, false);
}

} // namespace

QString HtmlNode::attribute(const QString &name) const
{
    for (const auto &a : attributes) {
        if (a.first == name)
            return a.second;
    }
    return {};
}

bool HtmlNode::hasAttribute(const QString &name) const
{
    for (const auto &a : attributes) {
        if (a.first == name)
            return true;
    }
    return false;
}

int HtmlTree::addNode(HtmlNode node, int parent)
{
    node.parent = parent;
    m_nodes.append(std::move(node));
    const int index = int(m_nodes.size() - 1);
    m_nodes[parent].children.append(index);
    return index;
}

HtmlTree HtmlTree::parse(const QString &html)
{
    HtmlTree tree;
    HtmlNode document;
    document.tag = QStringLiteral("#document");
    tree.m_nodes.append(document);
    QList<int> stack { 0 };

    HtmlTokenizer tokenizer(html);
    for (HtmlToken token = tokenizer.next(); token.type != HtmlToken::EndOfInput; token = tokenizer.next()) {
        switch (token.type) {
        case HtmlToken::Text: {
            HtmlNode &parent = tree.m_nodes[stack.last()];
            if (!parent.children.isEmpty() && tree.m_nodes.at(parent.children.last()).isText()) {
                tree.m_nodes[parent.children.last()].text += token.text;
            } else {
                HtmlNode text;
                text.text = token.text;
                tree.addNode(text, stack.last());
            }
            break;
        }
        case HtmlToken::StartTag: {
            closeImpliedBy(tree.m_nodes, stack, token.name);
            HtmlNode element;
            element.tag = token.name;
            element.attributes = token.attributes;
            const int index = tree.addNode(element, stack.last());
            if (!token.selfClosing && !voidElements().contains(token.name) && stack.size() < MaxDepth)
                stack.append(index);
            break;
        }
        case HtmlToken::EndTag: {
            if (token.name == QLatin1String("br")) { // browsers read </br> as <br>
                HtmlNode br;
                br.tag = token.name;
                tree.addNode(br, stack.last());
                break;
            }
            for (qsizetype i = stack.size() - 1; i > 0; --i) {
                if (tree.m_nodes.at(stack.at(i)).tag == token.name) {
                    stack.resize(i);
                    break;
                }
            }
            break; // an end tag with nothing open to close is ignored
        }
        case HtmlToken::Comment:
        case HtmlToken::Doctype:
        case HtmlToken::EndOfInput:
            break;
        }
    }
    return tree;
}

QList<int> HtmlTree::elements(const QString &tag, int within) const
{
    QList<int> out;
    QList<int> pending { within };
    while (!pending.isEmpty()) {
        const int index = pending.takeLast();
        const HtmlNode &n = m_nodes.at(index);
        if (index != within && n.tag == tag)
            out.append(index);
        for (qsizetype i = n.children.size() - 1; i >= 0; --i)
            pending.append(n.children.at(i));
    }
    return out;
}

int HtmlTree::ancestor(int index, const QStringList &tags) const
{
    for (int p = m_nodes.at(index).parent; p >= 0; p = m_nodes.at(p).parent) {
        if (tags.contains(m_nodes.at(p).tag))
            return p;
    }
    return -1;
}

QString HtmlTree::textContent(int index) const
{
    QString out;
    QList<int> pending { index };
    while (!pending.isEmpty()) {
        const HtmlNode &n = m_nodes.at(pending.takeLast());
        if (n.isText())
            out += n.text;
        for (qsizetype i = n.children.size() - 1; i >= 0; --i)
            pending.append(n.children.at(i));
    }
    return out;
}

} // namespace crossread
