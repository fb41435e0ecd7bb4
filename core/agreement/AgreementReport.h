#pragma once
// Agreement of coders per tag and over all tags: percentage agreement and Cohen's kappa over
// the articles' code points (as QualCoder reports them for two coders; the mean over pairs of
// coders for more), and Krippendorff's alpha-u. The selected articles, in the order given, form
// one continuum. Pure: callers read the spans and article lengths from the store.
#include "domain/Types.h"

#include <QList>
#include <QStringList>

namespace crossread {

struct AgreementRow
{
    qint64 tagId = 0; // 0 for the overall row
    QString tag; // the tag's path ("Parent/Child"); empty for the overall row
    double percent = 0; // 0-100, NaN where undefined
    double kappa = 0; // NaN where undefined
    double alphaU = 0; // NaN where undefined
    qint64 characters = 0; // code points of the continuum (summed over the tags for overall)
    QList<qint64> coded; // code points each coder coded, in the order of the coders
};

struct AgreementReport
{
    QStringList coders;
    QList<qint64> articleIds; // the continuum, in order
    QList<AgreementRow> tags; // in the order of the tags given
    AgreementRow overall;
};

struct AgreementInput
{
    QStringList coders; // two or more
    QList<QPair<qint64, qint64>> articles; // (article id, length in code points), in order
    QList<QPair<qint64, QString>> tags; // (tag id, path) to report, in order
    QList<Span> spans; // any spans; those of other coders, tags or articles are ignored
};

// Spans without a place in their article (null or inverted range, as an orphan left by a
// changed text) count as not coded.
AgreementReport computeAgreement(const AgreementInput &input);

} // namespace crossread
