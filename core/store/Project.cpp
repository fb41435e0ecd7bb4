#include "store/Project.h"

#include "domain/CodePoints.h"
#include "domain/CoderName.h"
#include "store/ArticleReviser.h"
#include "store/ProjectLocation.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

namespace crossread {

Project::Project(QObject *parent)
    : QObject(parent)
{ }

Project::~Project()
{
    close();
}

bool Project::open(const QString &dbPath, OpenMode mode)
{
    close();
    m_error.clear();
    if (!m_db.open(dbPath, mode)) {
        m_error = m_db.error();
        return false;
    }
    emit opened();
    return true;
}

void Project::close()
{
    if (!m_db.isOpen())
        return;
    m_db.close();
    emit closed();
}

QString Project::name() const
{
    if (m_db.isServer())
        return ProjectLocation(m_db.path()).database();
    const QFileInfo info(m_db.path());
    if (info.dir().dirName() == QLatin1String(".crossread")) {
        QDir folder = info.dir();
        folder.cdUp();
        return folder.dirName();
    }
    return info.completeBaseName();
}

QString Project::userName() const
{
    return CoderName::systemUser();
}

QString Project::defaultCoder()
{
    const QString coder = m_db.metaValue(QStringLiteral("default_coder"));
    return coder.isEmpty() ? userName() : coder;
}

QString Project::projectPathForFolder(const QString &folder)
{
    return QDir(QFileInfo(folder).absoluteFilePath()).filePath(QStringLiteral(".crossread/project.db"));
}

QString Project::findProjectFrom(const QString &folder)
{
    QDir dir(QFileInfo(folder).absoluteFilePath());
    while (true) {
        const QString candidate = dir.filePath(QStringLiteral(".crossread/project.db"));
        if (QFileInfo(candidate).isFile())
            return candidate;
        if (!dir.cdUp())
            return {};
    }
}

bool Project::beginEdit()
{
    if (!m_db.begin())
        return fail();
    ++m_editDepth;
    return true;
}

bool Project::commitEdit()
{
    if (m_editDepth == 0)
        return false;
    const bool outermost = --m_editDepth == 0;
    if (!m_db.commit()) {
        if (outermost)
            m_held.clear();
        return fail();
    }
    if (outermost) {
        const QList<std::function<void()>> held = std::exchange(m_held, {});
        for (const auto &signal : held)
            signal();
    }
    return true;
}

void Project::cancelEdit()
{
    if (m_editDepth == 0)
        return;
    // SQLite has one transaction per connection: rolling back drops the outer edit too.
    m_editDepth = 0;
    m_db.rollback();
    m_held.clear();
}

void Project::announce(std::function<void()> signal)
{
    if (m_editDepth > 0)
        m_held.append(std::move(signal));
    else
        signal();
}

bool Project::fail()
{
    m_error = m_db.error();
    emit errorOccurred(m_error);
    return false;
}

bool Project::nameTaken(const Tag &tag)
{
    if (!m_tags.childNamed(tag.parentId, tag.name, tag.id))
        return false;
    m_error = tag.parentId > 0 ? tr("“%1” already has a tag named “%2”").arg(m_tags.tag(tag.parentId).name, tag.name)
                               : tr("there is already a top-level tag named “%1”").arg(tag.name);
    emit errorOccurred(m_error);
    return true;
}

bool Project::validateSpan(Span &span, QString *error)
{
    bool found = false;
    const Article article = m_articles.article(span.articleId, &found);
    if (!found) {
        *error = tr("article %1 does not exist").arg(span.articleId);
        return false;
    }
    const CodePoints cp(article.text);
    if (span.start < 0 || span.end <= span.start || span.end > cp.size()) {
        *error = tr("range %1:%2 is outside article %3 (0:%4)")
                     .arg(span.start)
                     .arg(span.end)
                     .arg(span.articleId)
                     .arg(cp.size());
        return false;
    }
    if (span.text.isEmpty())
        span.text = cp.mid(article.text, span.start, span.end);
    return true;
}

bool Project::addSpans(QList<Span> &spans)
{
    const QString coder = defaultCoder();
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    for (Span &s : spans) {
        if (s.author.isEmpty())
            s.author = coder;
        if (!m_spans.insert(s))
            return fail();
    }
    if (!tx.commit())
        return fail();
    announce([=, this] { emit spansAdded(spans); });
    return true;
}

bool Project::removeSpans(const QList<qint64> &ids, QList<SpanSnapshot> *removed)
{
    QList<SpanSnapshot> snapshots;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    for (qint64 id : ids) {
        bool found = false;
        SpanSnapshot snap { m_spans.span(id, &found), m_figures.figuresOfSpan(id) };
        if (!found)
            continue;
        if (!m_spans.remove(id))
            return fail();
        snapshots.append(snap);
    }
    if (!tx.commit())
        return fail();
    QList<Span> spans;
    for (const SpanSnapshot &s : snapshots)
        spans.append(s.span);
    if (removed)
        *removed = snapshots;
    announce([=, this] { emit spansRemoved(spans); });
    for (const SpanSnapshot &s : snapshots) {
        if (!s.figures.isEmpty())
            announce([this, id = s.span.articleId] { emit figuresChanged(id); });
    }
    return true;
}

bool Project::restoreSpans(const QList<SpanSnapshot> &snapshots)
{
    QList<Span> spans;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    for (SpanSnapshot snap : snapshots) {
        if (!m_spans.insert(snap.span))
            return fail();
        for (Figure &f : snap.figures) {
            if (!m_figures.insert(f))
                return fail();
        }
        spans.append(snap.span);
    }
    if (!tx.commit())
        return fail();
    announce([=, this] { emit spansAdded(spans); });
    for (const SpanSnapshot &s : snapshots) {
        if (!s.figures.isEmpty())
            announce([this, id = s.span.articleId] { emit figuresChanged(id); });
    }
    return true;
}

bool Project::updateSpan(const Span &span)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !m_spans.update(span) || !tx.commit())
        return fail();
    announce([=, this] { emit spanChanged(span); });
    return true;
}

