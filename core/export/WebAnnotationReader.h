#pragma once
// Reads W3C Web Annotations (JSON-LD) as our exporter, Hypothesis and other W3C producers write
// them: an AnnotationCollection, an AnnotationPage, an array or a single Annotation (and a
// Hypothesis API search result). The file is untrusted: it is size- and depth-limited before it
// is parsed, and an annotation with fields of the wrong type is skipped with a warning naming it.
#include "anchor/SpanSelectors.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace crossread {

struct WebAnnotation
{
    QString id; // the annotation's IRI, or "#N" (its place in the file) without one
    QString source; // target.source: the IRI of the annotated document
    QString title; // the document's title where the producer gives one (Hypothesis: document.title)
    SpanSelectors selectors;
    bool hasPosition = false; // a TextPositionSelector was given
    QStringList tags; // bodies with purpose "tagging": tag paths, "Parent / Child"
    QStringList notes; // the other textual bodies (commenting, describing, no purpose)
    QString creator;
    QDateTime created;
    QDateTime modified;
};

class WebAnnotationReader
{
public:
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    static constexpr int kMaxDepth = 64; // JSON nesting: our files need 7
    static constexpr int kMaxAnnotations = 100000;
    static constexpr qsizetype kMaxQuote = 1024 * 1024; // code units of one selector's text
    static constexpr int kMaxPages = 10000; // embedded AnnotationPages followed through "next"

    // Null with errorString() when the file as a whole is unusable (unreadable, too large, not
    // JSON, too deep, no annotations in it); annotations it skipped are in warnings().
    std::optional<QList<WebAnnotation>> readFile(const QString &path);
    std::optional<QList<WebAnnotation>> read(const QByteArray &json);

    QString errorString() const { return m_error; }
    QStringList warnings() const { return m_warnings; }

    // The tag separator of our exporter's paths.
    static QString tagSeparator() { return QStringLiteral(" / "); }

private:
    bool collect(const QJsonValue &value, QList<WebAnnotation> *out, int level);
    bool collectPage(const QJsonObject &page, QList<WebAnnotation> *out, int level);
    std::optional<WebAnnotation> annotation(const QJsonObject &object, const QString &fallbackId);
    bool readTarget(const QJsonValue &target, WebAnnotation *a, const QString &what);
    bool readSelectors(const QJsonValue &selectors, WebAnnotation *a, const QString &what);
    bool readBodies(const QJsonValue &bodies, WebAnnotation *a, const QString &what);

    QString m_error;
    QStringList m_warnings;
    int m_seen = 0; // annotations met so far, read or skipped
};

} // namespace crossread
