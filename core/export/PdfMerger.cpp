#include "export/PdfMerger.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace crossread {

PdfMerger::PdfMerger(const QString &qpdfProgram)
{
    if (!qpdfProgram.isEmpty())
        m_program = QFileInfo(qpdfProgram).isExecutable() ? qpdfProgram : QString();
    else
        m_program = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
}

bool PdfMerger::merge(const QList<Part> &parts, const QString &output)
{
    if (!isAvailable()) {
        m_error = QStringLiteral("qpdf is not installed");
        return false;
    }
    QStringList args { QStringLiteral("--empty"), QStringLiteral("--pages") };
    for (const Part &p : parts)
        args << p.file << QStringLiteral("%1-%2").arg(p.firstPage).arg(p.lastPage);
    args << QStringLiteral("--") << output;
    QProcess qpdf;
    qpdf.setProgram(m_program);
    qpdf.setArguments(args);
    qpdf.start();
    if (!qpdf.waitForFinished(10 * 60 * 1000)) {
        qpdf.kill();
        qpdf.waitForFinished();
        m_error = QStringLiteral("qpdf did not finish: %1").arg(qpdf.errorString());
        return false;
    }
    // Exit code 3 means qpdf repaired something and wrote the file anyway.
    if (qpdf.exitStatus() != QProcess::NormalExit || (qpdf.exitCode() != 0 && qpdf.exitCode() != 3)) {
        m_error = QStringLiteral("qpdf failed: %1").arg(QString::fromLocal8Bit(qpdf.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

} // namespace crossread
