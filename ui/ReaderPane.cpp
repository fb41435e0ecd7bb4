#include "ReaderPane.h"

#include "FindBar.h"
#include "ReaderView.h"
#include "SourceView.h"
#include "TagColors.h"
#include "models/CoderListModel.h"
#include "models/SpanCoderFilter.h"
#include "models/SpanListModel.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
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
    , m_coderFilter(new QComboBox)
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
    m_coderFilter->setObjectName(QStringLiteral("coderFilter"));
    m_coderFilter->setToolTip(tr("Whose coding the reader and the span list show"));
    m_coderFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tabs->setCornerWidget(m_coderFilter, Qt::TopRightCorner);
    connect(m_coderFilter, &QComboBox::activated, this, [this](int index) {
        const auto choice = CoderChoice(m_coderFilter->itemData(index).toInt());
        if (choice == OneCoder)
            showCoder(m_coderFilter->itemData(index, Qt::UserRole + 1).toString());
        else if (choice == MyCoding)
            showMyCoding();
        else
            showAllCoders();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_source)
            m_source->load();
    });
}

void ReaderPane::setContext(Workspace *workspace, SpanCoderFilter *spans, TagTreeModel *tags, CoderListModel *coders)
{
    m_workspace = workspace;
    m_spans = spans;
    m_tags = tags;
    m_coders = coders;
    // A new coder, or a new current coder ("My coding" follows it).
    connect(coders, &QAbstractItemModel::modelReset, this, &ReaderPane::refreshCoders);
    connect(coders, &QAbstractItemModel::dataChanged, this, &ReaderPane::refreshCoders);
    refreshCoders();
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
    if (!m_workspace || !m_workspace->isOpen() || articleId == 0) {
        clear();
        return false;
    }
    bool found = false;
    const Article article = m_workspace->project()->articles().article(articleId, &found);
    if (!found) {
        clear();
        return false;
    }
    m_spans->spanModel()->setArticle(articleId);
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
        m_spans->spanModel()->setArticle(0);
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

namespace crossread {

void ReaderPane::showAllCoders()
{
    m_choice = AllCoders;
    applyCoderChoice();
}

void ReaderPane::showMyCoding()
{
    m_choice = MyCoding;
    applyCoderChoice();
}

void ReaderPane::showCoder(const QString &coder)
{
    m_choice = coder.isEmpty() ? AllCoders : OneCoder;
    m_chosenCoder = coder;
    applyCoderChoice();
}

void ReaderPane::applyCoderChoice()
{
    if (!m_spans || !m_workspace)
        return;
    const QString shown = m_choice == AllCoders ? QString()
        : m_choice == MyCoding                  ? m_workspace->coder()
                                                : m_chosenCoder;
    for (int i = 0; i < m_coderFilter->count(); ++i) {
        const auto choice = CoderChoice(m_coderFilter->itemData(i).toInt());
        if (choice == m_choice && (choice != OneCoder || m_coderFilter->itemData(i, Qt::UserRole + 1) == m_chosenCoder))
            m_coderFilter->setCurrentIndex(i);
    }
    m_spans->setCoder(shown);
    scheduleHighlightRefresh();
}

// The coders to choose from and their stripe colours, which follow the coders' order.
void ReaderPane::refreshCoders()
{
    if (!m_workspace || !m_coders)
        return;
    const QStringList coders = m_coders->coders();
    QHash<QString, QColor> colors;
    for (int i = 0; i < coders.size(); ++i)
        colors.insert(coders.at(i), TagColors::coderColor(i));
    m_reader->setCoderColors(colors);
    QStringList others = coders;
    others.removeAll(m_workspace->coder());
    if (m_choice == OneCoder && !others.contains(m_chosenCoder))
        others.append(m_chosenCoder); // still offered while their spans are gone (undo brings them back)
    const QSignalBlocker blocker(m_coderFilter);
    m_coderFilter->clear();
    m_coderFilter->addItem(tr("All coders"), AllCoders);
    m_coderFilter->addItem(TagColors::swatch(colors.value(m_workspace->coder())),
        tr("My coding (%1)").arg(m_workspace->coder()), MyCoding);
    for (const QString &coder : std::as_const(others)) {
        m_coderFilter->addItem(TagColors::swatch(colors.value(coder)), coder, OneCoder);
        m_coderFilter->setItemData(m_coderFilter->count() - 1, coder, Qt::UserRole + 1);
    }
    applyCoderChoice();
}

} // namespace crossread
