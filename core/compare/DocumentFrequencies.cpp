#include "compare/DocumentFrequencies.h"

#include "compare/ClaimTerms.h"
#include "compare/ProseCorpus.h"
#include "compare/ProseTerms.h"

#include <algorithm>
#include <vector>

namespace crossread {

int DocumentFrequencies::frequency(const QString &term) const
{
    return m_byHash ? m_hashed.value(ClaimTerms::hash(term)) : m_frequency.value(term);
}

DocumentFrequencies DocumentFrequencies::fromTermHashes(const QList<std::vector<quint32>> &sentences)
{
    DocumentFrequencies out;
    out.m_byHash = true;
    for (const std::vector<quint32> &terms : sentences) {
        for (quint32 t : terms) // sorted and unique: each term once per sentence
            ++out.m_hashed[t];
        ++out.m_documents;
    }
    return out;
}

DocumentFrequencies DocumentFrequencies::fromTexts(const QList<QString> &texts, const SimilarityOptions &options)
{
    DocumentFrequencies out;
    ProseCorpus corpus(ProseCorpus::TokensOnly);
    QList<int> documents;
    for (const QString &text : texts)
        documents << corpus.add(text);
    ProseTerms terms(corpus, options);
    std::vector<int> found;
    for (int d : documents) {
        found.clear();
        terms.collect(d, 0, int(corpus.document(d).tokens.size()), &found);
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        for (int term : found)
            ++out.m_frequency[terms.key(term)];
        ++out.m_documents;
    }
    return out;
}

} // namespace crossread
