#pragma once
// Tags a figure by hand on a span, or corrects one the extractor read wrongly: kind, value
// (written as `crossread tag --figure` takes it: "$14.3 billion", "49%", "2026-04-08"),
// qualifier and label. The result is a hand figure at the same range, which wins over the
// extracted one; it is an undoable Workspace edit, made by the current coder.
#include "domain/Types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace crossread {

class Project;
class Workspace;

class FigureDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FigureDialog(QWidget *parent = nullptr);

    // Fills the fields from a figure (kind, value, qualifier, label).
    void setFigure(const Figure &figure);
    // Reads the fields into *out (kind, value, unit, qualifier, label only); false and *error
    // when the value cannot be read.
    bool readFigure(Figure *out, QString *error) const;

    void setKind(FigureKind kind);
    void setValueText(const QString &text);
    void setQualifier(Qualifier qualifier);
    void setLabel(const QString &label);
    QString valueText() const;
    QString label() const;
    FigureKind kind() const;
    Qualifier qualifier() const;

    // The figure to prefill for a range: a hand figure on it, else the extracted figure that
    // overlaps it most, else what the extractor reads in the quoted text.
    static Figure suggestedFigure(Project *project, qint64 articleId, qint64 start, qint64 end, const QString &quote);
    // Records figure as a hand figure (replacing hand figures at exactly its range).
    static bool applyFigure(Workspace *workspace, const Figure &figure);

    // Asks for the figure a span states and records it; false when cancelled.
    static bool editFigureForSpan(QWidget *parent, Workspace *workspace, const Span &span);
    // Corrects a figure (extracted or by hand) at its own range; false when cancelled.
    static bool editFigure(QWidget *parent, Workspace *workspace, const Figure &figure);

private:
    static bool runDialog(
        QWidget *parent, Workspace *workspace, Figure target, const Figure &prefill, const QString &quote);
    void validate();

    QComboBox *m_kind;
    QLineEdit *m_value;
    QComboBox *m_qualifier;
    QLineEdit *m_label;
    QLabel *m_quote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace crossread
