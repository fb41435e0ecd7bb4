#pragma once
// File names as the file system has them: bytes, not always valid UTF-8. A name that is not
// valid UTF-8 cannot be held by a QString without loss, so the import keeps its bytes to open
// it and shows (and stores) a readable form that names every stray byte as \xHH.
#include <QByteArray>
#include <QString>

namespace crossread {

class NativePath
{
public:
    // Valid UTF-8 sequences decoded, every other byte written as \xHH ("caf\xE9.txt").
    static QString readable(const QByteArray &native);
    static bool isValidUtf8(const QByteArray &native);
};

} // namespace crossread
