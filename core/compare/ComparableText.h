#pragma once
// The text the comparison engine reads for an article: its stored text with boilerplate
// ("Advertisement", "Subscribe", menus) blanked out, every code point of it a space and line
// breaks kept, so that page furniture neither aligns nor counts as a claim and every offset the
// engine reports is still a code point of the stored text.
#include "domain/Types.h"

#include <QString>

namespace crossread {

QString comparableText(const QString &text, const QList<TextRange> &boilerplate);
inline QString comparableText(const Article &article)
{
    return comparableText(article.text, article.boilerplate);
}

} // namespace crossread
