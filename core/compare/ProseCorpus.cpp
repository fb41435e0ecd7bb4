#include "compare/ProseCorpus.h"

#include "compare/ProseTokenizer.h"
#include "compare/WordNet.h"

#include <thread>

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

DiffSide ProseDocument::runSide(int first, int count) const
{
    DiffSide s = sentenceSide(first);
    if (count <= 1)
        return s;
    const DiffSide last = sentenceSide(first + count - 1);
    s.count = int(last.tokens - s.tokens) + last.count;
    s.to = last.to;
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

std::unique_ptr<ProseDocument> ProseCorpus::prepare(const QString &text, Mode mode)
{
    auto doc = std::make_unique<ProseDocument>();
    doc->text = text;
    doc->codePoints = CodePoints(text);
    doc->tokens = ProseTokenizer().tokenize(doc->text);
    if (mode == WithSentences) {
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
    return doc;
}

int ProseCorpus::add(const QString &text)
{
    return adopt(prepare(text, m_mode));
}

QList<int> ProseCorpus::addAll(const QList<QString> &texts)
{
    // Tokens and sentences of each text are independent work: the second text is read on a
    // thread of its own while the first is read here. Ids are then given out in text order.
    std::vector<std::unique_ptr<ProseDocument>> prepared(size_t(texts.size()));
    std::thread helper;
    if (texts.size() == 2 && texts[1].size() > kParallelSize)
        helper = std::thread([&] { prepared[1] = prepare(texts[1], m_mode); });
    for (qsizetype i = 0; i < texts.size(); ++i)
        if (!(i == 1 && helper.joinable()))
            prepared[size_t(i)] = prepare(texts[i], m_mode);
    if (helper.joinable())
        helper.join();
    QList<int> out;
    for (auto &doc : prepared)
        out.append(adopt(std::move(doc)));
    return out;
}

int ProseCorpus::adopt(std::unique_ptr<ProseDocument> doc)
{
    doc->ids.resize(size_t(doc->tokens.size()));
    m_ids.reserve(m_ids.size() + doc->tokens.size() / 8);
    const QStringView view(doc->text);
    for (qsizetype t = 0; t < doc->tokens.size(); ++t) {
        ProseToken &token = doc->tokens[t];
        if (token.isWordLike())
            ++doc->wordCount;
        QStringView key = view.mid(token.pos, token.len);
        if (token.kind == ProseToken::Figure && hasOddSpacing(key)) {
            // "$29\nbillion" is the same figure as "$29 billion": one id, whitespace aside.
            m_normalized.push_back(key.toString().simplified());
            key = m_normalized.back();
            token.normalized = true;
        } else if (token.kind == ProseToken::Word && ProseTokenizer::isLineBroken(key)) {
            // "con-\ntrolled" is "controlled"; a compound the dictionary knows keeps its hyphen.
            const QString hyphenated = ProseTokenizer::joinedWord(key, true);
            const bool compound = WordNet::system().isLemma(ProseTokenizer::foldedWord(hyphenated));
            m_normalized.push_back(compound ? hyphenated : ProseTokenizer::joinedWord(key, false));
            key = m_normalized.back();
            token.normalized = true;
        }
        auto it = m_ids.constFind(key);
        if (it == m_ids.constEnd()) {
            it = m_ids.insert(key, int(m_idTexts.size()));
            m_idTexts.push_back(key);
            m_idTokens.push_back(token);
        }
        doc->ids[size_t(t)] = it.value();
    }
    m_documents.push_back(std::move(doc));
    return int(m_documents.size()) - 1;
}

} // namespace crossread
