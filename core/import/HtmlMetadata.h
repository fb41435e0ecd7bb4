#pragma once
// What a web page says about itself: Open Graph and article meta tags, schema.org JSON-LD,
// <title>, bylines and <time> elements, in that order of trust.
#include <QDate>
#include <QString>

namespace crossread {

class HtmlTree;

class HtmlMetadata
{
public:
    QString title;
    QString outlet;
    QString author;
    QDate published;

    // `container` is the element the article text was taken from (bylines and <time> are looked
    // for there first).
    static HtmlMetadata read(const HtmlTree &tree, int container);

    // "Headline | Outlet" → "Headline" when the suffix (or prefix) is the outlet's name.
    static QString stripOutlet(const QString &title, const QString &outlet);

    // "By Jane Doe" → "Jane Doe"; URLs and overlong values are not names.
    static QString cleanAuthor(const QString &value);
};

} // namespace crossread
