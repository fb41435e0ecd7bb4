#include "export/QdpxExporter.h"

#include "domain/CodePoints.h"
#include "export/BundleLookup.h"
#include "export/ExportGuids.h"
#include "export/ZipWriter.h"

#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

namespace crossread {

namespace {

const QString kNamespace = QStringLiteral("urn:QDA-XML:project:1.0");

QString dateTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString excerpt(const QString &text, int max = 60)
{
    QString s = text.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QChar(0x2026);
    return s;
}

// XML 1.0 cannot carry most control characters or unpaired surrogates, even escaped;
// they would make the whole project unreadable, so they are dropped from names and notes.
QString xmlSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed
            = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) || (u >= 0xE000 && u < 0xFFFE);
        if (allowed)
            out += c;
    }
    return out;
}

struct Writer
{
    const ExportBundle &bundle;
    const BundleLookup lookup;
    const ExportGuids guids;
    QXmlStreamWriter xml;

    Writer(const ExportBundle &b, QByteArray *out)
        : bundle(b)
        , lookup(b)
        , guids(b.projectName)
        , xml(out)
    {
        xml.setAutoFormatting(true);
        xml.setAutoFormattingIndent(2);
    }

    QString userGuid(const QString &name) const
    {
        return name.isEmpty() ? QString() : ExportGuids::text(guids.user(name));
    }
    QString variableGuid(const QString &name) const
    {
        return ExportGuids::text(guids.named(QStringLiteral("variable"), name));
    }

    void attr(const QString &name, const QString &value) { xml.writeAttribute(name, xmlSafe(value)); }
    void textElement(const QString &name, const QString &value) { xml.writeTextElement(name, xmlSafe(value)); }
    void optionalAttribute(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            attr(name, value);
    }

    void users()
    {
        QStringList names;
        if (!bundle.author.isEmpty())
            names << bundle.author;
        for (const ExportArticle &a : bundle.articles) {
            for (const Span &s : a.spans) {
                if (!s.author.isEmpty() && !names.contains(s.author))
                    names << s.author;
            }
        }
        if (names.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("Users"));
        for (const QString &name : std::as_const(names)) {
            xml.writeEmptyElement(QStringLiteral("User"));
            attr(QStringLiteral("guid"), userGuid(name));
            attr(QStringLiteral("name"), name);
        }
        xml.writeEndElement();
    }

