#include "export/AnnotationFile.h"

#include "anchor/SpanSelectors.h"
#include "export/ExportBundle.h"
#include "export/QdpxImporter.h"

#include <QFileInfo>

namespace crossread {

bool AnnotationFile::isQdpx(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("qdpx"), Qt::CaseInsensitive) == 0;
}

bool AnnotationFile::read(const QString &path)
{
    m_annotations.clear();
    m_warnings.clear();
    m_error.clear();
    if (isQdpx(path)) {
        QdpxImporter importer;
        const std::optional<ExportBundle> bundle = importer.importFile(path);
        if (!bundle) {
            m_error = importer.errorString();
            return false;
        }
        m_annotations = fromBundle(*bundle);
        m_warnings = importer.warnings();
    } else {
        WebAnnotationReader reader;
        const std::optional<QList<WebAnnotation>> annotations = reader.readFile(path);
        if (!annotations) {
            m_error = reader.errorString();
            return false;
        }
        m_annotations = *annotations;
        m_warnings = reader.warnings();
    }
    return true;
}

QList<WebAnnotation> AnnotationFile::fromBundle(const ExportBundle &bundle)
{
    const QHash<qint64, Tag> tags = bundle.tagsById();
    // "Parent / Child", as the W3C files name tags; a broken parent chain ends the path.
    auto pathOf = [&](qint64 tagId) {
        QStringList names;
        QSet<qint64> seen;
        for (qint64 id = tagId; id != 0 && tags.contains(id) && !seen.contains(id); id = tags.value(id).parentId) {
            seen.insert(id);
            names.prepend(tags.value(id).name);
        }
        return names.join(QLatin1String(" / "));
    };
    QList<WebAnnotation> out;
    for (const ExportArticle &a : bundle.articles) {
        for (const Span &s : a.spans) {
            WebAnnotation w;
            w.id = QStringLiteral("#%1").arg(out.size() + 1);
            w.title = a.article.title;
            w.selectors = SpanSelectors::describe(a.article.text, s.start, s.end);
            w.hasPosition = true;
            for (const qint64 tagId : s.tagIds) {
                const QString path = pathOf(tagId);
                if (!path.isEmpty())
                    w.tags.append(path);
            }
            if (!s.note.isEmpty())
                w.notes.append(s.note);
            w.creator = s.author;
            w.created = s.created;
            w.modified = s.modified;
            out.append(w);
        }
    }
    return out;
}

} // namespace crossread
