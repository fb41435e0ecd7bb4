#include "export/ExportGuids.h"

namespace crossread {

namespace {

// The namespace every Crossread project UUID is derived in (itself a fixed random UUID).
const QUuid kCrossreadNamespace(QStringLiteral("{6b1f6c2e-4d7a-4a55-9a0e-2f3c9d1e8b47}"));

} // namespace

ExportGuids::ExportGuids(const QString &projectName)
    : m_project(QUuid::createUuidV5(kCrossreadNamespace, QStringLiteral("project:") + projectName))
{ }

QUuid ExportGuids::derive(const QString &kind, qint64 id) const
{
    return QUuid::createUuidV5(m_project, kind + QLatin1Char(':') + QString::number(id));
}

QUuid ExportGuids::coding(qint64 spanId, qint64 tagId) const
{
    return QUuid::createUuidV5(m_project, QStringLiteral("coding:%1:%2").arg(spanId).arg(tagId));
}

QUuid ExportGuids::user(const QString &name) const
{
    return named(QStringLiteral("user"), name);
}

QUuid ExportGuids::named(const QString &kind, const QString &name) const
{
    return QUuid::createUuidV5(m_project, kind + QLatin1Char(':') + name);
}

} // namespace crossread
