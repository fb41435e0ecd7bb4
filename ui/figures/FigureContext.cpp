#include "figures/FigureContext.h"

#include "domain/CodePoints.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

namespace crossread {

namespace {

// How far to look for the sentence's ends: articles have long paragraphs, not long sentences.
constexpr qsizetype kWindow = 600;

struct Utf16Range
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Hard-wrapped plain text breaks sentences over lines; a line break that only wraps (after a
// long line with no closing punctuation, before more prose) becomes a space. Line breaks
// before list items, table rows and headings, and after headlines, stay.
QString unwrapped(QString window)
{
    constexpr qsizetype kWrappedLine = 40;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < window.size(); ++i) {
        if (window.at(i) != u'\n')
            continue;
        const qsizetype length = i - lineStart;
        const qsizetype next = i + 1;
        lineStart = next;
        if (length < kWrappedLine || next >= window.size() || !window.at(next).isLetterOrNumber())
            continue;
        qsizetype last = i - 1;
        while (last > 0 && (window.at(last) == u'"' || window.at(last) == u'\u201D' || window.at(last) == u' '))
            --last;
        const QChar end = window.at(last);
        if (end == u'.' || end == u'!' || end == u'?' || end == u':')
            continue;
        window[i] = u' ';
    }
    return window;
}

Utf16Range sentenceAround(const QString &text, qsizetype start, qsizetype end)
{
    const qsizetype from = std::max<qsizetype>(0, start - kWindow);
    const qsizetype to = std::min(text.size(), end + kWindow);
    const QString window = unwrapped(text.mid(from, to - from));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, window);
    qsizetype sentenceStart = 0;
    finder.setPosition(start - from);
    if (!finder.isAtBoundary() || finder.position() == start - from) {
        const qsizetype p = finder.isAtBoundary() ? finder.position() : finder.toPreviousBoundary();
        sentenceStart = std::max<qsizetype>(0, p);
    }
    finder.setPosition(std::max(start - from, end - from - 1));
    qsizetype sentenceEnd = finder.toNextBoundary();
    if (sentenceEnd < 0)
        sentenceEnd = window.size();
    // A line break ends a sentence too: headlines, list items and table rows have no full stop.
    const qsizetype lineStart = window.lastIndexOf(u'\n', std::max<qsizetype>(0, start - from - 1));
    if (lineStart >= sentenceStart && lineStart < start - from)
        sentenceStart = lineStart + 1;
    const qsizetype lineEnd = window.indexOf(u'\n', end - from);
    if (lineEnd >= 0 && lineEnd < sentenceEnd)
        sentenceEnd = lineEnd;
    return { from + sentenceStart, from + sentenceEnd };
}

bool isCalendarWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("January"),
        QStringLiteral("February"),
        QStringLiteral("March"),
        QStringLiteral("April"),
        QStringLiteral("May"),
        QStringLiteral("June"),
        QStringLiteral("July"),
        QStringLiteral("August"),
        QStringLiteral("September"),
        QStringLiteral("October"),
        QStringLiteral("November"),
        QStringLiteral("December"),
        QStringLiteral("Jan"),
        QStringLiteral("Feb"),
        QStringLiteral("Mar"),
        QStringLiteral("Apr"),
        QStringLiteral("Jun"),
        QStringLiteral("Jul"),
        QStringLiteral("Aug"),
        QStringLiteral("Sep"),
        QStringLiteral("Sept"),
        QStringLiteral("Oct"),
        QStringLiteral("Nov"),
        QStringLiteral("Dec"),
        QStringLiteral("Monday"),
        QStringLiteral("Tuesday"),
        QStringLiteral("Wednesday"),
        QStringLiteral("Thursday"),
        QStringLiteral("Friday"),
        QStringLiteral("Saturday"),
        QStringLiteral("Sunday"),
        QStringLiteral("Series"),
        QStringLiteral("Section"),
        QStringLiteral("Figure"),
        QStringLiteral("Table"),
        QStringLiteral("Top"),
        QStringLiteral("Round"),
        QStringLiteral("Level"),
        QStringLiteral("Phase"),
        QStringLiteral("Version"),
        QStringLiteral("Chapter"),
        QStringLiteral("Page"),
        QStringLiteral("Q"),
    };
    return words.contains(word);
}

} // namespace

TextRange FigureContext::sentenceRange(const QString &text, qint64 start, qint64 end)
{
    const CodePoints cp(text);
    const Utf16Range r = sentenceAround(text, cp.toUtf16(start), cp.toUtf16(end));
    return { cp.fromUtf16(r.start), cp.fromUtf16(r.end) };
}

QString FigureContext::sentence(const QString &text, qint64 start, qint64 end, int maxChars)
{
    const CodePoints cp(text);
    const qsizetype s = cp.toUtf16(start);
    const qsizetype e = cp.toUtf16(end);
    const Utf16Range r = sentenceAround(text, s, e);
    QString out = text.mid(r.start, r.end - r.start).simplified();
    if (out.size() <= maxChars)
        return out;
    // Keep the figure in view: cut around it rather than at the end.
    const QString figure = text.mid(s, e - s).simplified();
    const qsizetype at = std::max<qsizetype>(0, out.indexOf(figure));
    const qsizetype half = maxChars / 2;
    const qsizetype from = std::clamp<qsizetype>(at + figure.size() / 2 - half, 0, out.size() - maxChars);
    out = out.mid(from, maxChars);
    return (from > 0 ? QStringLiteral("…") : QString()) + out + QStringLiteral("…");
}

QString FigureContext::modelName(const QString &text, const Figure &figure)
{
    // A capitalised name (one or two words) joined to a version number: "Orrery 3", "Gale 2",
    // "Kestrel 1.5", "Lumen-4", "GPT-4o", "Claude 3.5 Sonnet" reads as "Claude 3.5".
    static const QRegularExpression model(
        QStringLiteral("\\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)[ -](v?\\d+(?:\\.\\d+)?[a-z]?)\\b(?![.,]?\\d)"));
    const CodePoints cp(text);
    const qsizetype s = cp.toUtf16(figure.start);
    const qsizetype e = cp.toUtf16(figure.end);
    const Utf16Range r = sentenceAround(text, s, e);
    const QString label = figure.label;
    QString before, after;
    auto it = model.globalMatch(text.mid(r.start, r.end - r.start));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype at = r.start + m.capturedStart(0);
        if (at + m.capturedLength(0) > s && at < e)
            continue; // the figure itself
        QString name = m.captured(0);
        QString head = m.captured(1);
        // "Halcyon Labs' Orrery 3" leaves "Orrery 3"; a leading calendar word is no model.
        if (head.contains(u' ') && isCalendarWord(head.section(u' ', 0, 0))) {
            head = head.section(u' ', 1);
            name = name.section(u' ', 1);
        }
        if (isCalendarWord(head) || isCalendarWord(head.section(u' ', -1)))
            continue;
        if (!label.isEmpty() && label.contains(name, Qt::CaseInsensitive))
            continue;
        if (at < s)
            before = name;
        else if (after.isEmpty())
            after = name;
    }
    return before.isEmpty() ? after : before;
}

} // namespace crossread
