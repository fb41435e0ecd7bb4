#pragma once
// The Source tab: the article's file as it is on disk, highlighted as HTML or Markdown
// when KSyntaxHighlighting is available and plain otherwise. Loads only when shown.
#include "domain/Types.h"

#include <QPlainTextEdit>

#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting
#endif

namespace crossread {

class SourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    // Remembers the article; the file is read on the next load() (when the tab shows).
    void setArticle(const QString &path, ArticleFormat format);
    void load();
    bool isLoaded() const { return m_loaded; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    QString m_path;
    ArticleFormat m_format = ArticleFormat::Text;
    bool m_loaded = true;
#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
#endif
};

} // namespace crossread
