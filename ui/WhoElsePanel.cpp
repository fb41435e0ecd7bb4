#include "WhoElsePanel.h"

#include "SimilarClaimDelegate.h"
#include "models/SimilarClaimModel.h"
#include "store/Project.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace crossread {

WhoElsePanel::WhoElsePanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new SimilarClaimModel(this))
    , m_passageLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("whoElsePanel"));
    m_passageLabel->setObjectName(QStringLiteral("whoElsePassage"));
    m_passageLabel->setWordWrap(true);
    m_passageLabel->setTextFormat(Qt::PlainText);
    m_passageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setObjectName(QStringLiteral("whoElseStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_view->setObjectName(QStringLiteral("whoElseList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SimilarClaimDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust); // rows wrap again when the dock changes width
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_passageLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    // One click opens the pair, Enter too (eventFilter). Not `activated`: some styles emit it
    // on the same single click, which would compare the pair twice.
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    m_view->installEventFilter(this);
    if (m_project)
        connect(m_project, &Project::closed, this, &WhoElsePanel::clear);
    updateStatus();
}

WhoElsePanel::~WhoElsePanel()
{
    ++m_generation;
}

void WhoElsePanel::ask(qint64 articleId, qint64 start, qint64 end)
{
    if (!m_project || !m_project->isOpen() || articleId <= 0)
        return;
    const quint64 generation = ++m_generation;
    m_articleId = articleId;
    m_passage = { start, end };
    m_passageText.clear();
    m_error.clear();
    m_asked = true;
    m_searching = true;
    m_model->clear();
    updateStatus();
    auto *watcher = new QFutureWatcher<SimilarClaimsAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showAnswer(watcher->result());
    });
    // The worker gets the file's path and the question; it opens its own connection.
    watcher->setFuture(QtConcurrent::run([path = m_project->path(), articleId, start, end] {
        return SimilarClaimModel::search(path, articleId, start, end);
    }));
}

bool WhoElsePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            openRow(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WhoElsePanel::clear()
{
    ++m_generation;
    m_asked = false;
    m_searching = false;
    m_articleId = 0;
    m_passage = {};
    m_passageText.clear();
    m_error.clear();
    m_model->clear();
    updateStatus();
}

void WhoElsePanel::setIndexing(bool indexing)
{
    m_indexing = indexing;
    updateStatus();
}

void WhoElsePanel::setAskShortcut(const QKeySequence &keys)
{
    m_askKeys = keys;
    updateStatus();
}

void WhoElsePanel::showAnswer(const SimilarClaimsAnswer &answer)
{
    m_searching = false;
    m_error = answer.claims.error;
    m_passageText = answer.claims.text.simplified();
    if (answer.claims.error.isEmpty())
        m_passage = { answer.claims.start, answer.claims.end };
    m_model->setAnswer(answer);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateStatus();
    emit answered();
}

QString WhoElsePanel::statusText() const
{
    return m_status->text();
}

void WhoElsePanel::updateStatus()
{
    m_passageLabel->setText(m_passageText.isEmpty() ? QString() : tr("“%1”").arg(m_passageText));
    m_passageLabel->setVisible(!m_passageText.isEmpty());
    QString status;
    if (!m_asked && m_askKeys.isEmpty())
        status = tr("Select a sentence in the reader and choose “Who Else Says This?” in its context menu to see "
                    "which other articles state the same claim.");
    else if (!m_asked)
        status = tr("Select a sentence in the reader and press %1 (or use its context menu) to see which other "
                    "articles state the same claim.")
                     .arg(m_askKeys.toString(QKeySequence::NativeText));
    else if (m_searching)
        status = tr("Looking for the claim in the other articles…");
    else if (!m_error.isEmpty())
        status = tr("Cannot look for the claim: %1").arg(m_error);
    else if (m_model->rowCount() == 0)
        status = m_indexing ? tr("No other article states this claim yet, but the sentence index is still being "
                                 "built: ask again when it is done.")
                            : tr("No other article in the project states this claim.");
    else if (m_model->rowCount() == 1)
        status = tr("One other article states this claim; click it to compare the two.");
    else
        status = tr("Other articles state this claim in %1 places, best first; click one to compare.")
                     .arg(m_model->rowCount());
    if (m_indexing && m_asked && !m_searching && m_model->rowCount() > 0)
        status += QLatin1Char(' ') + tr("The sentence index is still being built: some may be missing.");
    m_status->setText(status);
}

void WhoElsePanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    emit compareRequested(m_articleId, m_passage.start, m_passage.end,
        index.data(SimilarClaimModel::ArticleIdRole).toLongLong(),
        index.data(SimilarClaimModel::StartRole).toLongLong(), index.data(SimilarClaimModel::EndRole).toLongLong());
}

} // namespace crossread
