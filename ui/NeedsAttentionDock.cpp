#include "NeedsAttentionDock.h"

#include "models/OrphanListModel.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossread {

NeedsAttentionDock::NeedsAttentionDock(QWidget *parent)
    : QDockWidget(tr("Needs Attention"), parent)
    , m_summary(new QLabel)
    , m_view(new QListView)
    , m_oldText(new QLabel)
    , m_candidateBox(new QVBoxLayout)
    , m_attachSelection(new QPushButton(tr("Attach to Selection")))
    , m_delete(new QPushButton(tr("Delete Span")))
{
    setObjectName(QStringLiteral("attentionDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_oldText->setWordWrap(true);
    m_oldText->setTextFormat(Qt::PlainText);
    m_oldText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_oldText);
    layout->addLayout(m_candidateBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attachSelection);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    layout->addLayout(buttons);
    setWidget(box);
    m_view->setObjectName(QStringLiteral("orphanList"));
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachSelection->setToolTip(tr("Place the span on the text selected in the reader (same article)"));
    m_delete->setToolTip(tr("Delete the span with its tags, note and figures (Undo brings it back)"));
    connect(m_attachSelection, &QPushButton::clicked, this, [this] {
        const auto selected = m_selection ? m_selection() : std::nullopt;
        const qint64 article = m_model ? m_model->orphan(m_view->currentIndex().row()).articleId : 0;
        if (selected && selected->first == article && selected->second.length() > 0)
            attach(selected->second);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        // As the list shows the span: a change another analyst made since is a conflict.
        if (m_workspace && m_model && currentSpanId() > 0)
            m_workspace->removeSpans({ currentSpanId() },
                { { currentSpanId(), m_model->orphan(m_view->currentIndex().row()).stamp.version } });
    });
    showCurrent();
}

void NeedsAttentionDock::setContext(Workspace *workspace, OrphanListModel *model)
{
    m_workspace = workspace;
    m_model = model;
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NeedsAttentionDock::showCurrent);
    // A click (not a reload) shows the orphan's article, where a selection can be made for it.
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit articleRequested(index.data(OrphanListModel::ArticleIdRole).toLongLong());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep to the first orphan after a reload, so the next one is one click away.
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    });
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(model->index(0, 0));
    showCurrent();
}

qint64 NeedsAttentionDock::currentSpanId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(OrphanListModel::SpanIdRole).toLongLong() : 0;
}

void NeedsAttentionDock::updateTitle()
{
    const int n = m_model ? m_model->rowCount() : 0;
    setWindowTitle(n > 0 ? tr("Needs Attention (%1)").arg(n) : tr("Needs Attention"));
    m_summary->setText(n > 0 ? tr("%n coded span(s) could not be found again in a changed article. Re-attach each "
                                  "to one of the places offered or to a selection, or delete it.",
                           nullptr, n)
                             : tr("Every coded span has its place."));
}

void NeedsAttentionDock::showCurrent()
{
    updateTitle();
    qDeleteAll(m_candidateButtons);
    m_candidateButtons.clear();
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const bool has = m_model && row >= 0 && row < m_model->rowCount();
    m_attachSelection->setEnabled(has);
    m_delete->setEnabled(has);
    m_oldText->setVisible(has);
    if (!has)
        return;
    const Span span = m_model->orphan(row);
    m_oldText->setText(tr("Was: “%1”").arg(span.text.simplified()));
    const QList<AnchorCandidate> candidates = m_model->candidates(row);
    if (candidates.isEmpty()) {
        auto *none = new QPushButton(tr("No likely place in the current text"));
        none->setEnabled(false);
        m_candidateBox->addWidget(none);
        m_candidateButtons << none;
        return;
    }
    for (const AnchorCandidate &c : candidates) {
        auto *button
            = new QPushButton(tr("Attach to “%1” (%2%)").arg(c.text.simplified()).arg(qRound(c.confidence * 100)));
        button->setToolTip(tr("Characters %1–%2 of the current text").arg(c.range.start).arg(c.range.end));
        button->setStyleSheet(QStringLiteral("text-align: left"));
        connect(button, &QPushButton::clicked, this, [this, range = c.range] { attach(range); });
        m_candidateBox->addWidget(button);
        m_candidateButtons << button;
    }
}

void NeedsAttentionDock::attach(const TextRange &range)
{
    if (m_workspace && currentSpanId() > 0)
        m_workspace->reattachSpan(currentSpanId(), range);
}

} // namespace crossread
