#include "models/AgreementSession.h"

#include "domain/CodePoints.h"
#include "store/Project.h"
#include "workspace/AgreementData.h"
#include "workspace/Workspace.h"

#include <QCollator>
#include <QFileInfo>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace crossread {

namespace {

// "12–40 “the quoted text”" per span, one a line; "—" where the coder coded nothing.
QString describe(const QList<Span> &spans, const QString &text, const CodePoints &cp)
{
    QStringList lines;
    for (const Span &s : spans) {
        QString quote = cp.mid(text, s.start, s.end).simplified();
        if (quote.size() > 80)
            quote = quote.left(78) + QStringLiteral("…");
        lines << QStringLiteral("%1–%2 “%3”").arg(s.start).arg(s.end).arg(quote);
    }
    return lines.isEmpty() ? QStringLiteral("—") : lines.join(u'\n');
}

} // namespace

AgreementSession::AgreementSession(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_consensus(Workspace::defaultConsensusCoder())
{
    if (!m_workspace)
        return;
    Project *project = m_workspace->project();
    connect(project, &Project::spansAdded, this, &AgreementSession::scheduleRecompute);
    connect(project, &Project::spansRemoved, this, &AgreementSession::scheduleRecompute);
    connect(project, &Project::spanChanged, this, &AgreementSession::scheduleRecompute);
    connect(project, &Project::tagsReset, this, &AgreementSession::scheduleRecompute);
    connect(project, &Project::tagChanged, this, &AgreementSession::scheduleRecompute);
    connect(project, &Project::tagsRemoved, this, &AgreementSession::scheduleRecompute);
    connect(project, &Project::articlesChanged, this, &AgreementSession::scheduleRecompute);
    connect(project, &Project::changedElsewhere, this, &AgreementSession::scheduleRecompute);
    connect(project, &Project::opened, this, &AgreementSession::scheduleRecompute);
    connect(project, &Project::closed, this, &AgreementSession::scheduleRecompute);
}

QStringList AgreementSession::availableCoders() const
{
    return m_workspace && m_workspace->isOpen() ? m_workspace->project()->spans().coders() : QStringList();
}

QList<QPair<qint64, QString>> AgreementSession::availableTags() const
{
    QList<QPair<qint64, QString>> tags;
    if (!m_workspace || !m_workspace->isOpen())
        return tags;
    const QHash<qint64, QString> paths = tagPaths(*m_workspace->project());
    for (auto it = paths.cbegin(); it != paths.cend(); ++it)
        tags.append({ it.key(), it.value() });
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(tags.begin(), tags.end(),
        [&](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    return tags;
}

void AgreementSession::setSelection(
    const QStringList &coders, const QList<qint64> &tagIds, const QList<qint64> &articleIds)
{
    m_coders = coders;
    m_tagIds = tagIds;
    m_articleIds = articleIds;
    recompute();
}

void AgreementSession::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        scheduleRecompute();
}

void AgreementSession::scheduleRecompute()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &AgreementSession::recompute);
}

void AgreementSession::recompute()
{
    m_pending = false;
    m_stale = false;
    if (!m_workspace || !m_workspace->isOpen() || m_coders.size() < 2) {
        m_shownTags.clear();
        m_shownArticles.clear();
        m_table.setReport({});
        m_disagreements.setRows({}, QString(), QString());
        emit recomputed();
        return;
    }
    Project *project = m_workspace->project();
    AgreementRequest request { m_coders, m_tagIds, m_articleIds };
    const AgreementInput input = agreementInput(*project, request);
    m_table.setReport(computeAgreement(input));

    QSet<qint64> tags;
    for (const auto &t : input.tags)
        tags.insert(t.first);
    QSet<qint64> articles;
    for (const auto &a : input.articles)
        articles.insert(a.first);
    m_shownTags = tags;
    m_shownArticles = articles;
    const QList<Span> spans = project->spans().codingsOf({ m_coders.at(0), m_coders.at(1), m_consensus });
    const QList<Disagreement> found = findDisagreements(spans, m_coders.at(0), m_coders.at(1), tags, articles);

    QHash<qint64, QString> titles;
    project->articles().forEachSummary([&](const ArticleSummary &a) {
        titles.insert(a.id, a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title);
        return true;
    });
    QHash<qint64, QString> paths;
    for (const auto &t : input.tags)
        paths.insert(t.first, t.second);
    QHash<qint64, QString> texts;
    QList<DisagreementModel::Row> rows;
    for (const Disagreement &d : found) {
        if (!texts.contains(d.articleId))
            texts.insert(d.articleId, project->articles().text(d.articleId));
        const QString &text = texts[d.articleId];
        const CodePoints cp(text);
        DisagreementModel::Row row;
        row.disagreement = d;
        row.article = titles.value(d.articleId);
        row.tag = paths.value(d.tagId);
        row.text = cp.mid(text, d.extent.start, d.extent.end).simplified();
        row.first = describe(d.first, text, cp);
        row.second = describe(d.second, text, cp);
        QList<Span> consensus;
        for (const Span &s : spans) {
            if (s.articleId == d.articleId && s.author == m_consensus && s.tagIds.contains(d.tagId)
                && s.start < d.extent.end && s.end > d.extent.start)
                consensus << s;
        }
        std::sort(consensus.begin(), consensus.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        row.consensus = describe(consensus, text, cp);
        rows << row;
    }
    m_disagreements.setRows(rows, m_coders.at(0), m_coders.at(1));
    emit recomputed();
}

bool AgreementSession::adjudicate(int row, int choice)
{
    m_lastError.clear();
    if (!m_workspace || row < 0 || row >= m_disagreements.rowCount()) {
        m_lastError = tr("choose a disagreement first");
        return false;
    }
    const EditResult result
        = m_workspace->adjudicate(m_disagreements.disagreement(row), Workspace::Adjudication(choice), m_consensus);
    if (result.failed())
        m_lastError = m_workspace->lastError();
    return !result.failed();
}

bool AgreementSession::adoptAgreements()
{
    m_lastError.clear();
    if (!m_workspace || !m_workspace->isOpen() || m_coders.size() < 2) {
        m_lastError = tr("check two coders first");
        return false;
    }
    const QList<Disagreement> agreed = findAgreements(
        m_workspace->project()->spans().allSpans(), m_coders.at(0), m_coders.at(1), m_shownTags, m_shownArticles);
    if (agreed.isEmpty())
        return true;
    const EditResult result = m_workspace->adoptAgreements(agreed, m_consensus);
    if (result.failed())
        m_lastError = m_workspace->lastError();
    return !result.failed();
}

} // namespace crossread
