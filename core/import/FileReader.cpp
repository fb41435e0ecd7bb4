#include "FileReader.h"

#include <QObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace crossread {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

FileReader::Result refused(FileReader::Status status, const QString &reason)
{
    FileReader::Result r;
    r.status = status;
    r.reason = reason;
    return r;
}

} // namespace

QString FileReader::kindOf(unsigned int mode)
{
    switch (mode & S_IFMT) {
    case S_IFIFO:
        return QObject::tr("a named pipe (FIFO)");
    case S_IFCHR:
    case S_IFBLK:
        return QObject::tr("a device");
    case S_IFSOCK:
        return QObject::tr("a socket");
    case S_IFDIR:
        return QObject::tr("a folder");
    default:
        return QObject::tr("not a regular file");
    }
}

FileReader::Result FileReader::read(const QByteArray &nativePath, qint64 maxBytes)
{
    // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return refused(Status::Failed, errnoText(errno));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return refused(Status::Failed, errnoText(errno));
    if (!S_ISREG(st.st_mode))
        return refused(Status::NotRegular, QObject::tr("not a regular file: %1").arg(kindOf(st.st_mode)));
    const auto tooLarge
        = [](qint64 size) { return QObject::tr("file too large (%1 MB)").arg((size + 512 * 1024) / (1024 * 1024)); };
    if (st.st_size > maxBytes)
        return refused(Status::TooLarge, tooLarge(st.st_size));
    Result result;
    result.bytes.resize(qsizetype(st.st_size));
    qsizetype done = 0;
    // The file may grow while it is read: read until the end, never past the limit.
    while (true) {
        if (done == result.bytes.size()) {
            if (done > maxBytes)
                return refused(Status::TooLarge, tooLarge(done));
            result.bytes.resize(done + 64 * 1024);
        }
        const ssize_t n = ::read(fd, result.bytes.data() + done, size_t(result.bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return refused(Status::Failed, errnoText(errno));
        }
        if (n == 0)
            break;
        done += n;
    }
    result.bytes.truncate(done);
    result.status = Status::Read;
    return result;
}

} // namespace crossread
