#include "export/ZipWriter.h"

#include "export/Crc32.h"

#include <QIODevice>
#include <QtEndian>

namespace crossread {

namespace {

constexpr quint16 kUtf8NamesFlag = 0x0800;
constexpr quint16 kVersionNeeded = 20; // 2.0: deflate
constexpr quint16 kVersionMadeBy = (3 << 8) | 20; // Unix, so the file mode below is honoured
constexpr quint32 kRegularFileMode = 0100644u << 16;

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

quint16 dosTime(const QDateTime &t)
{
    return quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
}

quint16 dosDate(const QDateTime &t)
{
    const QDate d = t.date();
    const int year = qBound(1980, d.year(), 2107);
    return quint16(((year - 1980) << 9) | (d.month() << 5) | d.day());
}

// qCompress gives a 4-byte length prefix and a zlib stream (2-byte header, raw deflate,
// 4-byte Adler-32); ZIP wants the raw deflate in the middle.
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 6);
    if (z.size() < 4 + 2 + 4)
        return {};
    return z.mid(6, z.size() - 6 - 4);
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{ }

bool ZipWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return fail(QStringLiteral("cannot write the archive: %1").arg(m_device->errorString()));
    m_offset += bytes.size();
    return true;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, Method method)
{
    if (m_finished)
        return fail(QStringLiteral("archive already finished"));
    if (name.isEmpty())
        return fail(QStringLiteral("empty entry name"));
    if (data.size() >= qsizetype(0xFFFFFFFFu) || m_offset >= qint64(0xFFFFFFFFu))
        return fail(QStringLiteral("entry %1 needs ZIP64, which is not supported").arg(name));

    Entry e;
    e.name = name.toUtf8();
    e.size = quint32(data.size());
    e.crc = Crc32::compute(data);
    e.offset = quint32(m_offset);
    QByteArray payload = data;
    e.method = 0;
    if (method == Method::Deflated && !data.isEmpty()) {
        const QByteArray deflated = rawDeflate(data);
        if (!deflated.isEmpty() && deflated.size() < data.size()) {
            payload = deflated;
            e.method = 8;
        }
    }
    e.compressedSize = quint32(payload.size());

    QByteArray header;
    put32(header, 0x04034b50);
    put16(header, kVersionNeeded);
    put16(header, kUtf8NamesFlag);
    put16(header, e.method);
    put16(header, dosTime(m_timestamp));
    put16(header, dosDate(m_timestamp));
    put32(header, e.crc);
    put32(header, e.compressedSize);
    put32(header, e.size);
    put16(header, quint16(e.name.size()));
    put16(header, 0);
    header.append(e.name);
    if (!write(header) || !write(payload))
        return false;
    m_entries.append(e);
    return true;
}

bool ZipWriter::finish()
{
    if (m_finished)
        return true;
    const qint64 directoryOffset = m_offset;
    QByteArray directory;
    for (const Entry &e : std::as_const(m_entries)) {
        put32(directory, 0x02014b50);
        put16(directory, kVersionMadeBy);
        put16(directory, kVersionNeeded);
        put16(directory, kUtf8NamesFlag);
        put16(directory, e.method);
        put16(directory, dosTime(m_timestamp));
        put16(directory, dosDate(m_timestamp));
        put32(directory, e.crc);
        put32(directory, e.compressedSize);
        put32(directory, e.size);
        put16(directory, quint16(e.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, kRegularFileMode);
        put32(directory, e.offset);
        directory.append(e.name);
    }
    if (m_entries.size() > 0xFFFF || directoryOffset + directory.size() >= qint64(0xFFFFFFFFu))
        return fail(QStringLiteral("archive needs ZIP64, which is not supported"));
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, quint32(directoryOffset));
    put16(end, 0);
    if (!write(directory) || !write(end))
        return false;
    m_finished = true;
    return true;
}

} // namespace crossread