bool Project::placeSpan(const Span &span)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    bool found = false;
    const Span before = m_spans.span(span.id, &found);
    if (!found) {
        m_error = tr("span %1 no longer exists").arg(span.id);
        emit errorOccurred(m_error);
        return false;
    }
    if (!m_spans.update(span) || (!span.isOrphan() && !ArticleReviser::moveFigures(m_db, before, span)) || !tx.commit())
        return fail();
    announce([=, this] {
        emit spanChanged(span);
        emit figuresChanged(span.articleId);
    });
    return true;
}

bool Project::addTag(Tag &tag)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    if (nameTaken(tag))
        return false;
    if (tag.position < 0)
        tag.position = m_tags.nextPosition(tag.parentId);
    if (!m_tags.insert(tag) || !tx.commit())
        return fail();
    announce([=, this] { emit tagAdded(tag); });
    return true;
}

bool Project::setArticleMetadata(qint64 articleId, const ArticleMetadata &metadata, ArticleFields edited)
{
    Transaction tx(m_db);
    if (!tx.isActive() || !m_articles.setMetadata(articleId, metadata, edited) || !tx.commit())
        return fail();
    announce([=, this] { emit articleChanged(articleId); });
    return true;
}

bool Project::updateTag(const Tag &tag)
{
    return updateTags({ tag });
}

bool Project::updateTags(const QList<Tag> &tags)
{
    // A tag may not become its own ancestor.
    for (const Tag &tag : tags) {
        if (tag.parentId > 0 && m_tags.subtree(tag.id).contains(tag.parentId)) {
            m_error = tr("a tag cannot be moved into itself");
            emit errorOccurred(m_error);
            return false;
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    for (const Tag &tag : tags) {
        if (nameTaken(tag))
            return false;
        if (!m_tags.update(tag))
            return fail();
    }
    if (!tx.commit())
        return fail();
    for (const Tag &tag : tags)
        announce([=, this] { emit tagChanged(tag); });
    return true;
}

bool Project::removeTag(qint64 id, TagSnapshot *snapshot)
{
    TagSnapshot snap;
    const QList<qint64> ids = m_tags.subtree(id);
    QHash<qint64, Tag> byId;
    for (const Tag &t : m_tags.tags())
        byId.insert(t.id, t);
    for (qint64 tid : ids) {
        if (byId.contains(tid))
            snap.tags.append(byId.value(tid)); // subtree() lists parents before children
    }
    snap.links = m_spans.linksOfTags(ids);
    Transaction tx(m_db);
    if (!tx.isActive() || !m_tags.remove(id) || !tx.commit())
        return fail();
    if (snapshot)
        *snapshot = snap;
    announce([=, this] { emit tagsRemoved(ids); });
    return true;
}

bool Project::restoreTags(const TagSnapshot &snapshot)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    for (Tag t : snapshot.tags) {
        if (!m_tags.insert(t))
            return fail();
    }
    for (const auto &link : snapshot.links) {
        if (!m_spans.insertLink(link.first, link.second))
            return fail();
    }
    if (!tx.commit())
        return fail();
    announce([=, this] { emit tagsReset(); });
    return true;
}

bool Project::addFigure(Figure &figure)
{
    if (figure.author.isEmpty())
        figure.author = defaultCoder();
    Transaction tx(m_db);
    if (!tx.isActive() || !m_figures.insert(figure) || !tx.commit())
        return fail();
    announce([=, this] { emit figuresChanged(figure.articleId); });
    return true;
}

bool Project::removeFigure(qint64 id)
{
    qint64 articleId = 0;
    for (const Figure &f : m_figures.manualFigures()) {
        if (f.id == id)
            articleId = f.articleId;
    }
    Transaction tx(m_db);
    if (!tx.isActive() || !m_figures.remove(id) || !tx.commit())
        return fail();
    announce([=, this] { emit figuresChanged(articleId); });
    return true;
}

void Project::notifyArticlesChanged()
{
    emit articlesChanged();
}

} // namespace crossread
