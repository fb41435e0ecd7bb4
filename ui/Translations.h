#pragma once
// Finds and installs the interface translations. The .qm files live in
// ../share/crossread/translations beside the program (CROSSREAD_TRANSLATIONS_RELATIVE), which
// holds for the install prefix and for the build tree, which mirrors it.
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace crossread {

class Translations
{
public:
    // The folder the .qm files are read from, for the program that is running.
    static QString directory();
    // Installs Qt's and Crossread's translations for LOCALE on APP; false when Crossread has
    // none for it (the interface then stays in English, its source language).
    static bool install(QCoreApplication &app, const QLocale &locale);
};

} // namespace crossread
