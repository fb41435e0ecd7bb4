#pragma once
// Guesses title, byline and publication date from the opening lines of a plain-text or Markdown
// article, as pasted from a web page: menus and ad markers come first, then the headline, a
// dateline ("Jun 14, 2026 · 9:24 AM") and a byline ("By Jane Doe", or a bare name above a
// "· 5 min read" line); an outlet's masthead in capitals above the headline names the outlet.
#include <QDate>
#include <QString>

namespace crossread {

class MetadataGuesser
{
public:
    struct Result
    {
        QString title;
        QString outlet;
        QString author;
        QDate published;
    };

    static Result guess(const QString &text);

    // A short line that is essentially a date ("Published: June 14, 2026 at 9:24 AM EDT").
    static QDate dateline(const QString &line);
    // "By Jane Doe | Reuters" → "Jane Doe"; empty when the line is not a byline.
    static QString byline(const QString &line);
    // A masthead: the outlet's name in capitals, alone or before a section label
    // ("FRONTIER DAILY | AI & Compute" → "FRONTIER DAILY"); empty when the line is not one.
    static QString masthead(const QString &line);
    // Two to four capitalised words that could be a person's name.
    static bool looksLikeName(const QString &text);
    // Short, capitalised, no final period, a single sentence, not wrapped onto `nextLine`.
    static bool looksLikeHeadline(const QString &line, const QString &nextLine);
};

} // namespace crossread
