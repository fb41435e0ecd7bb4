#include "AgreementView.h"

#include "models/AgreementSession.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace crossread {

namespace {

const char *const kConsensusKey = "agreement/consensus";

QStringList checked(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

} // namespace

AgreementView::AgreementView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(new AgreementSession(workspace, this))
    , m_coders(new QListWidget(this))
    , m_tags(new QListWidget(this))
    , m_scope(new QLabel(this))
    , m_consensus(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_disagreements(new QTableView(this))
{
    m_session->setActive(false); // until shown
    m_coders->setObjectName(QStringLiteral("agreementCoders"));
    m_tags->setObjectName(QStringLiteral("agreementTags"));
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_disagreements->setObjectName(QStringLiteral("disagreementTable"));
    m_consensus->setObjectName(QStringLiteral("consensusCoder"));
    m_coders->setToolTip(tr("The coders to compare; the first two checked are listed side by side below."));
    m_tags->setToolTip(tr("The tags to compare; none checked: every tag the coders used."));
    m_coders->setMaximumHeight(110);
    m_tags->setMaximumHeight(110);

    m_consensus->setText(
        QSettings().value(QLatin1String(kConsensusKey), Workspace::defaultConsensusCoder()).toString());
    m_session->setConsensusCoder(m_consensus->text());
    connect(m_consensus, &QLineEdit::editingFinished, this, [this] {
        m_session->setConsensusCoder(m_consensus->text().trimmed());
        QSettings().setValue(QLatin1String(kConsensusKey), m_consensus->text().trimmed());
        m_session->recompute();
    });

    auto *choices = new QHBoxLayout;
    auto *coderBox = new QVBoxLayout;
    coderBox->addWidget(new QLabel(tr("Coders"), this));
    coderBox->addWidget(m_coders);
    auto *tagBox = new QVBoxLayout;
    tagBox->addWidget(new QLabel(tr("Tags"), this));
    tagBox->addWidget(m_tags);
    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(m_scope);
    auto *consensusRow = new QHBoxLayout;
    auto *consensusLabel = new QLabel(tr("Consensus coder:"), this);
    consensusLabel->setBuddy(m_consensus);
    consensusRow->addWidget(consensusLabel);
    consensusRow->addWidget(m_consensus);
    scopeBox->addLayout(consensusRow);
    scopeBox->addStretch();
    choices->addLayout(coderBox, 1);
    choices->addLayout(tagBox, 2);
    choices->addLayout(scopeBox, 2);

    m_table->setModel(m_session->table());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AgreementTableModel::TagColumn, QHeaderView::Stretch);
    m_disagreements->setModel(m_session->disagreements());
    m_disagreements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_disagreements->setSelectionMode(QAbstractItemView::SingleSelection);
    m_disagreements->setWordWrap(true);
    m_disagreements->verticalHeader()->hide();
    m_disagreements->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_disagreements->horizontalHeader()->setSectionResizeMode(DisagreementModel::TextColumn, QHeaderView::Stretch);
    for (int column :
        { DisagreementModel::FirstColumn, DisagreementModel::SecondColumn, DisagreementModel::ConsensusColumn })
        m_disagreements->setColumnWidth(column, 220);

    // Two rows of three, so that the view fits beside the panels of an 800-pixel window.
    auto *buttons = new QGridLayout;
    int placed = 0;
    const auto place = [buttons, &placed](QPushButton *button) {
        buttons->addWidget(button, placed / 3, placed % 3);
        ++placed;
    };
    const struct
    {
        QString text;
        QString name;
        int choice;
    } adjudications[] = {
        { tr("Accept &First"), QStringLiteral("acceptFirst"), int(Workspace::Adjudication::AcceptFirst) },
        { tr("Accept &Second"), QStringLiteral("acceptSecond"), int(Workspace::Adjudication::AcceptSecond) },
        { tr("&Keep Both"), QStringLiteral("keepBoth"), int(Workspace::Adjudication::KeepBoth) },
        { tr("&Merge to Union"), QStringLiteral("mergeUnion"), int(Workspace::Adjudication::MergeUnion) },
    };
    for (const auto &a : adjudications) {
        auto *button = new QPushButton(a.text, this);
        button->setObjectName(a.name);
        const int choice = a.choice;
        connect(button, &QPushButton::clicked, this, [this, choice] { adjudicateCurrent(choice); });
        place(button);
        m_actions << button;
    }
    auto *adopt = new QPushButton(tr("&Copy Agreements"), this);
    adopt->setObjectName(QStringLiteral("copyAgreements"));
    adopt->setToolTip(tr("Copy what the two coders coded alike into the consensus coding"));
    connect(adopt, &QPushButton::clicked, this, [this] {
        if (!m_session->adoptAgreements())
            emit message(m_session->lastError());
        else
            emit message(tr("What both coded alike is now %1's coding too; Edit › Undo takes it back.")
                             .arg(m_session->consensusCoder()));
    });
    place(adopt);
    auto *open = new QPushButton(tr("&Open in Reader"), this);
    open->setObjectName(QStringLiteral("openDisagreement"));
    connect(open, &QPushButton::clicked, this, &AgreementView::openCurrent);
    place(open);
    m_actions << open;

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(new QLabel(tr("Disagreements of the first two coders"), lower));
    lowerLayout->addWidget(m_disagreements);
    lowerLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(splitter, 1);

    connect(m_coders, &QListWidget::itemChanged, this, &AgreementView::applySelection);
    connect(m_tags, &QListWidget::itemChanged, this, &AgreementView::applySelection);
    connect(m_disagreements, &QAbstractItemView::doubleClicked, this, &AgreementView::openCurrent);
    connect(
        m_disagreements->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgreementView::updateButtons);
    connect(m_session, &AgreementSession::recomputed, this, [this] {
        // The buttons name the coders they side with.
        const QStringList coders = m_session->coders();
        m_actions[0]->setText(coders.size() >= 2 ? tr("Accept %1’s").arg(coders[0]) : tr("Accept &First"));
        m_actions[1]->setText(coders.size() >= 2 ? tr("Accept %1’s").arg(coders[1]) : tr("Accept &Second"));
        m_disagreements->resizeRowsToContents();
        updateButtons();
    });
    reloadChoices();
}

void AgreementView::showEvent(QShowEvent *event)
{
    m_session->setActive(true);
    QWidget::showEvent(event);
}

void AgreementView::hideEvent(QHideEvent *event)
{
    // Behind another tab the view does not read the project again after every edit.
    m_session->setActive(false);
    QWidget::hideEvent(event);
}

void AgreementView::reloadChoices()
{
    const QStringList coders = checked(m_coders);
    const QStringList tags = checked(m_tags);
    QSignalBlocker blockCoders(m_coders);
    QSignalBlocker blockTags(m_tags);
    m_coders->clear();
    for (const QString &c : m_session->availableCoders()) {
        auto *item = new QListWidgetItem(c, m_coders);
        item->setData(Qt::UserRole, c);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(coders.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    m_tags->clear();
    for (const auto &[id, path] : m_session->availableTags()) {
        auto *item = new QListWidgetItem(path, m_tags);
        item->setData(Qt::UserRole, QString::number(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(tags.contains(QString::number(id)) ? Qt::Checked : Qt::Unchecked);
    }
    applySelection();
}

void AgreementView::setArticles(const QList<qint64> &articleIds)
{
    m_articles = articleIds;
    applySelection();
}

void AgreementView::applySelection()
{
    QList<qint64> tagIds;
    for (const QString &id : checked(m_tags))
        tagIds << id.toLongLong();
    const QStringList coders = checked(m_coders);
    m_scope->setText(m_articles.isEmpty()
            ? tr("Articles: every article the coders coded")
            : tr("Articles: the %n selected in the article list", nullptr, int(m_articles.size())));
    if (coders.size() < 2)
        emit message(tr("Check two or more coders to compare them."));
    m_session->setSelection(coders, tagIds, m_articles);
}

void AgreementView::updateButtons()
{
    const bool chosen = m_disagreements->selectionModel()->hasSelection();
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(chosen);
}

bool AgreementView::adjudicateCurrent(int choice)
{
    const QModelIndex current = m_disagreements->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    if (!m_session->adjudicate(row, choice)) {
        emit message(m_session->lastError());
        return false;
    }
    emit message(tr("Settled as %1's coding; Edit › Undo takes it back.").arg(m_session->consensusCoder()));
    // The list is read again after the edit; stay near the row that was settled.
    m_session->recompute();
    if (row < m_session->disagreements()->rowCount())
        m_disagreements->selectRow(row);
    return true;
}

void AgreementView::openCurrent()
{
    const QModelIndex current = m_disagreements->currentIndex();
    if (!current.isValid())
        return;
    const Disagreement d = m_session->disagreements()->disagreement(current.row());
    emit openArticleRequested(d.articleId, d.extent.start, d.extent.end);
}

} // namespace crossread
