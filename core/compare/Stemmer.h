#pragma once
// English Snowball stems (libstemmer): "prepares", "preparing" and "prepared" all read "prepar".
// One instance per thread: libstemmer's state is not shared-safe.
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
    QString stem(QStringView folded);

private:
    sb_stemmer *m_stemmer = nullptr;
    QByteArray m_buffer;
};

} // namespace crossread
