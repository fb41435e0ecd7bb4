#include "TagDock.h"

#include "QuickBar.h"
#include "models/TagTreeModel.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace crossread {

TagDock::TagDock(QWidget *parent)
    : QDockWidget(tr("Tags"), parent)
    , m_view(new QTreeView)
    , m_quickBar(new QuickBar)
{
    setObjectName(QStringLiteral("tagsDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *tools = new QToolBar(box);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->setIconSize(QSize(16, 16));
    m_newTag = tools->addAction(tr("New"), this, [this] { newTag(false); });
    m_newTag->setToolTip(tr("New top-level tag"));
    m_newSubTag = tools->addAction(tr("Sub-tag"), this, [this] { newTag(true); });
    m_newSubTag->setToolTip(tr("New tag inside the selected tag"));
    m_rename = tools->addAction(tr("Rename"), this, [this] { m_view->edit(m_view->currentIndex()); });
    m_rename->setToolTip(tr("Rename the selected tag (F2)"));
    m_color = tools->addAction(tr("Colour…"), this, &TagDock::chooseColor);
    m_delete = tools->addAction(tr("Delete"), this, &TagDock::confirmDelete);
    m_delete->setToolTip(tr("Delete the selected tag, its sub-tags and their highlights (Delete)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_filter = new QAction(tr("Filter Articles by This Tag"), this);
    connect(m_filter, &QAction::triggered, this, [this] { emit filterByTagRequested(currentTagId()); });
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_quickBar);
    setWidget(box);

    m_view->setObjectName(QStringLiteral("tagTree"));
    m_view->addAction(m_delete);
    m_view->setHeaderHidden(false);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *a : { m_filter, m_newTag, m_newSubTag, m_rename, m_color })
        m_view->addAction(a);
    connect(m_quickBar, &QuickBar::slotClicked, this, &TagDock::quickSlotClicked);
    updateActions();
}

void TagDock::setContext(Workspace *workspace, TagTreeModel *model)
{
    m_workspace = workspace;
    m_model = model;
    m_view->setModel(model);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_quickBar->setTagModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagDock::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateActions();
    });
    connect(
        model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) { m_view->expand(parent); });
    m_view->expandAll();
    updateActions();
}

qint64 TagDock::currentTagId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(TagTreeModel::TagIdRole).toLongLong() : 0;
}

void TagDock::selectTag(qint64 tagId)
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->indexForTag(tagId);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TagDock::updateActions()
{
    const bool has = currentTagId() != 0;
    m_newTag->setEnabled(m_workspace != nullptr);
    for (QAction *a : { m_newSubTag, m_rename, m_color, m_delete, m_filter })
        a->setEnabled(has);
}

qint64 TagDock::addTag(const QString &name, qint64 parentId)
{
    if (!m_workspace || name.trimmed().isEmpty())
        return 0;
    const qint64 id = m_workspace->createTag(name, parentId).id;
    if (id)
        selectTag(id);
    return id;
}

bool TagDock::setTagColor(qint64 tagId, const QColor &color)
{
    if (!m_workspace || !tagId || !color.isValid())
        return false;
    return m_workspace->setTagColor(tagId, color);
}

bool TagDock::removeTag(qint64 tagId)
{
    if (!m_workspace || !tagId)
        return false;
    return m_workspace->removeTag(tagId);
}

void TagDock::newTag(bool asChild)
{
    const qint64 parentId = asChild ? currentTagId() : 0;
    const QString title = asChild ? tr("New Sub-tag") : tr("New Tag");
    const QString label
        = asChild ? tr("Name of the new tag inside “%1”:").arg(m_model->tagPath(parentId)) : tr("Name of the new tag:");
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, label, QLineEdit::Normal, QString(), &ok);
    if (ok)
        addTag(name, parentId);
}

void TagDock::chooseColor()
{
    const qint64 id = currentTagId();
    if (!id)
        return;
    const QColor color
        = QColorDialog::getColor(m_model->tag(id).color, this, tr("Colour of “%1”").arg(m_model->tagPath(id)));
    setTagColor(id, color);
}

void TagDock::confirmDelete()
{
    const qint64 id = currentTagId();
    if (!id)
        return;
    int spans = 0, tags = 0;
    for (const Tag &t : m_model->allTags()) {
        if (t.id == id || m_model->isAncestor(id, t.id)) {
            ++tags;
            spans += m_model->spanCount(t.id);
        }
    }
    const QString question = tr("Delete the tag “%1”?").arg(m_model->tagPath(id));
    QString detail = tr("%n tag link(s) on highlights will be removed.", nullptr, spans);
    if (tags > 1)
        detail += QLatin1Char(' ') + tr("%n sub-tag(s) go with it.", nullptr, tags - 1);
    detail += QLatin1Char(' ') + tr("You can undo this with Ctrl+Z.");
    if (QMessageBox::question(this, tr("Delete Tag"), question + QStringLiteral("\n\n") + detail) == QMessageBox::Yes)
        removeTag(id);
}

} // namespace crossread
