#include "SearchDock.h"

#include "TagAllDialog.h"
#include "models/SearchResultModel.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace crossread {

namespace {
// Enough for any reading session; a broader query should be narrowed, not scrolled.
constexpr int kMaxHits = 2000;
// The result list shows at least this many lines of snippets (a hit takes two or three).
constexpr int kMinListLines = 12;
} // namespace

SearchDock::SearchDock(QWidget *parent)
    : QDockWidget(tr("Search All Articles"), parent)
    , m_model(new SearchResultModel(this))
    , m_query(new QLineEdit)
    , m_status(new QLabel)
    , m_apart(new QLabel)
    , m_view(new QListView)
    , m_tagAll(new QPushButton(tr("Tag All Results…")))
{
    setObjectName(QStringLiteral("searchDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    m_query->setObjectName(QStringLiteral("corpusSearch"));
    m_query->setPlaceholderText(tr("Words (found as a phrase first), \"a phrase\", AND/OR/NOT, prefix*"));
    m_query->setClearButtonEnabled(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_tagAll);
    layout->addWidget(m_query);
    layout->addLayout(row);
    layout->addWidget(m_apart);
    layout->addWidget(m_view, 1);
    setWidget(box);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_apart->setObjectName(QStringLiteral("searchWordsApart"));
    m_apart->setWordWrap(true);
    m_apart->setTextFormat(Qt::RichText);
    m_apart->hide();
    connect(m_apart, &QLabel::linkActivated, this, [this] { showWordsApart(); });
    m_tagAll->setObjectName(QStringLiteral("tagAllResults"));
    m_tagAll->setEnabled(false);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformItemSizes(false);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * kMinListLines);
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

bool SearchDock::search(const QString &query, PhraseFirstSearch::Scope scope)
{
    m_model->clear();
    m_result = PhraseFirstSearch::Result();
    m_lastQuery = query;
    m_tagAll->setEnabled(false);
    m_apart->hide();
    if (query.trimmed().isEmpty() || !m_workspace || !m_workspace->isOpen()) {
        m_status->clear();
        return false;
    }
    QString error;
    if (!PhraseFirstSearch::run(m_workspace->project()->searchIndex(), query, kMaxHits, scope, &m_result, &error)) {
        m_status->setText(tr("Cannot search for this: %1").arg(error));
        return false;
    }
    m_model->setHits(m_result.hits);
    QSet<qint64> phraseArticles, wordArticles;
    for (int i = 0; i < m_result.hits.size(); ++i)
        (i < m_result.phraseHits ? phraseArticles : wordArticles).insert(m_result.hits.at(i).articleId);
    QString status;
    if (m_result.hits.size() >= kMaxHits)
        status = tr("The first %1 hits; narrow the query to see all").arg(kMaxHits);
    else if (m_result.phraseFirst)
        status = tr("%n hit(s) of the phrase “%1”", nullptr, m_result.phraseHits).arg(m_result.phrase)
            + tr(" in %n article(s)", nullptr, int(phraseArticles.size()));
    else
        status = tr("%n hit(s)", nullptr, m_result.phraseHits)
            + tr(" in %n article(s)", nullptr, int(phraseArticles.size()));
    if (!wordArticles.isEmpty())
        status += tr(", then %n hit(s) of single words", nullptr, int(m_result.hits.size()) - m_result.phraseHits)
            + tr(" in %n article(s) that hold the words apart", nullptr, int(wordArticles.size()));
    if (!m_result.ranked)
        status += tr(" (so many articles match that the most recently imported come first, not the best)");
    m_status->setText(status);
    if (m_result.phraseFirst && m_result.apartArticles > 0 && wordArticles.isEmpty()) {
        const QString count = m_result.apartCapped ? tr("%1 or more").arg(m_result.apartArticles)
                                                   : QString::number(m_result.apartArticles);
        m_apart->setText(tr("%1 more article(s) hold all the words apart. <a href=\"apart\">Show them too</a>", nullptr,
            m_result.apartArticles)
                             .arg(count));
        m_apart->show();
    }
    m_tagAll->setEnabled(!m_result.hits.isEmpty());
    return true;
}

bool SearchDock::showWordsApart()
{
    return search(m_lastQuery, PhraseFirstSearch::Scope::WordsApartToo);
}

QList<SearchHit> SearchDock::hitsToTag(bool includeSingleWords, bool wholeSentences) const
{
    const QList<SearchHit> hits = includeSingleWords ? m_result.hits : m_result.hits.mid(0, m_result.phraseHits);
    if (!wholeSentences || !m_workspace || !m_workspace->isOpen())
        return hits;
    Project *project = m_workspace->project();
    return PhraseFirstSearch::sentencesOf(hits, [project](qint64 id) { return project->articles().text(id); });
}

int SearchDock::tagAllResults(const QString &path, bool includeSingleWords, bool wholeSentences)
{
    const QList<SearchHit> hits = hitsToTag(includeSingleWords, wholeSentences);
    if (!m_workspace || path.trimmed().isEmpty() || hits.isEmpty())
        return 0;
    const Workspace::SearchTagging tagging = m_workspace->tagSearchResultsWithTagAt(hits, path);
    if (tagging.outcome == EditResult::Failed)
        return 0;
    const QString tagPath = m_tags ? m_tags->tagPath(tagging.tagId) : path;
    emit message((tagging.tagCreated ? tr("Tagged %n hit(s) with the new tag “%1”", nullptr, tagging.created)
                                     : tr("Tagged %n hit(s) with “%1”", nullptr, tagging.created))
                     .arg(tagPath)
        + (tagging.skipped ? tr(" (%n already tagged or invalid)", nullptr, tagging.skipped) : QString()));
    return tagging.created;
}

int SearchDock::tagAllResults(qint64 tagId, bool includeSingleWords, bool wholeSentences)
{
    if (!m_tags || !m_tags->contains(tagId))
        return 0;
    return tagAllResults(m_tags->tagPath(tagId), includeSingleWords, wholeSentences);
}

void SearchDock::chooseTagForAll()
{
    if (!m_tags || m_result.hits.isEmpty())
        return;
    const int wordHits = int(m_result.hits.size()) - m_result.phraseHits;
    TagAllDialog dialog(m_tags, m_currentTag ? m_currentTag() : 0, m_result.phraseHits, wordHits, this);
    if (m_result.termsApart) {
        // Operators join terms that stand apart: offer their sentences, chosen unless any one
        // term answers the query alone (OR).
        dialog.offerSentences(int(hitsToTag(false, true).size()), !m_result.anyTerm);
    }
    if (dialog.exec() == QDialog::Accepted)
        tagAllResults(dialog.tagPath(), dialog.includeSingleWords(), dialog.wholeSentences());
}

} // namespace crossread
