#include "MetadataGuesser.h"

#include "BoilerplateDetector.h"
#include "DateParser.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace crossread {

namespace {

// Metadata sits at the top: the headline and dateline within the first lines that carry text.
constexpr int HeadLines = 15;
constexpr int BylineLines = 20;

struct Line
{
    int index; // position in the text's list of lines
    QString text; // trimmed
};

QList<Line> nonEmptyLines(const QStringList &lines, int limit)
{
    QList<Line> out;
    for (int i = 0; i < lines.size() && out.size() < limit; ++i) {
        const QString t = lines.at(i).trimmed();
        if (!t.isEmpty())
            out.append({ i, t });
    }
    return out;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
        && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

// YAML front matter of Markdown files (--- title: … ---) states the metadata outright.
MetadataGuesser::Result frontMatter(const QStringList &lines, int *bodyStart)
{
    MetadataGuesser::Result result;
    *bodyStart = 0;
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return result;
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z_]+)\\s*:\\s*(.*)$"));
    for (int i = 1; i < lines.size() && i < 60; ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == QLatin1String("---") || line == QLatin1String("...")) {
            *bodyStart = i + 1;
            return result;
        }
        const QRegularExpressionMatch m = keyValue.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).toLower();
        const QString value = unquote(m.captured(2));
        if (key == QLatin1String("title") && result.title.isEmpty())
            result.title = value;
        else if ((key == QLatin1String("author") || key == QLatin1String("byline")) && result.author.isEmpty())
            result.author = value;
        else if ((key == QLatin1String("date") || key == QLatin1String("published")) && !result.published.isValid())
            result.published = DateParser::parse(value);
    }
    *bodyStart = 0; // no closing fence: it was not front matter after all
    return {};
}

// "## **Open** [weights](https://…) #" → "Open weights": the heading as a reader sees it.
QString markdownHeading(const QString &line)
{
    static const QRegularExpression atx(QStringLiteral("^#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|`)"));
    const QRegularExpressionMatch m = atx.match(line);
    if (!m.hasMatch())
        return {};
    QString heading = m.captured(1);
    heading.replace(link, QStringLiteral("\\1"));
    heading.remove(emphasis);
    return heading.trimmed();
}

bool isSetextUnderline(const QString &line)
{
    static const QRegularExpression underline(QStringLiteral("^(=+|-+)\\s*$"));
    return line.trimmed().size() >= 3 && underline.match(line.trimmed()).hasMatch();
}

bool startsWithLowercase(const QString &line)
{
    const QString t = line.trimmed();
    return !t.isEmpty() && t.front().isLower();
}

