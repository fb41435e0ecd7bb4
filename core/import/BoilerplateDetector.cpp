#include "BoilerplateDetector.h"

#include <QRegularExpression>

namespace crossread {

namespace {

// Short lines that are boilerplate as a whole (after bullets and trailing arrows are stripped).
const QRegularExpression &shortLineRule()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:"
            // advertising
            "advert(?:isement|isment)?s?|ads?|sponsored(?: content| post| by .{1,40})?|promoted(?: content| by "
            ".{1,40})?"
            "|paid (?:content|post)|partner content|advertisement\\W+(?:scroll|continue|story).{0,40}"
            "|(?:story|article) continues below(?: this)?(?: advertisement| ad)?"
            // navigation
            "|skip to (?:main )?(?:content|navigation)|connect with us|follow us(?: on .{1,40})?|main menu|menu"
            "|toggle navigation|(?:open|close) menu|back to top|scroll to top|home"
            "|home\\s*[›»>/|·:]\\s*.{1,60}|home\\s+[\\p{L}&-]+"
            // subscriptions and accounts
            "|subscribe(?: now| today| here)?|subscribe (?:to|for) .{1,50}|sign (?:up|in)(?: "
            "(?:for|to|now|here).{0,50})?"
            "|log ?in|log ?out|register|newsletters?|(?:get|join) (?:our|the) (?:free )?(?:newsletter|mailing "
            "list).{0,40}"
            "|.{0,40}delivered (?:straight )?to your inbox.{0,20}|already a (?:subscriber|member)\\?.{0,40}"
            "|create (?:a )?(?:free )?account.{0,30}"
            // onward reading
            "|related|related (?:articles?|posts?|stories|content|news|coverage|reading|topics|links)"
            "|read more|read next|read also|also read|more stories|more posts|more articles|more news"
            "|more (?:from|in|on) .{1,40}|recommended(?: for you| stories| reading| articles)?"
            "|you (?:may|might) (?:also )?(?:like|enjoy)|trending(?: now)?|most (?:popular|read)|top stories"
            "|editor'?s picks|what to read next|keep reading|continue reading|see also|further reading"
            // feeds and comments
            "|loading(?: next article| more)?|load more|show more|view more|see more|you'?re all caught up"
            "|(?:view|show|hide) comments|comments?|\\d+ comments?|leave a (?:comment|reply)|topics|tags|categories"
            // sharing
            "|share|share (?:this|the) (?:article|story|post|page)|share this|share (?:on|via|to) .{1,30}"
            "|tweet|print|copy link|link copied|click here .{0,60}"
            ")$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Prefixes that mark a whole (possibly long) line: "Also read: …", "Tags: …", "© 2026 …".
const QRegularExpression &prefixRule()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:(?:also read|read more|read also|related|see also|recommended|read next|more|tags|topics"
            "|filed under)\\s*:|©|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\(c\\)|\\d{4})|all rights reserved"
            "|we use cookies|this (?:web)?site uses cookies|by (?:continuing|using) (?:to (?:use|browse) )?"
            "(?:this|our) (?:site|website)|accept (?:all )?cookies|cookie (?:settings|policy|preferences|consent)"
            "|manage (?:cookie|privacy) (?:settings|preferences)|we value your privacy)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A line made only of share targets: "Facebook Twitter LinkedIn Email".
const QRegularExpression &shareBarRule()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|threads|bluesky|email"
                       "|e-mail|print|copy link|share|flipboard|mastodon)[\\s,|·•/]*){2,}$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// One item of a reading-meta line: "5 min read", "141 views", "2.3K shares".
const QRegularExpression &metaItemRule()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:\\d+\\s*(?:min(?:ute)?s?|hrs?|hours?)\\.?\\s+read|reading time:?\\s*\\d+\\s*min(?:ute)?s?"
                       "|[\\d.,]+\\s*[km]?\\s*(?:views?|comments?|shares?|reads?|likes?|claps?|responses?))$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isMetaLine(const QString &core)
{
    static const QRegularExpression separators(QStringLiteral("[·•|]"));
    const QStringList items = core.split(separators, Qt::SkipEmptyParts);
    int matched = 0;
    for (const QString &item : items) {
        const QString t = item.trimmed();
        if (t.isEmpty())
            continue;
        if (!metaItemRule().match(t).hasMatch())
            return false;
        ++matched;
    }
    return matched > 0;
}

// The line without list bullets, arrows and ellipses that decorate menus.
QString coreOf(const QString &line)
{
    static const QRegularExpression leading(QStringLiteral("^[\\s·•\\-–—»›|*#>]+"));
    static const QRegularExpression trailing(QStringLiteral("[\\s→›»…:.>|\\-–—]+$"));
    QString core = line;
    core.remove(leading);
    core.remove(trailing);
    return core.simplified();
}

} // namespace

bool BoilerplateDetector::isBoilerplateLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 300)
        return false;
    const QString core = coreOf(trimmed);
    if (core.isEmpty())
        return false;
    if (prefixRule().match(core).hasMatch())
        return true;
    if (trimmed.size() > 80)
        return false;
    return shortLineRule().match(core).hasMatch() || shareBarRule().match(core).hasMatch() || isMetaLine(core);
}

// A line that carries on a hard-wrapped paragraph ("…Neither company would\ncomment."):
// the line before is long prose without a sentence end, and this one starts in lower case.
static bool continuesParagraph(const QString &previous, bool previousFlagged, const QString &line)
{
    const QString before = previous.trimmed();
    const QString now = line.trimmed();
    if (previousFlagged || before.size() < 50 || now.isEmpty() || !now.front().isLower())
        return false;
    static const QString sentenceEnds = QStringLiteral(".!?:;\"”’)…");
    return !sentenceEnds.contains(before.back());
}

QList<TextRange> BoilerplateDetector::detect(const QString &text)
{
    QList<TextRange> ranges;
    QString previous;
    bool previousFlagged = false;
    qsizetype prevEndUtf16 = -1;
    qint64 codePoint = 0;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        qint64 lineLength = line.size();
        for (QChar c : line)
            lineLength -= c.isLowSurrogate() ? 1 : 0;
        // The cheap test first: a line carrying on a wrapped paragraph needs no rules.
        const bool flagged = !continuesParagraph(previous, previousFlagged, line) && isBoilerplateLine(line);
        previous = line;
        previousFlagged = flagged;
        if (flagged) {
            const bool onlyBlankBetween = prevEndUtf16 >= 0
                && QStringView(text).mid(prevEndUtf16, lineStart - prevEndUtf16).trimmed().isEmpty();
            if (onlyBlankBetween)
                ranges.last().end = codePoint + lineLength;
            else
                ranges.append({ codePoint, codePoint + lineLength });
            prevEndUtf16 = lineEnd;
        }
        codePoint += lineLength + 1;
        lineStart = lineEnd + 1;
    }
    return ranges;
}

} // namespace crossread
