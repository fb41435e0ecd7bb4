#include "compare/ComparisonBench.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace crossread {

namespace {

// splitmix64: tiny, fast and identical on every platform, unlike std distributions.
class Random
{
public:
    // The seed is scrambled first: seeds n and n + 1 must not give the same stream shifted by one.
    explicit Random(quint64 seed)
        : m_state(scramble(seed ^ 0x6A09E667F3BCC909ULL))
    { }
    quint64 next() { return scramble(m_state += 0x9E3779B97F4A7C15ULL); }
    double uniform() { return double(next() >> 11) / double(1ULL << 53); }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return uniform() < p; }

private:
    static quint64 scramble(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state;
};

const char *const kCommonWords[] = { "the", "of", "and", "to", "a", "in", "that", "is", "for", "it", "as", "was",
    "with", "on", "by", "its", "from", "at", "this", "an", "be", "has", "have", "are", "which", "will", "more", "than",
    "new", "company", "model", "models", "data", "market", "said", "year", "would", "could", "after", "over", "about",
    "their", "they", "also", "its", "billion", "open", "source", "release", "users", "team", "investment", "research",
    "training", "compute", "chips", "revenue", "growth", "report", "analysts", "performance", "benchmark", "safety",
    "product", "products", "industry", "rivals", "deal", "stake", "strategy", "leadership", "officials", "regulators",
    "customers", "developers", "funding", "valuation", "launch", "reported", "according", "people", "familiar", "plans",
    "expected", "announced", "quarter", "percent", "while", "but", "however", "not", "all", "into", "most", "first",
    "last", "two", "three", "week", "month", "government", "policy", "agreement", "partners", "capacity",
    "infrastructure", "center", "centers", "power", "energy", "cloud", "services", "platform", "feature", "features",
    "reasoning", "coding", "writing", "agents", "assistant", "frontier", "closed", "weights", "license", "license",
    "access", "price", "prices", "cost", "costs", "shares", "investors", "board", "chief", "executive", "officer",
    "founder", "startup", "acquisition", "lab", "labs", "researchers", "paper" };

const char *const kSyllables[] = { "ka", "lo", "mer", "ti", "van", "dra", "sel", "po", "ri", "nu", "cor", "est", "ba",
    "lin", "gu", "pha", "tor", "qui", "ven", "sa", "mo", "rel", "den", "ox" };

class Prose
{
public:
    explicit Prose(Random *random)
        : m_random(random)
    {
        for (const char *w : kCommonWords)
            m_vocabulary << QString::fromLatin1(w);
        // A long tail of invented words gives the vocabulary a realistic share of rare words.
        const int syllables = int(std::size(kSyllables));
        while (m_vocabulary.size() < 6000) {
            QString w;
            const int parts = 2 + m_random->below(3);
            for (int p = 0; p < parts; ++p)
                w += QLatin1String(kSyllables[m_random->below(syllables)]);
            m_vocabulary << w;
        }
        double total = 0;
        for (int r = 0; r < m_vocabulary.size(); ++r) {
            total += 1.0 / (r + 2.7);
            m_cumulative.push_back(total);
        }
    }

    QString word()
    {
        const double u = m_random->uniform() * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return m_vocabulary[int(std::min<qsizetype>(it - m_cumulative.begin(), m_vocabulary.size() - 1))];
    }

    QString figure()
    {
        switch (m_random->below(5)) {
        case 0:
            return QStringLiteral("$%1.%2 billion").arg(1 + m_random->below(90)).arg(m_random->below(10));
        case 1:
            return QStringLiteral("%1%").arg(1 + m_random->below(99));
        case 2:
            return QStringLiteral("$%1bn").arg(1 + m_random->below(500));
        case 3:
            return QString::number(1 + m_random->below(5000));
        default:
            return QStringLiteral("%1.%2").arg(10 + m_random->below(80)).arg(m_random->below(10));
        }
    }

    QStringList sentence()
    {
        QStringList words;
        const int length = 8 + m_random->below(21);
        for (int i = 0; i < length; ++i) {
            QString w = m_random->chance(0.04) ? figure() : word();
            if (i + 1 < length && m_random->chance(0.07))
                w += u',';
            words << w;
        }
        words.first()[0] = words.first()[0].toUpper();
        words.last() += m_random->chance(0.05) ? u'?' : u'.';
        return words;
    }

    QStringList paragraph()
    {
        QStringList words;
        const int sentences = 3 + m_random->below(5);
        for (int s = 0; s < sentences; ++s)
            words << sentence();
        return words;
    }

private:
    Random *m_random;
    QStringList m_vocabulary;
    std::vector<double> m_cumulative;
};

QString render(const QList<QStringList> &paragraphs, QList<qsizetype> *starts = nullptr)
{
    QString out;
    for (const QStringList &words : paragraphs) {
        if (!out.isEmpty())
            out += QLatin1String("\n\n");
        if (starts)
            starts->append(out.size());
        int column = 0;
        for (int i = 0; i < words.size(); ++i) {
            if (i > 0) {
                if (column + 1 + words[i].size() > 72) {
                    out += u'\n';
                    column = 0;
                } else {
                    out += u' ';
                    ++column;
                }
            }
            out += words[i];
            column += int(words[i].size());
        }
    }
    out += u'\n';
    return out;
}

} // namespace

QPair<QString, QString> ComparisonBench::generatePair(int bytes, double editRate, quint32 seed)
{
    const Pair p = generate(bytes, editRate, seed);
    return { p.a, p.b };
}

ComparisonBench::Pair ComparisonBench::generate(int bytes, double editRate, quint32 seed)
{
    Random random(seed);
    Prose prose(&random);
    QList<QStringList> paragraphs;
    qsizetype size = 0;
    while (size < bytes) {
        paragraphs << prose.paragraph();
        for (const QString &w : paragraphs.last())
            size += w.size() + 1;
        size += 1;
    }

    QList<QStringList> edited;
    for (const QStringList &words : paragraphs) {
        QStringList out;
        for (const QString &w : words) {
            if (!random.chance(editRate)) {
                out << w;
                continue;
            }
            const int action = random.below(4);
            QString punctuation;
            if (w.size() > 1 && !w.back().isLetterOrNumber())
                punctuation = w.back();
            const bool opensSentence = w.front().isUpper();
            if (action < 2) {
                QString replacement = prose.word() + punctuation; // substitution
                if (opensSentence)
                    replacement[0] = replacement[0].toUpper();
                out << replacement;
            } else if (action == 2 && !opensSentence) {
                if (!punctuation.isEmpty() && !out.isEmpty())
                    out.last() += punctuation; // deletion keeps the sentence's punctuation
            } else if (punctuation.isEmpty() || opensSentence) {
                out << w << prose.word(); // insertion
            } else {
                out << prose.word() << w; // insertion, kept inside the sentence
            }
        }
        if (out.isEmpty())
            out << prose.word() + u'.';
        edited << out;
    }
    Pair out;
    QList<qsizetype> starts;
    out.a = render(paragraphs, &starts);
    if (edited.size() >= 4) {
        const qsizetype from = edited.size() / 4;
        const qsizetype to = (edited.size() * 3) / 4;
        const QStringList moved = edited.takeAt(from);
        edited.insert(to, moved);
        out.movedStart = starts[from];
        out.movedEnd = from + 1 < starts.size() ? starts[from + 1] - 2 : out.a.size() - 1;
    }
    out.b = render(edited);
    return out;
}

} // namespace crossread
