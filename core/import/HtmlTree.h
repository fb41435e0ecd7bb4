#pragma once
// A minimal element tree built from HtmlTokenizer with the implied-end-tag rules browsers apply
// (an open <p> ends at the next block, <li> ends the previous <li>), so that "the content of
// <article>" means what a reader sees.
#include <QList>
#include <QPair>
#include <QString>

namespace crossread {

struct HtmlNode
{
    QString tag; // lower-case element name; empty for a text node
    QString text; // text nodes only
    QList<QPair<QString, QString>> attributes;
    int parent = -1;
    QList<int> children;

    bool isText() const { return tag.isEmpty(); }
    QString attribute(const QString &name) const;
    bool hasAttribute(const QString &name) const;
};

class HtmlTree
{
public:
    static HtmlTree parse(const QString &html);

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
};

} // namespace crossread