const QSet<QString> &nonNameWords()
{
    static const QSet<QString> words = { QStringLiteral("home"), QStringLiteral("news"), QStringLiteral("more"),
        QStringLiteral("read"), QStringLiteral("subscribe"), QStringLiteral("share"), QStringLiteral("related"),
        QStringLiteral("articles"), QStringLiteral("topics"), QStringLiteral("artificial"),
        QStringLiteral("intelligence"), QStringLiteral("technology"), QStringLiteral("tech"),
        QStringLiteral("business"), QStringLiteral("science"), QStringLiteral("the"), QStringLiteral("and"),
        QStringLiteral("of"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("for"), QStringLiteral("with"),
        QStringLiteral("us"), QStringLiteral("new"), QStringLiteral("latest"), QStringLiteral("world"),
        QStringLiteral("politics"), QStringLiteral("markets"), QStringLiteral("opinion"), QStringLiteral("video"),
        QStringLiteral("live"), QStringLiteral("updates"), QStringLiteral("analysis"), QStringLiteral("contact"),
        QStringLiteral("about"), QStringLiteral("privacy"), QStringLiteral("policy"), QStringLiteral("terms"),
        QStringLiteral("menu"), QStringLiteral("search"), QStringLiteral("sign"), QStringLiteral("login"),
        QStringLiteral("follow"), QStringLiteral("connect"), QStringLiteral("loading"), QStringLiteral("posts"),
        QStringLiteral("stories"), QStringLiteral("section"), QStringLiteral("staff"), QStringLiteral("editorial"),
        QStringLiteral("team"), QStringLiteral("press"), QStringLiteral("what"), QStringLiteral("why"),
        QStringLiteral("how"), QStringLiteral("conclusion"), QStringLiteral("background"), QStringLiteral("context"),
        QStringLiteral("details"), QStringLiteral("sources"), QStringLiteral("happened"), QStringLiteral("matters"),
        QStringLiteral("introduction"), QStringLiteral("summary") };
    return words;
}

// Everything a dateline may hold besides the date itself.
QString withoutDatelineNoise(QString rest)
{
    static const QRegularExpression time(
        QStringLiteral(
            "\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,4}|GMT[+-]\\d+|UTC[+-]\\d+))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression words(
        QStringLiteral("\\b(?:published|updated|posted|last|modified|date|on|at|originally|first)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekday(
        QStringLiteral("\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b\\.?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(QStringLiteral("[·•|,:;()\\[\\]/–—-]"));
    rest.remove(time);
    rest.remove(words);
    rest.remove(weekday);
    rest.replace(separators, QStringLiteral(" "));
    return rest.simplified();
}

QString cutAtSeparator(const QString &text)
{
    static const QRegularExpression separator(
        QStringLiteral("\\s*(?:[|·•,;(]|\\s[–—-]\\s|\\bon\\b|\\bat\\b|\\bupdated\\b|\\bpublished\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = separator.match(text);
    QString name = m.hasMatch() ? text.left(m.capturedStart()) : text;
    const DateParser::Match date = DateParser::find(name);
    if (date.date.isValid())
        name = name.left(date.start);
    return name.trimmed();
}

// The outlet's name as the article spells it elsewhere ("SEATTLE (Tallyhouse Wire) -"), or
// else in title case with short words left as they are ("AI WIRE" → "AI Wire").
QString outletSpelling(const QString &masthead, const QString &text)
{
    const QString window = text.left(5000);
    for (qsizetype at = window.indexOf(masthead, 0, Qt::CaseInsensitive); at >= 0;
         at = window.indexOf(masthead, at + 1, Qt::CaseInsensitive)) {
        const QString found = window.mid(at, masthead.size());
        const bool wordStart = at == 0 || !window.at(at - 1).isLetterOrNumber();
        const qsizetype after = at + masthead.size();
        const bool wordEnd = after >= window.size() || !window.at(after).isLetterOrNumber();
        if (wordStart && wordEnd && found != found.toUpper())
            return found;
    }
    QStringList words = masthead.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        if (word.size() > 3)
            word = word.left(1) + word.mid(1).toLower();
    }
    return words.join(QLatin1Char(' '));
}

// "Bytewire | AI Desk | March 4, 2026", "Signal & Noise — Funding Desk": an outlet's name
// before its desk or the date. A bare person's name before a date is a byline instead.
QString outletOfSectionLine(const QString &line)
{
    const QString t = line.trimmed();
    static const QRegularExpression separator(QStringLiteral("\\s+[|·•—–]\\s+"));
    const QStringList parts = t.split(separator, Qt::SkipEmptyParts);
    if (t.size() > 100 || parts.size() < 2)
        return {};
    const QString first = parts.first().simplified();
    static const QRegularExpression outletName(
        QStringLiteral("^\\p{Lu}[\\p{L}\\d'’.]*(?: (?:&|\\p{Lu}[\\p{L}\\d'’.]*)){0,3}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (first.size() > 40 || !outletName.match(first).hasMatch() || BoilerplateDetector::isBoilerplateLine(first)
        || DateParser::find(first).date.isValid())
        return {};
    bool desk = false;
    bool dated = false;
    for (const QString &part : parts.mid(1)) {
        desk = desk || part.trimmed().endsWith(QLatin1String("desk"), Qt::CaseInsensitive);
        dated = dated || DateParser::find(part).date.isValid();
    }
    if (desk || (dated && !MetadataGuesser::looksLikeName(first)))
        return first;
    return {};
}

} // namespace

QString MetadataGuesser::masthead(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() > 80 || BoilerplateDetector::isBoilerplateLine(t) || dateline(t).isValid())
        return {};
    static const QRegularExpression section(QStringLiteral("\\s+[|·•—–-]\\s+"));
    const qsizetype cut = t.indexOf(section);
    const QString name = (cut > 0 ? t.left(cut) : t).simplified();
    static const QRegularExpression capitals(
        QStringLiteral("^[\\p{Lu}\\d][\\p{Lu}\\d&'’.]*(?: [\\p{Lu}\\d&'’.]+){0,3}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!capitals.match(name).hasMatch())
        return {};
    int letters = 0;
    for (QChar c : name)
        letters += c.isLetter() ? 1 : 0;
    if (letters < 4)
        return {};
    // "NEWS", "TECHNOLOGY | AI": navigation, not an outlet.
    const QStringList words = name.split(QLatin1Char(' '));
    if (std::all_of(
            words.cbegin(), words.cend(), [](const QString &w) { return nonNameWords().contains(w.toLower()); }))
        return {};
    return name;
}

bool MetadataGuesser::looksLikeName(const QString &text)
{
    static const QSet<QString> particles = { QStringLiteral("de"), QStringLiteral("van"), QStringLiteral("von"),
        QStringLiteral("der"), QStringLiteral("da"), QStringLiteral("di"), QStringLiteral("la"), QStringLiteral("le"),
        QStringLiteral("bin"), QStringLiteral("al"), QStringLiteral("del"), QStringLiteral("dos") };
    static const QRegularExpression nameWord(
        QStringLiteral("^\\p{Lu}[\\p{L}'’.-]*$"), QRegularExpression::UseUnicodePropertiesOption);
    const QString t = text.simplified();
    if (t.size() > 40)
        return false;
    const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int named = 0;
    for (const QString &word : words) {
        if (particles.contains(word))
            continue;
        if (!nameWord.match(word).hasMatch() || nonNameWords().contains(word.toLower()))
            return false;
        const bool initial = word.size() <= 2 || (word.size() == 3 && word.endsWith(QLatin1Char('.')));
        if (!initial && word == word.toUpper()) // "TOPICS", "AI": labels, not names
            return false;
        ++named;
    }
    return named >= 2 && named <= 4;
}

QDate MetadataGuesser::dateline(const QString &line)
{
    const QString t = line.trimmed();
    if (t.size() > 100)
        return {};
    const DateParser::Match m = DateParser::find(t);
    if (!m.date.isValid())
        return {};
    const QString rest = withoutDatelineNoise(t.left(m.start) + QLatin1Char(' ') + t.mid(m.start + m.length));
    // A byline may share the line ("By Jane Doe · June 14, 2026"); a sentence may not.
    if (rest.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 5)
        return {};
    return m.date;
}

QString MetadataGuesser::byline(const QString &line)
{
    static const QRegularExpression byPrefix(
        QStringLiteral("^(?:(?:written|reported|words|text|story)\\s+)?by[:\\s]\\s*(.+)$|^authors?\\s*:\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = line.trimmed();
    if (t.size() > 120)
        return {};
    const QRegularExpressionMatch m = byPrefix.match(t);
    if (!m.hasMatch())
        return {};
    const QString names = cutAtSeparator(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    static const QRegularExpression joiner(QStringLiteral("\\s+(?:and|&)\\s+"));
    for (const QString &name : names.split(joiner)) {
        if (!looksLikeName(name))
            return {};
    }
    return names;
}

bool MetadataGuesser::looksLikeHeadline(const QString &line, const QString &nextLine)
{
    const QString t = line.trimmed();
    if (t.size() < 8 || t.size() > 200 || startsWithLowercase(nextLine))
        return false;
    const qsizetype words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    if (words < 2 || words > 30)
        return false;
    // "NEWS | TECHNOLOGY", "What happened": navigation and section labels.
    static const QRegularExpression nonLetters(
        QStringLiteral("[^\\p{L}]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList letterWords = t.toLower().split(nonLetters, Qt::SkipEmptyParts);
    if (std::all_of(
            letterWords.cbegin(), letterWords.cend(), [](const QString &w) { return nonNameWords().contains(w); }))
        return false;
    static const QRegularExpression opening(
        QStringLiteral("^[\"'“‘(\\[]*[\\p{Lu}\\d]"), QRegularExpression::UseUnicodePropertiesOption);
    if (!opening.match(t).hasMatch())
        return false;
    static const QRegularExpression closing(QStringLiteral("[\"'”’)\\]\\s]+$"));
    QString end = t;
    end.remove(closing);
    if (end.isEmpty() || QStringLiteral(".,;:…-–—").contains(end.back()))
        return false;
    // Two sentences in one line are prose, not a headline.
    static const QRegularExpression sentenceBreak(
        QStringLiteral("\\p{Ll}{2}[.!?][\"”’]?\\s+[\"“‘]?\\p{Lu}"), QRegularExpression::UseUnicodePropertiesOption);
    return !sentenceBreak.match(t).hasMatch() && !t.contains(QLatin1String("://"));
}

MetadataGuesser::Result MetadataGuesser::guess(const QString &text)
{
    const QStringList all = text.left(20000).split(QLatin1Char('\n'));
    int bodyStart = 0;
    Result result = frontMatter(all, &bodyStart);
    const QStringList lines = all.mid(bodyStart);
    const QList<Line> head = nonEmptyLines(lines, BylineLines);
    const auto rawLine
        = [&lines](int index) { return index >= 0 && index < lines.size() ? lines.at(index) : QString(); };

    for (int k = 0; k < head.size() && k < HeadLines && result.title.isEmpty(); ++k) {
        const Line &line = head.at(k);
        // The masthead comes first, above the headline.
        if (k < 3 && result.outlet.isEmpty()) {
            const QString name = masthead(line.text);
            if (!name.isEmpty()) {
                result.outlet = outletSpelling(name, text);
                continue;
            }
        }
        const QString heading = markdownHeading(line.text);
        if (!heading.isEmpty() && !BoilerplateDetector::isBoilerplateLine(heading)) {
            result.title = heading;
        } else if (isSetextUnderline(rawLine(line.index + 1)) && !line.text.startsWith(QLatin1Char('#'))) {
            result.title = line.text;
        } else if (!BoilerplateDetector::isBoilerplateLine(line.text) && !dateline(line.text).isValid()
            && byline(line.text).isEmpty() && looksLikeHeadline(line.text, rawLine(line.index + 1))) {
            result.title = line.text;
        }
    }

    if (!result.published.isValid()) {
        QDate updated;
        for (int k = 0; k < head.size() && k < HeadLines; ++k) {
            const QDate date = dateline(head.at(k).text);
            if (!date.isValid())
                continue;
            if (!head.at(k).text.startsWith(QLatin1String("updated"), Qt::CaseInsensitive)) {
                result.published = date;
                break;
            }
            if (!updated.isValid())
                updated = date;
        }
        if (!result.published.isValid())
            result.published = updated;
    }

    for (int k = 0; k < head.size() && result.author.isEmpty(); ++k) {
        const QString &t = head.at(k).text;
        if (t == result.title)
            continue; // "Labs Race Ahead" looks like a name, but it is the headline
        result.author = byline(t);
        if (!result.author.isEmpty())
            break;
        const QString next = k + 1 < head.size() ? head.at(k + 1).text : QString();
        // A bare name counts only with a reading-meta or dateline line right under it.
        const bool metaBelow = next.startsWith(QChar(0x00B7)) || next.startsWith(QChar(0x2022))
            || next.contains(QLatin1String("min read"), Qt::CaseInsensitive) || dateline(next).isValid();
        if (looksLikeName(t) && metaBelow) {
            result.author = t.simplified();
            break;
        }
        // "Jane Doe · June 14, 2026"
        static const QRegularExpression split(QStringLiteral("\\s*[·•|—–]\\s*"));
        const qsizetype cut = t.indexOf(split);
        if (cut > 0 && looksLikeName(t.left(cut)) && dateline(t.mid(cut)).isValid())
            result.author = t.left(cut).simplified();
    }

    for (int k = 0; k < head.size() && k < HeadLines && result.outlet.isEmpty(); ++k)
        result.outlet = outletOfSectionLine(head.at(k).text);
    return result;
}

} // namespace crossread
