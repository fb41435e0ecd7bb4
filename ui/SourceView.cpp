#include "SourceView.h"

#include "import/TextDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>

#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace crossread {

namespace {
// Larger files are shown cut, so a stray huge file cannot stall the window.
constexpr qint64 kMaxSourceBytes = 8ll * 1024 * 1024;

#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
#endif
} // namespace

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("sourceView"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    applyTheme();
#endif
}

SourceView::~SourceView() = default;

void SourceView::setArticle(const QString &path, ArticleFormat format)
{
    m_path = path;
    m_format = format;
    m_loaded = false;
    clear();
}

void SourceView::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (m_path.isEmpty()) {
        clear();
        return;
    }
    if (m_format == ArticleFormat::Pdf) {
        setPlainText(tr("%1 is a PDF file: its source cannot be shown as text. The Reader tab shows the text "
                        "extracted from it.")
                         .arg(QFileInfo(m_path).fileName()));
        return;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        setPlainText(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
        return;
    }
    const bool cut = file.size() > kMaxSourceBytes;
    const QByteArray bytes = file.read(kMaxSourceBytes);
    QString text = TextDecoder::decode(bytes).text;
    if (cut)
        text += QLatin1Char('\n')
            + tr("[… the file is longer than %1 MB; the rest is not shown]").arg(kMaxSourceBytes >> 20);
#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    m_highlighter->setDefinition(repository().definitionForFileName(m_path));
#endif
    setPlainText(text);
}

void SourceView::applyTheme()
{
#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
#endif
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

} // namespace crossread
