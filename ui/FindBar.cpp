#include "FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextCursor>
#include <QToolButton>

namespace crossread {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_edit->setPlaceholderText(tr("Find in article"));
    m_edit->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find the previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Find the next match (F3)"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the find bar (Escape)"));
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // Search as you type from the start of the current match.
        QTextCursor c = m_editor->textCursor();
        c.setPosition(c.selectionStart());
        m_editor->setTextCursor(c);
        findNext();
    });
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
}

void FindBar::activate()
{
    const QTextCursor c = m_editor->textCursor();
    const QString selected = haystack().mid(c.selectionStart(), c.selectionEnd() - c.selectionStart());
    if (!selected.isEmpty() && !selected.contains(QLatin1Char('\n')))
        m_edit->setText(selected);
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

QString FindBar::haystack() const
{
    return m_source ? m_source() : m_editor->toPlainText();
}

bool FindBar::find(bool backward)
{
    const QString needle = m_edit->text();
    m_status->clear();
    if (needle.isEmpty())
        return false;
    // Case-insensitive, like QTextDocument::find, but across display-only line breaks.
    const QString text = haystack();
    const QTextCursor cursor = m_editor->textCursor();
    auto search = [&](qsizetype from) {
        if (!backward)
            return text.indexOf(needle, from, Qt::CaseInsensitive);
        return from < 0 ? qsizetype(-1) : text.lastIndexOf(needle, from, Qt::CaseInsensitive);
    };
    qsizetype at = search(backward ? cursor.selectionStart() - 1 : cursor.selectionEnd());
    if (at < 0) {
        at = search(backward ? text.size() - 1 : 0); // wrap around once
        if (at >= 0)
            m_status->setText(tr("Wrapped around"));
    }
    if (at < 0) {
        m_status->setText(tr("Not found"));
        return false;
    }
    QTextCursor found(m_editor->document());
    found.setPosition(int(at));
    found.setPosition(int(at + needle.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    return true;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // The field sees the keys first: Shift+Enter must not also trigger returnPressed.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_editor->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F3)) {
            find(shift);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crossread
