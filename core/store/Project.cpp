#include "store/Project.h"

#include "domain/CodePoints.h"
#include "domain/CoderName.h"
#include "store/ArticleReviser.h"
#include "store/ProjectLocation.h"
#include "store/PostgresChangeWatcher.h"
#include "store/SqliteChangeWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
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
    m_spanVersions.clear();
    m_tagVersions.clear();
    m_articleVersions.clear();
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
    for (const Span &s : std::as_const(spans))
        wrote(s);
    announce([=, this] { emit spansAdded(spans); });
    return true;
}

bool Project::removeSpans(const RowVersions &expected, QList<SpanSnapshot> *removed)
{
    QList<qint64> ids = expected.keys();
    std::sort(ids.begin(), ids.end());
    QList<SpanSnapshot> snapshots;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    for (qint64 id : std::as_const(ids)) {
        bool found = false;
        SpanSnapshot snap { m_spans.span(id, &found), m_figures.figuresOfSpan(id) };
        if (!found)
            continue;
        switch (m_spans.remove(id, expected.value(id))) {
        case WriteOutcome::Conflict:
            return spanConflict(id);
        case WriteOutcome::Failed:
            return fail();
        case WriteOutcome::Written:
            break;
        }
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
    for (const Span &s : std::as_const(spans))
        wrote(s);
    announce([=, this] { emit spansAdded(spans); });
    for (const SpanSnapshot &s : snapshots) {
        if (!s.figures.isEmpty())
            announce([this, id = s.span.articleId] { emit figuresChanged(id); });
    }
    return true;
}

bool Project::linksAsExpected(
    const QList<QPair<qint64, qint64>> &stored, const QList<QPair<qint64, qint64>> &expected, const QString &tagName)
{
    const QSet<QPair<qint64, qint64>> have(stored.cbegin(), stored.cend());
    const QSet<QPair<qint64, qint64>> want(expected.cbegin(), expected.cend());
    if (have == want)
        return true;
    // A span coded or uncoded since: its last writer is who changed the coding.
    for (const auto &link : have.values() + want.values()) {
        if (have.contains(link) == want.contains(link))
            continue;
        bool found = false;
        m_spans.span(link.first, &found);
        if (found)
            return spanConflict(link.first);
    }
    return conflict(tr("The codings with the tag “%1”").arg(tagName), RowStamp {});
}

bool Project::spanConflict(qint64 id)
{
    bool found = false;
    const Span stored = m_spans.span(id, &found);
    bool articleFound = false;
    const Article article = m_articles.article(stored.articleId, &articleFound);
    const QString where = !article.title.isEmpty()
        ? tr("“%1”").arg(article.title)
        : (articleFound ? QFileInfo(article.path).fileName() : tr("article %1").arg(stored.articleId));
    QString quote = stored.text.simplified();
    if (quote.size() > 40)
        quote = quote.left(39).trimmed() + QChar(0x2026);
    return conflict(tr("The span “%1” in %2").arg(quote, where), stored.stamp);
}

bool Project::tagConflict(qint64 id)
{
    const Tag stored = m_tags.tag(id);
    return conflict(tr("The tag “%1”").arg(stored.name), stored.stamp);
}

bool Project::articleConflict(qint64 id)
{
    const Article stored = m_articles.article(id);
    return conflict(
        tr("The article “%1”").arg(stored.title.isEmpty() ? QFileInfo(stored.path).fileName() : stored.title),
        stored.stamp);
}

bool Project::conflict(const QString &what, const RowStamp &stored)
{
    const QString who = stored.by.isEmpty() ? tr("another analyst") : stored.by;
    const QString when = stored.at.isValid() ? stored.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                             : tr("an unknown time");
    m_error = tr("%1 was changed by %2 at %3; your edit was not saved.").arg(what, who, when);
    emit conflictOccurred(m_error);
    emit errorOccurred(m_error);
    return false;
}

bool Project::updateSpan(Span span)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    switch (m_spans.update(span)) {
    case WriteOutcome::Conflict:
        return spanConflict(span.id);
    case WriteOutcome::Failed:
        return fail();
    case WriteOutcome::Written:
        break;
    }
    if (!tx.commit())
        return fail();
    wrote(span);
    announce([=, this] { emit spanChanged(span); });
    return true;
}

bool Project::placeSpan(Span span)
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
    const WriteOutcome written = m_spans.update(span);
    if (written == WriteOutcome::Conflict)
        return spanConflict(span.id);
    if (written == WriteOutcome::Failed || (!span.isOrphan() && !ArticleReviser::moveFigures(m_db, before, span))
        || !tx.commit())
        return fail();
    wrote(span);
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
    m_tagVersions.insert(tag.id, tag.stamp.version);
    announce([=, this] { emit tagAdded(tag); });
    return true;
}

