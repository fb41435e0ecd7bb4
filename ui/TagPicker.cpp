#include "TagPicker.h"

#include "TagColors.h"
#include "models/TagTreeModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace crossread {

namespace {
constexpr int kCreateRole = Qt::UserRole + 2;
}

TagPicker::TagPicker(TagTreeModel *model, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(model)
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("tagPicker"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(tr("Tag the selection with:"), this));
    m_edit->setPlaceholderText(tr("Type a tag name or a new one"));
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    resize(320, 300);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &TagPicker::refill);
    connect(m_list, &QListWidget::itemActivated, this, [this] { accept(); });
    refill();
}

void TagPicker::popup(const QPoint &globalPos)
{
    QPoint at = globalPos;
    if (const QScreen *screen = QApplication::screenAt(globalPos)) {
        const QRect avail = screen->availableGeometry();
        at.setX(std::clamp(at.x(), avail.left(), std::max(avail.left(), avail.right() - width())));
        at.setY(std::clamp(at.y(), avail.top(), std::max(avail.top(), avail.bottom() - height())));
    }
    move(at);
    show();
    m_edit->setFocus();
}

void TagPicker::refill()
{
    const QString typed = m_edit->text().trimmed();
    m_list->clear();
    bool exact = false;
    for (const Tag &tag : m_model->allTags()) {
        const QString path = m_model->tagPath(tag.id);
        if (!typed.isEmpty() && !path.contains(typed, Qt::CaseInsensitive))
            continue;
        exact = exact || path.compare(typed, Qt::CaseInsensitive) == 0
            || tag.name.compare(typed, Qt::CaseInsensitive) == 0;
        auto *item = new QListWidgetItem(TagColors::swatch(tag.color), path, m_list);
        item->setData(Qt::UserRole, tag.id);
    }
    if (!typed.isEmpty() && !exact) {
        auto *item = new QListWidgetItem(tr("Create tag “%1”").arg(typed), m_list);
        item->setData(kCreateRole, typed);
        QFont f = item->font();
        f.setItalic(true);
        item->setFont(f);
    }
    m_list->setCurrentRow(0);
}

bool TagPicker::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const QString create = item->data(kCreateRole).toString();
    const qint64 tagId = item->data(Qt::UserRole).toLongLong();
    close();
    if (!create.isEmpty())
        emit createRequested(create);
    else
        emit tagPicked(tagId);
    return true;
}

bool TagPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            accept();
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace crossread
