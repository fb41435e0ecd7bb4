#pragma once
// Shared helpers for the Qt Test executables: seed corpus access and temporary projects.
#include "domain/CodePoints.h"
#include "domain/Types.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace crossread::test {

// The seed articles: $CROSSREAD_SEEDS_DIR, else the folder beside the checkout.
inline QString seedsDir()
{
    return qEnvironmentVariable("CROSSREAD_SEEDS_DIR", QStringLiteral(CROSSREAD_SEEDS));
}

inline QStringList seedFiles()
{
    QDir dir(seedsDir());
    QStringList out;
    for (const QString &name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

// The code point range of the first occurrence of PHRASE in TEXT (which must hold it).
inline TextRange rangeOf(const QString &text, const QString &phrase)
{
    const CodePoints cp(text);
    const qsizetype at = text.indexOf(phrase);
    Q_ASSERT(at >= 0);
    return TextRange { cp.fromUtf16(at), cp.fromUtf16(at + phrase.size()) };
}

} // namespace crossread::test
