#include "export/QdpxProjectReader.h"

#include "export/XmlLimits.h"

#include <QXmlStreamReader>

#include <vector>

namespace crossread {

namespace {

// One loop over the reader's tokens with an explicit stack of open elements: a hostile
// file nested a million deep costs memory up to the depth limit, never the call stack.
class Parser
{
public:
    explicit Parser(const QByteArray &xml)
        : m_xml(xml)
    { }

    std::optional<QdpxProject> run(QString *error)
    {
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::DTD:
                m_xml.raiseError(QStringLiteral("document type declarations are not allowed"));
                break;
            case QXmlStreamReader::StartElement:
                startElement();
                break;
            case QXmlStreamReader::EndElement:
                endElement();
                break;
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                if (m_textFrame >= 0)
                    m_stack[size_t(m_textFrame)].text += m_xml.text();
                break;
            default:
                break;
            }
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
    // What an open element is to the parser; decides what its children may be.
    enum class Kind {
        Skip, // unknown or unused: its whole subtree is ignored
        Project,
        Users,
        CodeBook,
        Codes,
        Code,
        Variables,
        Sources,
        PdfSource,
        Source, // TextSource, a PDF's Representation, or a Note
        Selection,
        Coding,
        VariableValue,
        Notes,
        Text, // collects all character data inside, child elements included
        TextChild,
    };
    // Where a Text element's collected text goes when it closes.
    enum class Target { CodeDescription, SourceContent, Value };

    struct Frame
    {
        Frame(Kind k = Kind::Skip)
            : kind(k)
        { }
        Kind kind;
        qsizetype code = -1; // Code: its index in m_project.codes
        QString guid; // Codes: the parent code's GUID; Code: its own
        int childPosition = 0; // Codes, Code: the next child code's position
        int regions = 0; // PdfSource: area selections skipped
        QString name; // PdfSource: its name
        Target target = Target::Value;
        QString text; // Text: collected so far
    };

    QString attr(const char *name) const { return m_xml.attributes().value(QLatin1StringView(name)).toString(); }
    QDateTime dateAttr(const char *name) const { return QDateTime::fromString(attr(name), Qt::ISODate); }

    void push(Frame frame)
    {
        if (frame.kind == Kind::Text)
            m_textFrame = qsizetype(m_stack.size());
        m_stack.push_back(std::move(frame));
    }

    static Frame textFrame(Target target, qsizetype code = -1)
    {
        Frame f { Kind::Text };
        f.target = target;
        f.code = code;
        return f;
    }

    void startElement()
    {
        if (m_stack.size() >= size_t(XmlLimits::kMaxDepth)) {
            m_xml.raiseError(QStringLiteral("elements are nested more than %1 deep").arg(XmlLimits::kMaxDepth));
            return;
        }
        if (m_stack.empty()) {
            if (m_sawProject || m_xml.name() != QLatin1String("Project")) {
                m_xml.raiseError(QStringLiteral("the root element is <%1>, not <Project>").arg(m_xml.name()));
                return;
            }
            m_sawProject = true;
            m_project.name = attr("name");
            m_project.creatingUser = attr("creatingUserGUID");
            push({ Kind::Project });
            return;
        }
        push(child(m_stack.back(), m_xml.name()));
    }

