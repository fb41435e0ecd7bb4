#include "commands/SetArticleMetadataCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

SetArticleMetadataCommand::SetArticleMetadataCommand(
    Project *project, qint64 articleId, const ArticleMetadata &metadata, ArticleFields fields, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_articleId(articleId)
    , m_new(metadata)
    , m_fields(fields)
{
    m_new.title = m_new.title.simplified();
    m_new.outlet = m_new.outlet.simplified();
    m_new.author = m_new.author.simplified();
    setText(tr("Properties of article %1").arg(articleId));
}

bool SetArticleMetadataCommand::apply(bool undo)
{
    if (!m_project || !m_project->isOpen())
        return false;
    if (!m_done) {
        if (m_fields.testFlag(ArticleField::Title) && m_new.title.isEmpty()) {
            commands::reportRefusal(m_project, tr("an article needs a title"));
            return false;
        }
        bool found = false;
        const Article article = m_project->articles().article(m_articleId, &found);
        if (!found) {
            commands::reportRefusal(m_project, tr("article %1 does not exist").arg(m_articleId));
            return false;
        }
        m_done = true;
        m_readVersion = article.stamp.version;
        m_old = article.metadata();
        m_oldEdited = article.edited;
        // Only the fields that change become the analyst's.
        ArticleMetadata next = m_old;
        ArticleFields changed;
        if (m_fields.testFlag(ArticleField::Title) && m_new.title != m_old.title) {
            next.title = m_new.title;
            changed |= ArticleField::Title;
        }
        if (m_fields.testFlag(ArticleField::Outlet) && m_new.outlet != m_old.outlet) {
            next.outlet = m_new.outlet;
            changed |= ArticleField::Outlet;
        }
        if (m_fields.testFlag(ArticleField::Author) && m_new.author != m_old.author) {
            next.author = m_new.author;
            changed |= ArticleField::Author;
        }
        if (m_fields.testFlag(ArticleField::Published) && m_new.published != m_old.published) {
            next.published = m_new.published;
            changed |= ArticleField::Published;
        }
        if (!changed)
            return false; // nothing would change: no undo step
        m_new = next;
        m_newEdited = m_oldEdited | changed;
        setText(tr("Properties of “%1”").arg(commands::shortQuote(m_old.title)));
    }
    // The first time the version just read; later the one this project wrote last.
    const qint64 version = m_applied ? m_project->writtenArticleVersion(m_articleId, m_readVersion) : m_readVersion;
    const bool saved = undo ? m_project->setArticleMetadata(m_articleId, m_old, m_oldEdited, version)
                            : m_project->setArticleMetadata(m_articleId, m_new, m_newEdited, version);
    m_applied = m_applied || saved;
    return saved;
}

void SetArticleMetadataCommand::redo()
{
    if (!apply(false))
        setObsolete(true);
}

void SetArticleMetadataCommand::undo()
{
    if (!apply(true))
        setObsolete(true);
}

} // namespace crossread
