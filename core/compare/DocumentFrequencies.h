#pragma once
// How many documents of a collection (a project's articles) use each term, for IDF weights that
// know what is common in the analyst's sources: "model" is everywhere in AI news, "Avocado" is
// not. Terms are those of ProseTerms, so the weights fit the comparison.
#include "compare/SimilarityOptions.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace crossread {

class DocumentFrequencies
{
public:
    DocumentFrequencies() = default;
    static DocumentFrequencies fromTexts(const QList<QString> &texts, const SimilarityOptions &options = {});
    // From the term hashes (ClaimTerms) of a sample of a project's indexed sentences: each
    // sentence counts as a document.
    static DocumentFrequencies fromTermHashes(const QList<std::vector<quint32>> &sentences);

    int documents() const { return m_documents; }
    int frequency(const QString &term) const;
    bool isEmpty() const { return m_documents == 0; }

private:
    int m_documents = 0;
    QHash<QString, int> m_frequency;
    QHash<quint32, int> m_hashed; // by ClaimTerms::hash of the term, when built from hashes
    bool m_byHash = false;
};

} // namespace crossread
