#pragma once
// The open project and everything that edits it: the one owner of the undo history and of
// the intent-level edits that the reader, the compare panes, the docks and the command
// line call (tag a range, set a note, correct a figure, rename a tag…). Each edit is made
// by the current coder, is one undo step and is written in one transaction; an edit that
// is refused or fails changes nothing, leaves no undo step and says why in lastError()
// (and through the project's errorOccurred). Read through project() and its stores and
// follow its signals; write only through here. The undo commands are this class's tools.
#include "domain/Types.h"
#include "store/ProjectOpenMode.h"
#include "store/SearchIndex.h"

#include <QColor>
#include <QObject>

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace crossread {

class AddFigureCommand;
class EditGroupCommand;
class Project;

// What an edit did: made or changed something (Done), found it done already (Unchanged),
// or was refused or failed (Failed; lastError() says why).
struct EditResult
{
    enum Outcome { Done, Unchanged, Failed };
    Outcome outcome = Failed;
    qint64 id = 0; // the span, tag or figure made, changed or found
    bool done() const { return outcome == Done; }
    bool failed() const { return outcome == Failed; }
};

// One tag's place after a move: under parentId (0 = top level) at row position among its
// new siblings (-1 = last).
struct TagMove
{
    qint64 tagId = 0;
    qint64 parentId = 0;
    int position = -1;
};

class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    Project *project() const { return m_project; }
    // Opens a project file; the undo history starts afresh. Only an import passes
    // CreateIfMissing: otherwise a missing path, an empty file or another program's database
    // is refused and left untouched (lastError() says why).
    bool open(const QString &path, ProjectOpenMode mode = ProjectOpenMode::ExistingOnly);
    void close();
    bool isOpen() const;
    // Why the last edit (or open) was refused or failed; empty after one that went through.
    QString lastError() const { return m_lastError; }

    // Who makes the edits from here on; an empty name means the operating system's user.
    QString coder() const { return m_coder; }
    void setCoder(const QString &name);

    // The history, for Undo/Redo actions and views of it; edits go through the functions below.
    QUndoStack *undoStack() const { return m_undoStack; }
    bool canUndo() const;
    bool canRedo() const;
    void undo();
    void redo();

    // Spans. Tagging finds or makes a span of the coder's own at exactly that range.
    EditResult applyTag(qint64 articleId, const TextRange &range, qint64 tagId);
    bool setNote(qint64 spanId, const QString &note);
    bool removeSpans(const QList<qint64> &spanIds);
    struct SearchTagging
    {
        EditResult::Outcome outcome = EditResult::Failed;
        int created = 0;
        int skipped = 0; // empty, out of the article, or tagged by this coder already
    };
    SearchTagging tagSearchResults(const QList<SearchHit> &hits, qint64 tagId);

    // The command line's one gesture: tag a range with the tag at PATH, else (a PATH without
    // '/') the tag of that name anywhere in the tree, else a new one; and optionally set the
    // span's note and a figure on it. The tag is looked up, or made, inside the edit's
    // transaction, which holds the write lock from the start: processes coding with one new
    // name at once make it once. All or nothing, one undo step. id is the span.
    struct Coding
    {
        EditResult result;
        qint64 tagId = 0;
        bool tagCreated = false; // the tag did not exist and was made by this edit
    };
    Coding codeRange(qint64 articleId, const TextRange &range, const QString &tagPath,
        const std::optional<QString> &note = std::nullopt, const std::optional<Figure> &figure = std::nullopt);
    // The window's "new tag" gesture: tags the range with the tag at PATH — "Name", or "Name"
    // inside the existing tag at path "Parent" for "Parent/Name" — created when there is none
    // (another window or process may just have made it). codeRange without note and figure,
    // looking the tag up at its path only.
    Coding createTagAndApply(qint64 articleId, const TextRange &range, const QString &path);

    // Figures set by hand. setFigure replaces the hand figures at exactly the figure's range
    // (a correction); id is the new figure.
    EditResult setFigure(const Figure &figure);
    bool removeFigure(qint64 figureId);

    // Tags. A new tag without a colour gets the palette's next one.
    EditResult createTag(const QString &name, qint64 parentId = 0, const QColor &color = QColor());
    bool renameTag(qint64 tagId, const QString &name);
    bool setTagColor(qint64 tagId, const QColor &color);
    bool moveTags(const QList<TagMove> &moves);
    bool removeTag(qint64 tagId);

    // "Parent/Child" paths of tags, matched without regard to case; 0 when there is none.
    qint64 tagAtPath(const QString &path) const;
    QString tagPath(qint64 tagId) const;

signals:
    void coderChanged(const QString &coder);

private:
    // Builds one undo step from the children BUILD runs in the group and pushes it. BUILD
    // returns false to stop: a refusal when lastError() is set, else nothing to do.
    EditResult::Outcome perform(const QString &text, const std::function<bool(EditGroupCommand &)> &build);
    // Pushes a command that may merge with the one before (typing a note, picking colours).
    bool push(QUndoCommand *command);
    bool refuse(const QString &message);
    bool tagExists(qint64 tagId) const;
    // The coder's own span of exactly RANGE; found is false when there is none.
    Span ownSpan(qint64 articleId, const TextRange &range, bool *found) const;
    Tag newTagFromPath(const QString &path) const;
    // Where codeRange looks for the tag it names before making one.
    enum class TagLookup { AtPath, AtPathOrNameAnywhere };
    Coding code(qint64 articleId, const TextRange &range, const QString &path, TagLookup lookup,
        const std::optional<QString> &note, const std::optional<Figure> &figure);
    // Fills coding.tagId (and tagCreated); false when making the tag was refused.
    bool tagForCoding(EditGroupCommand &group, const QString &path, TagLookup lookup, Coding &coding);
    // Adds FIGURE as the coder's hand figure to GROUP, replacing those at its range.
    AddFigureCommand *setFigureIn(EditGroupCommand &group, Figure figure);
    QColor nextTagColor() const;

    Project *m_project;
    QUndoStack *m_undoStack;
    QString m_coder;
    QString m_lastError;
};

} // namespace crossread
