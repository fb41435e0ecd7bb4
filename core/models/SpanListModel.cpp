#include "models/SpanListModel.h"

#include "store/Project.h"

#include <QSet>

#include <algorithm>

namespace crossread {

SpanListModel::SpanListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

Project *SpanListModel::project() const
{
    return m_project;
}

void SpanListModel::setProject(Project *project)
{
    if (m_project == project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_articleId = 0;
    if (m_project) {
        connect(m_project, &Project::spansAdded, this, &SpanListModel::onSpansAdded);
        connect(m_project, &Project::spansRemoved, this, &SpanListModel::onSpansRemoved);
        connect(m_project, &Project::spanChanged, this, &SpanListModel::onSpanChanged);
        connect(m_project, &Project::tagAdded, this, [this](const Tag &t) { m_tags.insert(t.id, t); });
        connect(m_project, &Project::tagChanged, this, &SpanListModel::onTagChanged);
        connect(m_project, &Project::tagsRemoved, this, &SpanListModel::onTagsRemoved);
        // A restored tag subtree brings its span links back: read the article again.
        connect(m_project, &Project::tagsReset, this, &SpanListModel::reload);
        connect(m_project, &Project::articlesChanged, this, &SpanListModel::reload);
        connect(m_project, &Project::opened, this, &SpanListModel::reload);
        connect(m_project, &Project::changedElsewhere, this, &SpanListModel::reload);
        connect(m_project, &Project::closed, this, [this] { setArticle(0); });
    }
    reload();
}

void SpanListModel::setArticle(qint64 articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    reload();
}

void SpanListModel::reloadTags()
{
    m_tags.clear();
    if (!m_project || !m_project->isOpen())
        return;
    for (const Tag &t : m_project->tags().tags())
        m_tags.insert(t.id, t);
}

void SpanListModel::reload()
{
    beginResetModel();
    m_spans.clear();
    reloadTags();
    if (m_project && m_project->isOpen() && m_articleId > 0) {
        m_spans = m_project->spans().spansOfArticle(m_articleId);
        std::sort(m_spans.begin(), m_spans.end(), spanLess);
    }
    endResetModel();
}

int SpanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spans.size());
}

QStringList SpanListModel::tagNames(const Span &span) const
{
    QStringList names;
    for (qint64 id : span.tagIds) {
        auto it = m_tags.constFind(id);
        if (it != m_tags.cend())
            names << it->name;
    }
    return names;
}

QColor SpanListModel::color(const Span &span) const
{
    for (qint64 id : span.tagIds) {
        auto it = m_tags.constFind(id);
        if (it != m_tags.cend())
            return it->color;
    }
    return {};
}

static QString oneLine(const QString &text, int maxChars)
{
    QString s = text.simplified();
    if (s.size() > maxChars)
        s = s.left(maxChars - 1).trimmed() + QChar(0x2026);
    return s;
}

QVariant SpanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Span &s = m_spans.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts { tr("“%1”").arg(oneLine(s.text, 160)) };
        const QStringList names = tagNames(s);
        if (!names.isEmpty())
            parts << names.join(QStringLiteral(", "));
        // The whole note, on lines of its own (the list wraps): a note is what the analyst
        // thought, and half of it may say the opposite of the whole.
        const QString line = parts.join(QStringLiteral(" — "));
        return s.note.isEmpty() ? line : line + QStringLiteral("\n") + tr("Note: %1").arg(s.note.trimmed());
    }
    case Qt::ToolTipRole: {
        // Rich text, so that the tooltip wraps a long quote or note instead of running off screen.
        QString tip = QStringLiteral("<p>%1</p>").arg(s.text.toHtmlEscaped());
        if (!s.note.isEmpty())
            tip += QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(tr("Note:").toHtmlEscaped(),
                           s.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        return tip;
    }
    case Qt::DecorationRole:
    case ColorRole:
        return color(s);
    case SpanIdRole:
        return s.id;
    case StartRole:
        return s.start;
    case EndRole:
        return s.end;
    case TagIdsRole: {
        QVariantList ids;
        for (qint64 id : s.tagIds)
            ids << id;
        return ids;
    }
    case TagNamesRole:
        return tagNames(s);
    case NoteRole:
        return s.note;
    case AuthorRole:
        return s.author;
    case TextRole:
        return s.text;
    case VersionRole:
        return s.stamp.version;
    default:
        return {};
    }
}

