#pragma once
// The answer to "who else says this?" as a list model, one row per sentence run of another
// article that states the passage's claim, best first: its article's title, its text, where
// its figures sit in that text and whether they agree with the passage's. search() reads the
// project on its own connection, so that it can run in a worker thread.
#include "store/SimilarClaimsFinder.h"

#include <QAbstractListModel>
#include <QHash>

namespace crossread {

struct SimilarClaimsAnswer
{
    SimilarClaims claims;
    QHash<qint64, QString> titles; // "Outlet: Title" of every article a claim is in
};

class SimilarClaimModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Verdict { NoFigures, Agrees, Conflicts };
    Q_ENUM(Verdict)
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        StartRole, // qint64, code points of the other article's stored text
        EndRole,
        TitleRole,
        TextRole,
        VerdictRole, // Verdict
        SimilarityRole, // double 0..1
        // QVariantList of QVariantMap {start, end (UTF-16 in TextRole's text), conflict (bool)}
        FiguresRole,
    };
    Q_ENUM(Role)

    explicit SimilarClaimModel(QObject *parent = nullptr);

    // Opens the project file on a connection of the calling thread and asks its sentence index.
    static SimilarClaimsAnswer search(const QString &projectPath, qint64 articleId, qint64 start, qint64 end);

    void setAnswer(const SimilarClaimsAnswer &answer);
    void clear();
    const SimilarClaims &claims() const { return m_answer.claims; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    SimilarClaimsAnswer m_answer;
};

} // namespace crossread
