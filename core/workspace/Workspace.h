#pragma once
// The open project and everything that edits it: the one owner of the undo history and of
// the intent-level edits that the reader, the compare panes, the docks and the command
// line call (tag a range, set a note, correct a figure, rename a tag…). Each edit is made
// by the current coder, is one undo step and is written in one transaction; an edit that
// is refused or fails changes nothing, leaves no undo step and says why in lastError()
// (and through the project's errorOccurred). Read through project() and its stores and
// follow its signals; write only through here. The undo commands are this class's tools.
#include "agreement/Disagreements.h"
#include "domain/Types.h"
#include "store/ProjectOpenMode.h"
#include "store/SearchIndex.h"

#include <QColor>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace crossread {

class AddFigureCommand;
class ChangeWatcher;
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
    // Whether other analysts' commits to the open project (and those opened later) are watched
    // for: when they are, the project announces changedElsewhere() within a second of one, and
    // the models read again. A window watches while it is open; the command line does not.
    void setWatchingChanges(bool on);
    bool isWatchingChanges() const { return m_watching; }

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
    // READVERSION is the version of the span the analyst saw (Span::stamp); when another analyst
    // has changed the span since, the note is not saved and conflictOccurred says so. -1: the
    // span as it is stored now.
    bool setNote(qint64 spanId, const QString &note, qint64 readVersion = -1);
    // READVERSIONS: the versions of the spans the analyst saw, by id (Span::stamp); when another
    // analyst has changed one since, none is removed and conflictOccurred says so. A span not in
    // it: as it is stored now.
    bool removeSpans(const QList<qint64> &spanIds, const QHash<qint64, qint64> &readVersions = {});
    // Places a span (an orphan from the Needs attention panel) on RANGE of its article's
    // current text, its figures with it; undo makes it an orphan again.
    bool reattachSpan(qint64 spanId, const TextRange &range);
    struct SearchTagging
    {
        EditResult::Outcome outcome = EditResult::Failed;
        int created = 0;
        int skipped = 0; // empty, out of the article, or tagged by this coder already
        qint64 tagId = 0;
        bool tagCreated = false;
    };
    SearchTagging tagSearchResults(const QList<SearchHit> &hits, qint64 tagId);
    // The same with the tag at PATH ("Name" or "Parent/Name"), created when there is none, in
    // the same undo step.
    SearchTagging tagSearchResultsWithTagAt(const QList<SearchHit> &hits, const QString &path);

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

    // Articles: corrects the FIELDS of METADATA (title, outlet, author, date) of an article;
    // corrected fields stay as the analyst set them when the file is imported again.
    bool setArticleMetadata(qint64 articleId, const ArticleMetadata &metadata, ArticleFields fields);

    // Tags. A new tag without a colour gets the palette's next one.
    EditResult createTag(const QString &name, qint64 parentId = 0, const QColor &color = QColor());
    // The starter codebook (StarterCodebook) as top-level tags with their descriptions, in one
    // undo step; a name the tree has already is left out. id is the first tag made.
    EditResult addStarterCodebook();
    bool renameTag(qint64 tagId, const QString &name);
    bool setTagColor(qint64 tagId, const QColor &color);
    bool moveTags(const QList<TagMove> &moves);
    // READVERSIONS: the tag and its sub-tags as the analyst saw them, by id (Tag::stamp); when
    // another analyst has changed one since, or made a sub-tag the analyst did not see, nothing is
    // removed and conflictOccurred says so. Empty: the subtree as it is stored now. READLINKS:
    // the codings with them the analyst was told of (codingsOfTag); a span coded or uncoded
    // with them since is a conflict too. None: the codings as they are stored now.
    bool removeTag(qint64 tagId, const QHash<qint64, qint64> &readVersions = {},
        const std::optional<QList<QPair<qint64, qint64>>> &readLinks = std::nullopt);
    // The (span, tag) links of tag TAGID and its sub-tags, as stored now.
    QList<QPair<qint64, qint64>> codingsOfTag(qint64 tagId) const;

    // Adjudication: settles a disagreement of two coders by writing the consensus coder's
    // coding of its tag over its stretch — the first coder's ranges, the second's, both
    // coders' spans, or their union — in place of the consensus coding of that tag there
    // before. The consensus coder must be neither of the two. One undo step.
    enum class Adjudication { AcceptFirst, AcceptSecond, KeepBoth, MergeUnion };
    EditResult adjudicate(const Disagreement &disagreement, Adjudication choice, const QString &consensusCoder);
    static QString defaultConsensusCoder() { return QStringLiteral("consensus"); }
    // Copies the stretches both coders coded alike (findAgreements) into the consensus coding,
    // where it does not carry them yet. One undo step; Unchanged when all are there.
    EditResult adoptAgreements(const QList<Disagreement> &agreements, const QString &consensusCoder);

    // "Parent/Child" paths of tags, matched without regard to case; 0 when there is none.
    qint64 tagAtPath(const QString &path) const;
    QString tagPath(qint64 tagId) const;

signals:
    void coderChanged(const QString &coder);
    // An edit, undo or redo was refused because another analyst changed the same row since it
    // was read; MESSAGE names the row, who changed it and when. Nothing was saved, and no undo
    // step was left behind for it.
    void conflictOccurred(const QString &message);

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
    void restartWatcher();
    QString m_coder;
    QString m_lastError;
    ChangeWatcher *m_watcher = nullptr;
    bool m_watching = false;
};

} // namespace crossread