QHash<int, QByteArray> SpanListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SpanIdRole, "spanId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(TagIdsRole, "tagIds");
    names.insert(TagNamesRole, "tagNames");
    names.insert(NoteRole, "note");
    names.insert(ColorRole, "color");
    names.insert(AuthorRole, "author");
    names.insert(TextRole, "text");
    names.insert(VersionRole, "version");
    return names;
}

int SpanListModel::rowForSpan(qint64 id) const
{
    for (int row = 0; row < m_spans.size(); ++row) {
        if (m_spans.at(row).id == id)
            return row;
    }
    return -1;
}

bool SpanListModel::spanLess(const Span &a, const Span &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    return a.id < b.id;
}

int SpanListModel::sortedRow(const Span &span) const
{
    return int(std::lower_bound(m_spans.cbegin(), m_spans.cend(), span, spanLess) - m_spans.cbegin());
}

void SpanListModel::onSpansAdded(const QList<Span> &spans)
{
    for (const Span &s : spans) {
        if (s.articleId != m_articleId || m_articleId == 0 || s.isOrphan())
            continue; // an orphan has no place in the text (the Needs attention panel lists it)
        if (rowForSpan(s.id) >= 0) {
            onSpanChanged(s);
            continue;
        }
        Span copy = s;
        std::sort(copy.tagIds.begin(), copy.tagIds.end());
        const int row = sortedRow(copy);
        beginInsertRows({}, row, row);
        m_spans.insert(row, copy);
        endInsertRows();
    }
}

void SpanListModel::onSpansRemoved(const QList<Span> &spans)
{
    for (const Span &s : spans) {
        if (s.articleId != m_articleId || m_articleId == 0)
            continue;
        const int row = rowForSpan(s.id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_spans.removeAt(row);
        endRemoveRows();
    }
}

void SpanListModel::onSpanChanged(const Span &span)
{
    if (span.articleId != m_articleId || m_articleId == 0)
        return;
    if (span.isOrphan()) {
        onSpansRemoved({ span });
        return;
    }
    const int oldRow = rowForSpan(span.id);
    if (oldRow < 0) {
        onSpansAdded({ span });
        return;
    }
    Span copy = span;
    std::sort(copy.tagIds.begin(), copy.tagIds.end());
    // The project announces the span as the caller passed it; keep what it does not carry.
    if (copy.text.isEmpty())
        copy.text = m_spans.at(oldRow).text;
    if (copy.author.isEmpty())
        copy.author = m_spans.at(oldRow).author;
    if (!copy.created.isValid())
        copy.created = m_spans.at(oldRow).created;
    // Rank among the other spans: the old entry still sits in the list at oldRow.
    const int newRow = sortedRow(copy) - (spanLess(m_spans.at(oldRow), copy) ? 1 : 0);
    if (newRow != oldRow) {
        beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
        m_spans.removeAt(oldRow);
        m_spans.insert(newRow, copy);
        endMoveRows();
    } else {
        m_spans[oldRow] = copy;
    }
    const QModelIndex idx = index(newRow);
    emit dataChanged(idx, idx);
}

void SpanListModel::emitRowsWithTag(qint64 tagId)
{
    for (int row = 0; row < m_spans.size(); ++row) {
        if (m_spans.at(row).tagIds.contains(tagId)) {
            const QModelIndex idx = index(row);
            emit dataChanged(idx, idx, { Qt::DisplayRole, Qt::DecorationRole, ColorRole, TagNamesRole });
        }
    }
}

void SpanListModel::onTagChanged(const Tag &tag)
{
    m_tags.insert(tag.id, tag);
    emitRowsWithTag(tag.id);
}

void SpanListModel::onTagsRemoved(const QList<qint64> &ids)
{
    // The store drops the removed tags' links with them; mirror that here.
    const QSet<qint64> removed(ids.cbegin(), ids.cend());
    for (int row = 0; row < m_spans.size(); ++row) {
        QList<qint64> &tagIds = m_spans[row].tagIds;
        if (tagIds.removeIf([&removed](qint64 id) { return removed.contains(id); }) > 0) {
            const QModelIndex idx = index(row);
            emit dataChanged(idx, idx, { Qt::DisplayRole, Qt::DecorationRole, ColorRole, TagNamesRole, TagIdsRole });
        }
    }
    for (qint64 id : ids)
        m_tags.remove(id);
}

} // namespace crossread
