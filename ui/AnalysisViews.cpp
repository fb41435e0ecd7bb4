#include "AnalysisViews.h"

#include "AgreementView.h"
#include "ClaimIndexController.h"
#include "MainWindow.h"
#include "ReaderPane.h"
#include "compare/ClaimMatrixView.h"
#include "compare/CompareView.h"
#include "ReaderView.h"
#include "WhoElsePanel.h"
#include "export/ExportDialog.h"
#include "figures/FigureDialog.h"
#include "figures/FiguresView.h"
#include "store/Project.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace crossread {

void AnalysisViews::installWhoElse(MainWindow *window, CompareView *compare, int compareTab)
{
    auto *panel = new WhoElsePanel(window->project(), window);
    auto *dock = new QDockWidget(QObject::tr("Who Else Says This?"), window);
    dock->setObjectName(QStringLiteral("whoElseDock"));
    dock->setWidget(panel);
    // At the bottom, where sentences have the window's width, as a tab beside the figures until
    // it is asked.
    window->addDockPanel(dock, Qt::BottomDockWidgetArea);
    auto *figures = window->findChild<QDockWidget *>(QStringLiteral("figuresDock"));
    if (figures && !figures->isFloating() && window->dockWidgetArea(figures) == Qt::BottomDockWidgetArea) {
        window->tabifyDockWidget(figures, dock);
        figures->raise();
    }

    ReaderView *reader = window->reader();
    auto *ask = new QAction(QObject::tr("Who Else Says This?"), window);
    ask->setObjectName(QStringLiteral("whoElseAction"));
    ask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    ask->setStatusTip(QObject::tr("Find the sentences of the other articles that state the claim of the selected "
                                  "sentence, with agree / conflict on their figures"));
    panel->setAskShortcut(ask->shortcut());
    const auto askAbout = [window, reader, panel, dock](qint64 start, qint64 end) {
        if (reader->articleId() <= 0) {
            window->statusBar()->showMessage(QObject::tr("Open an article and select a sentence first."), 5000);
            return;
        }
        dock->show();
        dock->raise();
        panel->ask(reader->articleId(), start, end);
    };
    QObject::connect(ask, &QAction::triggered, window, [reader, askAbout] {
        const TextRange range = reader->selectedRange(); // empty: the sentence at the cursor
        askAbout(range.start, range.end);
    });
    window->menu(QStringLiteral("Compare"))->addAction(ask);
    // The context menu asks about the selection, or the sentence under the pointer.
    QObject::connect(
        reader, &ReaderView::contextMenuAboutToShow, window, [reader, ask, askAbout](QMenu *menu, qint64 offset) {
            const TextRange selected = reader->selectedRange();
            const TextRange range = selected.length() > 0 && (selected.contains(offset) || offset == selected.end)
                ? selected
                : TextRange { offset, offset };
            menu->addSeparator();
            QAction *item
                = menu->addAction(ask->text(), reader, [askAbout, range] { askAbout(range.start, range.end); });
            item->setObjectName(QStringLiteral("whoElseContextAction"));
            item->setShortcut(ask->shortcut());
        });
    // While the panel is open, selecting text in the reader asks about it, once the mouse rests.
    auto *pause = new QTimer(panel);
    pause->setSingleShot(true);
    pause->setInterval(400);
    QObject::connect(reader, &ReaderView::selectedRangeChanged, pause, [pause, dock](const TextRange &range) {
        if (range.length() > 0 && dock->isVisible())
            pause->start();
        else
            pause->stop();
    });
    QObject::connect(pause, &QTimer::timeout, panel, [reader, panel] {
        const TextRange range = reader->selectedRange();
        if (range.length() > 0 && (reader->articleId() != panel->articleId() || range != panel->passage()))
            panel->ask(reader->articleId(), range.start, range.end);
    });

    ClaimIndexController *indexer = window->claimIndexer();
    QObject::connect(
        window, &MainWindow::projectOpened, panel, [panel, indexer] { panel->setIndexing(indexer->isRunning()); });
    QObject::connect(indexer, &ClaimIndexController::finished, panel, [panel] { panel->setIndexing(false); });
    QObject::connect(panel, &WhoElsePanel::compareRequested, window,
        [window, compare, compareTab](qint64 a, qint64 startA, qint64 endA, qint64 b, qint64 startB, qint64 endB) {
            window->readerPane()->tabs()->setCurrentIndex(compareTab);
            compare->compareArticlesAt(a, { startA, endA }, b, { startB, endB });
        });
}

