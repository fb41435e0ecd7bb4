#include "export/ZipReader.h"

#include "export/ZipDeviceSource.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace crossread {

namespace {

// Inflated data is looked at this much at a time; the checks never hold more.
constexpr qint64 kChunk = 64 * 1024;

QString libzipMessage(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

QString openMessage(zip_error_t *error)
{
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_NOZIP:
        return QStringLiteral("not a ZIP archive");
    case ZIP_ER_MULTIDISK:
        return QStringLiteral("multi-volume ZIP archives are not supported");
    case ZIP_ER_INCONS:
        return QStringLiteral("corrupt ZIP archive (its directory does not match its entries)");
    case ZIP_ER_EXISTS:
        return QStringLiteral("the archive contains an entry name twice");
    case ZIP_ER_MEMORY:
        return QStringLiteral("corrupt ZIP archive (its directory is too large)");
    default:
        return QStringLiteral("cannot read the ZIP archive: %1").arg(libzipMessage(error));
    }
}

struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

} // namespace

// The device source must outlive the archive that reads through it.
struct ZipReader::Archive
{
    explicit Archive(QIODevice *device)
        : source(device)
    { }
    ~Archive()
    {
        if (zip)
            zip_discard(zip);
    }

    ZipDeviceSource source;
    zip_t *zip = nullptr;
};

ZipReader::ZipReader() = default;

ZipReader::ZipReader(const Limits &limits)
    : m_limits(limits)
{ }

ZipReader::~ZipReader() = default;

bool ZipReader::fail(const QString &message)
{
    m_error = message;
    m_entries.clear();
    m_indexes.clear();
    m_archive.reset();
    return false;
}

bool ZipReader::open(const QString &path)
{
    m_archive.reset();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, file->errorString()));
    m_ownedDevice = std::move(file);
    return open(m_ownedDevice.get());
}

bool ZipReader::open(QIODevice *device)
{
    m_archive.reset();
    m_entries.clear();
    m_indexes.clear();
    m_error.clear();
    m_inflated = 0;
    if (!device || !device->isOpen() || !device->isReadable() || device->isSequential())
        return fail(QStringLiteral("the archive must be a readable file"));
    m_archive = std::make_unique<Archive>(device);
    return openArchive();
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

bool ZipReader::openArchive()
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = m_archive->source.create(&error);
    if (source)
        m_archive->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_archive->zip) {
        if (source)
            zip_source_free(source);
        const QString message = openMessage(&error);
        zip_error_fini(&error);
        return fail(message);
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(m_archive->zip, 0);
    if (count < 0)
        return fail(QStringLiteral("corrupt ZIP archive (no entry count)"));
    if (count > m_limits.maxEntries)
        return fail(QStringLiteral("the archive has too many entries (%1)").arg(count));
    qint64 total = 0;
    QSet<QString> seen;
    for (zip_int64_t i = 0; i < count; ++i) {
        if (!checkEntry(i, &total, &seen))
            return false;
    }
    return true;
}

bool ZipReader::checkEntry(qint64 index, qint64 *total, QSet<QString> *seen)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_archive->zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
        return fail(QStringLiteral("corrupt ZIP archive (bad entry %1: %2)")
                        .arg(index)
                        .arg(libzipMessage(zip_get_error(m_archive->zip))));
    ZipEntry e;
    e.name = QString::fromUtf8(st.name);
    e.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
    if (!isSafeName(e.name))
        return fail(QStringLiteral("the archive contains an unsafe entry name: \"%1\"").arg(e.name));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return fail(QStringLiteral("encrypted entry \"%1\" is not supported").arg(e.name));
    if ((st.valid & ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(st.comp_method, 0))
        return fail(
            QStringLiteral("entry \"%1\" uses unsupported compression method %2").arg(e.name).arg(st.comp_method));
    if (seen->contains(e.name))
        return fail(QStringLiteral("the archive contains \"%1\" twice").arg(e.name));
    seen->insert(e.name);
    const qint64 declared = (st.valid & ZIP_STAT_SIZE) && st.size <= zip_uint64_t(INT64_MAX) ? qint64(st.size) : -1;
    // A declaration over the limit is refused at once; one under it is checked against the data.
    if (declared > m_limits.maxEntrySize)
        return fail(QStringLiteral("entry \"%1\" is too large (%2 bytes uncompressed)").arg(e.name).arg(declared));
    if (const QString why = inflate(index, e, declared, *total, &e.size, nullptr); !why.isEmpty())
        return fail(why);
    *total += e.size;
    m_entries.append(e);
    m_indexes.append(index);
    return true;
}

