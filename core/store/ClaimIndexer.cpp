#include "store/ClaimIndexer.h"

#include "compare/ComparableText.h"
#include "store/ArticleStore.h"
#include "store/ClaimIndex.h"
#include "store/Database.h"

#include <QtConcurrent/QtConcurrentMap>

namespace crossread {

namespace {

struct Indexed
{
    qint64 id = 0;
    QByteArray hash; // of the text the terms were read from
    QList<TermSentence> sentences;
};

} // namespace

bool ClaimIndexer::run(int batchSize)
{
    ClaimIndex index(m_db);
    ArticleStore articles(m_db);
    const qint64 total = index.staleCount();
    qint64 done = 0;
    if (m_progress)
        m_progress(0, total);
    QList<qint64> skipped; // changed while their terms were read: the next pass takes them
    while (!(m_cancel && m_cancel->load())) {
        QList<qint64> ids = index.staleArticles(batchSize + int(skipped.size()));
        ids.removeIf([&](qint64 id) { return skipped.contains(id); });
        if (ids.isEmpty())
            break;
        QList<Indexed> batch;
        QHash<qint64, QString> texts;
        for (qint64 id : std::as_const(ids)) {
            bool found = false;
            const Article a = articles.article(id, &found);
            if (!found)
                continue;
            batch.append({ id, a.contentHash, {} });
            texts.insert(id, comparableText(a));
        }
        // The database is read on this thread only; the workers get the texts.
        QtConcurrent::blockingMap(batch, [&texts](Indexed &b) { b.sentences = ClaimTerms::of(texts.value(b.id)); });

        Transaction tx(m_db);
        if (!tx.isActive()) {
            m_error = m_db.error();
            return false;
        }
        for (const Indexed &b : std::as_const(batch)) {
            bool found = false;
            const QByteArray hash = articles.contentHash(b.id, &found);
            if (!found)
                continue; // removed meanwhile
            if (hash != b.hash) { // re-imported meanwhile, and indexed by that import
                skipped << b.id;
                continue;
            }
            if (!index.indexArticle(b.id, b.sentences)) {
                m_error = m_db.error();
                return false;
            }
            ++m_indexed;
        }
        if (!tx.commit()) {
            m_error = m_db.error();
            return false;
        }
        done += batch.size();
        if (m_progress)
            m_progress(std::min(done, total), total);
    }
    return true;
}

} // namespace crossread
