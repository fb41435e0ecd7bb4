#pragma once
// The find-in-article bar under the reader (Ctrl+F): type, then Enter/F3 for the next
// match and Shift+Enter/Shift+F3 for the previous one; Escape closes it.
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace crossread {

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    void activate(); // shows the bar and focuses the field, prefilled with the selection
    // The text to search, one character per document position. By default the
    // editor's plain text; the reader passes its text with display-only breaks undone.
    void setTextSource(std::function<QString()> source) { m_source = std::move(source); }

public slots:
    bool findNext();
    bool findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool backward);
    QString haystack() const;
    std::function<QString()> m_source;
    QPlainTextEdit *m_editor;
    QLineEdit *m_edit;
    QLabel *m_status;
};

} // namespace crossread
