#include "TagDock.h"

#include "QuickBar.h"
#include "TagTreeView.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "workspace/StarterCodebook.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace crossread {

TagDock::TagDock(QWidget *parent)
    : QDockWidget(tr("Tags"), parent)
    , m_view(new TagTreeView)
    , m_quickBar(new QuickBar)
    , m_starter(new QFrame)
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
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_color = tools->addAction(tr("Colour…"), this, &TagDock::chooseColor);
    m_delete = tools->addAction(tr("Delete"), this, &TagDock::confirmDelete);
    m_delete->setToolTip(tr("Delete the selected tag, its sub-tags and their highlights (Delete)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_filter = new QAction(tr("Filter Articles by This Tag"), this);
    connect(m_filter, &QAction::triggered, this, [this] { emit filterByTagRequested(currentTagId()); });
    layout->addWidget(tools);
    layout->addWidget(m_starter);
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
    static_cast<TagTreeView *>(m_view)->setPlaceholderText(
        tr("No tags yet.\n\nSelect some text in the reader and press 1 to name your first tag, or click New above."));

    m_starter->setObjectName(QStringLiteral("starterOffer"));
    m_starter->setFrameShape(QFrame::StyledPanel);
    auto *starterLayout = new QVBoxLayout(m_starter);
    QStringList names;
    for (const StarterCodebook::Entry &entry : StarterCodebook::entries())
        names << entry.name;
    auto *offer = new QLabel(tr("Start with a codebook of five common tags: %1?").arg(names.join(tr(", "))));
    offer->setWordWrap(true);
    starterLayout->addWidget(offer);
    auto *buttons = new QHBoxLayout;
    auto *accept = new QPushButton(tr("Use Starter Codebook"));
    accept->setObjectName(QStringLiteral("starterAccept"));
    accept->setToolTip(tr("Adds the five tags with a description each; Ctrl+Z takes them away again"));
    auto *skip = new QPushButton(tr("Skip"));
    skip->setObjectName(QStringLiteral("starterSkip"));
    skip->setToolTip(tr("Start with an empty tag tree"));
    buttons->addWidget(accept);
    buttons->addWidget(skip);
    buttons->addStretch(1);
    starterLayout->addLayout(buttons);
    connect(accept, &QPushButton::clicked, this, &TagDock::acceptStarterCodebook);
    connect(skip, &QPushButton::clicked, this, &TagDock::skipStarterCodebook);
    m_starter->hide();
    updateActions();
}

QString TagDock::starterSkipKey() const
{
    return QStringLiteral("starterCodebook/skipped/")
        + QString::fromLatin1(m_workspace->project()->path().toUtf8().toHex());
}

void TagDock::updateStarterOffer()
{
    const bool empty = m_workspace && m_workspace->isOpen() && m_model && m_model->rowCount() == 0;
    m_starter->setVisible(empty && !QSettings().value(starterSkipKey()).toBool());
}

bool TagDock::acceptStarterCodebook()
{
    if (!m_workspace || !m_workspace->isOpen())
        return false;
    const EditResult result = m_workspace->addStarterCodebook();
    updateStarterOffer();
    return result.done();
}

void TagDock::skipStarterCodebook()
{
    if (m_workspace && m_workspace->isOpen())
        QSettings().setValue(starterSkipKey(), true);
    m_starter->hide();
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
        updateStarterOffer();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &TagDock::updateStarterOffer);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TagDock::updateStarterOffer);
    connect(
        model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) { m_view->expand(parent); });
    m_view->expandAll();
    updateActions();
    updateStarterOffer();
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

bool TagDock::removeTag(qint64 tagId, const QHash<qint64, qint64> &readVersions,
    const std::optional<QList<QPair<qint64, qint64>>> &readLinks)
{
    if (!m_workspace || !tagId)
        return false;
    return m_workspace->removeTag(tagId, readVersions, readLinks);
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
    // The subtree the question describes: what another analyst changes while it is asked stays.
    QHash<qint64, qint64> seen;
    for (const Tag &t : m_model->allTags()) {
        if (t.id == id || m_model->isAncestor(id, t.id)) {
            ++tags;
            spans += m_model->spanCount(t.id);
            seen.insert(t.id, t.stamp.version);
        }
    }
    const QList<QPair<qint64, qint64>> codings
        = m_workspace ? m_workspace->codingsOfTag(id) : QList<QPair<qint64, qint64>>();
    const QString question = tr("Delete the tag “%1”?").arg(m_model->tagPath(id));
    QString detail = tr("%n tag link(s) on highlights will be removed.", nullptr, spans);
    if (tags > 1)
        detail += QLatin1Char(' ') + tr("%n sub-tag(s) go with it.", nullptr, tags - 1);
    detail += QLatin1Char(' ') + tr("You can undo this with Ctrl+Z.");
    if (QMessageBox::question(this, tr("Delete Tag"), question + QStringLiteral("\n\n") + detail) == QMessageBox::Yes)
        removeTag(id, seen, codings);
}

} // namespace crossread
