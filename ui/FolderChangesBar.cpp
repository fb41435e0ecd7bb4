#include "FolderChangesBar.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace crossread {

FolderChangesBar::FolderChangesBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel)
    , m_import(new QPushButton(tr("Import")))
    , m_dismiss(new QPushButton(tr("Dismiss")))
{
    setObjectName(QStringLiteral("folderChangesBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_import);
    layout->addWidget(m_dismiss);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_pending;
        clear();
        emit importRequested(paths);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &FolderChangesBar::clear);
    hide();
}

void FolderChangesBar::offer(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (!m_pending.contains(p))
            m_pending << p;
    }
    if (m_pending.isEmpty())
        return;
    m_label->setText(m_pending.size() == 1
            ? tr("%1 changed in the project folder").arg(QFileInfo(m_pending.first()).fileName())
            : tr("%n files changed or new in the project folder", nullptr, int(m_pending.size())));
    QStringList shown;
    for (const QString &p : std::as_const(m_pending))
        shown << QDir::toNativeSeparators(p);
    m_label->setToolTip(shown.join(u'\n'));
    show();
}

void FolderChangesBar::clear()
{
    m_pending.clear();
    hide();
}

} // namespace crossread
