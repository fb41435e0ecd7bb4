#pragma once
// Generated news prose about invented AI companies for the re-anchoring tests and benchmark:
// paragraphs of sentences filled from templates with names, money, percentages and dates, varied
// enough that a sentence rarely repeats yet alike enough (the same templates, the same names) to
// tempt a matcher into the wrong place. Deterministic for a seed. Written for the project.
#include <QRandomGenerator>
#include <QString>

namespace crossread::editgen {

class ArticleGenerator
{
public:
    explicit ArticleGenerator(quint32 seed);

    // About `characters` long, paragraphs separated by a blank line; hard-wrapped lines when
    // `wrapAt` > 0 (as plain-text newsletters are).
    QString article(qsizetype characters, int wrapAt = 0);
    QString paragraph();
    QString sentence();
    QString rewriteWord(); // a word a rewrite may put in place of another

private:
    QString pick(const QStringList &list);
    QString money();
    QString percent();
    QString count();
    QString fill(QString pattern);

    QRandomGenerator m_rng;
};

QString wrapLines(const QString &paragraph, int width);

} // namespace crossread::editgen
