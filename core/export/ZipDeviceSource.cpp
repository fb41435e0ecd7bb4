#include "export/ZipDeviceSource.h"

#include <QIODevice>

#include <cerrno>

namespace crossread {

ZipDeviceSource::ZipDeviceSource(QIODevice *device)
    : m_device(device)
{
    zip_error_init(&m_error);
}

ZipDeviceSource::~ZipDeviceSource()
{
    zip_error_fini(&m_error);
}

zip_source_t *ZipDeviceSource::create(zip_error_t *error)
{
    return zip_source_function_create(&ZipDeviceSource::callback, this, error);
}

zip_int64_t ZipDeviceSource::callback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    return static_cast<ZipDeviceSource *>(state)->handle(data, length, command);
}

zip_int64_t ZipDeviceSource::failWith(int code)
{
    zip_error_set(&m_error, code, code == ZIP_ER_READ || code == ZIP_ER_SEEK ? EIO : 0);
    return -1;
}

zip_int64_t ZipDeviceSource::handle(void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    switch (command) {
    case ZIP_SOURCE_OPEN:
        m_position = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        if (!m_device->seek(m_position))
            return failWith(ZIP_ER_SEEK);
        const qint64 n = m_device->read(static_cast<char *>(data), qint64(qMin<zip_uint64_t>(length, 1u << 30)));
        if (n < 0)
            return failWith(ZIP_ER_READ);
        m_position += n;
        return n;
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE: // the device belongs to the caller
        return 0;
    case ZIP_SOURCE_STAT: {
        zip_stat_t *st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, &m_error);
        if (!st)
            return -1;
        zip_stat_init(st);
        st->size = zip_uint64_t(m_device->size());
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&m_error, data, length);
    case ZIP_SOURCE_SEEK: {
        const zip_int64_t to = zip_source_seek_compute_offset(
            zip_uint64_t(m_position), zip_uint64_t(m_device->size()), data, length, &m_error);
        if (to < 0)
            return -1;
        m_position = to;
        return 0;
    }
    case ZIP_SOURCE_TELL:
        return m_position;
    case ZIP_SOURCE_SUPPORTS:
        return ZIP_SOURCE_SUPPORTS_SEEKABLE;
    default:
        return failWith(ZIP_ER_OPNOTSUPP);
    }
}

} // namespace crossread
