#pragma once
// Shared helpers for the Qt Test executables: the project's own test articles, files and ranges.
#include "domain/CodePoints.h"
#include "domain/Types.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace crossread::test {

// tests/data in the source tree: fixtures written for the project.
inline QString dataDir()
{
    return QStringLiteral(CROSSREAD_TEST_DATA);
}

inline QString dataPath(const QString &relative)
{
    return dataDir() + QLatin1Char('/') + relative;
}

// tests/data/story: five invented articles on one event (tests/data/README.md describes them).
inline QString storyDir()
{
    return dataPath(QStringLiteral("story"));
}

inline QStringList storyFiles()
{
    QDir dir(storyDir());
    QStringList out;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
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

inline QString storyPath(const QString &prefix)
{
    for (const QString &path : storyFiles()) {
        if (QFileInfo(path).fileName().startsWith(prefix))
            return path;
    }
    return {};
}

// The story article whose file name starts with PREFIX ("01"), read as UTF-8 with \n line
// endings; empty when there is none (QVERIFY2 it with missingStory(PREFIX)).
inline QString storyText(const QString &prefix)
{
    const QString path = storyPath(prefix);
    return path.isEmpty() ? QString()
                          : QString::fromUtf8(readFile(path)).replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

inline QByteArray missingStory(const QString &prefix)
{
    return QStringLiteral("no story article %1* in %2").arg(prefix, storyDir()).toUtf8();
}

// A gold article of tests/data/alignment (pairs written for the aligner's tests).
inline QString goldText(const QString &name)
{
    return QString::fromUtf8(readFile(dataPath(QStringLiteral("alignment/") + name)));
}

} // namespace crossread::test
