#pragma once
// Writes a ZIP archive (PKWARE APPNOTE, no ZIP64) entry by entry, for REFI-QDA .qdpx files.
// Names are written as given and flagged UTF-8; the caller chooses safe relative names.
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace crossread {

class ZipWriter
{
public:
    enum class Method { Stored, Deflated };

    explicit ZipWriter(QIODevice *device);

    void setTimestamp(const QDateTime &timestamp) { m_timestamp = timestamp; }

    // Deflated entries fall back to Stored when compression does not pay.
    bool addFile(const QString &name, const QByteArray &data, Method method = Method::Deflated);
    // Writes the central directory; the archive is complete only after this.
    bool finish();

    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        QByteArray name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };

    bool write(const QByteArray &bytes);
    bool fail(const QString &message);

    QIODevice *m_device;
    QDateTime m_timestamp = QDateTime::currentDateTime();
    QList<Entry> m_entries;
    qint64 m_offset = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace crossread
