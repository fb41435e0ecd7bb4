#include "ShortcutList.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QWidget>

namespace crossread {

namespace {

QString describe(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026)); // "…"
    text = text.trimmed();
    if (text.isEmpty())
        text = action->toolTip().trimmed();
    if (text.isEmpty())
        text = action->statusTip().trimmed();
    return text;
}

void addRow(const QAction *action, QList<ShortcutList::Row> &rows, QSet<QString> &seen)
{
    const QList<QKeySequence> shortcuts = action->shortcuts();
    if (shortcuts.isEmpty())
        return;
    QStringList keys;
    for (const QKeySequence &k : shortcuts)
        keys << k.toString(QKeySequence::NativeText);
    const QString description = describe(action);
    if (description.isEmpty())
        return;
    const QString key = keys.join(QLatin1Char('|')) + QLatin1Char('\n') + description;
    if (seen.contains(key))
        return;
    seen.insert(key);
    rows.append({ keys.join(QStringLiteral(" / ")), description });
}

void addMenu(const QMenu *menu, QList<ShortcutList::Row> &rows, QSet<QString> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            addMenu(action->menu(), rows, seen);
        else
            addRow(action, rows, seen);
    }
}

} // namespace

QList<ShortcutList::Row> ShortcutList::collect(QWidget *window)
{
    QList<Row> rows;
    QSet<QString> seen;
    if (const QMenuBar *bar = window->findChild<QMenuBar *>()) {
        for (const QAction *action : bar->actions()) {
            if (action->menu())
                addMenu(action->menu(), rows, seen);
        }
    }
    // The panels' own actions (the tag tree's Delete, the compare tab's F7) and the window's
    // unlisted ones (Alt+1 … Alt+4).
    for (const QAction *action : window->findChildren<QAction *>())
        addRow(action, rows, seen);
    return rows;
}

} // namespace crossread
