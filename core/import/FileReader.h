#pragma once
// Reads a whole file by its native path without ever blocking. What the opened descriptor is
// decides (not a check beforehand that could race): a FIFO, a device or a socket, also behind a
// symbolic link, is refused with what it is, and so is a file over the size limit.
#include <QByteArray>
#include <QString>

namespace crossread {

class FileReader
{
public:
    enum class Status { Read, NotRegular, TooLarge, Failed };
    struct Result
    {
        Status status = Status::Failed;
        QByteArray bytes; // when Read
        QString reason; // otherwise, for the user
    };

    static Result read(const QByteArray &nativePath, qint64 maxBytes);
    // "a named pipe (FIFO)", "a device", "a socket", … for a st_mode that is not a regular file.
    static QString kindOf(unsigned int mode);
};

} // namespace crossread
