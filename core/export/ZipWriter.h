#pragma once
// Writes a ZIP archive with libzip, entry by entry, for REFI-QDA .qdpx files. The archive is
// built in memory and copied to the device by finish(); names are stored as UTF-8 and are the
// caller's to choose safely.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;
struct zip; // libzip's archive and source, kept out of this header
struct zip_source;

namespace crossread {

class ZipWriter
{
public:
    enum class Method { Stored, Deflated };

    explicit ZipWriter(QIODevice *device);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    void setTimestamp(const QDateTime &timestamp) { m_timestamp = timestamp; }

    bool addFile(const QString &name, const QByteArray &data, Method method = Method::Deflated);
    // Compresses, writes the archive to the device; the archive is complete only after this.
    bool finish();

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool copyToDevice();

    QIODevice *m_device;
    QDateTime m_timestamp = QDateTime::currentDateTime();
    zip_source *m_buffer = nullptr; // the archive's bytes
    zip *m_zip = nullptr;
    QList<QByteArray> m_data; // libzip reads the entries' bytes only when the archive is closed
    bool m_finished = false;
    QString m_error;
};

} // namespace crossread
