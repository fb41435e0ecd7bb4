#pragma once
// Coders are named by free text (an analyst's name). Without a chosen name the operating
// system's user name stands in, so that every span, note and figure has a coder.
#include <QString>

namespace crossread::CoderName {

// CROSSREAD_USER, else the login name (USER, USERNAME, LOGNAME), else "analyst".
QString systemUser();
// NAME on one line without surrounding blanks; empty when nothing visible is left.
QString normalized(const QString &name);

} // namespace crossread::CoderName
