#pragma once
// Small helpers shared by the undo commands: labels and reporting a refused edit.
#include <QString>

namespace crossread {

class Project;

namespace commands {

// TEXT on one line and at most MAXCHARS long, for an undo label such as Tag “…”.
QString shortQuote(const QString &text, int maxChars = 40);

// A command refused an edit before reaching the store (bad range, empty name, a tag into
// itself): tell the window the same way the project tells it about a failed save.
void reportRefusal(Project *project, const QString &message);

} // namespace commands
} // namespace crossread
