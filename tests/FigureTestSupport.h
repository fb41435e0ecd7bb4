#pragma once
// Helpers shared by the figure tests (tst_figures, tst_figure_labels): finding a figure by its
// text, describing a list for failure messages, checking ranges, and comparing a figure with the
// value columns of the current data row.
#include "domain/CodePoints.h"
#include "domain/Types.h"

#include <QTest>

#include <cmath>

namespace crossread::test {

inline const Figure *findFigure(const QList<Figure> &figures, const QString &text, int occurrence = 0)
{
    for (const Figure &f : figures) {
        if (f.text == text && occurrence-- == 0)
            return &f;
    }
    return nullptr;
}

inline QString describe(const QList<Figure> &figures)
{
    QStringList out;
    for (const Figure &f : figures)
        out << QStringLiteral("%1 \"%2\" [%3]").arg(figureKindName(f.kind), f.text, f.label);
    return out.join(QLatin1String(", "));
}

inline bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

// Every figure's text is what its code point range covers.
inline void checkRanges(const QString &text, const QList<Figure> &figures)
{
    const CodePoints cp(text);
    for (const Figure &f : figures) {
        QVERIFY2(f.start < f.end, qPrintable(f.text));
        QCOMPARE(cp.mid(text, f.start, f.end), f.text);
    }
}

// The columns compareFigure() reads.
inline void addFigureValueColumns()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("dateValue");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("label");
}

// An extracted figure against the row: kind, value, date, unit, qualifier and label.
inline void compareFigure(const Figure *f)
{
    QFETCH(QString, kind);
    QFETCH(double, value);
    QFETCH(QString, dateValue);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(QString, label);
    QCOMPARE(figureKindName(f->kind), kind);
    QVERIFY2(sameValue(f->value, value), qPrintable(QString::number(f->value, 'g', 15)));
    QCOMPARE(f->dateValue, dateValue);
    QCOMPARE(f->unit, unit);
    QCOMPARE(qualifierName(f->qualifier), qualifier);
    QCOMPARE(f->label, label);
    QVERIFY(!f->manual);
}

} // namespace crossread::test