    // The frame for an element named n opened inside parent, after reading what it holds.
    Frame child(Frame &parent, QStringView n)
    {
        switch (parent.kind) {
        case Kind::Project:
            if (n == u"Users")
                return { Kind::Users };
            if (n == u"CodeBook")
                return { Kind::CodeBook };
            if (n == u"Variables")
                return { Kind::Variables };
            if (n == u"Sources")
                return { Kind::Sources };
            if (n == u"Notes")
                return { Kind::Notes };
            break;
        case Kind::Users:
            if (n == u"User")
                m_project.users.insert(attr("guid"), attr("name"));
            break;
        case Kind::CodeBook:
            if (n == u"Codes")
                return { Kind::Codes };
            break;
        case Kind::Codes:
        case Kind::Code:
            if (n == u"Code") {
                QdpxCode c;
                c.guid = attr("guid");
                c.name = attr("name");
                c.color = attr("color");
                c.parentGuid = parent.kind == Kind::Code ? parent.guid : QString();
                c.position = parent.childPosition++;
                m_project.codes.append(c); // parents before children
                Frame f { Kind::Code };
                f.code = m_project.codes.size() - 1;
                f.guid = c.guid;
                return f;
            }
            if (parent.kind == Kind::Code && n == u"Description")
                return textFrame(Target::CodeDescription, parent.code);
            break;
        case Kind::Variables:
            if (n == u"Variable")
                m_project.variableNames.insert(attr("guid"), attr("name"));
            break;
        case Kind::Sources:
            if (n == u"TextSource") {
                openSource(QString());
                return { Kind::Source };
            }
            if (n == u"PDFSource") {
                Frame f { Kind::PdfSource };
                f.name = attr("name");
                return f;
            }
            m_project.warnings
                << QStringLiteral("%1 \"%2\" was skipped: only text is supported").arg(n.toString(), attr("name"));
            break;
        case Kind::PdfSource:
            // Text selections of a PDF live on its plain text Representation.
            if (n == u"Representation") {
                openSource(parent.name);
                return { Kind::Source };
            }
            if (n == u"PDFSelection")
                ++parent.regions;
            break;
        case Kind::Notes:
            if (n == u"Note") {
                openSource(QString());
                return { Kind::Source };
            }
            break;
        case Kind::Source:
            if (n == u"PlainTextContent")
                return textFrame(Target::SourceContent);
            if (n == u"PlainTextSelection") {
                QdpxSelection s;
                s.guid = attr("guid");
                s.start = attr("startPosition");
                s.end = attr("endPosition");
                s.creatingUser = attr("creatingUser");
                s.created = dateAttr("creationDateTime");
                s.modified = dateAttr("modifiedDateTime");
                m_selection = s;
                return { Kind::Selection };
            }
            if (n == u"Coding") {
                m_coding.clear();
                return { Kind::Coding };
            }
            if (n == u"VariableValue") {
                m_variableGuid.clear();
                m_variableValue.clear();
                return { Kind::VariableValue };
            }
            break;
        case Kind::Selection:
            if (n == u"Coding") {
                m_coding.clear();
                return { Kind::Coding };
            }
            if (n == u"NoteRef")
                m_selection.noteGuids << attr("targetGUID");
            break;
        case Kind::Coding:
            if (n == u"CodeRef")
                m_coding = attr("targetGUID");
            break;
        case Kind::VariableValue:
            if (n == u"VariableRef")
                m_variableGuid = attr("targetGUID");
            else if (n.endsWith(u"Value"))
                return textFrame(Target::Value);
            break;
        case Kind::Text:
        case Kind::TextChild:
            return { Kind::TextChild };
        case Kind::Skip:
            break;
        }
        return { Kind::Skip };
    }

    void openSource(const QString &fallbackName)
    {
        m_source = QdpxSource();
        m_source.guid = attr("guid");
        m_source.name = attr("name");
        if (m_source.name.isEmpty())
            m_source.name = fallbackName;
        m_source.plainTextPath = attr("plainTextPath");
        m_source.creatingUser = attr("creatingUser");
        m_source.created = dateAttr("creationDateTime");
        m_source.modified = dateAttr("modifiedDateTime");
    }

    void endElement()
    {
        if (m_stack.empty())
            return; // the reader has already refused an unmatched end tag
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.kind == Kind::Text)
            m_textFrame = -1; // a Text frame never holds another
        const Kind parent = m_stack.empty() ? Kind::Skip : m_stack.back().kind;
        switch (frame.kind) {
        case Kind::Text:
            if (frame.target == Target::CodeDescription) {
                m_project.codes[frame.code].description = frame.text;
            } else if (frame.target == Target::SourceContent) {
                m_source.plainTextContent = frame.text;
                m_source.hasContent = true;
            } else {
                m_variableValue = frame.text;
            }
            break;
        case Kind::Source:
            if (parent == Kind::Notes) {
                m_project.notes.insert(m_source.guid,
                    QdpxNote { m_source.guid, m_source.name, m_source.plainTextPath, m_source.plainTextContent });
            } else {
                m_project.sources << m_source;
            }
            break;
        case Kind::PdfSource:
            if (frame.regions) {
                m_project.warnings << QStringLiteral("%1 area selections of PDF \"%2\" were skipped")
                                          .arg(frame.regions)
                                          .arg(frame.name);
            }
            break;
        case Kind::Selection:
            m_source.selections << m_selection;
            break;
        case Kind::Coding:
            if (parent == Kind::Selection)
                m_selection.codeGuids << m_coding;
            else
                m_source.wholeSourceCodeGuids << m_coding;
            break;
        case Kind::VariableValue:
            m_source.variableValues.insert(m_variableGuid, m_variableValue);
            break;
        default:
            break;
        }
    }

    QXmlStreamReader m_xml;
    QdpxProject m_project;
    bool m_sawProject = false;
    std::vector<Frame> m_stack;
    qsizetype m_textFrame = -1; // index in m_stack of the Text element collecting, or -1
    // The one source, selection, coding and variable value open at a time (they do not nest).
    QdpxSource m_source;
    QdpxSelection m_selection;
    QString m_coding;
    QString m_variableGuid;
    QString m_variableValue;
};

} // namespace

std::optional<QdpxProject> QdpxProjectReader::read(const QByteArray &xml, QString *error)
{
    QString limit;
    if (!XmlLimits::checkAttributes(xml, &limit)) {
        if (error)
            *error = QStringLiteral("invalid project.qde: %1").arg(limit);
        return std::nullopt;
    }
    Parser parser(xml);
    return parser.run(error);
}

} // namespace crossread
