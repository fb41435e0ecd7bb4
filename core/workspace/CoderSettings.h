#pragma once
// The coder's name in the user's settings (QSettings of the application), shared by the
// window and the command line: asked for on the window's first start, or skipped, and
// changed with Edit › Coder…. Without a saved name the operating system's user codes.
#include <QString>

namespace crossread::CoderSettings {

QString savedName(); // empty when none was given
bool wasAsked(); // the first-start question was answered or skipped
// Saves NAME (normalised; empty keeps none, so the OS user name stands in) and marks the
// question asked.
void save(const QString &name);
QString current(); // savedName(), else CoderName::systemUser()

} // namespace crossread::CoderSettings
