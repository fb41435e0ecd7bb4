#include "HtmlTokenizer.h"

#include "HtmlEntities.h"

#include <algorithm>

namespace crossread {

namespace {

bool isHtmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// Elements whose content is not markup. Titles and text areas still carry character references.
bool isRawTextElement(const QString &name)
{
    static const QStringList names = { QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("title"),
        QStringLiteral("textarea"), QStringLiteral("xmp"), QStringLiteral("noembed"), QStringLiteral("noframes"),
        QStringLiteral("iframe"), QStringLiteral("noscript"), QStringLiteral("plaintext") };
    return names.contains(name);
}

} // namespace

HtmlTokenizer::HtmlTokenizer(const QString &html)
    : m_html(html)
{ }

bool HtmlTokenizer::startsWith(QLatin1StringView s, Qt::CaseSensitivity cs) const
{
    return QStringView(m_html).mid(m_pos).startsWith(s, cs);
}

void HtmlTokenizer::skipWhitespace()
{
    while (m_pos < m_html.size() && isHtmlSpace(m_html.at(m_pos)))
        ++m_pos;
}

HtmlToken HtmlTokenizer::next()
{
    if (m_pos >= m_html.size())
        return {};
    if (!m_rawTextElement.isEmpty())
        return readRawText();
    if (m_html.at(m_pos) == QLatin1Char('<') && m_pos + 1 < m_html.size()) {
        const QChar after = m_html.at(m_pos + 1);
        if (after == QLatin1Char('!') || after == QLatin1Char('?'))
            return readMarkupDeclaration();
        if (isAsciiLetter(after)
            || (after == QLatin1Char('/') && m_pos + 2 < m_html.size() && isAsciiLetter(m_html.at(m_pos + 2))))
            return readTag();
    }
    return readText();
}

HtmlToken HtmlTokenizer::readText()
{
    // A '<' that does not open a tag is literal text, so the first character is always consumed.
    qsizetype end = m_html.indexOf(QLatin1Char('<'), m_pos + 1);
    if (end < 0)
        end = m_html.size();
    HtmlToken token;
    token.type = HtmlToken::Text;
    token.text = HtmlEntities::decode(m_html.mid(m_pos, end - m_pos));
    m_pos = end;
    return token;
}

HtmlToken HtmlTokenizer::readRawText()
{
    const QString closing = QLatin1String("</") + m_rawTextElement;
    qsizetype end = m_pos;
    while (true) {
        end = m_html.indexOf(closing, end, Qt::CaseInsensitive);
        if (end < 0) {
            end = m_html.size();
            break;
        }
        const qsizetype after = end + closing.size();
        if (after >= m_html.size() || isHtmlSpace(m_html.at(after)) || m_html.at(after) == QLatin1Char('>')
            || m_html.at(after) == QLatin1Char('/'))
            break;
        end = after; // "</scriptx" is not the end of the script
    }
    HtmlToken token;
    token.type = HtmlToken::Text;
    const QString raw = m_html.mid(m_pos, end - m_pos);
    const bool decodes = m_rawTextElement == QLatin1String("title") || m_rawTextElement == QLatin1String("textarea");
    token.text = decodes ? HtmlEntities::decode(raw) : raw;
    m_pos = end;
    m_rawTextElement.clear();
    if (token.text.isEmpty())
        return next();
    return token;
}

HtmlToken HtmlTokenizer::readMarkupDeclaration()
{
    HtmlToken token;
    if (startsWith(QLatin1StringView("<!--"))) {
        token.type = HtmlToken::Comment;
        qsizetype end = m_html.indexOf(QLatin1String("-->"), m_pos + 4);
        const qsizetype contentEnd = end < 0 ? m_html.size() : end;
        token.text = m_html.mid(m_pos + 4, contentEnd - m_pos - 4);
        m_pos = end < 0 ? m_html.size() : end + 3;
        return token;
    }
    if (startsWith(QLatin1StringView("<![CDATA["), Qt::CaseSensitive)) {
        token.type = HtmlToken::Comment;
        qsizetype end = m_html.indexOf(QLatin1String("]]>"), m_pos + 9);
        const qsizetype contentEnd = end < 0 ? m_html.size() : end;
        token.text = m_html.mid(m_pos + 9, contentEnd - m_pos - 9);
        m_pos = end < 0 ? m_html.size() : end + 3;
        return token;
    }
    // <!DOCTYPE …>, <?xml …?> and other bogus comments run to the next '>'.
    token.type = startsWith(QLatin1StringView("<!doctype")) ? HtmlToken::Doctype : HtmlToken::Comment;
    qsizetype end = m_html.indexOf(QLatin1Char('>'), m_pos + 2);
    const qsizetype contentEnd = end < 0 ? m_html.size() : end;
    token.text = m_html.mid(m_pos + 2, contentEnd - m_pos - 2);
    m_pos = end < 0 ? m_html.size() : end + 1;
    return token;
}

QString HtmlTokenizer::readTagName()
{
    const qsizetype start = m_pos;
    while (m_pos < m_html.size()) {
        const QChar c = m_html.at(m_pos);
        if (isHtmlSpace(c) || c == QLatin1Char('/') || c == QLatin1Char('>'))
            break;
        ++m_pos;
    }
    return m_html.mid(start, m_pos - start).toLower();
}

HtmlToken HtmlTokenizer::readTag()
{
    HtmlToken token;
    ++m_pos; // '<'
    const bool isEnd = m_html.at(m_pos) == QLatin1Char('/');
    if (isEnd)
        ++m_pos;
    token.type = isEnd ? HtmlToken::EndTag : HtmlToken::StartTag;
    token.name = readTagName();
    readAttributes(token);
    if (isEnd) {
        token.attributes.clear();
        token.selfClosing = false;
    } else if (!token.selfClosing && isRawTextElement(token.name)) {
        m_rawTextElement = token.name;
    }
    return token;
}

void HtmlTokenizer::readAttributes(HtmlToken &token)
{
    const qsizetype n = m_html.size();
    while (m_pos < n) {
        skipWhitespace();
        if (m_pos >= n)
            return;
        const QChar c = m_html.at(m_pos);
        if (c == QLatin1Char('>')) {
            ++m_pos;
            return;
        }
        if (c == QLatin1Char('/')) {
            ++m_pos;
            if (m_pos < n && m_html.at(m_pos) == QLatin1Char('>')) {
                token.selfClosing = true;
                ++m_pos;
                return;
            }
            continue;
        }
        const qsizetype nameStart = m_pos;
        ++m_pos; // an attribute name may start with '=' in broken markup; always make progress
        while (m_pos < n) {
            const QChar d = m_html.at(m_pos);
            if (isHtmlSpace(d) || d == QLatin1Char('=') || d == QLatin1Char('>') || d == QLatin1Char('/'))
                break;
            ++m_pos;
        }
        const QString name = m_html.mid(nameStart, m_pos - nameStart).toLower();
        skipWhitespace();
        QString value;
        if (m_pos < n && m_html.at(m_pos) == QLatin1Char('=')) {
            ++m_pos;
            skipWhitespace();
            if (m_pos < n && (m_html.at(m_pos) == QLatin1Char('"') || m_html.at(m_pos) == QLatin1Char('\''))) {
                const QChar quote = m_html.at(m_pos);
                const qsizetype end = m_html.indexOf(quote, m_pos + 1);
                const qsizetype valueEnd = end < 0 ? n : end;
                value = m_html.mid(m_pos + 1, valueEnd - m_pos - 1);
                m_pos = end < 0 ? n : end + 1;
            } else {
                const qsizetype valueStart = m_pos;
                while (m_pos < n && !isHtmlSpace(m_html.at(m_pos)) && m_html.at(m_pos) != QLatin1Char('>'))
                    ++m_pos;
                value = m_html.mid(valueStart, m_pos - valueStart);
            }
        }
        const bool duplicate = std::any_of(
            token.attributes.cbegin(), token.attributes.cend(), [&name](const auto &a) { return a.first == name; });
        if (!duplicate) // the first occurrence wins, as in browsers
            token.attributes.append({ name, HtmlEntities::decode(value) });
    }
}

} // namespace crossread
