// MainWindow's panel layout: the first arrangement, the narrow one, and View › Reset Layout.
#include "MainWindow.h"

#include "ArticleListDock.h"
#include "NeedsAttentionDock.h"
#include "SearchDock.h"
#include "SpanListDock.h"
#include "TagDock.h"

#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>

namespace crossread {

namespace {

// What a panel's controls need to show without scrolling.
QSize contentSize(QDockWidget *dock)
{
    auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
    QWidget *content = scroll ? scroll->widget() : dock->widget();
    if (!content)
        return {};
    const int bar = scroll ? scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) : 0;
    return content->minimumSizeHint() + QSize(bar, bar);
}

} // namespace

void MainWindow::arrangeDocks()
{
    // Below about 1,000 pixels the reader keeps its column only if the panels share one: they
    // become tabs beside the article list, on the left.
    if (width() < 1000) {
        QList<QDockWidget *> panels { m_tagDock, m_spanDock, m_attentionDock, m_searchDock };
        for (const auto &[dock, area] : std::as_const(m_addedPanels)) {
            if (dock)
                panels << dock;
        }
        for (QDockWidget *dock : std::as_const(panels)) {
            addDockWidget(Qt::LeftDockWidgetArea, dock);
            tabifyDockWidget(m_articleDock, dock);
        }
        m_articleDock->raise();
        resizeDocks({ m_articleDock }, { width() * 40 / 100 }, Qt::Horizontal);
        return;
    }
    // Room for titles in the list and for tag names on the right; a quarter of the height for
    // the panels at the bottom.
    // The tags are given the width their tools need, so that they show without scrolling.
    const int tagsWidth = std::min(width() / 4, std::max(width() / 5, contentSize(m_tagDock).width()));
    resizeDocks({ m_articleDock, m_tagDock }, { width() * 32 / 100, tagsWidth }, Qt::Horizontal);
    QList<QDockWidget *> bottom;
    QList<int> heights;
    for (const auto &[dock, area] : std::as_const(m_addedPanels)) {
        if (dock && dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
            bottom << dock;
            heights << std::min(height() / 3, std::max(height() / 4, contentSize(dock).height()));
        }
    }
    if (!bottom.isEmpty())
        resizeDocks(bottom, heights, Qt::Vertical);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    // Panels added after the window was built are not in its first layout: each goes back to
    // the side it was added to.
    for (const auto &[dock, area] : std::as_const(m_addedPanels)) {
        if (!dock)
            continue;
        dock->setFloating(false);
        addDockWidget(area, dock);
        dock->show();
    }
    arrangeDocks();
    statusBar()->showMessage(tr("The panels are back in their first places."), 4000);
}

} // namespace crossread
