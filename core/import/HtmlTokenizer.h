#pragma once
// A forgiving HTML tokenizer: real pages are rarely well-formed XML, so this follows the browser
// habit of reading whatever is there (unquoted attributes, stray '<', unclosed comments).
#include <QList>
#include <QPair>
#include <QString>

namespace crossread {

struct HtmlToken
{
    enum Type { Text, StartTag, EndTag, Comment, Doctype, EndOfInput };
    Type type = EndOfInput;
    QString name; // lower-case tag name for tags
    QList<QPair<QString, QString>> attributes; // lower-case names, decoded values
    bool selfClosing = false;
    QString text; // decoded text for Text, raw content for Comment
};

class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(const QString &html);

    HtmlToken next();

private:
    HtmlToken readText();
    HtmlToken readRawText();
    HtmlToken readMarkupDeclaration();
    HtmlToken readTag();
    void readAttributes(HtmlToken &token);
    QString readTagName();
    void skipWhitespace();
    bool startsWith(QLatin1StringView s, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    QString m_html;
    qsizetype m_pos = 0;
    QString m_rawTextElement; // set after <script>, <style>, <title>…: content runs to the matching end tag
};

} // namespace crossread
