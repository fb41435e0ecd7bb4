#pragma once
// File › Export…: annotated PDF, REFI-QDA project, CSV or Web Annotation JSON-LD of the whole
// project or the selected articles. The export runs in a worker with a progress bar and Cancel;
// a cancelled export leaves no file behind.
#include "export/ExportBundle.h"
#include "export/ExportResult.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace crossread {

class Project;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Pdf, Qdpx, Csv, JsonLd };

    ExportDialog(Project *project, const QList<qint64> &selectedArticles, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(Format format);
    void setOutputPath(const QString &path);
    QString outputPath() const;
    // Starts the export as the Export button does; finished() reports the result.
    void startExport();
    ExportResult result() const { return m_result; }

signals:
    void exportFinished(const crossread::ExportResult &result);

protected:
    void reject() override;

private:
    Format format() const;
    void updateSuffix();
    void browse();
    void onFinished();
    static QString suffixFor(Format format);

    Project *m_project;
    QList<qint64> m_selected;
    QComboBox *m_format;
    QComboBox *m_pageSize;
    QRadioButton *m_all;
    QRadioButton *m_selection;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<ExportResult> m_watcher;
    std::atomic_bool m_cancel { false };
    ExportResult m_result;
};

} // namespace crossread
