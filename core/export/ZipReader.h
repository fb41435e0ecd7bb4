#pragma once
// Reads ZIP archives from untrusted sources (REFI-QDA .qdpx). Opening checks the whole
// archive before anything is extracted: entry names that would escape the extraction folder,
// declared sizes over the limits, suspicious compression ratios, overlapping entries,
// encryption and ZIP64 make it refuse the archive with a message for the user.
#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace crossread {

struct ZipEntry
{
    QString name;
    quint16 method = 0; // 0 stored, 8 deflated
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 size = 0;
    qint64 headerOffset = 0; // start of the entry's local header in the archive
    qint64 dataOffset = 0; // start of the entry's data
    bool isDirectory() const { return name.endsWith(QLatin1Char('/')); }
};

class ZipReader
{
public:
    struct Limits
    {
        qint64 maxEntrySize = qint64(256) << 20; // uncompressed bytes per entry
        qint64 maxTotalSize = qint64(1) << 30; // uncompressed bytes in the whole archive
        int maxEntries = 20000;
        double maxRatio = 100; // uncompressed : compressed ...
        qint64 ratioCheckFrom = qint64(1) << 20; // ... for entries at least this large
    };

    ZipReader();
    explicit ZipReader(const Limits &limits);
    ~ZipReader();

    bool open(const QString &path);
    bool open(QIODevice *device); // not owned; must stay open while reading
    QString errorString() const { return m_error; }

    const QList<ZipEntry> &entries() const { return m_entries; }
    int indexOf(const QString &name, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    std::optional<QByteArray> read(int index);

    // True for relative names without ".." components, drive letters or NUL characters.
    static bool isSafeName(const QString &name);

private:
    bool fail(const QString &message);
    bool readCentralDirectory();
    bool readAt(qint64 offset, qint64 size, QByteArray *out);

    Limits m_limits;
    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice *m_device = nullptr;
    qint64 m_deviceSize = 0;
    QList<ZipEntry> m_entries;
    QString m_error;
};

} // namespace crossread
