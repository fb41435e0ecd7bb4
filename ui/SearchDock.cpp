#include "SearchDock.h"

#include "models/SearchResultModel.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossread {

namespace {
// Enough for any reading session; a broader query should be narrowed, not scrolled.
constexpr int kMaxHits = 2000;
} // namespace

SearchDock::SearchDock(QWidget *parent)
    : QDockWidget(tr("Search All Articles"), parent)
    , m_model(new SearchResultModel(this))
    , m_query(new QLineEdit)
    , m_status(new QLabel)
    , m_view(new QListView)
    , m_tagAll(new QPushButton(tr("Tag All Results…")))
{
    setObjectName(QStringLiteral("searchDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    m_query->setObjectName(QStringLiteral("corpusSearch"));
    m_query->setPlaceholderText(tr("Words, \"a phrase\", AND/OR/NOT, prefix*"));
    m_query->setClearButtonEnabled(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_tagAll);
    layout->addWidget(m_query);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    setWidget(box);
    m_status->setWordWrap(true);
    m_tagAll->setObjectName(QStringLiteral("tagAllResults"));
    m_tagAll->setEnabled(false);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformItemSizes(false);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        const SearchHit hit = m_model->hit(index.row());
        emit hitActivated(hit.articleId, hit.start, hit.end);
    });
    connect(m_view, &QListView::clicked, m_view, &QListView::activated);
    connect(m_tagAll, &QPushButton::clicked, this, &SearchDock::chooseTagForAll);
}

void SearchDock::setContext(Workspace *workspace, TagTreeModel *tags)
{
    m_workspace = workspace;
    m_tags = tags;
}

void SearchDock::activate()
{
    show();
    raise();
    m_query->setFocus();
    m_query->selectAll();
}

bool SearchDock::search(const QString &query)
{
    m_model->clear();
    m_tagAll->setEnabled(false);
    if (query.trimmed().isEmpty() || !m_workspace || !m_workspace->isOpen()) {
        m_status->clear();
        return false;
    }
    QList<SearchHit> hits;
    QString error;
    if (!m_workspace->project()->searchIndex().search(query, kMaxHits, &hits, &error)) {
        m_status->setText(tr("Cannot search for this: %1").arg(error));
        return false;
    }
    m_model->setHits(hits);
    QSet<qint64> articles;
    for (const SearchHit &h : std::as_const(hits))
        articles.insert(h.articleId);
    QString status = hits.size() >= kMaxHits
        ? tr("The first %1 hits; narrow the query to see all").arg(kMaxHits)
        : tr("%n hit(s)", nullptr, int(hits.size())) + tr(" in %n article(s)", nullptr, int(articles.size()));
    if (!m_workspace->project()->searchIndex().rankedAllMatches())
        status += tr(" (so many articles match that the most recently imported come first, not the best)");
    m_status->setText(status);
    m_tagAll->setEnabled(!hits.isEmpty());
    return true;
}

int SearchDock::tagAllResults(qint64 tagId)
{
    if (!m_workspace || !tagId || m_model->hits().isEmpty())
        return 0;
    const Workspace::SearchTagging tagging = m_workspace->tagSearchResults(m_model->hits(), tagId);
    if (tagging.outcome == EditResult::Failed)
        return 0;
    emit message(
        tr("Tagged %n hit(s) with “%1”", nullptr, tagging.created).arg(m_tags ? m_tags->tagPath(tagId) : QString())
        + (tagging.skipped ? tr(" (%n already tagged or invalid)", nullptr, tagging.skipped) : QString()));
    return tagging.created;
}

void SearchDock::chooseTagForAll()
{
    if (!m_tags)
        return;
    const QList<Tag> tags = m_tags->allTags();
    if (tags.isEmpty()) {
        m_status->setText(tr("Create a tag first (Tags panel › New)."));
        return;
    }
    QStringList paths;
    for (const Tag &t : tags)
        paths << m_tags->tagPath(t.id);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Tag All Results"),
        tr("Tag all %n hit(s) with:", nullptr, int(m_model->hits().size())), paths, 0, false, &ok);
    const int index = int(paths.indexOf(chosen));
    if (ok && index >= 0)
        tagAllResults(tags.at(index).id);
}

} // namespace crossread
