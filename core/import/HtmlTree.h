#pragma once
// A page's element tree as an HTML5 browser builds it (Gumbo: implied end tags, misnested
// formatting, character references), flattened into an array that the extractor walks without
// recursion. Limits of its own on top of Gumbo's: input size, parse memory and time, and nesting
// depth (deeper elements hang from their ancestor at the limit, keeping their text).
#include "GumboGuard.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace crossread {

struct HtmlNode
{
    QString tag; // lower-case element name; empty for a text node
    QString text; // text nodes only
    QList<QPair<QString, QString>> attributes; // lower-case names, decoded values, first one wins
    int parent = -1;
    QList<int> children;

    bool isText() const { return tag.isEmpty(); }
    QString attribute(const QString &name) const;
    bool hasAttribute(const QString &name) const;
};

class HtmlTree
{
public:
    static constexpr qsizetype MaxInputBytes = qsizetype(16) << 20; // UTF-8
    static constexpr int MaxDepth = 256;

    // A tree with only the document node, and error() set, when the page is over the limits.
    // The parse budget defaults to 64 MiB plus 64 bytes per input byte, and 5 seconds.
    static HtmlTree parse(const QString &html, std::optional<GumboGuard::Budget> budget = std::nullopt);

    QString error() const { return m_error; } // why the page could not be read, for the user
    int root() const { return 0; }
    int size() const { return int(m_nodes.size()); }
    const HtmlNode &node(int index) const { return m_nodes.at(index); }

    // Elements with this tag in document order, optionally only inside `within`.
    QList<int> elements(const QString &tag, int within = 0) const;
    // The nearest ancestor (not the node itself) with one of these tags, or -1.
    int ancestor(int index, const QStringList &tags) const;
    // All descendant text concatenated, as written (whitespace not collapsed).
    QString textContent(int index) const;

private:
    int addNode(HtmlNode node, int parent);

    QList<HtmlNode> m_nodes;
    QString m_error;
};

} // namespace crossread
