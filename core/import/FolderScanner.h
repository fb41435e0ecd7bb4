#pragma once
// Lists the article files below a folder for import. Follows symbolic links inside the folder
// without looping, and skips with a reason those that lead out of it (a link to / or to
// /dev/zero), FIFOs, devices and sockets; reports what it could not enter instead of giving
// up; ignores hidden folders such as the project's own .crossread directory. Works on the
// file system's bytes, so a name that is not valid UTF-8 is listed (in a readable form) too.
#include <QByteArray>
#include <QHash>
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
        // Files whose names are not valid UTF-8: the readable form in `files` and its bytes.
        QHash<QString, QByteArray> nativePaths;
        QList<QPair<QString, QString>> renamed; // (readable path, why it is shown so)
    };

    static ScanResult scan(const QString &folder);
    // The bytes to open a listed file by.
    static QByteArray nativePath(const ScanResult &scan, const QString &path);
};

} // namespace crossread