void AnalysisViews::install(MainWindow *window)
{
    auto *compare = new CompareView(window->workspace(), window->tagModel(), window->annotations(), window);
    compare->setObjectName(QStringLiteral("compareView"));
    compare->setArticleModel(window->articleModel());
    auto *matrix = new ClaimMatrixView(window->project(), window);
    matrix->setObjectName(QStringLiteral("claimMatrixView"));
    const int compareTab = window->addCentralTab(compare, QObject::tr("Compare"));
    const int matrixTab = window->addCentralTab(matrix, QObject::tr("Claim Matrix"));
    auto *agreement = new AgreementView(window->workspace(), window);
    agreement->setObjectName(QStringLiteral("agreementView"));
    const int agreementTab = window->addCentralTab(agreement, QObject::tr("Agreement"));
    QTabWidget *tabs = window->readerPane()->tabs();
    QObject::connect(agreement, &AgreementView::openArticleRequested, window, &MainWindow::openArticleAt);
    QObject::connect(agreement, &AgreementView::message, window,
        [window](const QString &text) { window->statusBar()->showMessage(text, 5000); });
    QObject::connect(window, &MainWindow::projectOpened, agreement, &AgreementView::reloadChoices);
    QObject::connect(tabs, &QTabWidget::currentChanged, agreement, [=](int index) {
        if (index == agreementTab)
            agreement->reloadChoices(); // coders may have coded since
    });

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

    // "What changed since I coded it": two versions of the current article, the newest pair first.
    auto *versionsAction = new QAction(QObject::tr("Compare Versions of This Article…"), window);
    versionsAction->setObjectName(QStringLiteral("compareVersionsAction"));
    versionsAction->setStatusTip(
        QObject::tr("Show two versions of the open article side by side, with the figures that changed"));
    QObject::connect(versionsAction, &QAction::triggered, window, [=] {
        const qint64 id = window->currentArticleId();
        const int current = id > 0 ? window->project()->versions().currentVersion(id) : 0;
        if (current < 2) {
            window->statusBar()->showMessage(QObject::tr("The open article has only one version."), 5000);
            return;
        }
        QDialog dialog(window);
        dialog.setWindowTitle(QObject::tr("Compare Versions"));
        auto *form = new QFormLayout(&dialog);
        auto *from = new QComboBox(&dialog);
        auto *to = new QComboBox(&dialog);
        for (const ArticleVersion &v : window->project()->versions().versions(id)) {
            const QString name = QObject::tr("Version %1 (%2)")
                                     .arg(v.number)
                                     .arg(QLocale().toString(v.imported.toLocalTime(), QLocale::ShortFormat));
            from->addItem(name, v.number);
            to->addItem(name, v.number);
        }
        from->setCurrentIndex(from->count() - 2);
        to->setCurrentIndex(to->count() - 1);
        form->addRow(QObject::tr("A:"), from);
        form->addRow(QObject::tr("B:"), to);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        tabs->setCurrentIndex(compareTab);
        compare->compareVersions(id, from->currentData().toInt(), to->currentData().toInt());
    });
    menu->addAction(versionsAction);

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

    auto *agreementAction = new QAction(QObject::tr("Coder Agreement"), window);
    agreementAction->setObjectName(QStringLiteral("agreementAction"));
    agreementAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+G")));
    agreementAction->setStatusTip(QObject::tr("How alike coders coded, and their disagreements to settle"));
    QObject::connect(agreementAction, &QAction::triggered, window, [=] {
        agreement->setArticles({});
        tabs->setCurrentIndex(agreementTab);
    });
    menu->addAction(agreementAction);
    auto *agreementSelected = new QAction(QObject::tr("Coder Agreement of Selected Articles"), window);
    agreementSelected->setObjectName(QStringLiteral("agreementSelectedAction"));
    QObject::connect(agreementSelected, &QAction::triggered, window, [=] {
        agreement->setArticles(window->selectedArticleIds());
        tabs->setCurrentIndex(agreementTab);
    });
    menu->addAction(agreementSelected);
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
    installWhoElse(window, compare, compareTab);
    QObject::connect(window, &MainWindow::projectClosed, compare, &CompareView::clear);
    QObject::connect(window, &MainWindow::projectClosed, matrix, &ClaimMatrixView::clear);
}

} // namespace crossread
