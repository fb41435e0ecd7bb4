#include "export/QdpxProjectReader.h"

#include <QXmlStreamReader>

namespace crossread {

namespace {

class Parser
{
public:
    explicit Parser(const QByteArray &xml)
        : m_xml(xml)
    { }

    std::optional<QdpxProject> run(QString *error)
    {
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                m_xml.raiseError(QStringLiteral("document type declarations are not allowed"));
            } else if (token == QXmlStreamReader::StartElement) {
                if (m_xml.name() != QLatin1String("Project"))
                    m_xml.raiseError(QStringLiteral("the root element is <%1>, not <Project>").arg(m_xml.name()));
                else
                    project();
                break;
            }
        }
        // Anything after the root must still be well formed.
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            if (m_xml.readNext() == QXmlStreamReader::DTD)
                m_xml.raiseError(QStringLiteral("document type declarations are not allowed"));
        }
        if (!m_xml.hasError() && !m_sawProject)
            m_xml.raiseError(QStringLiteral("no <Project> element"));
        if (m_xml.hasError()) {
            if (error) {
                *error = QStringLiteral("invalid project.qde (line %1, column %2): %3")
                             .arg(m_xml.lineNumber())
                             .arg(m_xml.columnNumber())
                             .arg(m_xml.errorString());
            }
            return std::nullopt;
        }
        return m_project;
    }

private:
    QString attr(const char *name) const { return m_xml.attributes().value(QLatin1StringView(name)).toString(); }

    QDateTime dateAttr(const char *name) const { return QDateTime::fromString(attr(name), Qt::ISODate); }

    // Calls handle(localName) for each child element; unhandled children are skipped.
    template<typename F> void children(F handle)
    {
        while (m_xml.readNextStartElement()) {
            if (!handle(m_xml.name()))
                m_xml.skipCurrentElement();
        }
    }

    QString targetGuid()
    {
        const QString guid = attr("targetGUID");
        m_xml.skipCurrentElement();
        return guid;
    }

    void project()
    {
        m_sawProject = true;
        m_project.name = attr("name");
        m_project.creatingUser = attr("creatingUserGUID");
        children([this](QStringView n) {
            if (n == u"Users")
                children([this](QStringView c) {
                    if (c != u"User")
                        return false;
                    m_project.users.insert(attr("guid"), attr("name"));
                    m_xml.skipCurrentElement();
                    return true;
                });
            else if (n == u"CodeBook")
                children([this](QStringView c) {
                    if (c != u"Codes")
                        return false;
                    codes(QString());
                    return true;
                });
            else if (n == u"Variables")
                children([this](QStringView c) {
                    if (c != u"Variable")
                        return false;
                    m_project.variableNames.insert(attr("guid"), attr("name"));
                    m_xml.skipCurrentElement();
                    return true;
                });
            else if (n == u"Sources")
                sources();
            else if (n == u"Notes")
                notes();
            else
                return false;
            return true;
        });
    }

    void codes(const QString &parentGuid)
    {
        int position = 0;
        children([&](QStringView n) {
            if (n != u"Code")
                return false;
            code(parentGuid, position++);
            return true;
        });
    }

    void code(const QString &parentGuid, int position)
    {
        const qsizetype index = m_project.codes.size();
        QdpxCode c;
        c.guid = attr("guid");
        c.name = attr("name");
        c.color = attr("color");
        c.parentGuid = parentGuid;
        c.position = position;
        m_project.codes.append(c);
        int childPosition = 0;
        children([&](QStringView n) {
            if (n == u"Description")
                m_project.codes[index].description = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (n == u"Code")
                code(c.guid, childPosition++);
            else
                return false;
            return true;
        });
    }

    QString coding()
    {
        QString codeGuid;
        children([&](QStringView n) {
            if (n != u"CodeRef")
                return false;
            codeGuid = targetGuid();
            return true;
        });
        return codeGuid;
    }

    QdpxSelection selection()
    {
        QdpxSelection s;
        s.guid = attr("guid");
        s.start = attr("startPosition");
        s.end = attr("endPosition");
        s.creatingUser = attr("creatingUser");
        s.created = dateAttr("creationDateTime");
        s.modified = dateAttr("modifiedDateTime");
        children([&](QStringView n) {
            if (n == u"Coding")
                s.codeGuids << coding();
            else if (n == u"NoteRef")
                s.noteGuids << targetGuid();
            else
                return false;
            return true;
        });
        return s;
    }

    QString variableValue(QString *variableGuid)
    {
        QString value;
        children([&](QStringView n) {
            if (n == u"VariableRef")
                *variableGuid = targetGuid();
            else if (n.endsWith(u"Value"))
                value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                return false;
            return true;
        });
        return value;
    }

    QdpxSource textSource(const QString &fallbackName)
    {
        QdpxSource s;
        s.guid = attr("guid");
        s.name = attr("name");
        if (s.name.isEmpty())
            s.name = fallbackName;
        s.plainTextPath = attr("plainTextPath");
        s.creatingUser = attr("creatingUser");
        s.created = dateAttr("creationDateTime");
        s.modified = dateAttr("modifiedDateTime");
        children([&](QStringView n) {
            if (n == u"PlainTextContent") {
                s.plainTextContent = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                s.hasContent = true;
            } else if (n == u"PlainTextSelection") {
                s.selections << selection();
            } else if (n == u"Coding") {
                s.wholeSourceCodeGuids << coding();
            } else if (n == u"VariableValue") {
                QString guid;
                const QString value = variableValue(&guid);
                s.variableValues.insert(guid, value);
            } else {
                return false;
            }
            return true;
        });
        return s;
    }

    void sources()
    {
        children(
            [this](QStringView n) {
                if (n == u"TextSource") {
                    m_project.sources << textSource(QString());
                } else if (n == u"PDFSource") {
                    // Text selections of a PDF live on its plain text Representation.
                    const QString name = attr("name");
                    int regions = 0;
                    children([&](QStringView c) {
                        if (c == u"Representation") {
                            m_project.sources << textSource(name);
                            return true;
                        }
                        if (c == u"PDFSelection")
                            ++regions;
                        return false;
                    });
                    if (regions)
                        m_project.warnings
                            << QStringLiteral("%1 area selections of PDF \"%2\" were skipped").arg(regions).arg(name);
                } else {
                    m_project.warnings << QStringLiteral("%1 \"%2\" was skipped: only text is supported")
                                              .arg(n.toString(), attr("name"));
                    return false;
                }
                return true;
            });
    }

    void notes()
    {
        children([this](QStringView n) {
            if (n != u"Note")
                return false;
            const QdpxSource s = textSource(QString());
            m_project.notes.insert(s.guid, QdpxNote { s.guid, s.name, s.plainTextPath, s.plainTextContent });
            return true;
        });
    }

    QXmlStreamReader m_xml;
    QdpxProject m_project;
    bool m_sawProject = false;
};

} // namespace

std::optional<QdpxProject> QdpxProjectReader::read(const QByteArray &xml, QString *error)
{
    Parser parser(xml);
    return parser.run(error);
}

} // namespace crossread
