#include "store/ProjectLocation.h"

#include <QObject>

namespace crossread {

bool ProjectLocation::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ProjectLocation::withoutPassword(const QString &location)
{
    if (!isServerUrl(location))
        return location;
    const ProjectLocation parsed(location);
    if (!parsed.valid()) {
        QUrl url(location);
        url.setPassword(QString());
        return url.toString();
    }
    return parsed.url();
}

ProjectLocation::ProjectLocation(const QString &location)
{
    if (!isServerUrl(location)) {
        m_error = QObject::tr("%1: not a postgresql:// URL").arg(location);
        return;
    }
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) {
        m_error = QObject::tr("%1: not a valid URL (%2)").arg(withoutPassword(location), url.errorString());
        return;
    }
    m_host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    m_port = url.port(5432);
    m_database = url.path().mid(1);
    m_user = url.userName();
    m_password = url.password();
    if (m_database.isEmpty() || m_database.contains(u'/'))
        m_error = QObject::tr("%1: the URL names no database (postgresql://user@host:5432/DATABASE)").arg(this->url());
}

QString ProjectLocation::makeUrl(const QString &host, int port, const QString &database, const QString &user)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    url.setPort(port > 0 ? port : 5432);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString ProjectLocation::url() const
{
    return makeUrl(m_host, m_port, m_database, m_user);
}

} // namespace crossread
