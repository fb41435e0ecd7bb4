#include "compare/WordNet.h"

#include <QDir>
#include <QTextStream>

#include <cstring>

namespace crossread {

struct WordNet::Index
{
    QFile file;
    const char *data = nullptr;
    qint64 size = 0;
    qint64 firstEntry = 0; // the licence text at the top starts with spaces
};

namespace {

const char *const kIndexFiles[] = { "index.noun", "index.verb", "index.adj", "index.adv" };
const char *const kExceptionFiles[] = { "noun.exc", "verb.exc", "adj.exc" };

// WordNet's morphy detachment rules per part of speech: suffix -> replacement.
struct Rule
{
    const char16_t *suffix;
    const char16_t *ending;
};
const Rule kNounRules[] = { { u"s", u"" }, { u"ses", u"s" }, { u"xes", u"x" }, { u"zes", u"z" }, { u"ches", u"ch" },
    { u"shes", u"sh" }, { u"men", u"man" }, { u"ies", u"y" } };
const Rule kVerbRules[] = { { u"s", u"" }, { u"ies", u"y" }, { u"es", u"e" }, { u"es", u"" }, { u"ed", u"e" },
    { u"ed", u"" }, { u"ing", u"e" }, { u"ing", u"" } };
const Rule kAdjectiveRules[] = { { u"er", u"" }, { u"est", u"" }, { u"er", u"e" }, { u"est", u"e" } };

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
        // "went go", "mice mouse": an inflected form and its base forms.
        while (!f.atEnd()) {
            const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
            if (parts.size() < 2)
                continue;
            QStringList bases;
            for (qsizetype i = 1; i < parts.size(); ++i)
                bases << QString::fromLatin1(parts[i]);
            m_exceptions[size_t(p)].insert(QString::fromLatin1(parts[0]), bases);
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
QByteArray WordNet::indexLine(Pos pos, const QByteArray &lemma) const
{
    const Index *index = m_index[size_t(pos)].get();
    if (!index || lemma.isEmpty())
        return {};
    const char *data = index->data;
    qint64 lo = index->firstEntry;
    qint64 hi = index->size;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        qint64 start = mid;
        while (start > lo && data[start - 1] != '\n')
            --start;
        const char *lineEnd = static_cast<const char *>(std::memchr(data + start, '\n', size_t(index->size - start)));
        const qint64 end = lineEnd ? lineEnd - data : index->size;
        const char *space = static_cast<const char *>(std::memchr(data + start, ' ', size_t(end - start)));
        const qint64 keyLength = space ? space - (data + start) : end - start;
        const int order
            = std::memcmp(data + start, lemma.constData(), size_t(std::min<qint64>(keyLength, lemma.size())));
        const int cmp = order != 0 ? order : (keyLength < lemma.size() ? -1 : keyLength > lemma.size() ? 1 : 0);
        if (cmp == 0)
            return QByteArray(data + start, int(end - start));
        if (cmp < 0)
            lo = end + 1;
        else
            hi = start;
    }
    return {};
}

QList<QString> WordNet::baseForms(QStringView word, Pos pos) const
{
    QList<QString> out;
    const QString w = word.toString();
    if (pos != Adverb) {
        const auto it = m_exceptions[size_t(pos)].constFind(w);
        if (it != m_exceptions[size_t(pos)].constEnd())
            out += *it;
    }
    out << w;
    const Rule *rules = nullptr;
    size_t count = 0;
    if (pos == Noun)
        rules = kNounRules, count = std::size(kNounRules);
    else if (pos == Verb)
        rules = kVerbRules, count = std::size(kVerbRules);
    else if (pos == Adjective)
        rules = kAdjectiveRules, count = std::size(kAdjectiveRules);
    for (size_t r = 0; r < count; ++r) {
        const QStringView suffix(rules[r].suffix);
        if (w.size() > suffix.size() + 1 && w.endsWith(suffix))
            out << w.left(w.size() - suffix.size()) + QString::fromUtf16(rules[r].ending);
    }
    return out;
}

QList<quint32> WordNet::senses(QStringView lowerWord, int maxSenses) const
{
    QList<quint32> out;
    if (!m_available || lowerWord.isEmpty() || lowerWord.size() > 40)
        return out;
    for (int p = 0; p < 4; ++p) {
        const Pos pos = Pos(p);
        for (const QString &base : baseForms(lowerWord, pos)) {
            QByteArray key = base.toUtf8();
            key.replace(' ', '_');
            const QByteArray line = indexLine(pos, key);
            if (line.isEmpty())
                continue;
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 4)
                break;
            const int synsets = f[2].toInt();
            const int pointers = f[3].toInt();
            const qsizetype first = 4 + pointers + 2;
            for (int s = 0; s < synsets && s < maxSenses && first + s < f.size(); ++s)
                out << ((quint32(p) << 28) | quint32(f[first + s].toUInt()));
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
        if (!indexLine(Pos(p), key).isEmpty())
            return true;
    return false;
}

} // namespace crossread
