#pragma once
// One token of prose. Positions are UTF-16 indices into the tokenized text so the hot loops of the
// diff never convert offsets; the comparison converts to code points only for its results.
// Plain data (no strings inside) so that a megabyte of tokens is copied and stored cheaply.
#include "domain/Types.h"

#include <QString>
#include <QStringView>

namespace crossread {

struct ProseToken
{
    enum Kind : quint8 { Word, Figure, Punct };

    qint32 pos = 0; // UTF-16 index; texts beyond 2 GB are not prose
    qint32 len = 0;
    Kind kind = Word;
    // Figures only: a money amount, a percentage, a date or a number, with its value normalised
    // ("$300bn" and "$300 billion" both read 3e11 USD).
    quint8 unitCode = 0; // index into the unit table, see unit()
    qint8 precisionExponent = 0; // the last stated digit's step is 10^this ("$14.3 billion": 8)
    FigureKind figureKind = FigureKind::Count;
    bool normalized = false; // compared by a key other than its text ("$14\nbillion", "con-\ntrolled")
    double value = 0; // money in currency units, percent as 49 for 49%, dates as yyyymmdd (0 for unknown parts)

    qsizetype end() const { return qsizetype(pos) + len; }
    QStringView text(QStringView source) const { return source.mid(pos, len); }
    bool isWordLike() const { return kind != Punct; }

    double precision() const; // 10^precisionExponent
    QString unit() const; // "USD", "EUR", "%", "pp", "" for plain numbers and dates
    QString dateValue() const; // ISO "2025", "2025-06" or "2025-06-05" for dates, else empty
    void setUnit(QStringView unit);
};

} // namespace crossread

Q_DECLARE_TYPEINFO(crossread::ProseToken, Q_PRIMITIVE_TYPE);
