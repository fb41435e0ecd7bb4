#pragma once
// Read-only lookups over an ExportBundle shared by the exporters: tags by id, tag paths,
// the colour a span is shown in, the tag tree in display order.
#include "export/ExportBundle.h"

#include <QHash>

namespace crossread {

class BundleLookup
{
public:
    explicit BundleLookup(const ExportBundle &bundle);

    const Tag *tag(qint64 id) const;
    // "Parent / Child" for nested tags; empty for unknown ids.
    QString tagPath(qint64 id, const QString &separator = QStringLiteral(" / ")) const;
    // Names (or paths) of the span's known tags, in the span's order.
    QStringList tagNames(const Span &span) const;
    QStringList tagPaths(const Span &span, const QString &separator = QStringLiteral(" / ")) const;
    // The colour of the span's first tag with a valid colour; neutral grey without one.
    QColor spanColor(const Span &span) const;
    // Direct children of parentId (0 = roots), by position then name.
    QList<const Tag *> children(qint64 parentId) const;
    // The author to credit for a span: its own, else the bundle's.
    QString authorOf(const Span &span) const;

    static QColor neutralColor() { return QColor(0x9e, 0x9e, 0x9e); }

private:
    const ExportBundle &m_bundle;
    QHash<qint64, const Tag *> m_tags;
    QHash<qint64, QList<const Tag *>> m_children;
};

} // namespace crossread
