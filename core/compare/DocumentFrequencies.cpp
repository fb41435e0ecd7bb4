#include "compare/DocumentFrequencies.h"

#include "compare/ProseCorpus.h"
#include "compare/ProseTerms.h"

#include <algorithm>
#include <vector>

namespace crossread {

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
