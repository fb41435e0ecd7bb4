#include "export/ExportDialog.h"

#include "export/CsvExporter.h"
#include "export/PdfExporter.h"
#include "export/QdpxExporter.h"
#include "export/WebAnnotationExporter.h"
#include "store/Project.h"
#include "store/ProjectBundle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace crossread {

ExportDialog::ExportDialog(Project *project, const QList<qint64> &selectedArticles, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_selected(selectedArticles)
{
    setWindowTitle(tr("Export"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("Annotated PDF"), int(Format::Pdf));
    m_format->addItem(tr("REFI-QDA project (.qdpx)"), int(Format::Qdpx));
    m_format->addItem(tr("Spreadsheet (CSV)"), int(Format::Csv));
    m_format->addItem(tr("Web annotations (JSON-LD)"), int(Format::JsonLd));
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"));
    m_pageSize->addItem(tr("US Letter"));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);
    m_all = new QRadioButton(tr("All articles"), this);
    m_selection = new QRadioButton(tr("Selected articles (%n)", nullptr, int(m_selected.size())), this);
    m_selection->setEnabled(!m_selected.isEmpty());
    (m_selected.size() > 1 ? m_selection : m_all)->setChecked(true);
    m_path = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Page size:"), m_pageSize);
    form->addRow(tr("Articles:"), m_all);
    form->addRow(QString(), m_selection);
    form->addRow(tr("File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(project->name() + suffixFor(Format::Pdf)));
    // Wide enough for the whole path (up to most of the screen), not a stub of it.
    const QFontMetrics metrics = m_path->fontMetrics();
    const int pathWidth = metrics.horizontalAdvance(m_path->text()) + 4 * metrics.averageCharWidth();
    const int cap = screen() ? screen()->availableGeometry().width() * 6 / 10 : 900;
    m_path->setMinimumWidth(std::min(pathWidth, cap));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, &ExportDialog::onFinished);
}

ExportDialog::~ExportDialog()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

QString ExportDialog::suffixFor(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral(".pdf");
    case Format::Qdpx:
        return QStringLiteral(".qdpx");
    case Format::Csv:
        return QStringLiteral(".csv");
    case Format::JsonLd:
        return QStringLiteral(".jsonld");
    }
    return QString();
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format f)
{
    m_format->setCurrentIndex(m_format->findData(int(f)));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::updateSuffix()
{
    m_pageSize->setEnabled(format() == Format::Pdf);
    const QFileInfo info(outputPath());
    m_path->setText(info.dir().filePath(info.completeBaseName() + suffixFor(format())));
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), outputPath());
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::startExport()
{
    if (m_watcher.isRunning())
        return;
    const QString path = outputPath();
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        m_status->setText(tr("Choose a file name to export to."));
        return;
    }
    // The snapshot is read here, on the window's connection; the worker only writes files.
    const ExportBundle bundle
        = ProjectBundle::snapshot(*m_project, m_selection->isChecked() ? m_selected : QList<qint64>());
    const Format f = format();
    PdfExportOptions pdfOptions;
    pdfOptions.pageSize
        = m_pageSize->currentIndex() == 1 ? PdfExportOptions::PageSize::Letter : PdfExportOptions::PageSize::A4;
    m_cancel = false;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting %n article(s)…", nullptr, int(bundle.articles.size())));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Stop"));
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(false);
    }
    QPointer<QProgressBar> bar = m_progress;
    ExportProgress progress = [this, bar](int done, int total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done, total] {
                if (bar) {
                    bar->setRange(0, total);
                    bar->setValue(done);
                }
            },
            Qt::QueuedConnection);
        return !m_cancel.load();
    };
    m_watcher.setFuture(QtConcurrent::run([bundle, f, path, pdfOptions, progress]() {
        switch (f) {
        case Format::Pdf:
            return PdfExporter(pdfOptions).exportTo(bundle, path, progress);
        case Format::Qdpx:
            return QdpxExporter().exportTo(bundle, path, progress);
        case Format::Csv:
            return CsvExporter().exportTo(bundle, path, progress);
        case Format::JsonLd:
            return WebAnnotationExporter().exportTo(bundle, path, progress);
        }
        return ExportResult::failure(QStringLiteral("unknown format"));
    }));
}

void ExportDialog::onFinished()
{
    m_result = m_watcher.result();
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    emit exportFinished(m_result);
    if (m_result.cancelled) {
        m_status->setText(tr("Export stopped; no file was written."));
    } else if (!m_result.ok) {
        m_status->setText(tr("Export failed: %1").arg(m_result.error));
    } else {
        QString text = tr("Exported to %1").arg(m_result.files.join(QStringLiteral(", ")));
        if (!m_result.warnings.isEmpty())
            text += QStringLiteral("\n") + m_result.warnings.join(u'\n');
        m_status->setText(text);
    }
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(true);
    }
}

void ExportDialog::reject()
{
    if (m_watcher.isRunning()) {
        m_cancel = true; // the worker stops at its next step and removes its partial file
        m_status->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace crossread
