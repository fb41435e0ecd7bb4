#pragma once
// The extra suite on the team's seed articles and ATLAS.ti samples, which the repository does
// not hold: where they are (CROSSREAD_SEEDS_DIR, CROSSREAD_REFI_DIR, else ../shared beside the
// checkout), and the rule that an absent or empty seeds folder skips the suite while a seed
// missing from a folder that has the others fails the test that needs it, naming the file.
#include "TestSupport.h"

#include <QTest>

namespace crossread::test {

// The seed articles by the prefix the tests use; the full names are what a missing file is called.
inline const QStringList &seedNames()
{
    static const QStringList names = { QStringLiteral("000_736bf1ac1a083c83.txt"),
        QStringLiteral("001_c2f5ec6c9be729c2.txt"), QStringLiteral("002_13e8c6a1ef981b73.txt"),
        QStringLiteral("003_605c4aaa8e89f7ec.txt"), QStringLiteral("004_5a40ed26cca7bfe1.txt") };
    return names;
}

inline QString seedsDir()
{
    return qEnvironmentVariable("CROSSREAD_SEEDS_DIR", QStringLiteral(CROSSREAD_SEEDS));
}

inline QString refiDir()
{
    return qEnvironmentVariable("CROSSREAD_REFI_DIR", QStringLiteral(CROSSREAD_REFI));
}

// Why the suite cannot run here, or empty when the seeds folder holds files.
inline QString seedsUnavailable()
{
    const QDir dir(seedsDir());
    if (!dir.exists())
        return QStringLiteral("no seeds folder at %1 (set CROSSREAD_SEEDS_DIR)").arg(dir.absolutePath());
    if (dir.isEmpty(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        return QStringLiteral("the seeds folder %1 is empty").arg(dir.absolutePath());
    return {};
}

// The seed whose name starts with PREFIX ("000"); empty when it is not in the seeds folder.
inline QString seedPath(const QString &prefix)
{
    for (const QString &name : seedNames()) {
        const QString path = QDir(seedsDir()).filePath(name);
        if (name.startsWith(prefix) && QFileInfo(path).isFile())
            return path;
    }
    return {};
}

inline QByteArray missingSeed(const QString &prefix)
{
    QString name = prefix;
    for (const QString &n : seedNames())
        if (n.startsWith(prefix))
            name = n;
    return QStringLiteral("seed %1 is missing from %2").arg(name, QDir(seedsDir()).absolutePath()).toUtf8();
}

// The seed's text as UTF-8 with \n line endings; empty when it is missing.
inline QString seedText(const QString &prefix)
{
    const QString path = seedPath(prefix);
    return path.isEmpty() ? QString()
                          : QString::fromUtf8(readFile(path)).replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

} // namespace crossread::test

// In initTestCase: skips the whole executable (ctest reports it skipped) where there are no seeds.
#define CROSSREAD_SKIP_WITHOUT_SEEDS()                                                                                 \
    do {                                                                                                               \
        const QString why_ = crossread::test::seedsUnavailable();                                                      \
        if (!why_.isEmpty())                                                                                           \
            QSKIP(qPrintable(why_));                                                                                   \
    } while (false)

// Declares QString VAR holding the seed's text, failing the test (naming the file) when it is missing.
#define CROSSREAD_SEED_TEXT(var, prefix)                                                                               \
    const QString var = crossread::test::seedText(prefix);                                                             \
    QVERIFY2(!var.isEmpty(), crossread::test::missingSeed(prefix).constData())
