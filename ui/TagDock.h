#pragma once
// The tag tree (right dock): colour swatches and span counts (per coder in the tooltip),
// add, rename (F2), move by drag and drop, recolour and delete, each an undoable Workspace
// edit; the quick bar below. While a project has no tags the tree says how to start, and
// offers the starter codebook until the analyst takes or skips it.
#include <QDockWidget>
#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

class QAction;
class QFrame;
class QLabel;
class QTreeView;

namespace crossread {

class QuickBar;
class TagTreeModel;
class Workspace;

class TagDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TagDock(QWidget *parent = nullptr);

    void setContext(Workspace *workspace, TagTreeModel *model);

    QTreeView *view() const { return m_view; }
    QuickBar *quickBar() const { return m_quickBar; }
    qint64 currentTagId() const;
    void selectTag(qint64 tagId);

    QAction *newTagAction() const { return m_newTag; }
    QAction *newSubTagAction() const { return m_newSubTag; }
    QAction *renameAction() const { return m_rename; }
    QAction *colorAction() const { return m_color; }
    QAction *deleteAction() const { return m_delete; }
    QAction *filterAction() const { return m_filter; }
    // The offer of the starter codebook: shown while the project has no tags and the
    // analyst has not skipped it for this project.
    QFrame *starterOffer() const { return m_starter; }
    bool acceptStarterCodebook();
    void skipStarterCodebook();

    // The edits behind the actions, without their dialogs.
    qint64 addTag(const QString &name, qint64 parentId); // the new tag's id, 0 on failure
    bool setTagColor(qint64 tagId, const QColor &color);
    // READVERSIONS, READLINKS: the tag and sub-tags, and their codings, as the tree and the
    // question showed them; see Workspace::removeTag.
    bool removeTag(qint64 tagId, const QHash<qint64, qint64> &readVersions = {},
        const std::optional<QList<QPair<qint64, qint64>>> &readLinks = std::nullopt);

signals:
    void filterByTagRequested(qint64 tagId);
    void quickSlotClicked(int slot);

private:
    void newTag(bool asChild);
    void chooseColor();
    void confirmDelete();
    void updateActions();
    void updateStarterOffer();
    QString starterSkipKey() const;

    Workspace *m_workspace = nullptr;
    TagTreeModel *m_model = nullptr;
    QTreeView *m_view;
    QuickBar *m_quickBar;
    QFrame *m_starter;
    QAction *m_newTag;
    QAction *m_newSubTag;
    QAction *m_rename;
    QAction *m_color;
    QAction *m_delete;
    QAction *m_filter;
};

} // namespace crossread
