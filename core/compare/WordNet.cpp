#include "compare/WordNet.h"

#include <QDir>
#include <QTextStream>

#include <atomic>
#include <cstring>
#include <mutex>

namespace crossread {

struct WordNet::Index
{
    QFile file;
    const char *data = nullptr;
    qint64 size = 0;
    qint64 firstEntry = 0; // the licence text at the top starts with spaces
    // Where each entry's line starts: built once, on the first lookup, so that bisection
    // compares keys without hunting for line starts.
    std::vector<quint32> lines;
    std::once_flag linesBuilt;
    std::atomic<bool> ready { false }; // lines built: later lookups skip call_once's own cost
};

namespace {

const char *const kIndexFiles[] = { "index.noun", "index.verb", "index.adj", "index.adv" };
const char *const kExceptionFiles[] = { "noun.exc", "verb.exc", "adj.exc" };

// WordNet's morphy detachment rules per part of speech: suffix -> replacement.
struct Rule
{
    const char *suffix;
    const char *ending;
};
const Rule kNounRules[] = { { "s", "" }, { "ses", "s" }, { "xes", "x" }, { "zes", "z" }, { "ches", "ch" },
    { "shes", "sh" }, { "men", "man" }, { "ies", "y" } };
const Rule kVerbRules[] = { { "s", "" }, { "ies", "y" }, { "es", "e" }, { "es", "" }, { "ed", "e" }, { "ed", "" },
    { "ing", "e" }, { "ing", "" } };
const Rule kAdjectiveRules[] = { { "er", "" }, { "est", "" }, { "er", "e" }, { "est", "e" } };

} // namespace

WordNet::WordNet(const QString &folder)
{
    const QDir dir(folder);
    bool all = true;
    for (int p = 0; p < 4; ++p) {
        auto index = std::make_unique<Index>();
        index->file.setFileName(dir.filePath(QLatin1String(kIndexFiles[p])));
        if (index->file.open(QIODevice::ReadOnly) && index->file.size() > 0) {
            index->size = index->file.size();
            index->data = reinterpret_cast<const char *>(index->file.map(0, index->size));
        }
        if (!index->data) {
            all = false;
            continue;
        }
        qint64 at = 0;
        while (at < index->size && index->data[at] == ' ') {
            const void *nl = std::memchr(index->data + at, '\n', size_t(index->size - at));
            at = nl ? static_cast<const char *>(nl) - index->data + 1 : index->size;
        }
        index->firstEntry = at;
        m_index[size_t(p)] = std::move(index);
    }
    m_available = all;
    if (!m_available)
        return;
    for (int p = 0; p < 3; ++p) {
        QFile f(dir.filePath(QLatin1String(kExceptionFiles[p])));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        // "went go", "mice mouse": an inflected form, a space, its base forms.
        const QByteArray all = f.readAll();
        QHash<QByteArray, QByteArray> &exceptions = m_exceptions[size_t(p)];
        exceptions.reserve(all.count('\n'));
        for (qsizetype at = 0; at < all.size();) {
            qsizetype end = all.indexOf('\n', at);
            if (end < 0)
                end = all.size();
            const QByteArrayView line = QByteArrayView(all).sliced(at, end - at).trimmed();
            const qsizetype space = line.indexOf(' ');
            if (space > 0)
                exceptions.insert(line.first(space).toByteArray(), line.sliced(space + 1).toByteArray());
            at = end + 1;
        }
    }
}

WordNet::~WordNet() = default;

const WordNet &WordNet::system()
{
    static const WordNet instance(qEnvironmentVariableIsSet("CROSSREAD_WORDNET_DIR")
            ? qEnvironmentVariable("CROSSREAD_WORDNET_DIR")
            : QStringLiteral("/usr/share/wordnet"));
    return instance;
}

// The index line of a lemma, by bisection over the sorted file (byte order, as WordNet sorts).
QByteArrayView WordNet::indexLine(Pos pos, QByteArrayView lemma) const
{
    Index *index = m_index[size_t(pos)].get();
    if (!index || lemma.isEmpty())
        return {};
    if (!index->ready.load(std::memory_order_acquire)) {
        std::call_once(index->linesBuilt, [index] {
            for (qint64 at = index->firstEntry; at < index->size;) {
                index->lines.push_back(quint32(at));
                const void *nl = std::memchr(index->data + at, '\n', size_t(index->size - at));
                at = nl ? static_cast<const char *>(nl) - index->data + 1 : index->size;
            }
            index->ready.store(true, std::memory_order_release);
        });
    }
    const char *data = index->data;
    const auto lineAt = [&](size_t i) {
        const qint64 start = index->lines[i];
        const qint64 end = i + 1 < index->lines.size() ? qint64(index->lines[i + 1]) - 1 : index->size;
        return QByteArrayView(data + start, end - start);
    };
    size_t lo = 0;
    size_t hi = index->lines.size();
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        const QByteArrayView line = lineAt(mid);
        // The line's key (up to its first space) against the lemma, in one pass: byte order, and
        // a key that is a prefix of the other comes first.
        const qsizetype common = std::min(line.size(), lemma.size());
        qsizetype k = 0;
        while (k < common && line[k] == lemma[k] && line[k] != ' ')
            ++k;
        const bool keyEnds = k == line.size() || line[k] == ' ';
        const bool lemmaEnds = k == lemma.size();
        const int cmp = keyEnds ? (lemmaEnds ? 0 : -1) : lemmaEnds ? 1 : (uchar(line[k]) < uchar(lemma[k]) ? -1 : 1);
        if (cmp == 0)
            return line;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return {};
}

// Where the word may stand in the index of a part of speech: its exception list's base forms,
// itself, then morphy's detachments, as keys (UTF-8, spaces as underscores).
QList<QByteArray> WordNet::baseForms(const QByteArray &word, Pos pos) const
{
    QList<QByteArray> out;
    if (pos != Adverb) {
        const auto it = m_exceptions[size_t(pos)].constFind(word);
        if (it != m_exceptions[size_t(pos)].constEnd())
            for (const QByteArray &base : it->split(' '))
                if (!base.isEmpty())
                    out << base;
    }
    out << word;
    const Rule *rules = nullptr;
    size_t count = 0;
    if (pos == Noun)
        rules = kNounRules, count = std::size(kNounRules);
    else if (pos == Verb)
        rules = kVerbRules, count = std::size(kVerbRules);
    else if (pos == Adjective)
        rules = kAdjectiveRules, count = std::size(kAdjectiveRules);
    for (size_t r = 0; r < count; ++r) {
        const QByteArrayView suffix(rules[r].suffix);
        if (word.size() > suffix.size() + 1 && word.endsWith(suffix))
            out << word.left(word.size() - suffix.size()) + rules[r].ending;
    }
    return out;
}

QList<quint32> WordNet::senses(QStringView lowerWord, int maxSenses) const
{
    QList<quint32> out;
    if (!m_available || lowerWord.isEmpty() || lowerWord.size() > 40)
        return out;
    QByteArray word = lowerWord.toUtf8();
    word.replace(' ', '_');
    for (int p = 0; p < 4; ++p) {
        const Pos pos = Pos(p);
        for (const QByteArray &key : baseForms(word, pos)) {
            const QByteArrayView line = indexLine(pos, key);
            if (line.isEmpty())
                continue;
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            int field = 0;
            int synsets = 0;
            int pointers = 0;
            int taken = 0;
            const auto separates
                = [&line](qsizetype i) { return line[i] == ' ' || line[i] == '\n' || line[i] == '\r'; };
            for (qsizetype i = 0; i < line.size() && taken < maxSenses;) {
                while (i < line.size() && separates(i))
                    ++i;
                qsizetype j = i;
                while (j < line.size() && !separates(j))
                    ++j;
                if (j == i)
                    break;
                const QByteArrayView f = line.sliced(i, j - i);
                if (field == 2)
                    synsets = f.toInt();
                else if (field == 3)
                    pointers = f.toInt();
                else if (field >= 4 + pointers + 2 && field < 4 + pointers + 2 + synsets) {
                    out << ((quint32(p) << 28) | quint32(f.toUInt()));
                    ++taken;
                }
                ++field;
                i = j;
            }
            break; // the first base form found is the word's lemma in this part of speech
        }
    }
    return out;
}

bool WordNet::isLemma(QStringView lowerWord) const
{
    if (!m_available)
        return false;
    QByteArray key = lowerWord.toString().toUtf8();
    key.replace(' ', '_');
    for (int p = 0; p < 4; ++p)
        if (!indexLine(Pos(p), QByteArrayView(key)).isEmpty())
            return true;
    return false;
}

} // namespace crossread
