#include "AnalysisViews.h"

#include "MainWindow.h"
#include "ReaderPane.h"
#include "compare/ClaimMatrixView.h"
#include "compare/CompareView.h"
#include "ReaderView.h"
#include "export/ExportDialog.h"
#include "figures/FigureDialog.h"
#include "figures/FiguresView.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace crossread {

void AnalysisViews::install(MainWindow *window)
{
    auto *compare = new CompareView(window->workspace(), window->tagModel(), window->annotations(), window);
    compare->setObjectName(QStringLiteral("compareView"));
    auto *matrix = new ClaimMatrixView(window->project(), window);
    matrix->setObjectName(QStringLiteral("claimMatrixView"));
    const int compareTab = window->addCentralTab(compare, QObject::tr("Compare"));
    const int matrixTab = window->addCentralTab(matrix, QObject::tr("Claim Matrix"));
    QTabWidget *tabs = window->readerPane()->tabs();

    QObject::connect(compare, &CompareView::openArticleRequested, window, &MainWindow::openArticleAt);
    QObject::connect(matrix, &ClaimMatrixView::openArticleRequested, window, &MainWindow::openArticleAt);
    QObject::connect(compare, &CompareView::message, window,
        [window](const QString &text) { window->statusBar()->showMessage(text, 5000); });
    QObject::connect(matrix, &ClaimMatrixView::message, window,
        [window](const QString &text) { window->statusBar()->showMessage(text, 5000); });

    QMenu *menu = window->menu(QStringLiteral("Compare"));
    menu->setTitle(QObject::tr("&Compare"));
    auto *compareAction = new QAction(QObject::tr("Compare Selected Articles"), window);
    compareAction->setObjectName(QStringLiteral("compareAction"));
    compareAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));
    compareAction->setStatusTip(QObject::tr("Show two selected articles side by side, aligned by sentence"));
    QObject::connect(compareAction, &QAction::triggered, window, [=] {
        const QList<qint64> ids = window->selectedArticleIds();
        if (ids.size() != 2) {
            window->statusBar()->showMessage(
                QObject::tr("Select exactly two articles in the list to compare them."), 5000);
            return;
        }
        tabs->setCurrentIndex(compareTab);
        compare->compareArticles(ids.at(0), ids.at(1));
    });
    menu->addAction(compareAction);

    auto *matrixAction = new QAction(QObject::tr("Claim Matrix of Selected Articles"), window);
    matrixAction->setObjectName(QStringLiteral("claimMatrixAction"));
    matrixAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    QObject::connect(matrixAction, &QAction::triggered, window, [=] {
        const QList<qint64> ids = window->selectedArticleIds();
        if (ids.size() < 2) {
            window->statusBar()->showMessage(QObject::tr("Select two or more articles to build a claim matrix."), 5000);
            return;
        }
        tabs->setCurrentIndex(matrixTab);
        matrix->setArticles(ids);
    });
    menu->addAction(matrixAction);
    menu->addSeparator();
    menu->addAction(compare->nextDifferenceAction());
    menu->addAction(compare->previousDifferenceAction());

    auto *exportAction = new QAction(QObject::tr("Export…"), window);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    QObject::connect(exportAction, &QAction::triggered, window, [window] {
        if (!window->project()->isOpen())
            return;
        ExportDialog dialog(window->project(), window->selectedArticleIds(), window);
        dialog.exec();
    });
    window->addFileAction(exportAction);
    // Figures: the table and charts in a dock; clicking a bar opens the article at the span.
    auto *figures = new FiguresView(window->workspace(), window);
    auto *figuresDock = new QDockWidget(QObject::tr("Figures"), window);
    figuresDock->setObjectName(QStringLiteral("figuresDock"));
    figuresDock->setWidget(figures);
    window->addDockPanel(figuresDock, Qt::BottomDockWidgetArea);
    QObject::connect(figures, &FiguresView::openArticleRequested, window, &MainWindow::openArticleAt);

    // The reader's context menu: set or correct the figure of the span under the pointer.
    ReaderView *reader = window->reader();
    QObject::connect(reader, &ReaderView::contextMenuAboutToShow, window, [window, reader](QMenu *menu, qint64 offset) {
        const QList<Span> spans = reader->spansAt(offset);
        if (spans.isEmpty())
            return;
        const Span span = spans.first();
        menu->addSeparator();
        menu->addAction(QObject::tr("Set Figure…"), window,
            [window, span] { FigureDialog::editFigureForSpan(window, window->workspace(), span); });
    });
    QObject::connect(window, &MainWindow::projectClosed, compare, &CompareView::clear);
    QObject::connect(window, &MainWindow::projectClosed, matrix, &ClaimMatrixView::clear);
}

} // namespace crossread
