#include "workspace/StarterCodebook.h"

namespace crossread {

QList<StarterCodebook::Entry> StarterCodebook::entries()
{
    return {
        { tr("Claim"), tr("A statement of fact the source makes and a reader could check") },
        { tr("Figure"), tr("A number the source reports: money, a share, a score, a count, a date") },
        { tr("Attribution"), tr("Who says so: a named or anonymous source, a filing, a press release") },
        { tr("Speculation"), tr("What may happen or is rumoured: plans, predictions, unconfirmed reports") },
        { tr("Conflict"), tr("Where this source disagrees with another, or with itself") },
    };
}

} // namespace crossread
