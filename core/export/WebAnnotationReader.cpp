#include "export/WebAnnotationReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace crossread {

namespace {

// The deepest nesting of arrays and objects, counted on the bytes before Qt's parser (whose own
// limit is far deeper) builds anything; stops counting once past `limit`.
int nestingDepth(const QByteArray &json, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

// JSON-LD lets most properties be one value or an array of them.
QJsonArray many(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return QJsonArray { v };
}

bool hasType(const QJsonObject &o, const QString &type)
{
    for (const QJsonValue &t : many(o.value(QStringLiteral("type")))) {
        const QString name = t.toString();
        if (name == type || name == QStringLiteral("oa:") + type)
            return true;
    }
    for (const QJsonValue &t : many(o.value(QStringLiteral("@type")))) {
        if (t.toString() == type || t.toString() == QStringLiteral("oa:") + type)
            return true;
    }
    return false;
}

QString idOf(const QJsonObject &o)
{
    const QJsonValue id
        = o.contains(QStringLiteral("id")) ? o.value(QStringLiteral("id")) : o.value(QStringLiteral("@id"));
    return id.isString() ? id.toString() : QString();
}

QDateTime timeOf(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// A creator is an IRI, a name, or an agent with a name (or nickname); Hypothesis writes
// "acct:alice@hypothes.is".
QString creatorName(const QJsonValue &value)
{
    for (const QJsonValue &v : many(value)) {
        QString name;
        if (v.isString()) {
            name = v.toString();
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (const char *key : { "name", "nickname", "id", "@id" }) {
                if (o.value(QLatin1String(key)).isString()) {
                    name = o.value(QLatin1String(key)).toString();
                    break;
                }
            }
        }
        if (name.startsWith(QLatin1String("acct:"))) {
            name = name.mid(5);
            name = name.left(name.indexOf(QLatin1Char('@')) < 0 ? name.size() : name.indexOf(QLatin1Char('@')));
        } else if (name.startsWith(QLatin1String("mailto:"))) {
            name = name.mid(7);
        }
        name = name.trimmed();
        if (!name.isEmpty())
            return name.left(256);
    }
    return {};
}

} // namespace

std::optional<QList<WebAnnotation>> WebAnnotationReader::readFile(const QString &path)
{
    m_error.clear();
    m_warnings.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        m_error = QStringLiteral("the file is %1 MB, more than the %2 MB an annotation file may have")
                      .arg(file.size() / (1024 * 1024))
                      .arg(kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    return read(file.read(kMaxFileBytes + 1));
}

std::optional<QList<WebAnnotation>> WebAnnotationReader::read(const QByteArray &json)
{
    m_error.clear();
    m_warnings.clear();
    m_seen = 0;
    if (json.size() > kMaxFileBytes) {
        m_error = QStringLiteral("more than %1 MB of JSON").arg(kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    if (nestingDepth(json, kMaxDepth) > kMaxDepth) {
        m_error = QStringLiteral("the JSON is nested deeper than %1 levels").arg(kMaxDepth);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        m_error = QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    QList<WebAnnotation> out;
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    if (!collect(root, &out, 0))
        return std::nullopt;
    if (m_seen == 0) {
        m_error = QStringLiteral("no Web Annotations in it (expected an AnnotationCollection, an AnnotationPage, "
                                 "an Annotation or an array of them)");
        return std::nullopt;
    }
    if (out.isEmpty()) {
        m_error = QStringLiteral("none of its %1 annotations could be read").arg(m_seen);
        return std::nullopt;
    }
    return out;
}

bool WebAnnotationReader::collect(const QJsonValue &value, QList<WebAnnotation> *out, int level)
{
    if (value.isArray()) {
        if (level > 1)
            return true; // arrays of arrays of annotations are no format anyone writes
        for (const QJsonValue &v : value.toArray()) {
            if (!collect(v, out, level + 1))
                return false;
        }
        return true;
    }
    if (!value.isObject())
        return true;
    const QJsonObject o = value.toObject();
    if (hasType(o, QStringLiteral("AnnotationCollection"))) {
        const QJsonValue first = o.value(QStringLiteral("first"));
        if (first.isString()) {
            m_error = QStringLiteral("the collection's pages are elsewhere (%1); only embedded pages can be read")
                          .arg(first.toString().left(200));
            return false;
        }
        return first.isObject() ? collectPage(first.toObject(), out, level) : true;
    }
    if (hasType(o, QStringLiteral("AnnotationPage")))
        return collectPage(o, out, level);
    if (o.value(QStringLiteral("rows")).isArray() && !o.contains(QStringLiteral("target")))
        return collect(o.value(QStringLiteral("rows")), out, level); // a Hypothesis API search result
    if (!hasType(o, QStringLiteral("Annotation")) && !o.contains(QStringLiteral("target")))
        return true;
    if (++m_seen > kMaxAnnotations) {
        m_error = QStringLiteral("more than %1 annotations").arg(kMaxAnnotations);
        return false;
    }
    if (std::optional<WebAnnotation> a = annotation(o, QStringLiteral("#%1").arg(m_seen)))
        out->append(*a);
    return true;
}

bool WebAnnotationReader::collectPage(const QJsonObject &first, QList<WebAnnotation> *out, int level)
{
    QJsonObject page = first;
    for (int pages = 0; pages < kMaxPages; ++pages) {
        const QJsonValue items = page.value(QStringLiteral("items"));
        if (!items.isUndefined() && !items.isArray()) {
            m_error = QStringLiteral("an AnnotationPage's \"items\" is not an array");
            return false;
        }
        for (const QJsonValue &v : items.toArray()) {
            if (!collect(v, out, level + 2))
                return false;
        }
        const QJsonValue next = page.value(QStringLiteral("next"));
        if (!next.isObject())
            return true;
        page = next.toObject();
    }
    m_error = QStringLiteral("more than %1 pages").arg(kMaxPages);
    return false;
}

std::optional<WebAnnotation> WebAnnotationReader::annotation(const QJsonObject &o, const QString &fallbackId)
{
    WebAnnotation a;
    a.id = idOf(o).left(512);
    if (a.id.isEmpty())
        a.id = fallbackId;
    const QString what = QStringLiteral("annotation %1").arg(a.id);
    QJsonValue target = o.value(QStringLiteral("target"));
    if (target.isUndefined()) {
        m_warnings << QStringLiteral("%1 has no target and was skipped").arg(what);
        return std::nullopt;
    }
    if (!readTarget(target, &a, what))
        return std::nullopt;
    if (a.source.isEmpty() && o.value(QStringLiteral("uri")).isString())
        a.source = o.value(QStringLiteral("uri")).toString(); // Hypothesis
    const QJsonValue document = o.value(QStringLiteral("document"));
    if (a.title.isEmpty() && document.isObject()) {
        const QJsonArray titles = many(document.toObject().value(QStringLiteral("title")));
        if (!titles.isEmpty() && titles.first().isString())
            a.title = titles.first().toString().left(1024);
    }
    if (!readBodies(o.value(QStringLiteral("body")), &a, what))
        return std::nullopt;
    if (o.value(QStringLiteral("bodyValue")).isString())
        a.notes << o.value(QStringLiteral("bodyValue")).toString();
    // Hypothesis's own API format: tags and text beside the target.
    for (const QJsonValue &t : many(o.value(QStringLiteral("tags")))) {
        if (t.isString() && !t.toString().trimmed().isEmpty())
            a.tags << t.toString().trimmed();
    }
    if (o.value(QStringLiteral("text")).isString() && !o.value(QStringLiteral("text")).toString().isEmpty())
        a.notes << o.value(QStringLiteral("text")).toString();
    a.creator = creatorName(
        o.contains(QStringLiteral("creator")) ? o.value(QStringLiteral("creator")) : o.value(QStringLiteral("user")));
    a.created = timeOf(o.value(QStringLiteral("created")));
    a.modified = timeOf(o.contains(QStringLiteral("modified")) ? o.value(QStringLiteral("modified"))
                                                               : o.value(QStringLiteral("updated")));
    return a;
}

bool WebAnnotationReader::readTarget(const QJsonValue &target, WebAnnotation *a, const QString &what)
{
    // The first target that selects text; a target that is only an IRI annotates a whole document.
    const QJsonArray targets = many(target);
    for (const QJsonValue &t : targets) {
        if (!t.isObject())
            continue;
        const QJsonObject o = t.toObject();
        if (!o.contains(QStringLiteral("selector")))
            continue;
        const QJsonValue source = o.value(QStringLiteral("source"));
        if (source.isString()) {
            a->source = source.toString();
        } else if (source.isObject()) {
            a->source = idOf(source.toObject());
            const QJsonValue title = source.toObject().value(QStringLiteral("title"));
            if (title.isString())
                a->title = title.toString();
        } else if (!source.isUndefined()) {
            m_warnings
                << QStringLiteral("%1: its target's \"source\" is neither an IRI nor an object; skipped").arg(what);
            return false;
        }
        a->source = a->source.left(4096);
        a->title = a->title.left(1024);
        if (targets.size() > 1)
            m_warnings << QStringLiteral("%1 has %2 targets; only the first that selects text was read")
                              .arg(what)
                              .arg(targets.size());
        return readSelectors(o.value(QStringLiteral("selector")), a, what);
    }
    m_warnings << QStringLiteral("%1 selects no text (a target without a selector) and was skipped").arg(what);
    return false;
}

bool WebAnnotationReader::readSelectors(const QJsonValue &selectors, WebAnnotation *a, const QString &what)
{
    bool hasQuote = false;
    for (const QJsonValue &v : many(selectors)) {
        if (!v.isObject())
            continue;
        const QJsonObject s = v.toObject();
        if (hasType(s, QStringLiteral("TextQuoteSelector")) && !hasQuote) {
            const QJsonValue exact = s.value(QStringLiteral("exact"));
            const QJsonValue prefix = s.value(QStringLiteral("prefix"));
            const QJsonValue suffix = s.value(QStringLiteral("suffix"));
            if (!exact.isString() || !(prefix.isUndefined() || prefix.isString())
                || !(suffix.isUndefined() || suffix.isString())) {
                m_warnings << QStringLiteral("%1: its TextQuoteSelector's exact, prefix or suffix is not text; skipped")
                                  .arg(what);
                return false;
            }
            if (exact.toString().size() > kMaxQuote || prefix.toString().size() > kMaxQuote
                || suffix.toString().size() > kMaxQuote) {
                m_warnings
                    << QStringLiteral("%1: its quote is longer than %2 characters; skipped").arg(what).arg(kMaxQuote);
                return false;
            }
            a->selectors.quote = { exact.toString(), prefix.toString(), suffix.toString() };
            hasQuote = !exact.toString().trimmed().isEmpty();
        } else if (hasType(s, QStringLiteral("TextPositionSelector")) && !a->hasPosition) {
            const QJsonValue start = s.value(QStringLiteral("start"));
            const QJsonValue end = s.value(QStringLiteral("end"));
            const double from = start.toDouble(-1);
            const double to = end.toDouble(-1);
            // Integral, in order, and within what a text can hold (doubles hold integers to 2^53).
            if (!start.isDouble() || !end.isDouble() || from < 0 || to < from || to > 1e12 || from != qint64(from)
                || to != qint64(to)) {
                m_warnings << QStringLiteral("%1: its TextPositionSelector is not two whole numbers, start <= end; "
                                             "the position was ignored")
                                  .arg(what);
                continue;
            }
            a->selectors.position = { qint64(from), qint64(to) };
            a->hasPosition = true;
        }
    }
    if (!hasQuote) {
        // A position alone cannot be checked against the text: it might point at anything.
        m_warnings << QStringLiteral("%1 has no TextQuoteSelector with text; skipped").arg(what);
        return false;
    }
    return true;
}

bool WebAnnotationReader::readBodies(const QJsonValue &bodies, WebAnnotation *a, const QString &what)
{
    for (const QJsonValue &v : many(bodies)) {
        if (v.isString())
            continue; // an IRI of a body elsewhere: nothing to read here
        if (!v.isObject()) {
            m_warnings << QStringLiteral("%1: a body is neither an object nor an IRI; the body was ignored").arg(what);
            continue;
        }
        const QJsonObject b = v.toObject();
        const QJsonValue value = b.contains(QStringLiteral("value")) ? b.value(QStringLiteral("value"))
                                                                     : b.value(QStringLiteral("rdf:value"));
        if (!value.isString()) {
            if (!value.isUndefined())
                m_warnings << QStringLiteral("%1: a body's value is not text; the body was ignored").arg(what);
            continue;
        }
        const QString text = value.toString().left(kMaxQuote);
        bool tagging = false;
        for (const QJsonValue &p : many(b.value(QStringLiteral("purpose"))))
            tagging
                = tagging || p.toString() == QLatin1String("tagging") || p.toString() == QLatin1String("oa:tagging");
        if (tagging) {
            if (!text.trimmed().isEmpty())
                a->tags << text.trimmed();
        } else if (!text.isEmpty()) {
            a->notes << text;
        }
    }
    return true;
}

} // namespace crossread