bool Project::setArticleMetadata(
    qint64 articleId, const ArticleMetadata &metadata, ArticleFields edited, qint64 readVersion)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    qint64 version = readVersion;
    const WriteOutcome outcome = m_articles.setMetadata(articleId, metadata, edited, &version);
    if (outcome == WriteOutcome::Conflict)
        return articleConflict(articleId);
    if (outcome == WriteOutcome::Failed || !tx.commit())
        return fail();
    m_articleVersions.insert(articleId, version);
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
    QList<Tag> written = tags;
    for (Tag &tag : written) {
        if (nameTaken(tag))
            return false;
        const WriteOutcome outcome = m_tags.update(tag);
        if (outcome == WriteOutcome::Conflict)
            return tagConflict(tag.id);
        if (outcome == WriteOutcome::Failed)
            return fail();
    }
    if (!tx.commit())
        return fail();
    for (const Tag &tag : std::as_const(written)) {
        m_tagVersions.insert(tag.id, tag.stamp.version);
        announce([=, this] { emit tagChanged(tag); });
    }
    return true;
}

bool Project::removeTag(
    qint64 id, const RowVersions &expected, TagSnapshot *snapshot, const QList<QPair<qint64, qint64>> *expectedLinks)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
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
    // Children before their parents, each at the version expected: a parent's delete would take
    // its children along unchecked.
    for (auto it = snap.tags.crbegin(); it != snap.tags.crend(); ++it) {
        if (!expected.contains(it->id))
            return tagConflict(it->id);
        switch (m_tags.remove(it->id, expected.value(it->id))) {
        case WriteOutcome::Conflict:
            return tagConflict(it->id);
        case WriteOutcome::Failed:
            return fail();
        case WriteOutcome::Written:
            break;
        }
    }
    if (expectedLinks && !linksAsExpected(snap.links, *expectedLinks, byId.value(id).name))
        return false;
    if (!tx.commit())
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
    QList<Tag> restored;
    for (Tag t : snapshot.tags) {
        if (!m_tags.insert(t))
            return fail();
        restored.append(t);
    }
    for (const auto &link : snapshot.links) {
        if (!m_spans.insertLink(link.first, link.second))
            return fail();
    }
    if (!tx.commit())
        return fail();
    for (const Tag &t : std::as_const(restored))
        m_tagVersions.insert(t.id, t.stamp.version);
    announce([=, this] { emit tagsReset(); });
    return true;
}

bool Project::addFigure(Figure &figure)
{
    if (figure.author.isEmpty())
        figure.author = defaultCoder();
    Transaction tx(m_db);
    qint64 spanVersion = 0;
    if (!tx.isActive() || !m_figures.insert(figure)
        || (figure.spanId > 0 && !m_spans.touch(figure.spanId, &spanVersion)) || !tx.commit())
        return fail();
    if (spanVersion >= 0 && figure.spanId > 0)
        spanTouched(figure.spanId, spanVersion);
    announce([=, this] { emit figuresChanged(figure.articleId); });
    return true;
}

void Project::spanTouched(qint64 spanId, qint64 version)
{
    m_spanVersions.insert(spanId, version);
    // Views holding the span (a reader's context menu offers to remove it at the version shown)
    // take its new version.
    bool found = false;
    const Span span = m_spans.span(spanId, &found);
    if (found)
        announce([=, this] { emit spanChanged(span); });
}

bool Project::removeFigure(qint64 id)
{
    qint64 articleId = 0;
    qint64 spanId = 0;
    for (const Figure &f : m_figures.manualFigures()) {
        if (f.id == id) {
            articleId = f.articleId;
            spanId = f.spanId;
        }
    }
    Transaction tx(m_db);
    qint64 spanVersion = 0;
    if (!tx.isActive() || !m_figures.remove(id) || (spanId > 0 && !m_spans.touch(spanId, &spanVersion)) || !tx.commit())
        return fail();
    if (spanVersion >= 0 && spanId > 0)
        spanTouched(spanId, spanVersion);
    announce([=, this] { emit figuresChanged(articleId); });
    return true;
}

void Project::notifyArticlesChanged()
{
    emit articlesChanged();
}

ChangeWatcher *Project::createChangeWatcher(QObject *parent)
{
    if (m_db.isServer())
        return new PostgresChangeWatcher(m_db, parent);
    return new SqliteChangeWatcher(m_db, SqliteChangeWatcher::kDefaultIntervalMs, parent);
}

void Project::notifyChangedElsewhere()
{
    emit changedElsewhere();
}

} // namespace crossread
