#include "export/ZipWriter.h"

#include <QIODevice>

#include <zip.h>

namespace crossread {

namespace {

constexpr zip_uint32_t kRegularFileMode = 0100644u << 16;

QString libzipMessage(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{
    zip_error_t error;
    zip_error_init(&error);
    m_buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (m_buffer)
        m_zip = zip_open_from_source(m_buffer, ZIP_TRUNCATE, &error);
    if (m_zip) {
        zip_source_keep(m_buffer); // the bytes must outlive zip_close()
    } else {
        m_error = QStringLiteral("cannot create an archive: %1").arg(libzipMessage(&error));
        if (m_buffer)
            zip_source_free(m_buffer);
        m_buffer = nullptr;
    }
    zip_error_fini(&error);
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip);
    if (m_buffer)
        zip_source_free(m_buffer);
}

bool ZipWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, Method method)
{
    if (!m_zip)
        return fail(m_finished ? QStringLiteral("archive already finished") : m_error);
    if (name.isEmpty())
        return fail(QStringLiteral("empty entry name"));
    m_data.append(data);
    const QByteArray &bytes = m_data.last();
    zip_source_t *source = zip_source_buffer(m_zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    if (!source)
        return fail(QStringLiteral("cannot add %1: %2").arg(name, libzipMessage(zip_get_error(m_zip))));
    const zip_int64_t index = zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return fail(QStringLiteral("cannot add %1: %2").arg(name, libzipMessage(zip_get_error(m_zip))));
    }
    const zip_int32_t compression = method == Method::Deflated ? ZIP_CM_DEFAULT : ZIP_CM_STORE;
    if (zip_set_file_compression(m_zip, zip_uint64_t(index), compression, 0) != 0
        || zip_file_set_mtime(m_zip, zip_uint64_t(index), time_t(m_timestamp.toSecsSinceEpoch()), 0) != 0
        || zip_file_set_external_attributes(m_zip, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, kRegularFileMode) != 0)
        return fail(QStringLiteral("cannot add %1: %2").arg(name, libzipMessage(zip_get_error(m_zip))));
    return true;
}

bool ZipWriter::finish()
{
    if (m_finished)
        return true;
    if (!m_zip)
        return fail(m_error);
    if (zip_get_num_entries(m_zip, 0) == 0)
        return fail(QStringLiteral("the archive has no entries"));
    if (zip_close(m_zip) != 0)
        return fail(QStringLiteral("cannot write the archive: %1").arg(libzipMessage(zip_get_error(m_zip))));
    m_zip = nullptr;
    m_data.clear();
    m_finished = true;
    return copyToDevice();
}

bool ZipWriter::copyToDevice()
{
    if (zip_source_open(m_buffer) != 0)
        return fail(QStringLiteral("cannot write the archive: %1").arg(libzipMessage(zip_source_error(m_buffer))));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    bool ok = true;
    while (ok) {
        const zip_int64_t n = zip_source_read(m_buffer, chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0) {
            ok = fail(QStringLiteral("cannot write the archive: %1").arg(libzipMessage(zip_source_error(m_buffer))));
        } else if (n == 0) {
            break;
        } else if (m_device->write(chunk.constData(), n) != n) {
            ok = fail(QStringLiteral("cannot write the archive: %1").arg(m_device->errorString()));
        }
    }
    zip_source_close(m_buffer);
    return ok;
}

} // namespace crossread
