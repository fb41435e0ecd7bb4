#include "export/ZipReader.h"

#include "export/Crc32.h"
#include "export/Inflate.h"

#include <QFile>
#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace crossread {

namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr int kEndSize = 22;
constexpr int kCentralSize = 46;
constexpr int kLocalSize = 30;

quint16 get16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 get32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

} // namespace

ZipReader::ZipReader() = default;

ZipReader::ZipReader(const Limits &limits)
    : m_limits(limits)
{ }

ZipReader::~ZipReader() = default;

bool ZipReader::fail(const QString &message)
{
    m_error = message;
    m_entries.clear();
    return false;
}

bool ZipReader::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, file->errorString()));
    m_ownedDevice = std::move(file);
    return open(m_ownedDevice.get());
}

bool ZipReader::open(QIODevice *device)
{
    m_device = device;
    m_entries.clear();
    m_error.clear();
    if (!m_device || !m_device->isOpen() || m_device->isSequential())
        return fail(QStringLiteral("the archive must be a readable file"));
    m_deviceSize = m_device->size();
    return readCentralDirectory();
}

bool ZipReader::readAt(qint64 offset, qint64 size, QByteArray *out)
{
    if (offset < 0 || size < 0 || offset + size > m_deviceSize || !m_device->seek(offset))
        return false;
    *out = m_device->read(size);
    return out->size() == size;
}

bool ZipReader::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.size() > 4096 || name.contains(QChar(0)))
        return false;
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (n.startsWith(QLatin1Char('/')))
        return false;
    if (n.size() >= 2 && n.at(1) == QLatin1Char(':'))
        return false; // C:foo, C:/foo
    const QStringList parts = n.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p == QLatin1String(".."); });
}

