#include "HtmlTree.h"

#include "GumboGuard.h"

#include <gumbo.h>

#include <utility>

namespace crossread {

namespace {

QString fromPiece(const char *data, std::size_t length)
{
    return QString::fromUtf8(data, qsizetype(length));
}

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original); // "<my-tag a=b>" → "my-tag"
    return fromPiece(original.data, original.length).toLower();
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

HtmlTree HtmlTree::parse(const QString &html, std::optional<GumboGuard::Budget> budget)
{
    HtmlTree tree;
    HtmlNode document;
    document.tag = QStringLiteral("#document");
    tree.m_nodes.append(document);

    const QByteArray utf8 = html.toUtf8();
    if (utf8.size() > MaxInputBytes) {
        tree.m_error = QStringLiteral("the page is too large to read as HTML (%1 MB, the limit is %2 MB)")
                           .arg((utf8.size() + (1 << 19)) >> 20)
                           .arg(MaxInputBytes >> 20);
        return tree;
    }
    if (!budget) {
        budget = GumboGuard::Budget();
        // Gumbo needs some 50 bytes per input byte on markup-dense pages; more means a blow-up.
        budget->maxBytes = std::size_t(64 << 20) + std::size_t(utf8.size()) * 64;
        // Real pages parse in well under a second; deep nesting or thousands of attributes on
        // one element make Gumbo quadratic.
        budget->maxTime = std::chrono::seconds(5);
    }
    GumboGuard guard(*budget);
    const GumboOutput *output = guard.parse(utf8);
    if (!output) {
        tree.m_error = guard.stop() == GumboGuard::Stop::Time
            ? QStringLiteral("the page's markup is too deeply nested or too complex to read (parsing took over %1 s)")
                  .arg(budget->maxTime.count() / 1000.0)
            : QStringLiteral("the page's markup needs too much memory to read (over %1 MB)")
                  .arg(budget->maxBytes >> 20);
        return tree;
    }

    struct Pending
    {
        const GumboNode *node;
        int parent;
        int depth;
    };
    QList<Pending> pending;
    const GumboVector &top = output->document->v.document.children;
    for (unsigned i = top.length; i-- > 0;)
        pending.append({ static_cast<const GumboNode *>(top.data[i]), 0, 1 });
    while (!pending.isEmpty()) {
        const Pending item = pending.takeLast();
        const GumboNode *g = item.node;
        switch (g->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA: {
            const QString text = QString::fromUtf8(g->v.text.text);
            HtmlNode &parent = tree.m_nodes[item.parent];
            if (!parent.children.isEmpty() && tree.m_nodes.at(parent.children.last()).isText()) {
                tree.m_nodes[parent.children.last()].text += text;
            } else {
                HtmlNode node;
                node.text = text;
                tree.addNode(std::move(node), item.parent);
            }
            break;
        }
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &e = g->v.element;
            HtmlNode node;
            node.tag = tagName(e);
            node.attributes.reserve(e.attributes.length);
            for (unsigned i = 0; i < e.attributes.length; ++i) {
                const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
                node.attributes.append({ QString::fromUtf8(a->name), QString::fromUtf8(a->value) });
            }
            const int index = tree.addNode(std::move(node), item.parent);
            // Past the depth limit children hang from the deepest allowed element, in order.
            const bool deeper = item.depth < MaxDepth;
            const int childParent = deeper ? index : item.parent;
            const int childDepth = deeper ? item.depth + 1 : item.depth;
            for (unsigned i = e.children.length; i-- > 0;)
                pending.append({ static_cast<const GumboNode *>(e.children.data[i]), childParent, childDepth });
            break;
        }
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_COMMENT:
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
