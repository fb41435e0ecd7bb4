#include "compare/ProseCorpus.h"

#include "compare/ProseTokenizer.h"

namespace crossread {

namespace {

bool hasOddSpacing(QStringView figure)
{
    for (qsizetype i = 0; i < figure.size(); ++i)
        if (figure[i].isSpace() && (figure[i] != u' ' || (i > 0 && figure[i - 1].isSpace())))
            return true;
    return false;
}

} // namespace

DiffSide ProseDocument::side() const
{
    DiffSide s;
    s.text = text;
    s.tokens = tokens.constData();
    s.ids = ids.data();
    s.count = int(tokens.size());
    s.from = 0;
    s.to = text.size();
    s.codePoints = &codePoints;
    return s;
}

DiffSide ProseDocument::sentenceSide(int sentence) const
{
    DiffSide s = side();
    const int first = sentenceFirstToken[size_t(sentence)];
    s.tokens += first;
    s.ids += first;
    s.count = sentenceTokenCount[size_t(sentence)];
    s.from = sentences[sentence].start;
    s.to = sentences[sentence].end;
    if (s.count > 0) // a token never straddles a sentence end, but stay exact if one does
        s.to = std::max(s.to, s.tokens[s.count - 1].end());
    return s;
}

Sentence ProseDocument::sentence(int index) const
{
    const SentenceSplitter::Range &r = sentences[index];
    return { codePoints.fromUtf16(r.start), codePoints.fromUtf16(r.end), text.mid(r.start, r.end - r.start) };
}

QList<Sentence> ProseDocument::sentenceList() const
{
    QList<Sentence> out;
    out.reserve(sentences.size());
    for (int i = 0; i < sentences.size(); ++i)
        out.append(sentence(i));
    return out;
}

ProseCorpus::ProseCorpus(Mode mode)
    : m_mode(mode)
{ }

ProseCorpus::~ProseCorpus() = default;

int ProseCorpus::add(const QString &text)
{
    auto doc = std::make_unique<ProseDocument>();
    doc->text = text;
    doc->codePoints = CodePoints(text);
    doc->tokens = ProseTokenizer().tokenize(doc->text);
    doc->ids.resize(size_t(doc->tokens.size()));
    m_ids.reserve(m_ids.size() + doc->tokens.size() / 8);
    const QStringView view(doc->text);
    for (qsizetype t = 0; t < doc->tokens.size(); ++t) {
        const ProseToken &token = doc->tokens[t];
        if (token.isWordLike())
            ++doc->wordCount;
        QStringView key = view.mid(token.pos, token.len);
        if (token.kind == ProseToken::Figure && hasOddSpacing(key)) {
            // "$29\nbillion" is the same figure as "$29 billion": one id, whitespace aside.
            m_normalized.push_back(key.toString().simplified());
            key = m_normalized.back();
        }
        auto it = m_ids.constFind(key);
        if (it == m_ids.constEnd()) {
            it = m_ids.insert(key, int(m_idTexts.size()));
            m_idTexts.push_back(key);
            m_idTokens.push_back(token);
        }
        doc->ids[size_t(t)] = it.value();
    }
    if (m_mode == WithSentences) {
        doc->sentences = SentenceSplitter().splitUtf16(doc->text);
        doc->sentenceFirstToken.resize(size_t(doc->sentences.size()));
        doc->sentenceTokenCount.resize(size_t(doc->sentences.size()));
        // Sentences cover every non-space character, so each token falls in the sentence where it
        // starts; the skip loop only guards against a token straddling two sentences.
        qsizetype t = 0;
        for (qsizetype s = 0; s < doc->sentences.size(); ++s) {
            const SentenceSplitter::Range &r = doc->sentences[s];
            while (t < doc->tokens.size() && doc->tokens[t].pos < r.start)
                ++t;
            const qsizetype first = t;
            while (t < doc->tokens.size() && doc->tokens[t].pos < r.end)
                ++t;
            doc->sentenceFirstToken[size_t(s)] = int(first);
            doc->sentenceTokenCount[size_t(s)] = int(t - first);
        }
    }
    m_documents.push_back(std::move(doc));
    return int(m_documents.size()) - 1;
}

} // namespace crossread
