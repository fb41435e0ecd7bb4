#include "PdfExtractor.h"

#include "MetadataGuesser.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcPdfImport, "crossread.import.pdf", QtWarningMsg)

namespace crossread {

namespace {

// poppler reports every oddity of a damaged file on stderr; route it to a logging category instead.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcPdfImport) << message; }, QVariant());
    });
}

class PageTextBuilder
{
public:
    PageTextBuilder(QString &text, QList<PdfGlyph> &glyphs)
        : m_text(text)
        , m_glyphs(glyphs)
    { }

    void separator(const QString &s, int page)
    {
        for (QChar c : s) {
            m_text.append(c);
            m_glyphs.append({ page, QRectF() });
        }
    }

    void word(const Poppler::TextBox &box, int page)
    {
        const QString word = box.text();
        int codePoint = 0;
        for (qsizetype i = 0; i < word.size(); ++i, ++codePoint) {
            const bool pair = word.at(i).isHighSurrogate() && i + 1 < word.size() && word.at(i + 1).isLowSurrogate();
            QRectF charBox = box.charBoundingBox(codePoint);
            if (charBox.isEmpty())
                charBox = box.boundingBox();
            const QChar c = word.at(i);
            // A word never holds line breaks; a stray control character must not fake one.
            m_text.append(c == QLatin1Char('\n') || c == QLatin1Char('\r') ? QChar(QLatin1Char(' ')) : c);
            if (pair)
                m_text.append(word.at(++i));
            m_glyphs.append({ page, charBox });
        }
    }

private:
    QString &m_text;
    QList<PdfGlyph> &m_glyphs;
};

// What goes between two consecutive words of the reading order.
QString separatorBetween(const Poppler::TextBox &current, const Poppler::TextBox &next)
{
    const QRectF a = current.boundingBox();
    const QRectF b = next.boundingBox();
    const bool sameLine = current.nextWord() == &next
        || (b.center().y() > a.top() && b.center().y() < a.bottom() && b.left() >= a.right() - 1.0);
    if (sameLine)
        return (current.hasSpaceAfter() || current.nextWord() != &next) ? QStringLiteral(" ") : QString();
    // A gap between lines of more than about half a line reads as a paragraph break.
    const qreal gap = b.top() - a.bottom();
    const qreal lineHeight = qMax<qreal>(1.0, qMin(a.height(), b.height()));
    return gap > 0.6 * lineHeight ? QStringLiteral("\n\n") : QStringLiteral("\n");
}

QString firstLine(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed.size() <= 200 ? trimmed : QString();
    }
    return {};
}

} // namespace

bool PdfExtractor::isPlaceholderTitle(const QString &title)
{
    static const QRegularExpression placeholder(
        QStringLiteral(
            "^(untitled.*|microsoft (word|powerpoint|excel) - .*|.*\\.(docx?|pdf|odt|rtf|indd|pages|tex|pptx?))$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = title.trimmed();
    return t.isEmpty() || placeholder.match(t).hasMatch();
}

PdfExtractor::Result PdfExtractor::extract(const QByteArray &bytes)
{
    routePopplerMessages();
    Result result;
    if (!bytes.left(1024).contains("%PDF-")) {
        result.error = QStringLiteral("no PDF header");
        return result;
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        result.error = QStringLiteral("the file is damaged or not a PDF");
        return result;
    }
    if (document->isLocked()) {
        result.error = QStringLiteral("the PDF is password protected");
        return result;
    }
    result.pageCount = document->numPages();
    if (result.pageCount <= 0) {
        result.error = QStringLiteral("the PDF has no pages");
        return result;
    }

    PageTextBuilder builder(result.text, result.glyphs);
    int lastPageWithText = -1;
    for (int pageIndex = 0; pageIndex < result.pageCount; ++pageIndex) {
        const std::unique_ptr<Poppler::Page> page = document->page(pageIndex);
        if (!page)
            continue;
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
        if (boxes.empty())
            continue;
        if (lastPageWithText >= 0)
            builder.separator(QStringLiteral("\n\n"), lastPageWithText);
        for (size_t i = 0; i < boxes.size(); ++i) {
            builder.word(*boxes[i], pageIndex);
            if (i + 1 < boxes.size())
                builder.separator(separatorBetween(*boxes[i], *boxes[i + 1]), pageIndex);
        }
        lastPageWithText = pageIndex;
    }

    const QString infoTitle = document->info(QStringLiteral("Title")).simplified();
    if (!isPlaceholderTitle(infoTitle))
        result.title = infoTitle;
    if (result.title.isEmpty())
        result.title = MetadataGuesser::guess(result.text).title;
    if (result.title.isEmpty())
        result.title = firstLine(result.text);
    result.author = document->info(QStringLiteral("Author")).simplified();
    const QDateTime created = document->date(QStringLiteral("CreationDate"));
    if (created.isValid())
        result.created = created.date();
    result.ok = true;
    return result;
}

} // namespace crossread
