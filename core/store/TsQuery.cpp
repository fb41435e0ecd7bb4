#include "store/TsQuery.h"

#include <QObject>
#include <QStringList>

namespace crossread {

namespace {

struct Token
{
    enum Kind { Phrase, And, Or, Not, Open, Close } kind;
    QStringList words;
    bool prefix = false;
};

QStringList wordsOf(QStringView text)
{
    QStringList words;
    QString current;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

QList<Token> tokenize(const QString &query)
{
    QList<Token> tokens;
    const qsizetype n = query.size();
    qsizetype i = 0;
    auto prefixAt = [&](qsizetype at) { return at < n && query.at(at) == u'*'; };
    while (i < n) {
        const QChar c = query.at(i);
        if (c == u'"') {
            const qsizetype close = query.indexOf(u'"', i + 1);
            const QStringView inside = QStringView(query).mid(i + 1, close < 0 ? -1 : close - i - 1);
            i = close < 0 ? n : close + 1;
            Token t { Token::Phrase, wordsOf(inside), prefixAt(i) };
            if (t.prefix)
                ++i;
            tokens << t;
        } else if (c == u'(' || c == u')') {
            tokens << Token { c == u'(' ? Token::Open : Token::Close, {}, false };
            ++i;
        } else if (c.isLetterOrNumber() || c == u'_') {
            qsizetype j = i;
            while (j < n && (query.at(j).isLetterOrNumber() || query.at(j) == u'_'))
                ++j;
            const QStringView word = QStringView(query).mid(i, j - i);
            Token t { Token::Phrase, wordsOf(word), prefixAt(j) };
            i = t.prefix ? j + 1 : j;
            // FTS5 reads the operators in capitals only; "and" is a word.
            if (word == u"AND")
                t.kind = Token::And;
            else if (word == u"OR")
                t.kind = Token::Or;
            else if (word == u"NOT")
                t.kind = Token::Not;
            tokens << t;
        } else {
            ++i; // punctuation separates words, as in the text
        }
    }
    return tokens;
}

// Recursive descent with FTS5's precedence: NOT binds tighter than AND, AND than OR.
class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    { }

    QString parse(QString *error)
    {
        QString out = orExpr();
        if (m_error.isEmpty() && m_at < m_tokens.size())
            m_error = QObject::tr("unexpected %1").arg(describe(m_tokens.at(m_at)));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return {};
        }
        return out;
    }

private:
    QString orExpr()
    {
        QString out = andExpr();
        while (m_error.isEmpty() && peek(Token::Or)) {
            ++m_at;
            out = QStringLiteral("%1 | %2").arg(out, andExpr());
        }
        return out;
    }
    QString andExpr()
    {
        QString out = notExpr();
        while (m_error.isEmpty() && m_at < m_tokens.size()) {
            if (peek(Token::And))
                ++m_at;
            else if (!peek(Token::Phrase) && !peek(Token::Open))
                break;
            out = QStringLiteral("%1 & %2").arg(out, notExpr());
        }
        return out;
    }
    QString notExpr()
    {
        QString out = primary();
        while (m_error.isEmpty() && peek(Token::Not)) {
            ++m_at;
            out = QStringLiteral("%1 & !%2").arg(out, primary());
        }
        return out;
    }
    QString primary()
    {
        if (m_at >= m_tokens.size()) {
            m_error = QObject::tr("the query ends where a word or phrase was expected");
            return {};
        }
        const Token &t = m_tokens.at(m_at++);
        if (t.kind == Token::Open) {
            const QString inner = orExpr();
            if (m_error.isEmpty() && !peek(Token::Close))
                m_error = QObject::tr("a parenthesis is not closed");
            ++m_at;
            return QStringLiteral("(%1)").arg(inner);
        }
        if (t.kind != Token::Phrase) {
            m_error = QObject::tr("unexpected %1").arg(describe(t));
            return {};
        }
        if (t.words.isEmpty()) {
            m_error = QObject::tr("an empty phrase");
            return {};
        }
        // The words hold only letters and digits, so quoting them needs no escapes.
        QStringList lexemes;
        for (const QString &w : t.words)
            lexemes << QStringLiteral("'%1'").arg(w);
        if (t.prefix)
            lexemes.last() += QStringLiteral(":*");
        return lexemes.size() == 1 ? lexemes.first()
                                   : QStringLiteral("(%1)").arg(lexemes.join(QStringLiteral(" <-> ")));
    }
    bool peek(Token::Kind kind) const { return m_at < m_tokens.size() && m_tokens.at(m_at).kind == kind; }
    static QString describe(const Token &t)
    {
        switch (t.kind) {
        case Token::And:
            return QStringLiteral("AND");
        case Token::Or:
            return QStringLiteral("OR");
        case Token::Not:
            return QStringLiteral("NOT");
        case Token::Open:
            return QStringLiteral("(");
        case Token::Close:
            return QStringLiteral(")");
        case Token::Phrase:
            break;
        }
        return QStringLiteral("\"%1\"").arg(t.words.join(u' '));
    }

    QList<Token> m_tokens;
    qsizetype m_at = 0;
    QString m_error;
};

} // namespace

QString TsQuery::fromFts5(const QString &query, QString *error)
{
    const QList<Token> tokens = tokenize(query);
    if (tokens.isEmpty()) {
        *error = QObject::tr("no word to search for");
        return {};
    }
    return Parser(tokens).parse(error);
}

} // namespace crossread
