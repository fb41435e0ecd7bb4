#pragma once
// Reads from an open project what an agreement report needs, for the command line and the
// Agreement view alike: the coders' spans, the articles forming the continuum and the tags to
// report, with the defaults both use.
#include "agreement/AgreementReport.h"

#include <QStringList>

namespace crossread {

class Project;

struct AgreementRequest
{
    QStringList coders; // two or more
    // Empty: every tag any of the coders applied in the articles, in the order of their paths.
    QList<qint64> tagIds;
    // Empty: every article any of the coders coded (an article nobody of them read is not a
    // judgement both made alike), in the order of their ids.
    QList<qint64> articleIds;
};

// The input for computeAgreement; the tag ids and article ids must exist (callers check).
AgreementInput agreementInput(Project &project, const AgreementRequest &request);

// The "Parent/Child" path of every tag of the project.
QHash<qint64, QString> tagPaths(Project &project);

} // namespace crossread
