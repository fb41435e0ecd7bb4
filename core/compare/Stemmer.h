#pragma once
// English Snowball stems (libstemmer): "prepares", "preparing" and "prepared" all read "prepar".
// One instance per thread: libstemmer's state is not shared-safe. Each instance remembers the
// stems it made: news repeats its vocabulary, and a lookup costs a fraction of a stemming.
#include <QHash>
#include <QString>
#include <QStringView>

struct sb_stemmer;

namespace crossread {

class Stemmer
{
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // The stem of a case-folded word; the word itself when it holds no letters to stem.
    QString stem(const QString &folded);

private:
    static constexpr qsizetype kCacheLimit = 200000; // distinct words; then it starts afresh
    QString stemUncached(QStringView folded);

    sb_stemmer *m_stemmer = nullptr;
    QByteArray m_buffer;
    QHash<QString, QString> m_cache;
};

} // namespace crossread
