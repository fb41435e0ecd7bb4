#pragma once
// An open project: the database, the stores over it, and the only mutation entry points.
// Each mutation runs in one transaction and, once committed, announces itself with a
// signal so that every model updates. Commands (core/commands) are its only callers.
#include "domain/Types.h"
#include "store/ArticleStore.h"
#include "store/ChangeWatcher.h"
#include "store/ClaimIndex.h"
#include "store/Database.h"
#include "store/FigureStore.h"
#include "store/SpanStore.h"
#include "store/PostgresSearchIndex.h"
#include "store/SqliteSearchIndex.h"
#include "store/TagStore.h"
#include "store/VersionStore.h"

#include <QObject>

#include <functional>

namespace crossread {

// Everything a removed tag subtree took with it, so undo can put it back.
struct TagSnapshot
{
    QList<Tag> tags; // parents before children
    QList<QPair<qint64, qint64>> links; // (span, tag)
};

struct SpanSnapshot
{
    Span span;
    QList<Figure> figures;
};

class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    using OpenMode = Database::OpenMode;
    // Opens a project file or a team project's postgresql:// URL; only an import (and a push)
    // passes CreateIfMissing. error() says why not.
    bool open(const QString &dbPath, OpenMode mode = OpenMode::ExistingOnly);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    QString name() const;
    QString error() const { return m_error; }
    QString userName() const; // the operating system's user (CoderName::systemUser)
    // Who coded the rows written before coders were recorded; spans added without a coder get it.
    QString defaultCoder();

    // The default project file for a folder, and the project above a working folder.
    static QString projectPathForFolder(const QString &folder);
    static QString findProjectFrom(const QString &folder); // empty when none

    Database &database() { return m_db; }
    ArticleStore &articles() { return m_articles; }
    TagStore &tags() { return m_tags; }
    SpanStore &spans() { return m_spans; }
    FigureStore &figures() { return m_figures; }
    VersionStore &versions() { return m_versions; }
    SearchIndex &searchIndex() { return m_db.isServer() ? static_cast<SearchIndex &>(m_serverSearch) : m_search; }
    ClaimIndex &claimIndex() { return m_claims; }

    // The version an edit expects each row it removes to be at, by id: the one the analyst saw,
    // or (undo and redo) the one this project last wrote.
    using RowVersions = QHash<qint64, qint64>;

    // Mutations. Spans and tags keep their id when it is set (undo/redo restore them).
    bool addSpans(QList<Span> &spans);
    // Removes the spans of EXPECTED (in the order of their ids) if each is still at its version
    // there; when any was changed by another analyst since, nothing is removed and a conflict is
    // reported (as updateSpan). Spans gone already are left out of *REMOVED.
    bool removeSpans(const RowVersions &expected, QList<SpanSnapshot> *removed);
    bool restoreSpans(const QList<SpanSnapshot> &snapshots);
    // Writes SPAN if the stored row is still at span.stamp.version, the version the edit read;
    // otherwise nothing is written and a conflict is reported (conflictOccurred, errorOccurred).
    bool updateSpan(Span span);
    // Puts a span where SPAN says (a range, or an orphan's none) and moves its hand figures along;
    // versions as updateSpan.
    bool placeSpan(Span span);
    // The version this project last wrote of span ID, or FALLBACK when it wrote none since it
    // was opened: undo and redo expect the row as they left it.
    qint64 writtenSpanVersion(qint64 id, qint64 fallback) const { return m_spanVersions.value(id, fallback); }
    // Who the edits from here on are by, recorded as each written row's last writer.
    void setEditor(const QString &coder) { m_db.setEditor(coder); }
    bool addTag(Tag &tag);
    // Versions as updateSpan: each tag is written only if still at tag.stamp.version.
    bool updateTag(const Tag &tag);
    // Several tags in one transaction (a move renumbers the new siblings): all or none.
    bool updateTags(const QList<Tag> &tags);
    // As writtenSpanVersion, for tags.
    qint64 writtenTagVersion(qint64 id, qint64 fallback) const { return m_tagVersions.value(id, fallback); }
    // Removes tag ID with its sub-tags and their span links if every tag of that subtree is at
    // its version in EXPECTED; a tag changed since, or a sub-tag EXPECTED does not name (another
    // analyst made or moved it there), is a conflict as in removeSpans: nothing is removed.
    // With EXPECTEDLINKS, the (span, tag) links of the subtree the analyst saw: a span another
    // analyst coded with one of these tags since, or uncoded, is a conflict too.
    bool removeTag(qint64 id, const RowVersions &expected, TagSnapshot *snapshot,
        const QList<QPair<qint64, qint64>> *expectedLinks = nullptr);
    bool restoreTags(const TagSnapshot &snapshot);
    // An analyst's correction of an article's title, outlet, author and date; EDITED says which
    // fields are now the analyst's (a re-import leaves those as they are).
    // Versions as updateSpan: saved only if the article is still at READVERSION.
    bool setArticleMetadata(
        qint64 articleId, const ArticleMetadata &metadata, ArticleFields edited, qint64 readVersion);
    // As writtenSpanVersion, for articles' metadata.
    qint64 writtenArticleVersion(qint64 id, qint64 fallback) const { return m_articleVersions.value(id, fallback); }
    // A hand figure added to or removed from a span counts as a write of the span (a new row
    // version): removing the span, or undoing its creation, after another analyst's figure on it
    // is a conflict rather than a silent loss of the figure.
    bool addFigure(Figure &figure);
    bool removeFigure(qint64 id);

