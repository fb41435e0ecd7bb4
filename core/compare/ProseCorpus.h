#pragma once
// Texts prepared for comparison: tokens, integer token ids from one dictionary shared by all
// documents of the corpus (so ids compare across texts), sentences and each sentence's tokens.
#include "compare/CompareTypes.h"
#include "compare/ProseToken.h"
#include "compare/SentenceSplitter.h"
#include "compare/WordDiff.h"
#include "domain/CodePoints.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace crossread {

struct ProseDocument
{
    QString text;
    CodePoints codePoints;
    QList<ProseToken> tokens;
    std::vector<int> ids; // per token
    QList<SentenceSplitter::Range> sentences; // UTF-16
    std::vector<int> sentenceFirstToken; // per sentence: tokens [first, first + count)
    std::vector<int> sentenceTokenCount;
    int wordCount = 0; // words and figures

    DiffSide side() const;
    DiffSide sentenceSide(int sentence) const;
    DiffSide runSide(int first, int count) const; // sentences [first, first + count), the gaps between included
    Sentence sentence(int index) const; // code point offsets
    QList<Sentence> sentenceList() const;
};

class ProseCorpus
{
public:
    enum Mode { TokensOnly, WithSentences };
    explicit ProseCorpus(Mode mode = WithSentences);
    ~ProseCorpus();
    ProseCorpus(const ProseCorpus &) = delete;
    ProseCorpus &operator=(const ProseCorpus &) = delete;

    int add(const QString &text); // returns the document index
    // Several texts at once, read in parallel where that pays; returns their document indices.
    QList<int> addAll(const QList<QString> &texts);
    int count() const { return int(m_documents.size()); }
    const ProseDocument &document(int index) const { return *m_documents[size_t(index)]; }

    int idCount() const { return int(m_idTexts.size()); }
    QStringView idText(int id) const { return m_idTexts[size_t(id)]; }
    // The token an id was first seen as (its kind and figure value).
    const ProseToken &idToken(int id) const { return m_idTokens[size_t(id)]; }

private:
    static constexpr qsizetype kParallelSize = 50000; // characters; below, a thread costs more than it saves
    static std::unique_ptr<ProseDocument> prepare(const QString &text, Mode mode);
    int adopt(std::unique_ptr<ProseDocument> doc);

    Mode m_mode;
    std::vector<std::unique_ptr<ProseDocument>> m_documents; // stable addresses: ids view their text
    QHash<QStringView, int> m_ids;
    std::vector<QStringView> m_idTexts;
    std::vector<ProseToken> m_idTokens;
    std::vector<QString> m_normalized; // keys of oddly spaced figures and line-broken words (views stay valid on move)
};

} // namespace crossread
