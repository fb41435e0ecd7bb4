#include "store/ProjectImporter.h"

#include "compare/ClaimTerms.h"
#include "compare/ComparableText.h"
#include "import/ArticleImporter.h"
#include "import/FileReader.h"
#include "import/FolderScanner.h"
#include "store/ArticleReviser.h"
#include "store/ArticleStore.h"
#include "store/ClaimIndex.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QObject>
#include <QtConcurrent/QtConcurrentMap>

namespace crossread {

namespace {

struct Job
{
    QString path; // as shown and stored
    QByteArray nativePath; // as the file system names it
    QByteArray knownHash; // empty for a new path
};

struct Outcome
{
    QString path;
    bool unchanged = false;
    ImportFileResult result;
    QList<TermSentence> sentences; // for the sentence index
};

Outcome processFile(const Job &job)
{
    Outcome out;
    out.path = job.path;
    const FileReader::Result file = FileReader::read(job.nativePath, ArticleImporter::MaxFileSize);
    if (file.status != FileReader::Status::Read) {
        out.result.outcome = file.status == FileReader::Status::Failed ? ImportOutcome::Failed : ImportOutcome::Skipped;
        out.result.reason = file.reason;
        return out;
    }
    if (!job.knownHash.isEmpty()
        && QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex() == job.knownHash) {
        out.unchanged = true;
        return out;
    }
    out.result = ArticleImporter::importData(job.path, file.bytes);
    if (out.result.outcome == ImportOutcome::Imported)
        out.sentences = ClaimTerms::of(comparableText(out.result.document.text, out.result.document.boilerplate));
    return out;
}

Article toArticle(const ImportedDocument &doc)
{
    Article a;
    a.path = doc.path;
    a.contentHash = doc.contentHash;
    a.title = doc.title;
    a.outlet = doc.outlet;
    a.author = doc.author;
    a.published = doc.published;
    a.text = doc.text;
    a.format = doc.format;
    a.boilerplate = doc.boilerplate;
    return a;
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonArray skippedJson, failedJson, orphansJson, notesJson;
    for (const Entry &e : skipped)
        skippedJson.append(QJsonObject { { QStringLiteral("path"), e.path }, { QStringLiteral("reason"), e.reason } });
    for (const Entry &e : notes)
        notesJson.append(QJsonObject { { QStringLiteral("path"), e.path }, { QStringLiteral("note"), e.reason } });
    for (const Entry &e : failed)
        failedJson.append(QJsonObject { { QStringLiteral("path"), e.path }, { QStringLiteral("error"), e.reason } });
    for (const Orphan &o : orphans) {
        QJsonArray candidates;
        for (const AnchorCandidate &c : o.candidates)
            candidates.append(
                QJsonObject { { QStringLiteral("start"), c.range.start }, { QStringLiteral("end"), c.range.end },
                    { QStringLiteral("text"), c.text }, { QStringLiteral("confidence"), c.confidence } });
        orphansJson.append(QJsonObject { { QStringLiteral("article"), o.articleId },
            { QStringLiteral("span"), o.spanId }, { QStringLiteral("path"), o.path },
            { QStringLiteral("text"), o.text }, { QStringLiteral("candidates"), candidates } });
    }
    QJsonObject o { { QStringLiteral("imported"), imported }, { QStringLiteral("updated"), updated },
        { QStringLiteral("unchanged"), unchanged }, { QStringLiteral("versions"), versions },
        { QStringLiteral("reanchored"),
            QJsonObject { { QStringLiteral("exact"), exact }, { QStringLiteral("relocated"), relocated },
                { QStringLiteral("fuzzy"), fuzzy }, { QStringLiteral("orphan"), orphans.size() } } },
        { QStringLiteral("skipped"), skippedJson }, { QStringLiteral("failed"), failedJson },
        { QStringLiteral("orphans"), orphansJson }, { QStringLiteral("notes"), notesJson } };
    if (cancelled)
        o.insert(QStringLiteral("cancelled"), true);
    return o;
}

ProjectImporter::ProjectImporter(const QString &projectPath)
    : m_projectPath(projectPath)
{ }

ImportReport ProjectImporter::run(const QStringList &paths)
{
    ImportReport report;
    Database db;
    if (!db.open(m_projectPath, Database::OpenMode::CreateIfMissing)) {
        report.error = db.error();
        return report;
    }
    ArticleStore articles(db);
    ClaimIndex claims(db);

    QStringList files;
    QHash<QString, QByteArray> nativePaths; // of names that are not valid UTF-8
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            const FolderScanner::ScanResult scan = FolderScanner::scan(p);
            files += scan.files;
            nativePaths.insert(scan.nativePaths);
            for (const auto &s : scan.skipped)
                report.skipped.append(ImportReport::Entry { s.first, s.second });
            for (const auto &r : scan.renamed)
                report.notes.append(ImportReport::Entry { r.first, r.second });
        } else if (info.exists()) {
            files << info.absoluteFilePath();
        } else {
            report.failed.append({ p, QObject::tr("no such file or folder") });
        }
    }
    files.removeDuplicates();

