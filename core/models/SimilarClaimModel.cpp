#include "SimilarClaimModel.h"

#include "domain/CodePoints.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QFileInfo>

namespace crossread {

SimilarClaimModel::SimilarClaimModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

SimilarClaimsAnswer SimilarClaimModel::search(const QString &projectPath, qint64 articleId, qint64 start, qint64 end)
{
    SimilarClaimsAnswer answer;
    Database db;
    if (!db.open(projectPath)) {
        answer.claims.error = db.error();
        return answer;
    }
    answer.claims = SimilarClaimsFinder(db).find(articleId, start, end);
    ArticleStore articles(db);
    for (const SimilarClaim &c : std::as_const(answer.claims.claims)) {
        if (answer.titles.contains(c.articleId))
            continue;
        const ArticleSummary s = articles.summary(c.articleId);
        QString label = s.title.isEmpty() ? QFileInfo(s.path).fileName() : s.title;
        if (!s.outlet.isEmpty())
            label = s.outlet + QStringLiteral(": ") + label;
        answer.titles.insert(c.articleId, label);
    }
    return answer;
}

void SimilarClaimModel::setAnswer(const SimilarClaimsAnswer &answer)
{
    beginResetModel();
    m_answer = answer;
    endResetModel();
}

void SimilarClaimModel::clear()
{
    setAnswer({});
}

int SimilarClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_answer.claims.claims.size());
}

QVariant SimilarClaimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SimilarClaim &c = m_answer.claims.claims.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1: %2").arg(m_answer.titles.value(c.articleId), c.text.simplified());
    case ArticleIdRole:
        return c.articleId;
    case StartRole:
        return c.start;
    case EndRole:
        return c.end;
    case TitleRole:
        return m_answer.titles.value(c.articleId);
    case TextRole:
        return c.text;
    case VerdictRole:
        return int(c.figures.isEmpty() ? NoFigures : c.conflicts() ? Conflicts : Agrees);
    case SimilarityRole:
        return c.similarity;
    case FiguresRole: {
        // The figures' offsets are code points of the article; the text is UTF-16 from c.start.
        const CodePoints points(c.text);
        QVariantList out;
        for (const FigureComparison &f : c.figures) {
            const qint64 from = f.bStart - c.start;
            const qint64 to = from + CodePoints::count(f.bText);
            if (from < 0 || to > points.size())
                continue;
            out.append(QVariantMap { { QStringLiteral("start"), points.toUtf16(from) },
                { QStringLiteral("end"), points.toUtf16(to) },
                { QStringLiteral("conflict"), f.status == FigureComparison::Conflict } });
        }
        return out;
    }
    }
    return {};
}

QHash<int, QByteArray> SimilarClaimModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(TitleRole, "title");
    names.insert(TextRole, "text");
    names.insert(VerdictRole, "verdict");
    names.insert(SimilarityRole, "similarity");
    names.insert(FiguresRole, "figures");
    return names;
}

} // namespace crossread