bool ZipReader::readCentralDirectory()
{
    const qint64 tailSize = std::min<qint64>(m_deviceSize, kEndSize + 0xFFFF);
    QByteArray tail;
    if (tailSize < kEndSize || !readAt(m_deviceSize - tailSize, tailSize, &tail))
        return fail(QStringLiteral("not a ZIP archive (too short)"));
    qsizetype endAt = -1;
    for (qsizetype i = tail.size() - kEndSize; i >= 0; --i) {
        if (get32(tail, i) == kEndSignature && i + kEndSize + get16(tail, i + 20) <= tail.size()) {
            endAt = i;
            break;
        }
    }
    if (endAt < 0)
        return fail(QStringLiteral("not a ZIP archive (no end of central directory)"));
    const qint64 endOffset = m_deviceSize - tailSize + endAt;
    const quint16 disk = get16(tail, endAt + 4);
    const quint16 directoryDisk = get16(tail, endAt + 6);
    const quint16 entriesHere = get16(tail, endAt + 8);
    const quint16 entryCount = get16(tail, endAt + 10);
    const quint32 directorySize = get32(tail, endAt + 12);
    const quint32 directoryOffset = get32(tail, endAt + 16);
    if (entryCount == 0xFFFF || directorySize == 0xFFFFFFFFu || directoryOffset == 0xFFFFFFFFu)
        return fail(QStringLiteral("ZIP64 archives are not supported"));
    if (disk != 0 || directoryDisk != 0 || entriesHere != entryCount)
        return fail(QStringLiteral("multi-volume ZIP archives are not supported"));
    if (entryCount > m_limits.maxEntries)
        return fail(QStringLiteral("the archive has too many entries (%1)").arg(entryCount));
    if (qint64(directoryOffset) + directorySize > endOffset)
        return fail(QStringLiteral("corrupt ZIP archive (central directory out of range)"));

    QByteArray dir;
    if (!readAt(directoryOffset, directorySize, &dir))
        return fail(QStringLiteral("corrupt ZIP archive (cannot read the central directory)"));

    QList<ZipEntry> entries;
    QSet<QString> seen;
    qint64 total = 0;
    qsizetype at = 0;
    for (int i = 0; i < entryCount; ++i) {
        if (at + kCentralSize > dir.size() || get32(dir, at) != kCentralSignature)
            return fail(QStringLiteral("corrupt ZIP archive (bad central directory entry %1)").arg(i));
        const quint16 flags = get16(dir, at + 8);
        ZipEntry e;
        e.method = get16(dir, at + 10);
        e.crc = get32(dir, at + 16);
        const quint32 compressed = get32(dir, at + 20);
        const quint32 size = get32(dir, at + 24);
        const quint16 nameLength = get16(dir, at + 28);
        const quint16 extraLength = get16(dir, at + 30);
        const quint16 commentLength = get16(dir, at + 32);
        const quint32 localOffset = get32(dir, at + 42);
        if (at + kCentralSize + nameLength + extraLength + commentLength > dir.size())
            return fail(QStringLiteral("corrupt ZIP archive (central directory entry %1 overruns)").arg(i));
        e.name = QString::fromUtf8(dir.constData() + at + kCentralSize, nameLength);
        at += kCentralSize + nameLength + extraLength + commentLength;

        if (compressed == 0xFFFFFFFFu || size == 0xFFFFFFFFu || localOffset == 0xFFFFFFFFu)
            return fail(QStringLiteral("ZIP64 archives are not supported"));
        if (!isSafeName(e.name))
            return fail(QStringLiteral("the archive contains an unsafe entry name: \"%1\"").arg(e.name));
        if (flags & 0x0001)
            return fail(QStringLiteral("encrypted entry \"%1\" is not supported").arg(e.name));
        if (e.method != 0 && e.method != 8)
            return fail(
                QStringLiteral("entry \"%1\" uses unsupported compression method %2").arg(e.name).arg(e.method));
        if (seen.contains(e.name))
            return fail(QStringLiteral("the archive contains \"%1\" twice").arg(e.name));
        seen.insert(e.name);
        e.compressedSize = compressed;
        e.size = size;
        if (e.method == 0 && e.compressedSize != e.size)
            return fail(QStringLiteral("corrupt ZIP archive (stored entry \"%1\" changes size)").arg(e.name));
        if (e.size > m_limits.maxEntrySize)
            return fail(QStringLiteral("entry \"%1\" is too large (%2 bytes uncompressed)").arg(e.name).arg(e.size));
        if (e.size >= m_limits.ratioCheckFrom && double(e.size) > m_limits.maxRatio * double(e.compressedSize))
            return fail(QStringLiteral("entry \"%1\" has a suspicious compression ratio (%2 to %3 bytes)")
                            .arg(e.name)
                            .arg(e.compressedSize)
                            .arg(e.size));
        total += e.size;
        if (total > m_limits.maxTotalSize)
            return fail(QStringLiteral("the archive expands to more than %1 bytes").arg(m_limits.maxTotalSize));

        QByteArray local;
        if (!readAt(localOffset, kLocalSize, &local) || get32(local, 0) != kLocalSignature)
            return fail(QStringLiteral("corrupt ZIP archive (bad local header for \"%1\")").arg(e.name));
        e.headerOffset = localOffset;
        e.dataOffset = qint64(localOffset) + kLocalSize + get16(local, 26) + get16(local, 28);
        if (e.dataOffset + e.compressedSize > qint64(directoryOffset))
            return fail(QStringLiteral("corrupt ZIP archive (data of \"%1\" out of range)").arg(e.name));
        entries.append(e);
    }

    // Entries sharing bytes are the trick behind non-recursive zip bombs.
    QList<ZipEntry> byOffset = entries;
    std::sort(byOffset.begin(), byOffset.end(),
        [](const ZipEntry &a, const ZipEntry &b) { return a.headerOffset < b.headerOffset; });
    for (qsizetype i = 1; i < byOffset.size(); ++i) {
        if (byOffset[i - 1].dataOffset + byOffset[i - 1].compressedSize > byOffset[i].headerOffset)
            return fail(QStringLiteral("corrupt ZIP archive (entries overlap)"));
    }
    m_entries = entries;
    return true;
}

int ZipReader::indexOf(const QString &name, Qt::CaseSensitivity cs) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].name.compare(name, cs) == 0)
            return i;
    }
    return -1;
}

std::optional<QByteArray> ZipReader::read(int index)
{
    if (index < 0 || index >= m_entries.size()) {
        m_error = QStringLiteral("no such entry");
        return std::nullopt;
    }
    const ZipEntry &e = m_entries[index];
    QByteArray raw;
    if (!readAt(e.dataOffset, e.compressedSize, &raw)) {
        m_error = QStringLiteral("cannot read entry \"%1\"").arg(e.name);
        return std::nullopt;
    }
    QByteArray data;
    if (e.method == 8) {
        QString why;
        std::optional<QByteArray> inflated = Inflate::decode(raw, e.size, &why);
        if (!inflated) {
            m_error = QStringLiteral("entry \"%1\" is corrupt: %2").arg(e.name, why);
            return std::nullopt;
        }
        data = std::move(*inflated);
    } else {
        data = std::move(raw);
    }
    if (Crc32::compute(data) != e.crc) {
        m_error = QStringLiteral("entry \"%1\" is corrupt (CRC mismatch)").arg(e.name);
        return std::nullopt;
    }
    return data;
}

} // namespace crossread
