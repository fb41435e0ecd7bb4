#pragma once
// Highlights a range of an article as a new span (with its tags and note). Redo after
// undo brings the span back under the id it first got, so later commands still find it.
#include "domain/Types.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class AddSpanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSpanCommand)
public:
    AddSpanCommand(Project *project, const Span &span, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 spanId() const { return m_span.id; } // 0 until the first redo succeeded
    Span span() const { return m_span; }

private:
    void updateText();
    QPointer<Project> m_project;
    Span m_span;
    bool m_validated = false;
};

} // namespace crossread
