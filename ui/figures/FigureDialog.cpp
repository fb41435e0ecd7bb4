#include "figures/FigureDialog.h"

#include "domain/CodePoints.h"
#include "figures/FigureExtractor.h"
#include "figures/FigureSpec.h"
#include "models/FigureTableModel.h"
#include "store/Project.h"
#include "store/ProjectFigures.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace crossread {

namespace {

const FigureKind kKinds[] = { FigureKind::Money, FigureKind::Percent, FigureKind::Score, FigureKind::Count,
    FigureKind::Rank, FigureKind::Duration, FigureKind::Date };
const Qualifier kQualifiers[] = { Qualifier::Exact, Qualifier::Over, Qualifier::Under, Qualifier::About };

qint64 overlap(const Figure &f, qint64 start, qint64 end)
{
    if (start == end) // an empty range overlaps the figure that contains it
        return f.start <= start && start < f.end ? 1 : 0;
    return std::max<qint64>(0, std::min(f.end, end) - std::max(f.start, start));
}

} // namespace

FigureDialog::FigureDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox)
    , m_value(new QLineEdit)
    , m_qualifier(new QComboBox)
    , m_label(new QLineEdit)
    , m_quote(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Figure"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    for (FigureKind k : kKinds)
        m_kind->addItem(FigureTableModel::kindText(k), int(k));
    m_qualifier->addItem(tr("exactly"), int(Qualifier::Exact));
    for (Qualifier q : kQualifiers) {
        if (q != Qualifier::Exact)
            m_qualifier->addItem(FigureTableModel::qualifierText(q), int(q));
    }
    m_value->setPlaceholderText(tr("$14.3 billion, 49%, 71.4, 1.2 million downloads, 2026-04-08"));
    m_value->setToolTip(tr("A number with its currency, magnitude and unit; >, < or ~ in front say over, under "
                           "or about. Dates as YYYY-MM-DD, YYYY-MM or YYYY."));
    m_label->setPlaceholderText(tr("What it measures: funding, valuation, ReasonBench Pro…"));
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setVisible(false);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);

    auto *form = new QFormLayout(this);
    form->addRow(m_quote);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Qualifier:"), m_qualifier);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(m_error);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FigureDialog::validate);
    connect(m_value, &QLineEdit::textChanged, this, &FigureDialog::validate);
    validate();
}

void FigureDialog::setKind(FigureKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void FigureDialog::setValueText(const QString &text)
{
    m_value->setText(text);
}

void FigureDialog::setQualifier(Qualifier qualifier)
{
    m_qualifier->setCurrentIndex(m_qualifier->findData(int(qualifier)));
}

void FigureDialog::setLabel(const QString &label)
{
    m_label->setText(label);
}

QString FigureDialog::valueText() const
{
    return m_value->text();
}

QString FigureDialog::label() const
{
    return m_label->text();
}

FigureKind FigureDialog::kind() const
{
    return FigureKind(m_kind->currentData().toInt());
}

Qualifier FigureDialog::qualifier() const
{
    return Qualifier(m_qualifier->currentData().toInt());
}

void FigureDialog::setFigure(const Figure &figure)
{
    setKind(figure.kind);
    setValueText(FigureTableModel::formatValue(figure));
    setQualifier(figure.qualifier);
    setLabel(figure.label);
}

bool FigureDialog::readFigure(Figure *out, QString *error) const
{
    const QString value = m_value->text().trimmed();
    if (value.isEmpty()) {
        *error = tr("Enter the value.");
        return false;
    }
    if (value.contains(u':')) {
        *error = tr("The value cannot contain “:”.");
        return false;
    }
    // The same syntax as `crossread tag --figure KIND:VALUE[:LABEL]`.
    QString spec = figureKindName(kind()) + QLatin1Char(':') + value;
    const QString label = m_label->text().simplified();
    if (!label.isEmpty())
        spec += QLatin1Char(':') + label;
    Figure parsed;
    if (!parseFigureSpec(spec, &parsed, error))
        return false;
    // A sign in the value (">14bn") says the qualifier unless the combo says otherwise.
    if (qualifier() != Qualifier::Exact)
        parsed.qualifier = qualifier();
    out->kind = parsed.kind;
    out->value = parsed.value;
    out->dateValue = parsed.dateValue;
    out->unit = parsed.unit;
    out->qualifier = parsed.qualifier;
    out->label = parsed.label;
    return true;
}

void FigureDialog::validate()
{
    Figure f;
    QString error;
    const bool ok = readFigure(&f, &error);
    m_error->setText(ok || m_value->text().trimmed().isEmpty() ? QString() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

Figure FigureDialog::suggestedFigure(Project *project, qint64 articleId, qint64 start, qint64 end, const QString &quote)
{
    Figure best;
    qint64 bestOverlap = 0;
    bool bestManual = false;
    for (const Figure &f : ProjectFigures::collect(*project, { articleId })) {
        const qint64 o = overlap(f, start, end);
        if (o <= 0)
            continue;
        // A hand figure at this range is what the analyst said last: it comes first.
        const bool manualHere = f.manual && f.start == start && f.end == end;
        if ((manualHere && !bestManual) || (manualHere == bestManual && o > bestOverlap)) {
            best = f;
            bestOverlap = o;
            bestManual = manualHere;
        }
    }
    if (bestOverlap > 0)
        return best;
    const QList<Figure> read = FigureExtractor().extract(quote, project->articles().article(articleId).published);
    if (!read.isEmpty())
        return read.first();
    Figure none;
    none.kind = FigureKind::Money;
    return none;
}

bool FigureDialog::applyFigure(Workspace *workspace, const Figure &figure)
{
    return workspace && workspace->isOpen() && workspace->setFigure(figure).done();
}

bool FigureDialog::runDialog(
    QWidget *parent, Workspace *workspace, Figure target, const Figure &prefill, const QString &quote)
{
    FigureDialog dialog(parent);
    dialog.setFigure(prefill);
    if (!quote.isEmpty()) {
        dialog.m_quote->setText(QStringLiteral("“%1”").arg(quote.simplified().toHtmlEscaped()));
        dialog.m_quote->setVisible(true);
    }
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return false;
        QString error;
        if (dialog.readFigure(&target, &error))
            break;
        dialog.m_error->setText(error);
    }
    return applyFigure(workspace, target);
}

bool FigureDialog::editFigureForSpan(QWidget *parent, Workspace *workspace, const Span &span)
{
    if (!workspace || !workspace->isOpen() || span.articleId <= 0)
        return false;
    Project *project = workspace->project();
    Figure target;
    target.articleId = span.articleId;
    target.start = span.start;
    target.end = span.end;
    target.spanId = span.id;
    target.text = span.text;
    if (target.text.isEmpty()) {
        const QString text = project->articles().text(span.articleId);
        target.text = CodePoints(text).mid(text, span.start, span.end);
    }
    const Figure prefill = suggestedFigure(project, span.articleId, span.start, span.end, target.text);
    return runDialog(parent, workspace, target, prefill, target.text);
}

bool FigureDialog::editFigure(QWidget *parent, Workspace *workspace, const Figure &figure)
{
    if (!workspace || !workspace->isOpen() || figure.articleId <= 0)
        return false;
    Figure target;
    target.articleId = figure.articleId;
    target.start = figure.start;
    target.end = figure.end;
    target.spanId = figure.spanId;
    target.text = figure.text;
    return runDialog(parent, workspace, target, figure, figure.text);
}

} // namespace crossread
