#pragma once
// Parses a REFI-QDA project.qde (QDA-XML) into plain records, keeping GUID references as
// they are; QdpxImporter resolves them into a bundle. Only what Crossread can represent is
// read: users, the code tree, variables, text sources (and PDF sources' text representation)
// with their text selections and codings, and notes. A DTD is refused outright: project files
// never need one and entity declarations are how XML bombs work.
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crossread {

struct QdpxCode
{
    QString guid;
    QString parentGuid;
    QString name;
    QString description;
    QString color; // as written, "#RRGGBB" or "#RGB", may be empty
    int position = 0;
};

struct QdpxSelection
{
    QString guid;
    QString start;
    QString end;
    QString creatingUser;
    QDateTime created;
    QDateTime modified;
    QStringList codeGuids;
    QStringList noteGuids;
};

struct QdpxSource
{
    QString guid;
    QString name;
    QString plainTextPath;
    QString plainTextContent;
    bool hasContent = false;
    QString creatingUser;
    QDateTime created;
    QDateTime modified;
    QList<QdpxSelection> selections;
    QStringList wholeSourceCodeGuids; // codings on the source itself
    QHash<QString, QString> variableValues; // variable GUID → value as text
};

struct QdpxNote
{
    QString guid;
    QString name;
    QString plainTextPath;
    QString plainTextContent;
};

struct QdpxProject
{
    QString name;
    QString creatingUser;
    QHash<QString, QString> users; // GUID → name
    QList<QdpxCode> codes; // pre-order: parents before children
    QHash<QString, QString> variableNames; // GUID → name
    QList<QdpxSource> sources;
    QHash<QString, QdpxNote> notes;
    QStringList warnings;
};

class QdpxProjectReader
{
public:
    static std::optional<QdpxProject> read(const QByteArray &xml, QString *error);
};

} // namespace crossread
