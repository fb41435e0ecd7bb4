#pragma once
// The keyboard shortcuts of a window, read from its actions (menus first, in menu order, then
// the panels' own), so that Help › Keyboard Shortcuts never disagrees with what the keys do.
#include <QList>
#include <QString>

class QWidget;

namespace crossread {

class ShortcutList
{
public:
    struct Row
    {
        QString keys; // in the platform's native text, several joined by " / "
        QString action; // the action's text without mnemonics, or its tooltip
    };
    static QList<Row> collect(QWidget *window);
};

} // namespace crossread
