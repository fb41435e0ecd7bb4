#pragma once
// Joins page ranges of several PDFs into one with qpdf (poppler cannot move pages between
// documents). qpdf keeps each page's annotations and links.
#include <QList>
#include <QString>

namespace crossread {

class PdfMerger
{
public:
    struct Part
    {
        QString file;
        int firstPage = 1; // 1-based, inclusive
        int lastPage = 1;
    };

    explicit PdfMerger(const QString &qpdfProgram = {});

    bool isAvailable() const { return !m_program.isEmpty(); }
    QString program() const { return m_program; }
    bool merge(const QList<Part> &parts, const QString &output);
    QString errorString() const { return m_error; }

private:
    QString m_program;
    QString m_error;
};

} // namespace crossread
