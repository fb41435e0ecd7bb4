#include "export/BundleLookup.h"

#include <algorithm>

namespace crossread {

BundleLookup::BundleLookup(const ExportBundle &bundle)
    : m_bundle(bundle)
{
    for (const Tag &t : bundle.tags)
        m_tags.insert(t.id, &t);
    for (const Tag &t : bundle.tags) {
        // A parent missing from the bundle would hide the subtree; show it at the top instead.
        const qint64 parent = m_tags.contains(t.parentId) && t.parentId != t.id ? t.parentId : 0;
        m_children[parent].append(&t);
    }
    for (auto it = m_children.begin(); it != m_children.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [](const Tag *a, const Tag *b) {
            if (a->position != b->position)
                return a->position < b->position;
            return a->name.localeAwareCompare(b->name) < 0;
        });
    }
}

const Tag *BundleLookup::tag(qint64 id) const
{
    return m_tags.value(id, nullptr);
}

QString BundleLookup::tagPath(qint64 id, const QString &separator) const
{
    QStringList parts;
    const Tag *t = tag(id);
    // Bounded walk: a cycle in corrupt data must not hang the export.
    for (int depth = 0; t && depth < 64; ++depth) {
        parts.prepend(t->name);
        t = t->parentId != t->id ? tag(t->parentId) : nullptr;
    }
    return parts.join(separator);
}

QStringList BundleLookup::tagNames(const Span &span) const
{
    QStringList names;
    for (qint64 id : span.tagIds) {
        if (const Tag *t = tag(id))
            names << t->name;
    }
    return names;
}

QStringList BundleLookup::tagPaths(const Span &span, const QString &separator) const
{
    QStringList paths;
    for (qint64 id : span.tagIds) {
        if (tag(id))
            paths << tagPath(id, separator);
    }
    return paths;
}

QColor BundleLookup::spanColor(const Span &span) const
{
    for (qint64 id : span.tagIds) {
        if (const Tag *t = tag(id); t && t->color.isValid())
            return t->color;
    }
    return neutralColor();
}

QList<const Tag *> BundleLookup::children(qint64 parentId) const
{
    return m_children.value(parentId);
}

QString BundleLookup::authorOf(const Span &span) const
{
    return span.author.isEmpty() ? m_bundle.author : span.author;
}

} // namespace crossread
