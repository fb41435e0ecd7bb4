#include "export/QdpxImporter.h"

#include "domain/CodePoints.h"
#include "export/QdpxExporter.h"
#include "export/QdpxProjectReader.h"
#include "export/ZipReader.h"

#include <QCryptographicHash>
#include <QStringDecoder>

#include <algorithm>

namespace crossread {

namespace {

// Spans store offsets into text with \n line endings; REFI-QDA positions count the file's own
// code points, so a CR LF text needs its positions mapped while it is normalised.
struct NormalisedText
{
    QString text;
    QList<qint64> map; // old code point → new code point; empty when nothing changed

    qint64 position(qint64 old) const
    {
        if (map.isEmpty())
            return old;
        return map.value(qBound<qint64>(0, old, map.size() - 1));
    }
};

NormalisedText normalise(const QString &raw)
{
    NormalisedText n;
    if (!raw.contains(QLatin1Char('\r'))) {
        n.text = raw;
        return n;
    }
    n.text.reserve(raw.size());
    qint64 newPos = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        n.map.append(newPos);
        if (c == QLatin1Char('\r') && i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char('\n'))
            continue; // the \n that follows carries the line break
        if (c.isHighSurrogate() && i + 1 < raw.size() && raw.at(i + 1).isLowSurrogate()) {
            n.text += c;
            n.text += raw.at(++i);
        } else {
            n.text += c == QLatin1Char('\r') ? QLatin1Char('\n') : c;
        }
        ++newPos;
    }
    n.map.append(newPos);
    return n;
}

} // namespace

QColor QdpxImporter::defaultColor(int index)
{
    static const QColor palette[]
        = { QColor(0xE5, 0x73, 0x73), QColor(0x64, 0xB5, 0xF6), QColor(0x81, 0xC7, 0x84), QColor(0xFF, 0xB7, 0x4D),
              QColor(0xBA, 0x68, 0xC8), QColor(0x4D, 0xB6, 0xAC), QColor(0xF0, 0x62, 0x92), QColor(0xA1, 0x88, 0x7F) };
    return palette[index % int(std::size(palette))];
}

std::optional<ExportBundle> QdpxImporter::importFile(const QString &path)
{
    m_error.clear();
    m_warnings.clear();
    ZipReader zip;
    if (!zip.open(path)) {
        m_error = zip.errorString();
        return std::nullopt;
    }
    return importArchive(zip);
}

std::optional<ExportBundle> QdpxImporter::importDevice(QIODevice *device)
{
    m_error.clear();
    m_warnings.clear();
    ZipReader zip;
    if (!zip.open(device)) {
        m_error = zip.errorString();
        return std::nullopt;
    }
    return importArchive(zip);
}

std::optional<ExportBundle> QdpxImporter::importArchive(ZipReader &zip)
{
    const int qde = zip.indexOf(QStringLiteral("project.qde"), Qt::CaseInsensitive);
    if (qde < 0) {
        m_error = QStringLiteral("not a REFI-QDA project: project.qde is missing");
        return std::nullopt;
    }
    const std::optional<QByteArray> xml = zip.read(qde);
    if (!xml) {
        m_error = zip.errorString();
        return std::nullopt;
    }
    const std::optional<QdpxProject> project = QdpxProjectReader::read(*xml, &m_error);
    if (!project)
        return std::nullopt;
    m_warnings << project->warnings;
    ExportBundle bundle = build(*project, zip);
    if (!m_error.isEmpty())
        return std::nullopt;
    return bundle;
}

