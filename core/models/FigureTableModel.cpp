#include "models/FigureTableModel.h"

#include "figures/FigureExtractor.h"
#include "store/Project.h"
#include "store/ProjectFigures.h"

#include <QFileInfo>
#include <QFuture>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace crossread {

FigureTableModel::FigureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

Project *FigureTableModel::project() const
{
    return m_project;
}

void FigureTableModel::setProject(Project *project)
{
    if (m_project == project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::articlesChanged, this, &FigureTableModel::reload);
        connect(m_project, &Project::changedElsewhere, this, &FigureTableModel::reload);
        connect(m_project, &Project::opened, this, &FigureTableModel::reload);
        connect(m_project, &Project::closed, this, &FigureTableModel::clear);
        connect(m_project, &Project::figuresChanged, this, &FigureTableModel::remergeArticle);
    }
    reload();
}

void FigureTableModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_project || !m_project->isOpen()) {
        clear();
        return;
    }
    // Reads stay on this thread: the connection is the main thread's. Only the extraction,
    // the slow part, goes to the worker.
    QHash<qint64, ArticleSummary> articles;
    QList<qint64> order;
    QHash<qint64, QPair<QString, QDate>> texts;
    for (const ArticleSummary &s : m_project->articles().summaries()) {
        articles.insert(s.id, s);
        order << s.id;
        texts.insert(s.id, { m_project->articles().text(s.id), s.published });
    }
    m_loading = true;
    QtConcurrent::run([order, texts] {
        return ProjectFigures::extractWithClaimLabels(order, texts);
    }).then(this, [this, generation, articles, order](const QList<Figure> &extracted) {
        if (generation != m_generation)
            return; // a newer reload is under way
        m_articles = articles;
        m_order = order;
        applyExtraction(extracted);
    });
}

void FigureTableModel::applyExtraction(const QList<Figure> &extracted)
{
    m_extracted.clear();
    for (const Figure &f : extracted)
        m_extracted[f.articleId].append(f);
    // Hand figures are read now rather than before the extraction, so that edits made while
    // the worker ran are not lost.
    QHash<qint64, QList<Figure>> manual;
    if (m_project && m_project->isOpen()) {
        for (const Figure &f : m_project->figures().manualFigures())
            manual[f.articleId].append(f);
    }
    beginResetModel();
    m_figures.clear();
    for (qint64 id : std::as_const(m_order))
        m_figures += merged(id, manual.value(id));
    m_loading = false;
    endResetModel();
    emit loaded();
}

QList<Figure> FigureTableModel::merged(qint64 articleId, const QList<Figure> &manual) const
{
    return FigureExtractor::mergeWithManual(m_extracted.value(articleId), manual);
}

void FigureTableModel::remergeArticle(qint64 articleId)
{
    if (m_loading || !m_project || !m_project->isOpen())
        return; // the load under way reads the hand figures when it ends
    if (articleId <= 0 || !m_articles.contains(articleId)) {
        const QList<qint64> ids = m_order;
        for (qint64 id : ids)
            remergeArticle(id);
        return;
    }
    const QList<Figure> rows = merged(articleId, m_project->figures().manualFigures(articleId));
    // Rows are grouped by article in m_order: find where this article's rows are (or go).
    const int position = int(m_order.indexOf(articleId));
    int first = 0;
    while (first < m_figures.size() && m_order.indexOf(m_figures.at(first).articleId) < position)
        ++first;
    int last = first;
    while (last < m_figures.size() && m_figures.at(last).articleId == articleId)
        ++last;
    const int common = std::min(last - first, int(rows.size()));
    for (int i = 0; i < common; ++i)
        m_figures[first + i] = rows.at(i);
    if (common > 0)
        emit dataChanged(index(first, 0), index(first + common - 1, ColumnCount - 1));
    if (rows.size() > common) {
        beginInsertRows({}, first + common, first + int(rows.size()) - 1);
        for (int i = common; i < rows.size(); ++i)
            m_figures.insert(first + i, rows.at(i));
        endInsertRows();
    } else if (last - first > common) {
        beginRemoveRows({}, first + common, last - 1);
        m_figures.remove(first + common, last - first - common);
        endRemoveRows();
    }
}

void FigureTableModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_figures.clear();
    m_articles.clear();
    m_order.clear();
    m_extracted.clear();
    m_loading = false;
    endResetModel();
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Figure &FigureTableModel::figure(int row) const
{
    return m_figures.at(row);
}

QString FigureTableModel::articleTitle(qint64 id) const
{
    const ArticleSummary a = m_articles.value(id);
    return a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title;
}

int FigureTableModel::rowOf(qint64 articleId, qint64 start, qint64 end) const
{
    for (int row = 0; row < m_figures.size(); ++row) {
        const Figure &f = m_figures.at(row);
        if (f.articleId == articleId && f.start == start && f.end == end)
            return row;
    }
    return -1;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &f = m_figures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ArticleColumn:
            return articleTitle(f.articleId);
        case OutletColumn:
            return m_articles.value(f.articleId).outlet;
        case KindColumn:
            return kindText(f.kind);
        case ValueColumn:
            return displayValue(f);
        case QualifierColumn:
            return qualifierText(f.qualifier);
        case LabelColumn:
            return f.label;
        case TextColumn:
            return f.text;
        case OriginColumn:
            return f.manual ? tr("manual") : tr("extracted");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == LabelColumn)
            return f.text;
        if (index.column() == ArticleColumn)
            return m_articles.value(f.articleId).path;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case FigureRole:
        return index.row();
    case ArticleIdRole:
        return f.articleId;
    case StartRole:
        return f.start;
    case EndRole:
        return f.end;
    case KindRole:
        return int(f.kind);
    case ManualRole:
        return f.manual;
    case OutletRole:
        return m_articles.value(f.articleId).outlet;
    case SortRole:
        switch (index.column()) {
        case ArticleColumn:
            return articleTitle(f.articleId).toLower();
        case OutletColumn:
            return m_articles.value(f.articleId).outlet.toLower();
        case KindColumn:
            return int(f.kind);
        case ValueColumn:
            return f.kind == FigureKind::Date ? QVariant(f.dateValue) : QVariant(f.value);
        case QualifierColumn:
            return int(f.qualifier);
        case LabelColumn:
            return f.label.toLower();
        case TextColumn:
            return f.text.toLower();
        case OriginColumn:
            return f.manual;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case OutletColumn:
        return tr("Outlet");
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Value");
    case QualifierColumn:
        return tr("Qualifier");
    case LabelColumn:
        return tr("Label");
    case TextColumn:
        return tr("Text");
    case OriginColumn:
        return tr("Origin");
    }
    return {};
}

QHash<int, QByteArray> FigureTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FigureRole, "figureRow");
    names.insert(ArticleIdRole, "articleId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(KindRole, "kind");
    names.insert(SortRole, "sortValue");
    names.insert(ManualRole, "manual");
    names.insert(OutletRole, "outlet");
    return names;
}

} // namespace crossread
