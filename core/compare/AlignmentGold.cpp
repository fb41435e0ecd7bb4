#include "compare/AlignmentGold.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace crossread {

namespace {

bool readIndices(const QString &list, int limit, QList<int> *out)
{
    for (const QString &part : list.split(u',')) {
        bool ok = false;
        const int i = part.trimmed().toInt(&ok);
        if (!ok || i < 0 || (limit >= 0 && i >= limit))
            return false;
        out->append(i);
    }
    return !out->isEmpty();
}

} // namespace

AlignmentGold AlignmentGold::parse(const QString &text, QString *error)
{
    AlignmentGold gold;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].section(u'#', 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const auto fail = [&](const QString &why) {
            if (error)
                *error = QStringLiteral("line %1: %2").arg(n + 1).arg(why);
            return AlignmentGold();
        };
        if (line.startsWith(QLatin1String("sentences"))) {
            const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
            bool okA = false;
            bool okB = false;
            if (f.size() != 3)
                return fail(QStringLiteral("'sentences' takes the counts of A and B"));
            gold.m_sentencesA = f[1].toInt(&okA);
            gold.m_sentencesB = f[2].toInt(&okB);
            if (!okA || !okB)
                return fail(QStringLiteral("sentence counts are not numbers"));
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        QList<int> a;
        QList<int> b;
        if (colon < 0 || !readIndices(line.left(colon), gold.m_sentencesA, &a)
            || !readIndices(line.mid(colon + 1), gold.m_sentencesB, &b))
            return fail(QStringLiteral("expected 'A indices : B indices' within the sentence counts"));
        for (int i : a)
            for (int j : b)
                gold.m_links.insert({ i, j });
    }
    return gold;
}

AlignmentGold AlignmentGold::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    QString why;
    AlignmentGold gold = parse(QString::fromUtf8(f.readAll()), &why);
    if (!why.isEmpty() && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return gold;
}

QList<GoldPair> AlignmentGold::readFolder(const QString &folder, QString *error)
{
    QList<GoldPair> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({ QStringLiteral("*.gold") }, QDir::Files, QDir::Name)) {
        GoldPair pair;
        pair.name = QFileInfo(name).completeBaseName();
        QString why;
        pair.gold = read(dir.filePath(name), &why);
        for (const auto &[suffix, text] : { std::pair { QStringLiteral("-a.txt"), &pair.textA },
                 std::pair { QStringLiteral("-b.txt"), &pair.textB } }) {
            QFile f(dir.filePath(pair.name + suffix));
            if (!f.open(QIODevice::ReadOnly)) {
                why = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
                break;
            }
            *text = QString::fromUtf8(f.readAll());
        }
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
        out.append(pair);
    }
    return out;
}

AlignmentScore AlignmentGold::score(const QList<Alignment> &alignments) const
{
    QSet<QPair<int, int>> found;
    for (const Alignment &al : alignments)
        for (int a = al.a.first; a < al.a.end(); ++a)
            for (int b = al.b.first; b < al.b.end(); ++b)
                found.insert({ a, b });
    AlignmentScore s;
    s.gold = int(m_links.size());
    s.found = int(found.size());
    for (const auto &link : found)
        s.correct += m_links.contains(link) ? 1 : 0;
    return s;
}

} // namespace crossread