std::optional<QString> QdpxImporter::internalText(ZipReader &zip, const QString &url, const QString &what)
{
    const QString prefix = QStringLiteral("internal://");
    if (!url.startsWith(prefix, Qt::CaseInsensitive)) {
        m_warnings << QStringLiteral("%1 was skipped: its text is outside the project (%2)").arg(what, url);
        return std::nullopt;
    }
    const QString file = url.mid(prefix.size());
    int index = zip.indexOf(QStringLiteral("sources/") + file, Qt::CaseInsensitive);
    if (index < 0)
        index = zip.indexOf(file, Qt::CaseInsensitive);
    if (index < 0) {
        m_warnings << QStringLiteral("%1 was skipped: %2 is missing from the project").arg(what, file);
        return std::nullopt;
    }
    const std::optional<QByteArray> bytes = zip.read(index);
    if (!bytes) {
        m_error = zip.errorString(); // a corrupt entry spoils the whole archive
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(*bytes);
    if (decoder.hasError())
        m_warnings << QStringLiteral("%1 is not valid UTF-8; invalid bytes were replaced").arg(what);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

ExportBundle QdpxImporter::build(const QdpxProject &project, ZipReader &zip)
{
    ExportBundle bundle;
    bundle.projectName = project.name;
    bundle.author = project.users.value(project.creatingUser);

    QHash<QString, qint64> tagIds;
    for (const QdpxCode &c : project.codes) {
        Tag t;
        t.id = bundle.tags.size() + 1;
        t.parentId = tagIds.value(c.parentGuid, 0);
        t.name = c.name;
        t.description = c.description;
        t.color = QColor(c.color);
        if (!t.color.isValid())
            t.color = defaultColor(int(bundle.tags.size()));
        t.position = c.position;
        tagIds.insert(c.guid, t.id);
        bundle.tags.append(t);
    }

    QHash<QString, QString> variables; // name → GUID
    for (auto it = project.variableNames.cbegin(); it != project.variableNames.cend(); ++it)
        variables.insert(it.value(), it.key());
    const auto variable
        = [&](const QdpxSource &s, const QString &name) { return s.variableValues.value(variables.value(name)); };

    qint64 nextSpanId = 1;
    for (const QdpxSource &s : project.sources) {
        const QString what = QStringLiteral("source \"%1\"").arg(s.name);
        std::optional<QString> raw;
        if (s.hasContent)
            raw = s.plainTextContent;
        else
            raw = internalText(zip, s.plainTextPath, what);
        if (!m_error.isEmpty())
            return {};
        if (!raw)
            continue;
        const NormalisedText text = normalise(*raw);

        ExportArticle a;
        a.article.id = bundle.articles.size() + 1;
        a.article.title = s.name;
        a.article.text = text.text;
        a.article.contentHash = QCryptographicHash::hash(raw->toUtf8(), QCryptographicHash::Sha256).toHex();
        a.article.outlet = variable(s, QdpxExporter::outletVariable());
        a.article.author = variable(s, QdpxExporter::authorVariable());
        a.article.published = QDate::fromString(variable(s, QdpxExporter::publishedVariable()), Qt::ISODate);
        a.article.path = variable(s, QdpxExporter::fileVariable());
        const QString format = variable(s, QdpxExporter::formatVariable());
        // The PDF itself is not in the bundle, only its text, so it is imported as text.
        a.article.format
            = format.isEmpty() || format == QLatin1String("pdf") ? ArticleFormat::Text : formatFromName(format);
        a.article.imported = s.created;
        a.article.changed = s.modified;

        const CodePoints cp(a.article.text);
        const auto tagsOf = [&](const QStringList &guids) {
            QList<qint64> ids;
            for (const QString &g : guids) {
                if (const qint64 id = tagIds.value(g); id && !ids.contains(id))
                    ids << id;
                else if (!id)
                    m_warnings << QStringLiteral("a coding in %1 refers to an unknown code %2").arg(what, g);
            }
            return ids;
        };
        for (const QdpxSelection &sel : s.selections) {
            bool okStart = false, okEnd = false;
            const qint64 start = text.position(sel.start.toLongLong(&okStart));
            const qint64 end = text.position(sel.end.toLongLong(&okEnd));
            if (!okStart || !okEnd || start < 0 || end < start || end > cp.size()) {
                m_warnings << QStringLiteral("a selection in %1 has invalid positions (%2–%3) and was skipped")
                                  .arg(what, sel.start, sel.end);
                continue;
            }
            Span span;
            span.id = nextSpanId++;
            span.articleId = a.article.id;
            span.start = start;
            span.end = end;
            span.text = cp.mid(a.article.text, start, end);
            span.author = project.users.value(sel.creatingUser);
            span.created = sel.created;
            span.modified = sel.modified.isValid() ? sel.modified : sel.created;
            span.tagIds = tagsOf(sel.codeGuids);
            QStringList notes;
            for (const QString &g : sel.noteGuids) {
                const auto note = project.notes.constFind(g);
                if (note == project.notes.cend()) {
                    m_warnings << QStringLiteral("a selection in %1 refers to an unknown note %2").arg(what, g);
                    continue;
                }
                QString noteText = note->plainTextContent;
                if (noteText.isEmpty() && !note->plainTextPath.isEmpty())
                    noteText = internalText(zip, note->plainTextPath, QStringLiteral("note \"%1\"").arg(note->name))
                                   .value_or(QString());
                if (!m_error.isEmpty())
                    return {};
                if (!noteText.isEmpty())
                    notes << normalise(noteText).text;
            }
            span.note = notes.join(QStringLiteral("\n\n"));
            a.spans.append(span);
        }
        if (!s.wholeSourceCodeGuids.isEmpty()) {
            Span span;
            span.id = nextSpanId++;
            span.articleId = a.article.id;
            span.end = cp.size();
            span.text = a.article.text;
            span.author = project.users.value(s.creatingUser);
            span.created = s.created;
            span.modified = s.modified;
            span.tagIds = tagsOf(s.wholeSourceCodeGuids);
            a.spans.append(span);
        }
        std::stable_sort(a.spans.begin(), a.spans.end(),
            [](const Span &x, const Span &y) { return x.start != y.start ? x.start < y.start : x.end < y.end; });
        bundle.articles.append(a);
    }
    return bundle;
}

} // namespace crossread
