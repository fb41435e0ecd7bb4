#include "ReaderPane.h"

#include "FindBar.h"
#include "ReaderView.h"
#include "SourceView.h"
#include "models/SpanListModel.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace crossread {

ReaderPane::ReaderPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_readerStack(new QStackedWidget)
    , m_reader(new ReaderView)
    , m_source(new SourceView)
    , m_findBar(new FindBar(m_reader))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);

    auto *readerPage = new QWidget;
    auto *readerLayout = new QVBoxLayout(readerPage);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    auto *placeholder = new QLabel(tr("Select an article in the list on the left to read it."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_readerStack->addWidget(placeholder);
    m_readerStack->addWidget(m_reader);
    readerLayout->addWidget(m_readerStack, 1);
    readerLayout->addWidget(m_findBar);
    m_findBar->hide();
    m_findBar->setTextSource([this] { return m_reader->displayMap().plainText(); });
    m_tabs->addTab(readerPage, tr("Reader"));
    m_tabs->addTab(m_source, tr("Source"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_source)
            m_source->load();
    });
}

void ReaderPane::setContext(Project *project, SpanListModel *spans, TagTreeModel *tags)
{
    m_project = project;
    m_spans = spans;
    m_tags = tags;
    // Any change to the current article's spans or to a tag (colour, name, removal)
    // repaints the highlights; bursts of signals collapse into one pass.
    for (QAbstractItemModel *model :
        { static_cast<QAbstractItemModel *>(spans), static_cast<QAbstractItemModel *>(tags) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ReaderPane::scheduleHighlightRefresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ReaderPane::scheduleHighlightRefresh);
        connect(model, &QAbstractItemModel::rowsMoved, this, &ReaderPane::scheduleHighlightRefresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &ReaderPane::scheduleHighlightRefresh);
        connect(model, &QAbstractItemModel::modelReset, this, &ReaderPane::scheduleHighlightRefresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ReaderPane::scheduleHighlightRefresh);
    }
}

bool ReaderPane::showArticle(qint64 articleId)
{
    if (!m_project || !m_project->isOpen() || articleId == 0) {
        clear();
        return false;
    }
    bool found = false;
    const Article article = m_project->articles().article(articleId, &found);
    if (!found) {
        clear();
        return false;
    }
    m_spans->setArticle(articleId);
    QHash<qint64, Tag> tags;
    for (const Tag &t : m_tags->allTags())
        tags.insert(t.id, t);
    m_reader->setArticle(article, m_spans->spans(), tags);
    m_readerStack->setCurrentWidget(m_reader);
    m_source->setArticle(article.path, article.format);
    if (m_tabs->currentWidget() == m_source)
        m_source->load();
    m_refreshPending = false;
    return true;
}

void ReaderPane::clear()
{
    if (m_spans)
        m_spans->setArticle(0);
    m_reader->clearArticle();
    m_source->setArticle(QString(), ArticleFormat::Text);
    m_readerStack->setCurrentIndex(0);
    m_findBar->hide();
}

void ReaderPane::showReaderTab()
{
    m_tabs->setCurrentIndex(0);
}

void ReaderPane::scheduleHighlightRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &ReaderPane::refreshHighlights);
}

void ReaderPane::refreshHighlights()
{
    if (!m_refreshPending)
        return;
    m_refreshPending = false;
    if (!m_spans || m_reader->articleId() == 0 || m_spans->articleId() != m_reader->articleId())
        return;
    QHash<qint64, Tag> tags;
    for (const Tag &t : m_tags->allTags())
        tags.insert(t.id, t);
    m_reader->setSpans(m_spans->spans(), tags);
}

} // namespace crossread