    // Several mutations as one edit: one transaction, and the mutations' signals held back
    // until it commits, so that no model sees half an edit. cancelEdit() rolls all of it
    // back and drops the signals. Edits nest; only the outermost commits.
    bool beginEdit();
    bool commitEdit();
    void cancelEdit();
    bool inEdit() const { return m_editDepth > 0; }

    // Spans must lie inside the article and on its text; fills span.text when empty.
    bool validateSpan(Span &span, QString *error);
    // Reports that articles were imported or changed by another connection.
    void notifyArticlesChanged();
    // A watcher of other connections' commits to this project, for its engine; stopped.
    ChangeWatcher *createChangeWatcher(QObject *parent);
    // Another connection committed: every model reads again what it shows (changedElsewhere).
    void notifyChangedElsewhere();

signals:
    void spansAdded(const QList<crossread::Span> &spans);
    void spansRemoved(const QList<crossread::Span> &spans);
    void spanChanged(const crossread::Span &span);
    void tagAdded(const crossread::Tag &tag);
    void tagChanged(const crossread::Tag &tag);
    void tagsRemoved(const QList<qint64> &ids);
    void tagsReset();
    void figuresChanged(qint64 articleId);
    void articlesChanged();
    // One article's title, outlet, author or date changed (its text did not).
    void articleChanged(qint64 articleId);
    void opened();
    // Another analyst's process committed to the project: spans, tags, figures and articles
    // may all have changed.
    void changedElsewhere();
    // A mutation could not be saved (full disk, locked or damaged file); nothing changed.
    void errorOccurred(const QString &message);
    // An edit was refused because another analyst wrote the row since it was read; the message
    // (also sent as errorOccurred) names the row, who changed it and when.
    void conflictOccurred(const QString &message);
    void closed();

private:
    bool fail();
    // Refuses (error and signal) a tag whose name a sibling already has; call inside the transaction.
    bool nameTaken(const Tag &tag);
    // Reports that span ID was written by another connection since the edit read it.
    bool spanConflict(qint64 id);
    // True when STORED are the EXPECTED links; otherwise reports a conflict and returns false.
    bool linksAsExpected(const QList<QPair<qint64, qint64>> &stored, const QList<QPair<qint64, qint64>> &expected,
        const QString &tagName);
    bool tagConflict(qint64 id);
    bool articleConflict(qint64 id);
    // Reports a conflict: MESSAGE, and the row's last writer and time.
    bool conflict(const QString &message, const RowStamp &stored);
    // A hand figure of span SPANID was added or removed, which made VERSION its version.
    void spanTouched(qint64 spanId, qint64 version);
    // Records the versions of the spans this project wrote.
    void wrote(const Span &span) { m_spanVersions.insert(span.id, span.stamp.version); }
    // Emits a mutation's signal now, or when the open edit commits.
    void announce(std::function<void()> signal);
    Database m_db;
    ArticleStore m_articles { m_db };
    TagStore m_tags { m_db };
    SpanStore m_spans { m_db };
    FigureStore m_figures { m_db };
    VersionStore m_versions { m_db };
    SqliteSearchIndex m_search { m_db };
    PostgresSearchIndex m_serverSearch { m_db };
    ClaimIndex m_claims { m_db };
    QString m_error;
    int m_editDepth = 0;
    QList<std::function<void()>> m_held;
    QHash<qint64, qint64> m_spanVersions;
    QHash<qint64, qint64> m_tagVersions;
    QHash<qint64, qint64> m_articleVersions;
};

} // namespace crossread
