#pragma once
// Lists the article files below a folder for import: follows symbolic links without looping,
// reports what it could not enter instead of giving up, and ignores hidden folders such as the
// project's own .crossread directory.
#include <QList>
#include <QPair>
#include <QStringList>

namespace crossread {

class FolderScanner
{
public:
    static constexpr int MaxDepth = 64;

    struct ScanResult
    {
        QStringList files; // absolute paths of supported files, sorted, each file once
        QList<QPair<QString, QString>> skipped; // (path, reason) for what could not be scanned
    };

    static ScanResult scan(const QString &folder);
};

} // namespace crossread
