#pragma once
// Decodes HTML character references (&amp; &eacute; &#8217; &#x2014;) in text and attribute values.
#include <QString>

namespace crossread {

class HtmlEntities
{
public:
    static QString decode(const QString &text);

    // The character(s) a named reference stands for, or an empty string when the name is unknown.
    static QString named(QStringView name);

    // The character a numeric reference stands for, with the HTML rules for invalid code points.
    static QString numeric(uint codePoint);
};

} // namespace crossread
