#pragma once
// Helpers shared by the tests that drive the whole window (tst_coders_ui, tst_guide_ui,
// tst_workbench_ui): settings kept apart from the user's, a window shown and active, an
// article found by its file name, a phrase selected in the reader.
#include "MainWindow.h"
#include "ReaderView.h"
#include "store/Project.h"

#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>

namespace crossread::test {

// Settings, coder name and application name of a test program, never the user's.
inline void useTestSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
    QApplication::setApplicationName(application);
    qputenv("CROSSREAD_USER", "tester");
}

// Shows WINDOW and waits until it is on screen and active (keys reach it).
inline bool showWindow(MainWindow *window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// The id of the article imported from a file named FILENAME; 0 when there is none.
inline qint64 articleIdFor(Project *project, const QString &fileName)
{
    for (const ArticleSummary &s : project->articles().summaries()) {
        if (QFileInfo(s.path).fileName() == fileName)
            return s.id;
    }
    return 0;
}

// Selects the first PHRASE of the reader's text and gives the reader the focus.
inline bool selectPhrase(ReaderView *reader, const QString &phrase)
{
    const qsizetype at = reader->toPlainText().indexOf(phrase);
    if (at < 0)
        return false;
    QTextCursor c = reader->textCursor();
    c.setPosition(int(at));
    c.setPosition(int(at + phrase.size()), QTextCursor::KeepAnchor);
    reader->setTextCursor(c);
    reader->setFocus();
    return true;
}

} // namespace crossread::test
