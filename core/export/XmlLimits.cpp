#include "export/XmlLimits.h"

namespace crossread {

namespace {

// Where the markup that starts at `from` ends (past its closing delimiter), or -1.
qsizetype skipPast(const QByteArray &xml, qsizetype from, const char *close)
{
    const qsizetype at = xml.indexOf(close, from);
    return at < 0 ? -1 : at + qsizetype(qstrlen(close));
}

} // namespace

bool XmlLimits::checkAttributes(const QByteArray &xml, QString *error)
{
    const qsizetype n = xml.size();
    qsizetype i = 0;
    while ((i = xml.indexOf('<', i)) >= 0) {
        const QByteArrayView rest = QByteArrayView(xml).sliced(i);
        if (rest.startsWith("<!--"))
            i = skipPast(xml, i + 4, "-->");
        else if (rest.startsWith("<![CDATA["))
            i = skipPast(xml, i + 9, "]]>");
        else if (rest.startsWith("<?"))
            i = skipPast(xml, i + 2, "?>");
        else if (rest.startsWith("<!") || rest.startsWith("</"))
            i = skipPast(xml, i + 2, ">");
        else {
            // A start tag: every '=' outside a quoted value begins an attribute's value.
            const qsizetype tag = i;
            int attributes = 0;
            char quote = 0;
            for (++i; i < n; ++i) {
                const char c = xml.at(i);
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                } else if (c == '=' && ++attributes > kMaxAttributes) {
                    if (error) {
                        const qsizetype line = QByteArrayView(xml).first(tag).count('\n') + 1;
                        *error = QStringLiteral("the element on line %1 has more than %2 attributes")
                                     .arg(line)
                                     .arg(kMaxAttributes);
                    }
                    return false;
                }
            }
        }
        if (i < 0 || i >= n)
            break;
    }
    return true;
}

} // namespace crossread
