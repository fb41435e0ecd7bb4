#pragma once
// The tags a new project is offered so that an analyst can start tagging at once: the kinds
// of statement a reader of AI-industry news marks most (claims, figures, attributions,
// speculation, conflicts between sources), each with a line on when to use it. Translated.
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace crossread {

class StarterCodebook
{
    Q_DECLARE_TR_FUNCTIONS(StarterCodebook)
public:
    struct Entry
    {
        QString name;
        QString description;
    };
    // In the order the tag tree shows them (and the quick bar numbers them).
    static QList<Entry> entries();
};

} // namespace crossread
