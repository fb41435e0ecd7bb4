#include "WelcomePage.h"

#include "RecentProjects.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossread {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    auto *title = new QLabel(tr("<h1>Crossread</h1>"), this);
    auto *intro = new QLabel(tr("Read the same story across many sources: highlight claims, tag them, compare "
                                "outlets side by side and chart the figures they report.\n\nOpen a folder of "
                                "articles (txt, md, html, pdf) to start a project in it, or open an existing "
                                "project. You can also drop a folder onto this window."),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    auto *openFolder = new QPushButton(tr("Open Folder…"), this);
    openFolder->setObjectName(QStringLiteral("welcomeOpenFolder"));
    auto *openProject = new QPushButton(tr("Open Project…"), this);
    openProject->setObjectName(QStringLiteral("welcomeOpenProject"));
    buttons->addWidget(openFolder);
    buttons->addWidget(openProject);
    buttons->addStretch(1);
    auto *recentLabel = new QLabel(tr("Recent projects:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->setMinimumHeight(160);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openFolderClicked);
    connect(openProject, &QPushButton::clicked, this, &WelcomePage::openProjectClicked);
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit openProjectRequested(item->data(Qt::UserRole).toString()); });
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    const QStringList paths = RecentProjects::list();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        // A project inside FOLDER/.crossread is named after FOLDER.
        QString name = info.completeBaseName();
        QString where = QDir::toNativeSeparators(path);
        if (info.dir().dirName() == QLatin1String(".crossread")) {
            QDir folder = info.dir();
            folder.cdUp();
            name = folder.dirName();
            where = QDir::toNativeSeparators(folder.absolutePath());
        }
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(name, where), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace crossread
