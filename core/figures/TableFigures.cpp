#include "figures/TableFigures.h"

#include "figures/CurrencyReader.h"
#include "figures/DateMatcher.h"
#include "figures/FigurePhrases.h"
#include "figures/NumberReader.h"
#include "figures/QuantityMatcher.h"

#include <initializer_list>

namespace crossread {

namespace {

using L = FigureLexicon;
using Words = std::initializer_list<const char *>;

const Words kScoreWords = { "score", "scores", "accuracy", "acc", "elo" };
const Words kRankWords = { "rank", "ranking", "position", "place", "#" };
const Words kYearWords = { "year", "founded", "released", "launched", "launch" };
const Words kBenchmarkWords = { "benchmark", "benchmarks", "eval", "evaluation", "test", "task", "dataset", "suite" };
const Words kModelWords = { "model", "models", "system", "systems", "llm" };
const Words kEntityWords = { "company", "companies", "developer", "developers", "firm", "startup", "lab", "labs",
    "organisation", "organization", "vendor", "provider", "maker", "investor", "backer" };
const Words kGenericWords = { "value", "values", "amount", "figure", "number", "total", "metric", "item", "detail" };

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // before the line break
};

// A cell's content, UTF-16, without its padding or Markdown emphasis.
struct Cell
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// What a column header says about its cells.
struct Column
{
    QString label; // the header without its unit: "Raised ($bn)" is "Raised"
    QString counted; // the plural noun a count column counts: "employees"
    int currency = 0;
    int scale = 0; // power of ten: "($bn)" is 9
    bool percent = false;
    bool score = false; // "Score", "Accuracy"
    bool accuracy = false; // scores out of 100%
    bool rank = false;
    bool year = false;
};

struct Table
{
    QList<Column> columns;
    int benchmark = -1; // the column naming benchmarks
    int model = -1;
    int entity = -1; // the column naming companies
};

// One row while its cells are read.
struct Row
{
    QStringView text;
    const Table &table;
    const QList<Cell> &cells;
};

// A numeric cell as read, before its header says what it measures.
struct Number
{
    qsizetype start = 0;
    qsizetype end = 0;
    double value = 0;
    int currency = 0;
    bool scaled = false;
    bool percent = false;
    bool ordinal = false;
    bool integer = false;
    Qualifier qualifier = Qualifier::Exact;
    bool prose = false; // read by QuantityMatcher: match holds its kind and unit
    FigureMatch match;
};

bool isOneOf(QStringView word, const Words &words)
{
    for (const char *w : words) {
        if (word.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringView firstWord(QStringView s)
{
    const qsizetype space = s.indexOf(u' ');
    return space < 0 ? s : s.left(space);
}

QStringView lastWord(QStringView s)
{
    return s.mid(s.lastIndexOf(u' ') + 1);
}

bool isPadding(QChar c)
{
    return c.isSpace() || c == u'*' || c == u'_' || c == u'`';
}

Cell trimmed(QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && isPadding(text[start]))
        ++start;
    while (end > start && isPadding(text[end - 1]))
        --end;
    return { start, end };
}

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        lines.append({ start, end });
        start = end + 1;
    }
    return lines;
}

bool isRow(QStringView text, Line line)
{
    return text.mid(line.start, line.end - line.start).contains(u'|');
}

// The cells between the row's unescaped pipes; the outer pipes are optional.
QList<Cell> splitRow(QStringView text, Line line)
{
    QList<qsizetype> pipes;
    for (qsizetype k = line.start; k < line.end; ++k) {
        if (text[k] == u'|' && (k == line.start || text[k - 1] != u'\\'))
            pipes.append(k);
    }
    const QStringView content = text.mid(line.start, line.end - line.start).trimmed();
    if (pipes.isEmpty() || content.isEmpty())
        return {};
    if (content.front() != u'|')
        pipes.prepend(line.start - 1);
    if (content.back() != u'|')
        pipes.append(line.end);
    QList<Cell> cells;
    for (qsizetype k = 1; k < pipes.size(); ++k)
        cells.append(trimmed(text, pipes[k - 1] + 1, pipes[k]));
    return cells;
}

// "|---|:---:|---:|"
bool isSeparator(QStringView text, const QList<Cell> &cells)
{
    if (cells.isEmpty())
        return false;
    for (const Cell &c : cells) {
        const QStringView s = text.mid(c.start, c.end - c.start);
        if (!s.contains(u'-'))
            return false;
        for (QChar ch : s) {
            if (ch != u'-' && ch != u':' && !ch.isSpace())
                return false;
        }
    }
    return true;
}

QString cellText(const Row &row, int column)
{
    if (column < 0 || column >= row.cells.size())
        return {};
    const Cell &c = row.cells[column];
    return row.text.mid(c.start, c.end - c.start).toString().simplified();
}

// The header up to its unit, without a trailing score or rank word: "MMLU accuracy (%)" is "MMLU",
// "Raised ($bn)" is "Raised", "Score" is empty.
QString headerLabel(QStringView header)
{
    qsizetype cut = header.size();
    for (qsizetype k = 0; k < header.size() && cut == header.size(); ++k) {
        const QChar c = header[k];
        if (c == u'(' || c == u'[' || c == u'%' || CurrencyReader::symbol(c.unicode()))
            cut = k;
    }
    QString label = header.left(cut).toString().simplified();
    while (!label.isEmpty() && QStringView(u",:;/-\u2013").contains(label.back()))
        label.chop(1);
    label = label.trimmed();
    const QStringView last = lastWord(label);
    if (isOneOf(last, kScoreWords) || isOneOf(last, kRankWords))
        label = label.left(label.size() - last.size()).trimmed();
    return label;
}

QString countedNoun(QStringView word)
{
    for (qsizetype k = 1; k < word.size(); ++k) {
        if (word[k].isUpper())
            return word.toString(); // "GPUs"
    }
    return word.toString().toLower();
}

void readHeaderWord(const FigureTokens &t, int i, bool unitContext, Column *col)
{
    const QStringView w = t.view(i);
    const int scale = t.has(i, L::ScaleWord) ? t.at(i).lex->value : unitContext ? NumberReader::scaleSuffix(w) : 0;
    if (t.has(i, L::CurrencyName) || (t.has(i, L::CurrencyCode) && t.at(i).upper))
        col->currency = t.at(i).lex->unit;
    else if (t.has(i, L::PercentWord))
        col->percent = true;
    else if (scale > 0)
        col->scale = scale;
    else if (unitContext && col->counted.isEmpty() && FigurePhrases::isPluralNoun(t, i))
        col->counted = countedNoun(w); // "Context (tokens)"
    col->score = col->score || isOneOf(w, kScoreWords);
    col->accuracy = col->accuracy || w.compare(u"accuracy", Qt::CaseInsensitive) == 0;
    col->rank = col->rank || isOneOf(w, kRankWords);
    col->year = col->year || isOneOf(w, kYearWords);
}

Column readHeader(QStringView header)
{
    Column col;
    const FigureTokens t(header);
    int depth = 0;
    for (int i = 0; i < t.size(); ++i) {
        const FigureToken &tok = t.at(i);
        if (tok.type == FigureToken::Word) {
            const bool afterSign
                = t.glued(i) && t.at(i - 1).type == FigureToken::Symbol && CurrencyReader::symbol(t.at(i - 1).ch);
            readHeaderWord(t, i, depth > 0 || afterSign, &col);
        } else if (tok.type == FigureToken::Symbol) {
            depth += (tok.ch == u'(' || tok.ch == u'[') ? 1 : (tok.ch == u')' || tok.ch == u']') ? -1 : 0;
            col.percent = col.percent || tok.ch == u'%';
            col.rank = col.rank || (tok.ch == u'#' && t.size() == 1);
            if (const int currency = CurrencyReader::symbol(tok.ch))
                col.currency = currency;
        }
    }
    col.label = headerLabel(header);
    const QStringView last = lastWord(col.label);
    if (col.counted.isEmpty() && !isOneOf(last, kScoreWords) && !isOneOf(col.label, kGenericWords)) {
        const FigureTokens words(last);
        if (words.size() == 1 && FigurePhrases::isPluralNoun(words, 0))
            col.counted = countedNoun(last); // "Employees"
    }
    return col;
}

// A header of at most two words that starts with one of words: "Model", "Benchmark name".
bool namesColumn(const QString &header, const Words &words)
{
    return header.count(u' ') < 2 && isOneOf(firstWord(header), words);
}

Table readTable(QStringView text, const QList<Cell> &header)
{
    Table table;
    for (int c = 0; c < header.size(); ++c) {
        const QString name = text.mid(header[c].start, header[c].end - header[c].start).toString().simplified();
        table.columns.append(readHeader(name));
        if (table.benchmark < 0 && namesColumn(name, kBenchmarkWords))
            table.benchmark = c;
        else if (table.model < 0 && namesColumn(name, kModelWords))
            table.model = c;
        else if (table.entity < 0 && namesColumn(name, kEntityWords))
            table.entity = c;
    }
    return table;
}

Qualifier signQualifier(const FigureTokens &t)
{
    if (t.at(0).type != FigureToken::Symbol)
        return Qualifier::Exact;
    switch (t.at(0).ch) {
    case u'~':
    case u'\u2248':
        return Qualifier::About;
    case u'>':
    case u'\u2265':
        return Qualifier::Over;
    case u'<':
    case u'\u2264':
        return Qualifier::Under;
    default:
        return Qualifier::Exact;
    }
}

// A cell holding only a number: an optional sign ("~", ">"), currency and minus, the number with
// its magnitude ("2.4bn"), then "%" and "+".
bool readPlainNumber(const FigureTokens &t, Number *out)
{
    out->qualifier = signQualifier(t);
    int n = out->qualifier == Qualifier::Exact ? 0 : 1;
    int currencyLast = -1;
    out->currency = CurrencyReader::before(t, n, &currencyLast);
    if (out->currency)
        n = currencyLast + 1;
    const bool negative = (t.isDash(n) || t.isSymbol(n, u'\u2212')) && t.glued(n + 1) && t.isNumber(n + 1);
    n += negative ? 1 : 0;
    NumberCore core;
    if (!t.isNumber(n) || !NumberReader::read(t, n, true, &core, false))
        return false;
    int last = core.last;
    if (t.isSymbol(last + 1, u'%') || t.has(last + 1, L::PercentWord)) {
        out->percent = true;
        ++last;
    }
    if (t.isSymbol(last + 1, u'+') && t.glued(last + 1)) {
        out->qualifier = out->qualifier == Qualifier::Exact ? Qualifier::Over : out->qualifier;
        ++last;
    }
    if (last != t.size() - 1 || (out->currency && out->percent))
        return false;
    out->value = negative ? -core.value : core.value;
    out->scaled = core.scaled;
    out->ordinal = core.ordinal;
    out->integer = core.plainInteger;
    out->end = t.at(last).end;
    return true;
}

// A cell the prose matchers read whole: "$2.4 billion", "1,200 customers", "18 months".
bool readProse(const FigureTokens &t, Number *out)
{
    for (int i = 0; i < t.size() && i < 3; ++i) {
        FigureMatch m;
        if (QuantityMatcher::match(t, i, &m) && m.first == 0 && m.last == t.size() - 1) {
            out->prose = true;
            out->match = m;
            out->end = t.at(m.last).end;
            return true;
        }
    }
    return false;
}

bool readNumber(QStringView text, const Cell &cell, Number *out)
{
    const QStringView s = text.mid(cell.start, cell.end - cell.start);
    if (s.isEmpty())
        return false;
    const FigureTokens t(s);
    if (!readPlainNumber(t, out) && !readProse(t, out))
        return false;
    out->start = cell.start;
    out->end += cell.start;
    return true;
}

bool isScoreTable(const Table &table, const Column &col)
{
    return col.score || table.benchmark >= 0 || table.model >= 0;
}

// What a plain number measures: the cell's currency or "%" first, then its header.
bool plainKind(const Table &table, const Column &col, const Number &n, FigureKind *kind)
{
    if (n.ordinal)
        *kind = FigureKind::Rank;
    else if (n.currency || col.currency)
        *kind = FigureKind::Money;
    else if (n.percent || col.percent)
        *kind = isScoreTable(table, col) ? FigureKind::Score : FigureKind::Percent;
    else if (col.score)
        *kind = FigureKind::Score;
    else if (col.rank && n.integer)
        *kind = FigureKind::Rank;
    else if (col.year && n.integer && n.value >= 1800 && n.value <= 2199)
        *kind = FigureKind::Date;
    else if (!col.counted.isEmpty())
        *kind = FigureKind::Count;
    else if (isScoreTable(table, col) && !col.rank && !col.year)
        *kind = FigureKind::Score;
    else
        return false;
    return true;
}

void setPlainValue(const Column &col, const Number &n, FigureKind kind, Figure *f)
{
    const bool scaleFromHeader = !n.scaled && (kind == FigureKind::Money || kind == FigureKind::Count);
    f->value = scaleFromHeader ? NumberReader::compose(n.value, col.scale) : n.value;
    switch (kind) {
    case FigureKind::Money:
        f->unit = FigureLexicon::currencyCode(n.currency ? n.currency : col.currency);
        break;
    case FigureKind::Percent:
        f->unit = QStringLiteral("%");
        break;
    case FigureKind::Score:
        f->unit = (n.percent || col.percent || col.accuracy) ? QStringLiteral("%") : QStringLiteral("points");
        break;
    case FigureKind::Count:
        f->unit = col.counted;
        break;
    case FigureKind::Rank:
        f->unit = QStringLiteral("rank");
        break;
    default: {
        FigureMatch m;
        DateMatcher::setDate(&m, int(n.value), 0, 0);
        f->value = m.value;
        f->dateValue = m.dateValue;
        break;
    }
    }
}

// The row's own name for what it holds, from its first cell: "Post-money valuation".
QString rowKey(const Row &row, int column)
{
    const Table &t = row.table;
    if (column == 0 || t.benchmark == 0 || t.model == 0 || t.entity == 0)
        return {};
    Number n;
    if (row.cells.isEmpty() || readNumber(row.text, row.cells[0], &n))
        return {};
    return cellText(row, 0);
}

QString plainLabel(const Row &row, int column)
{
    const Column &col = row.table.columns[column];
    if (!col.label.isEmpty() && !isOneOf(col.label, kGenericWords))
        return col.label;
    return rowKey(row, column);
}

QString scoreLabel(const Row &row, int column)
{
    const int benchmark = row.table.benchmark;
    const QString name = benchmark != column ? cellText(row, benchmark) : QString();
    return !name.isEmpty() ? name : plainLabel(row, column);
}

// "Raised" says funding, as "raised $2 billion" does in prose; the row's company comes first.
QString moneyLabel(const Row &row, int column)
{
    QString label = plainLabel(row, column);
    const FigureTokens t(label);
    if (t.size() == 1 && t.has(0, L::MoneyVerb))
        label = FigureLexicon::moneyNoun(t.at(0).lex->value);
    const int entity = row.table.entity;
    const QString company = entity != column ? cellText(row, entity) : QString();
    if (company.isEmpty() || label.isEmpty())
        return company.isEmpty() ? label : company;
    if (label.size() > 1 && label[1].isLower())
        label[0] = label[0].toLower();
    return company + QLatin1Char(' ') + label;
}

QString labelFor(const Row &row, int column, FigureKind kind)
{
    switch (kind) {
    case FigureKind::Score:
    case FigureKind::Rank:
        return scoreLabel(row, column);
    case FigureKind::Money:
        return moneyLabel(row, column);
    case FigureKind::Date:
        return {};
    default:
        return plainLabel(row, column);
    }
}

bool cellFigure(const Row &row, int column, const Number &n, Figure *f)
{
    const Column &col = row.table.columns[column];
    if (n.prose) {
        const bool score = n.match.kind == FigureKind::Percent && isScoreTable(row.table, col);
        f->kind = score ? FigureKind::Score : n.match.kind;
        f->value = n.match.value;
        f->unit = n.match.unit;
        f->qualifier = n.match.qualifier;
    } else {
        if (!plainKind(row.table, col, n, &f->kind))
            return false;
        setPlainValue(col, n, f->kind, f);
        f->qualifier = n.qualifier;
    }
    f->label = labelFor(row, column, f->kind);
    f->start = n.start;
    f->end = n.end;
    f->text = row.text.mid(n.start, n.end - n.start).toString();
    return true;
}

void readRow(QStringView text, const Table &table, const QList<Cell> &cells, QList<Figure> *out)
{
    const Row row { text, table, cells };
    for (int c = 0; c < cells.size() && c < table.columns.size(); ++c) {
        Number n;
        Figure f;
        if (readNumber(text, cells[c], &n) && cellFigure(row, c, n, &f))
            out->append(f);
    }
}

} // namespace

QList<Figure> TableFigures::extract(QStringView text)
{
    QList<Figure> out;
    if (!text.contains(u'|'))
        return out;
    const QList<Line> lines = splitLines(text);
    for (qsizetype k = 0; k + 1 < lines.size(); ++k) {
        if (!isRow(text, lines[k]) || !isSeparator(text, splitRow(text, lines[k + 1])))
            continue;
        const Table table = readTable(text, splitRow(text, lines[k]));
        qsizetype r = k + 2;
        for (; r < lines.size() && isRow(text, lines[r]); ++r)
            readRow(text, table, splitRow(text, lines[r]), &out);
        k = r - 1;
    }
    return out;
}

} // namespace crossread