QString ZipReader::inflate(
    qint64 index, const ZipEntry &entry, qint64 declaredSize, qint64 totalBefore, qint64 *size, QByteArray *out)
{
    const QString &name = entry.name;
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(m_archive->zip, zip_uint64_t(index), 0));
    if (!file)
        return QStringLiteral("cannot read entry \"%1\": %2").arg(name, libzipMessage(zip_get_error(m_archive->zip)));
    QByteArray scratch;
    if (!out)
        scratch.resize(kChunk);
    *size = 0;
    while (true) {
        char *target = nullptr;
        if (out) {
            out->resize(*size + kChunk);
            target = out->data() + *size;
        } else {
            target = scratch.data();
        }
        const zip_int64_t n = zip_fread(file.get(), target, zip_uint64_t(kChunk));
        if (n < 0) {
            zip_error_t *error = zip_file_get_error(file.get());
            switch (zip_error_code_zip(error)) {
            case ZIP_ER_CRC:
                return QStringLiteral("entry \"%1\" is corrupt (CRC mismatch)").arg(name);
            case ZIP_ER_INCONS:
                return QStringLiteral("entry \"%1\" is corrupt (its data does not match its header)").arg(name);
            case ZIP_ER_ZLIB:
            case ZIP_ER_COMPRESSED_DATA:
                return QStringLiteral("entry \"%1\" is corrupt (invalid compressed data)").arg(name);
            default:
                return QStringLiteral("cannot read entry \"%1\": %2").arg(name, libzipMessage(error));
            }
        }
        if (n == 0)
            break;
        *size += n;
        m_inflated += n;
        if (declaredSize >= 0 && *size > declaredSize)
            return QStringLiteral("entry \"%1\" is corrupt (larger than its declared size of %2 bytes)")
                .arg(name)
                .arg(declaredSize);
        if (*size > m_limits.maxEntrySize)
            return QStringLiteral("entry \"%1\" is too large (more than %2 bytes uncompressed)")
                .arg(name)
                .arg(m_limits.maxEntrySize);
        if (totalBefore + *size > m_limits.maxTotalSize)
            return QStringLiteral("the archive expands to more than %1 bytes").arg(m_limits.maxTotalSize);
        if (*size >= m_limits.ratioCheckFrom
            && double(*size) > m_limits.maxRatio * double(std::max<qint64>(1, entry.compressedSize)))
            return QStringLiteral("entry \"%1\" has a suspicious compression ratio (%2 bytes inflate to more "
                                  "than %3)")
                .arg(name)
                .arg(entry.compressedSize)
                .arg(*size);
    }
    if (declaredSize >= 0 && *size < declaredSize)
        return QStringLiteral("entry \"%1\" is corrupt (smaller than its declared size of %2 bytes)")
            .arg(name)
            .arg(declaredSize);
    if (out)
        out->resize(*size);
    return {};
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
    if (!m_archive || index < 0 || index >= m_entries.size()) {
        m_error = QStringLiteral("no such entry");
        return std::nullopt;
    }
    const ZipEntry entry = m_entries.at(index);
    QByteArray data;
    data.reserve(entry.size + kChunk);
    qint64 size = 0;
    // The size measured at open() is the cap: the archive cannot grow between the check and the read.
    if (const QString why = inflate(m_indexes.at(index), entry, entry.size, 0, &size, &data); !why.isEmpty()) {
        fail(why); // a corrupt entry spoils the whole archive
        return std::nullopt;
    }
    return data;
}

} // namespace crossread