    void code(const Tag *tag, int depth)
    {
        xml.writeStartElement(QStringLiteral("Code"));
        attr(QStringLiteral("guid"), ExportGuids::text(guids.tag(tag->id)));
        attr(QStringLiteral("name"), tag->name);
        attr(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (tag->color.isValid())
            attr(QStringLiteral("color"), tag->color.name(QColor::HexRgb).toUpper());
        if (!tag->description.isEmpty())
            textElement(QStringLiteral("Description"), tag->description);
        if (depth < 64) { // corrupt parent links must not recurse forever
            for (const Tag *child : lookup.children(tag->id))
                code(child, depth + 1);
        }
        xml.writeEndElement();
    }

    void codeBook()
    {
        const QList<const Tag *> roots = lookup.children(0);
        if (roots.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("CodeBook"));
        xml.writeStartElement(QStringLiteral("Codes"));
        for (const Tag *t : roots)
            code(t, 0);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    void variables()
    {
        xml.writeStartElement(QStringLiteral("Variables"));
        const std::pair<QString, QString> vars[] = { { QdpxExporter::outletVariable(), QStringLiteral("Text") },
            { QdpxExporter::authorVariable(), QStringLiteral("Text") },
            { QdpxExporter::publishedVariable(), QStringLiteral("Date") },
            { QdpxExporter::formatVariable(), QStringLiteral("Text") },
            { QdpxExporter::fileVariable(), QStringLiteral("Text") } };
        for (const auto &[name, type] : vars) {
            xml.writeEmptyElement(QStringLiteral("Variable"));
            attr(QStringLiteral("guid"), variableGuid(name));
            attr(QStringLiteral("name"), name);
            attr(QStringLiteral("typeOfVariable"), type);
        }
        xml.writeEndElement();
    }

    void variableValue(const QString &variable, const QString &element, const QString &value)
    {
        if (value.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("VariableValue"));
        xml.writeEmptyElement(QStringLiteral("VariableRef"));
        attr(QStringLiteral("targetGUID"), variableGuid(variable));
        textElement(element, value);
        xml.writeEndElement();
    }

    void selection(const Span &span, const CodePoints &cp, const QString &text)
    {
        const qint64 start = qBound<qint64>(0, span.start, cp.size());
        const qint64 end = qBound<qint64>(start, span.end, cp.size());
        const QString user = userGuid(lookup.authorOf(span));
        xml.writeStartElement(QStringLiteral("PlainTextSelection"));
        attr(QStringLiteral("guid"), ExportGuids::text(guids.span(span.id)));
        attr(QStringLiteral("name"), excerpt(cp.mid(text, start, end)));
        attr(QStringLiteral("startPosition"), QString::number(start));
        attr(QStringLiteral("endPosition"), QString::number(end));
        optionalAttribute(QStringLiteral("creatingUser"), user);
        if (span.created.isValid())
            attr(QStringLiteral("creationDateTime"), dateTime(span.created));
        optionalAttribute(QStringLiteral("modifyingUser"), user);
        if (span.modified.isValid())
            attr(QStringLiteral("modifiedDateTime"), dateTime(span.modified));
        for (qint64 tagId : span.tagIds) {
            if (!lookup.tag(tagId))
                continue;
            xml.writeStartElement(QStringLiteral("Coding"));
            attr(QStringLiteral("guid"), ExportGuids::text(guids.coding(span.id, tagId)));
            optionalAttribute(QStringLiteral("creatingUser"), user);
            if (span.created.isValid())
                attr(QStringLiteral("creationDateTime"), dateTime(span.created));
            xml.writeEmptyElement(QStringLiteral("CodeRef"));
            attr(QStringLiteral("targetGUID"), ExportGuids::text(guids.tag(tagId)));
            xml.writeEndElement();
        }
        if (!span.note.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("NoteRef"));
            attr(QStringLiteral("targetGUID"), ExportGuids::text(guids.spanNote(span.id)));
        }
        xml.writeEndElement();
    }

    void source(const ExportArticle &a)
    {
        const Article &art = a.article;
        const CodePoints cp(art.text);
        const QString guid = ExportGuids::text(guids.article(art.id));
        xml.writeStartElement(QStringLiteral("TextSource"));
        attr(QStringLiteral("guid"), guid);
        attr(QStringLiteral("name"), QdpxExporter::sourceName(art));
        attr(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(guid));
        optionalAttribute(QStringLiteral("creatingUser"), userGuid(bundle.author));
        if (art.imported.isValid())
            attr(QStringLiteral("creationDateTime"), dateTime(art.imported));
        if (art.changed.isValid())
            attr(QStringLiteral("modifiedDateTime"), dateTime(art.changed));
        for (const Span &s : a.spans)
            selection(s, cp, art.text);
        variableValue(QdpxExporter::outletVariable(), QStringLiteral("TextValue"), art.outlet);
        variableValue(QdpxExporter::authorVariable(), QStringLiteral("TextValue"), art.author);
        if (art.published.isValid())
            variableValue(
                QdpxExporter::publishedVariable(), QStringLiteral("DateValue"), art.published.toString(Qt::ISODate));
        variableValue(QdpxExporter::formatVariable(), QStringLiteral("TextValue"), formatName(art.format));
        variableValue(QdpxExporter::fileVariable(), QStringLiteral("TextValue"), art.path);
        xml.writeEndElement();
    }

    void notes()
    {
        bool any = false;
        for (const ExportArticle &a : bundle.articles) {
            const CodePoints cp(a.article.text);
            for (const Span &s : a.spans) {
                if (s.note.isEmpty())
                    continue;
                if (!any)
                    xml.writeStartElement(QStringLiteral("Notes"));
                any = true;
                const QString user = userGuid(lookup.authorOf(s));
                xml.writeStartElement(QStringLiteral("Note"));
                attr(QStringLiteral("guid"), ExportGuids::text(guids.spanNote(s.id)));
                attr(QStringLiteral("name"), excerpt(s.note));
                optionalAttribute(QStringLiteral("creatingUser"), user);
                if (s.created.isValid())
                    attr(QStringLiteral("creationDateTime"), dateTime(s.created));
                optionalAttribute(QStringLiteral("modifyingUser"), user);
                if (s.modified.isValid())
                    attr(QStringLiteral("modifiedDateTime"), dateTime(s.modified));
                textElement(QStringLiteral("PlainTextContent"), s.note);
                xml.writeEndElement();
            }
        }
        if (any)
            xml.writeEndElement();
    }

    void project()
    {
        xml.writeStartDocument();
        xml.writeDefaultNamespace(kNamespace);
        xml.writeStartElement(kNamespace, QStringLiteral("Project"));
        attr(QStringLiteral("name"), bundle.projectName.isEmpty() ? QStringLiteral("Crossread") : bundle.projectName);
        attr(QStringLiteral("origin"), QStringLiteral("Crossread"));
        optionalAttribute(QStringLiteral("creatingUserGUID"), userGuid(bundle.author));
        attr(QStringLiteral("creationDateTime"), dateTime(QDateTime::currentDateTimeUtc()));
        users();
        codeBook();
        variables();
        if (!bundle.articles.isEmpty()) {
            xml.writeStartElement(QStringLiteral("Sources"));
            for (const ExportArticle &a : bundle.articles)
                source(a);
            xml.writeEndElement();
        }
        notes();
        xml.writeEndElement();
        xml.writeEndDocument();
    }
};

} // namespace

QString QdpxExporter::sourceName(const Article &article)
{
    if (!article.title.isEmpty())
        return article.title;
    if (!article.path.isEmpty())
        return article.path.section(QLatin1Char('/'), -1);
    return QStringLiteral("Article %1").arg(article.id);
}

QByteArray QdpxExporter::projectXml(const ExportBundle &bundle) const
{
    QByteArray out;
    Writer w(bundle, &out);
    w.project();
    return out;
}

ExportResult QdpxExporter::exportTo(
    const ExportBundle &bundle, const QString &path, const ExportProgress &progress) const
{
    const int total = int(bundle.articles.size()) + 1;
    if (progress && !progress(0, total))
        return ExportResult::cancel();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    ZipWriter zip(&file);
    if (!zip.addFile(QStringLiteral("project.qde"), projectXml(bundle)))
        return ExportResult::failure(zip.errorString());
    const ExportGuids guids(bundle.projectName);
    for (int i = 0; i < bundle.articles.size(); ++i) {
        const Article &a = bundle.articles[i].article;
        const QString name = QStringLiteral("Sources/%1.txt").arg(ExportGuids::text(guids.article(a.id)));
        if (!zip.addFile(name, a.text.toUtf8()))
            return ExportResult::failure(zip.errorString());
        if (progress && !progress(i + 1, total)) {
            file.cancelWriting();
            return ExportResult::cancel();
        }
    }
    if (!zip.finish())
        return ExportResult::failure(zip.errorString());
    if (!file.commit())
        return ExportResult::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (progress)
        progress(total, total);
    ExportResult r;
    r.ok = true;
    r.files << path;
    return r;
}

} // namespace crossread