    QHash<QString, ArticleStore::Known> known;
    QHash<QByteArray, QString> pathByHash;
    qint64 seenVersion = -2;
    // What the project holds, read again whenever another process has committed since.
    auto refreshKnown = [&] {
        const qint64 version = db.dataVersion();
        if (version == seenVersion)
            return;
        seenVersion = version;
        known = articles.knownFiles();
        pathByHash.clear();
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            pathByHash.insert(it.value().hash, it.key());
    };
    refreshKnown();

    const int total = int(files.size());
    int done = 0;
    if (m_progress)
        m_progress(0, total, QString());
    for (int from = 0; from < total; from += m_batchSize) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            break;
        }
        QList<Job> jobs;
        for (int i = from; i < std::min(total, from + m_batchSize); ++i)
            jobs.append(Job { files.at(i), nativePaths.value(files.at(i), QFile::encodeName(files.at(i))),
                known.value(files.at(i)).hash });
        // Reading and parsing run on every core; writing stays on this connection.
        const QList<Outcome> outcomes = QtConcurrent::blockingMapped(jobs, processFile);

        Transaction tx(db);
        if (!tx.isActive()) {
            report.error = db.error();
            return report;
        }
        refreshKnown(); // under the write lock: another import may have added these files
        ImportReport batch;
        for (const Outcome &o : outcomes) {
            if (o.unchanged) {
                ++batch.unchanged;
                continue;
            }
            if (o.result.outcome == ImportOutcome::Skipped) {
                batch.skipped.append({ o.path, o.result.reason });
                continue;
            }
            if (o.result.outcome == ImportOutcome::Failed) {
                batch.failed.append({ o.path, o.result.reason });
                continue;
            }
            const ImportedDocument &doc = o.result.document;
            Article article = toArticle(doc);
            const auto existing = known.constFind(o.path);
            if (existing != known.cend() && existing->hash == doc.contentHash) {
                ++batch.unchanged; // another import stored this very file meanwhile
                continue;
            }
            if (existing != known.cend()) {
                article.id = existing->id;
                ++batch.updated;
                if (article.text == articles.text(article.id)) {
                    // Another file for the same text (new bytes, same words): no new version.
                    if (!articles.update(article, doc.glyphs) || !claims.indexArticle(article.id, o.sentences)) {
                        report.error = db.error();
                        return report;
                    }
                    continue;
                }
                RevisionOutcome revision;
                if (!ArticleReviser(db).revise(article, doc.glyphs, &revision)
                    || !claims.indexArticle(article.id, o.sentences)) {
                    report.error = db.error();
                    return report;
                }
                ++batch.versions;
                batch.exact += revision.exact;
                batch.relocated += revision.relocated;
                batch.fuzzy += revision.fuzzy;
                for (const OrphanedSpan &o : revision.orphans)
                    batch.orphans.append({ article.id, o.span.id, article.path, o.span.text, o.candidates });
                continue;
            }
            const QString samePath = pathByHash.value(doc.contentHash);
            if (!samePath.isEmpty()) {
                if (QFileInfo::exists(samePath)) {
                    batch.skipped.append({ o.path, QObject::tr("same content as %1").arg(samePath) });
                } else {
                    // The file was moved or renamed: follow it, keep its spans.
                    const qint64 id = known.value(samePath).id;
                    if (!articles.updatePath(id, o.path)) {
                        report.error = db.error();
                        return report;
                    }
                    known.remove(samePath);
                    known.insert(o.path, { id, doc.contentHash });
                    pathByHash.insert(doc.contentHash, o.path);
                    ++batch.unchanged;
                }
                continue;
            }
            if (!articles.insert(article, doc.glyphs) || !claims.indexArticle(article.id, o.sentences)) {
                report.error = db.error();
                return report;
            }
            known.insert(o.path, { article.id, doc.contentHash });
            pathByHash.insert(doc.contentHash, o.path);
            ++batch.imported;
        }
        if (!tx.commit()) {
            report.error = db.error();
            return report;
        }
        report.imported += batch.imported;
        report.updated += batch.updated;
        report.unchanged += batch.unchanged;
        report.skipped += batch.skipped;
        report.failed += batch.failed;
        report.versions += batch.versions;
        report.exact += batch.exact;
        report.relocated += batch.relocated;
        report.fuzzy += batch.fuzzy;
        report.orphans += batch.orphans;
        done += int(jobs.size());
        if (m_progress)
            m_progress(done, total, jobs.last().path);
    }
    return report;
}

} // namespace crossread
