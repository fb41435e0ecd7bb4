#pragma once
// A libzip data source over a seekable QIODevice, so archives are read from any file or buffer
// without being copied into memory. The device is not owned and must outlive the source.
#include <QtGlobal>

#include <zip.h>

class QIODevice;

namespace crossread {

class ZipDeviceSource
{
public:
    explicit ZipDeviceSource(QIODevice *device);
    ~ZipDeviceSource();
    ZipDeviceSource(const ZipDeviceSource &) = delete;
    ZipDeviceSource &operator=(const ZipDeviceSource &) = delete;

    // A new libzip source reading the device; whoever receives it (zip_open_from_source) frees
    // it. Null, with *error set, when libzip cannot create it.
    zip_source_t *create(zip_error_t *error);

private:
    static zip_int64_t callback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command);
    zip_int64_t handle(void *data, zip_uint64_t length, zip_source_cmd_t command);
    zip_int64_t failWith(int code);

    QIODevice *m_device;
    qint64 m_position = 0;
    zip_error_t m_error;
};

} // namespace crossread
