#pragma once
// Reads ZIP archives from untrusted sources (REFI-QDA .qdpx) with libzip. Opening checks the
// whole archive before anything is used: every entry is inflated once, in small chunks that are
// thrown away, so sizes are judged from the data itself, never from the sizes the headers
// declare. Unsafe names, duplicates, encryption, too many entries, entries or totals over the
// limits, bomb-like compression ratios and CRC errors make it refuse the archive with a message
// for the user. Not thread safe; one reader per archive.
#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace crossread {

struct ZipEntry
{
    QString name;
    qint64 compressedSize = 0; // bytes of the entry's data in the archive
    qint64 size = 0; // bytes it inflates to, as measured when the archive was opened
    bool isDirectory() const { return name.endsWith(QLatin1Char('/')); }
};

class ZipReader
{
public:
    struct Limits
    {
        qint64 maxEntrySize = qint64(64) << 20; // inflated bytes per entry (an article file's limit)
        qint64 maxTotalSize = qint64(512) << 20; // inflated bytes of all entries together
        int maxEntries = 20000;
        double maxRatio = 100; // inflated : compressed ...
        qint64 ratioCheckFrom = qint64(1) << 20; // ... for entries that inflate to at least this
    };

    ZipReader();
    explicit ZipReader(const Limits &limits);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool open(const QString &path);
    bool open(QIODevice *device); // not owned; must stay open and seekable while reading
    QString errorString() const { return m_error; }

    const QList<ZipEntry> &entries() const { return m_entries; }
    int indexOf(const QString &name, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    std::optional<QByteArray> read(int index);

    // Bytes inflated since the last open(), the checks included; stays near the limits whatever
    // the archive declares.
    qint64 inflatedBytes() const { return m_inflated; }

    // True for relative names without ".." components, drive letters or NUL characters.
    static bool isSafeName(const QString &name);

private:
    struct Archive;

    bool fail(const QString &message);
    bool openArchive();
    bool checkEntry(qint64 index, qint64 *total, QSet<QString> *seen);
    // Streams entry `index` through inflate, into *out when given, and returns why it stopped
    // early (empty when it did not): the data passed its declared size or a limit, or is corrupt.
    QString inflate(
        qint64 index, const ZipEntry &entry, qint64 declaredSize, qint64 totalBefore, qint64 *size, QByteArray *out);

    Limits m_limits;
    std::unique_ptr<QIODevice> m_ownedDevice;
    std::unique_ptr<Archive> m_archive;
    QList<ZipEntry> m_entries;
    QList<qint64> m_indexes; // libzip index of each entry
    qint64 m_inflated = 0;
    QString m_error;
};

} // namespace crossread
