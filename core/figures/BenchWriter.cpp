#include "figures/BenchWriter.h"

#include "domain/CodePoints.h"

namespace crossread {

BenchWriter::BenchWriter(FigureBench::Article *article)
    : m_article(article)
{ }

void BenchWriter::add(const QString &text)
{
    m_article->text += text;
    m_position += CodePoints::count(text);
}

void BenchWriter::figure(const QString &text, Figure expected)
{
    expected.text = text;
    expected.start = m_position;
    add(text);
    expected.end = m_position;
    m_article->planted.append(expected);
}

void BenchWriter::decoy(const QString &text)
{
    const qint64 start = m_position;
    add(text);
    m_article->decoys.append({ start, m_position });
}

void BenchWriter::name(const QString &text)
{
    for (QChar c : text) {
        if (c.isDigit()) {
            decoy(text);
            return;
        }
    }
    add(text);
}

Figure BenchWriter::expect(
    FigureKind kind, double value, const QString &unit, Qualifier qualifier, const QString &label)
{
    Figure f;
    f.kind = kind;
    f.value = value;
    f.unit = unit;
    f.qualifier = qualifier;
    f.label = label;
    return f;
}

Figure BenchWriter::expectDate(int year, int month, int day)
{
    Figure f = expect(FigureKind::Date, double(year) * 10000 + month * 100 + day, {});
    if (day)
        f.dateValue = QDate(year, month, day).toString(Qt::ISODate);
    else if (month)
        f.dateValue = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    else
        f.dateValue = QString::number(year);
    return f;
}

} // namespace crossread
