#include "FirstSentenceTitle.h"

#include "BoilerplateDetector.h"
#include "MetadataGuesser.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace crossread {

namespace {

// Lines above the prose that are not prose: furniture, datelines, bylines, mastheads, rules.
bool isFurniture(const QString &line)
{
    static const QRegularExpression noLetters(
        QStringLiteral("^[^\\p{L}]*$"), QRegularExpression::UseUnicodePropertiesOption);
    return noLetters.match(line).hasMatch() || BoilerplateDetector::isBoilerplateLine(line)
        || MetadataGuesser::dateline(line).isValid() || !MetadataGuesser::byline(line).isEmpty()
        || !MetadataGuesser::masthead(line).isEmpty();
}

// The first paragraph of prose: the lines after the furniture, up to a blank line (hard-wrapped
// prose continues on the next line).
QString firstParagraph(const QString &text)
{
    const QStringList lines = text.left(20000).split(QLatin1Char('\n'));
    QStringList paragraph;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (paragraph.isEmpty()) {
            if (!line.isEmpty() && !isFurniture(line))
                paragraph << line;
        } else if (line.isEmpty()) {
            break;
        } else {
            paragraph << line;
        }
    }
    return paragraph.join(QLatin1Char(' ')).simplified();
}

} // namespace

QString FirstSentenceTitle::shorten(const QString &text, int maxChars)
{
    const QString line = text.simplified();
    if (line.size() <= maxChars)
        return line;
    // The last word boundary that leaves room for the ellipsis.
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, line);
    words.setPosition(maxChars - 1);
    qsizetype cut = -1;
    for (qsizetype at = words.toPreviousBoundary(); at > 0; at = words.toPreviousBoundary()) {
        if (words.boundaryReasons() & QTextBoundaryFinder::EndOfItem) {
            cut = at;
            break;
        }
    }
    if (cut <= 0)
        cut = maxChars - 1; // one word longer than a title: cut inside it
    QString head = line.left(cut);
    static const QRegularExpression trailing(QStringLiteral("[\\s,;:–—-]+$"));
    head.remove(trailing);
    return head + QChar(0x2026);
}

QString FirstSentenceTitle::fromText(const QString &text, int maxChars)
{
    const QString paragraph = firstParagraph(text);
    if (paragraph.isEmpty())
        return {};
    QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, paragraph);
    const qsizetype end = sentences.toNextBoundary();
    QString sentence = paragraph.left(end > 0 ? end : paragraph.size()).trimmed();
    // A headline has no final full stop; a question or exclamation keeps its mark.
    if (sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QLatin1String("..")))
        sentence.chop(1);
    return shorten(sentence, maxChars);
}

} // namespace crossread
