#pragma once
// Reads a web page as an analyst sees it: the article's prose with paragraph breaks, without
// scripts, menus and page furniture, plus the title, outlet, author and date the page declares.
#include <QByteArray>
#include <QDate>
#include <QString>

namespace crossread {

class HtmlTree;

class HtmlExtractor
{
public:
    struct Result
    {
        QString text; // blocks on their own lines, paragraphs separated by a blank line
        QString title;
        QString outlet;
        QString author;
        QDate published;
        QString encoding;
        QString error; // why the page could not be read (over a parse limit); text is empty then
    };

    // Decodes the bytes (BOM, then <meta charset>/http-equiv, then detection) and extracts.
    static Result extract(const QByteArray &bytes);
    static Result extractFromString(const QString &html);

    // The charset a page declares in its first 4 KB, or empty.
    static QString declaredCharset(const QByteArray &bytes);

private:
    static int chooseContainer(const HtmlTree &tree);
    static QString render(const HtmlTree &tree, int container);
};

} // namespace crossread
