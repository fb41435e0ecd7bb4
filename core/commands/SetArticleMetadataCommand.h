#pragma once
// Corrects an article's title, outlet, author or date by hand. The fields it changes become
// the analyst's (a re-import keeps them); undo restores the old values and which fields were
// the analyst's before. No undo step when nothing would change.
#include "domain/Types.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class SetArticleMetadataCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetArticleMetadataCommand)
public:
    // Sets the FIELDS of METADATA on the article; the others keep their values.
    SetArticleMetadataCommand(Project *project, qint64 articleId, const ArticleMetadata &metadata, ArticleFields fields,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(bool undo);
    QPointer<Project> m_project;
    qint64 m_articleId;
    ArticleMetadata m_new;
    ArticleFields m_fields;
    ArticleMetadata m_old;
    ArticleFields m_oldEdited;
    ArticleFields m_newEdited;
    bool m_done = false;
    bool m_applied = false; // saved once: replays expect the version this project wrote
    qint64 m_readVersion = 0;
};

} // namespace crossread
