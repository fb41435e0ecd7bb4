#pragma once
// Where two coders coded a tag differently: the stretches of an article where their spans of
// the tag overlap one another (or stand alone) but do not cover the same code points. Listed
// side by side in the Agreement view and settled there by adjudication.
#include "domain/Types.h"

#include <QList>
#include <QSet>

namespace crossread {

struct Disagreement
{
    qint64 articleId = 0;
    qint64 tagId = 0;
    QString firstCoder;
    QString secondCoder;
    TextRange extent; // from the first start to the last end of the spans involved
    QList<Span> first; // the first coder's spans of the tag there (maybe none), by start
    QList<Span> second; // the second coder's

    // Code point ranges of each way to settle it, without overlaps, by start.
    QList<TextRange> firstRanges() const;
    QList<TextRange> secondRanges() const;
    QList<TextRange> unionRanges() const;
    // Every span's own range of both coders, the same range once (keep both).
    QList<TextRange> bothRanges() const;
};

// The disagreements of FIRST and SECOND over the tags (all when empty) in the articles (all
// when empty), by article, position, tag. Spans without a place (null or inverted ranges,
// orphans of a changed text) are left out.
QList<Disagreement> findDisagreements(const QList<Span> &spans, const QString &first, const QString &second,
    const QSet<qint64> &tagIds = {}, const QSet<qint64> &articleIds = {});

// The other stretches: where both coded a tag over the same code points (the part of a
// consensus coding there is nothing to settle about). Same order and filters.
QList<Disagreement> findAgreements(const QList<Span> &spans, const QString &first, const QString &second,
    const QSet<qint64> &tagIds = {}, const QSet<qint64> &articleIds = {});

} // namespace crossread
