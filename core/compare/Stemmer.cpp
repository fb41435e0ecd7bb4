#include "compare/Stemmer.h"

#include <libstemmer.h>

namespace crossread {

Stemmer::Stemmer()
    : m_stemmer(sb_stemmer_new("english", "UTF_8"))
{ }

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(const QString &folded)
{
    const auto it = m_cache.constFind(folded);
    if (it != m_cache.constEnd())
        return it.value();
    if (m_cache.size() >= kCacheLimit)
        m_cache.clear();
    QString stemmed = stemUncached(folded);
    m_cache.insert(folded, stemmed);
    return stemmed;
}

QString Stemmer::stemUncached(QStringView folded)
{
    // Possessives are not inflections the stemmer knows about: "Meta's" is "meta".
    if (folded.endsWith(u"'s"))
        folded.chop(2);
    else if (folded.endsWith(u'\''))
        folded.chop(1);
    if (!m_stemmer || folded.isEmpty())
        return folded.toString();
    m_buffer = folded.toUtf8();
    const sb_symbol *out
        = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(m_buffer.constData()), int(m_buffer.size()));
    if (!out)
        return folded.toString();
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(m_stemmer));
}

} // namespace crossread
