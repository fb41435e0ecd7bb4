#pragma once
// Stable identifiers for exported objects: name-based UUIDs (version 5) derived from the
// project name and the object's id, so exporting the same project twice gives the same
// GUIDs and other tools can match objects across exports.
#include <QUuid>

namespace crossread {

class ExportGuids
{
public:
    explicit ExportGuids(const QString &projectName);

    QUuid project() const { return m_project; }
    QUuid tag(qint64 id) const { return derive(QStringLiteral("tag"), id); }
    QUuid article(qint64 id) const { return derive(QStringLiteral("article"), id); }
    QUuid articleText(qint64 id) const { return derive(QStringLiteral("article-text"), id); }
    QUuid span(qint64 id) const { return derive(QStringLiteral("span"), id); }
    QUuid spanNote(qint64 id) const { return derive(QStringLiteral("span-note"), id); }
    QUuid coding(qint64 spanId, qint64 tagId) const;
    QUuid user(const QString &name) const;
    QUuid named(const QString &kind, const QString &name) const;

    // Lower case, no braces: the form REFI-QDA and URNs expect.
    static QString text(const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); }

private:
    QUuid derive(const QString &kind, qint64 id) const;

    QUuid m_project;
};

} // namespace crossread
