#include "QuickBar.h"

#include "TagColors.h"
#include "models/TagTreeModel.h"

#include <QGridLayout>
#include <QTimer>
#include <QToolButton>

namespace crossread {

QuickBar::QuickBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quickBar"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    for (int slot = 1; slot <= TagTreeModel::QuickSlots; ++slot) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("quickSlot%1").arg(slot));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, slot] { emit slotClicked(slot); });
        grid->addWidget(button, (slot - 1) / 3, (slot - 1) % 3);
        m_buttons.append(button);
    }
    rebuild();
}

void QuickBar::setTagModel(TagTreeModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        auto later = [this] { QTimer::singleShot(0, this, &QuickBar::rebuild); };
        connect(m_model, &TagTreeModel::quickBarChanged, this, later);
        connect(m_model, &QAbstractItemModel::modelReset, this, later);
        connect(m_model, &QAbstractItemModel::dataChanged, this, later);
    }
    rebuild();
}

void QuickBar::rebuild()
{
    const QList<Tag> tags = m_model ? m_model->quickBarTags() : QList<Tag>();
    for (int i = 0; i < m_buttons.size(); ++i) {
        QToolButton *button = m_buttons.at(i);
        if (i < tags.size()) {
            const Tag &tag = tags.at(i);
            button->setText(tr("%1 %2").arg(i + 1).arg(tag.name));
            button->setIcon(TagColors::swatch(tag.color));
            button->setToolTip(
                tr("Press %1 in the reader to tag the selection with “%2”").arg(i + 1).arg(m_model->tagPath(tag.id)));
            button->setEnabled(true);
        } else {
            button->setText(tr("%1 —").arg(i + 1));
            button->setIcon(QIcon());
            button->setToolTip(tr("Slot %1 is free: the first nine tags of the tree fill the quick bar").arg(i + 1));
            button->setEnabled(false);
        }
    }
}

} // namespace crossread
