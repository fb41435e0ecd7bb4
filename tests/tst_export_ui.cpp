// File › Export… as a user drives it: pick a format, press Export, watch it finish; press
// Escape while it runs and find no file; a path that cannot be written gets a clear message.
#include "TestSupport.h"

#include "export/ExportDialog.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace crossread;

Q_DECLARE_METATYPE(crossread::ExportResult)

class TestExportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportEachFormat_data();
    void exportEachFormat();
    void selectedArticlesOnly();
    void escapeStopsAndLeavesNoFile();
    void unwritablePathIsReported();
    void pathShownWhole();

private:
    // Presses the dialog's Export button and waits for the worker to report.
    ExportResult clickExport(ExportDialog &dialog);
    QPushButton *exportButton(ExportDialog &dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QList<qint64> m_articleIds;
};

void TestExportUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ExportResult>();
}

void TestExportUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Invented articles, each with one sentence the test can find in the output.
    const QString folder = m_dir->filePath(QStringLiteral("articles"));
    for (int i = 0; i < 60; ++i) {
        QString text = QStringLiteral("Report %1\n\n").arg(i);
        for (int p = 0; p < 12; ++p)
            text += QStringLiteral("Paragraph %1 of report %2 puts the round at $%3 billion, a source said.\n")
                        .arg(p)
                        .arg(i)
                        .arg(i % 9 + 1);
        text += QStringLiteral("Marker sentence number %1 closes the report.\n").arg(i);
        QVERIFY(test::writeFile(
            QDir(folder).filePath(QStringLiteral("report-%1.txt").arg(i, 2, 10, QLatin1Char('0'))), text.toUtf8()));
    }
    const QString db = Project::projectPathForFolder(folder);
    QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
    const ImportReport report = ProjectImporter(db).run({ folder });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, 60);
    m_project = std::make_unique<Project>();
    QVERIFY(m_project->open(db));
    Tag tag;
    tag.name = QStringLiteral("Claim");
    tag.color = QColor(0xe6, 0x9f, 0x00);
    QVERIFY(m_project->addTag(tag));
    m_articleIds.clear();
    QList<Span> spans;
    for (const ArticleSummary &a : m_project->articles().summaries()) {
        m_articleIds << a.id;
        const QString text = m_project->articles().text(a.id);
        const qsizetype at = text.indexOf(QStringLiteral("Marker sentence"));
        QVERIFY(at >= 0);
        Span s;
        s.articleId = a.id;
        s.start = at; // ASCII: UTF-16 positions are code points
        s.end = text.indexOf(QLatin1Char('\n'), at);
        s.tagIds = { tag.id };
        s.note = QStringLiteral("checked against the filing");
        spans << s;
    }
    QVERIFY(m_project->addSpans(spans));
}

void TestExportUi::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QPushButton *TestExportUi::exportButton(ExportDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : buttons->buttons()) {
        if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

ExportResult TestExportUi::clickExport(ExportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QPushButton *button = exportButton(dialog);
    if (!button)
        return ExportResult::failure(QStringLiteral("no Export button"));
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(60000))
        return ExportResult::failure(QStringLiteral("the export did not finish"));
    return finished.first().first().value<ExportResult>();
}

void TestExportUi::exportEachFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("starts"); // the first bytes of the file
    QTest::newRow("annotated PDF") << int(ExportDialog::Format::Pdf) << QStringLiteral(".pdf") << QByteArray("%PDF-");
    QTest::newRow("REFI-QDA") << int(ExportDialog::Format::Qdpx) << QStringLiteral(".qdpx") << QByteArray("PK\x03\x04");
    QTest::newRow("CSV") << int(ExportDialog::Format::Csv) << QStringLiteral(".csv") << QByteArray("article,outlet");
    QTest::newRow("JSON-LD") << int(ExportDialog::Format::JsonLd) << QStringLiteral(".jsonld") << QByteArray("{");
}

void TestExportUi::exportEachFormat()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, starts);
    ExportDialog dialog(m_project.get(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Choosing the format in the combo box gives the file name its suffix.
    auto *formats = dialog.findChild<QComboBox *>();
    formats->setCurrentIndex(formats->findData(format));
    dialog.setOutputPath(m_dir->filePath(QStringLiteral("out/whole.pdf")));
    formats->setCurrentIndex((formats->currentIndex() + 1) % formats->count());
    formats->setCurrentIndex(formats->findData(format));
    QCOMPARE(dialog.outputPath(), m_dir->filePath(QStringLiteral("out/whole") + suffix));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("out"))));

    const ExportResult result = clickExport(dialog);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.files.first(), dialog.outputPath());
    const QByteArray bytes = test::readFile(dialog.outputPath());
    QVERIFY2(bytes.startsWith(starts), bytes.left(20).constData());
    // The dialog says where the file went and is ready for another export.
    bool said = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        said = said || label->text().contains(dialog.outputPath());
    QVERIFY(said);
    QVERIFY(exportButton(dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QProgressBar *>()->isVisible());
}

void TestExportUi::selectedArticlesOnly()
{
    const QList<qint64> chosen { m_articleIds.at(3), m_articleIds.at(7) };
    ExportDialog dialog(m_project.get(), chosen);
    dialog.setFormat(ExportDialog::Format::Csv);
    dialog.setOutputPath(m_dir->filePath(QStringLiteral("selected.csv")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // With more than one article selected the dialog offers just those first.
    QRadioButton *selection = nullptr;
    for (QRadioButton *r : dialog.findChildren<QRadioButton *>()) {
        if (r->text().contains(QLatin1String("(2)")))
            selection = r;
    }
    QVERIFY(selection && selection->isChecked());

    const ExportResult result = clickExport(dialog);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString csv = QString::fromUtf8(test::readFile(dialog.outputPath()));
    QCOMPARE(csv.count(QStringLiteral("Marker sentence number")), 2);
    for (qint64 id : chosen) {
        const QString text = m_project->articles().text(id);
        const qsizetype at = text.indexOf(QStringLiteral("Marker sentence"));
        QVERIFY(csv.contains(text.mid(at, text.indexOf(QLatin1Char('\n'), at) - at)));
    }
}

void TestExportUi::escapeStopsAndLeavesNoFile()
{
    ExportDialog dialog(m_project.get(), {});
    dialog.setFormat(ExportDialog::Format::Pdf);
    const QString path = m_dir->filePath(QStringLiteral("stopped.pdf"));
    dialog.setOutputPath(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    // As soon as the worker reports its first step, the user presses Escape.
    auto *bar = dialog.findChild<QProgressBar *>();
    bool pressed = false;
    bool visibleAfterPress = false;
    connect(bar, &QProgressBar::valueChanged, &dialog, [&](int value) {
        if (value > 0 && !pressed && finished.isEmpty()) {
            pressed = true;
            QTest::keyClick(&dialog, Qt::Key_Escape);
            visibleAfterPress = dialog.isVisible(); // it stays open while the worker stops
        }
    });
    QTest::mouseClick(exportButton(dialog), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(pressed, "the export finished before it reported progress");
    QVERIFY(visibleAfterPress);
    const ExportResult result = finished.first().first().value<ExportResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(dialog.isVisible());
    // Now Escape closes it.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestExportUi::unwritablePathIsReported()
{
    // A folder where the file should go is a plain file: nothing can be written there.
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("blocker")), QByteArray("x")));
    const QString path = m_dir->filePath(QStringLiteral("blocker/out.csv"));
    ExportDialog dialog(m_project.get(), {});
    dialog.setFormat(ExportDialog::Format::Csv);
    dialog.setOutputPath(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const ExportResult result = clickExport(dialog);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    bool said = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        said = said || (label->text().contains(path) && label->text().startsWith(QLatin1String("Export failed")));
    QVERIFY(said);
}

void TestExportUi::pathShownWhole()
{
    ExportDialog dialog(m_project.get(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 1);
    QLineEdit *path = edits.first();
    QVERIFY(path->text().endsWith(QStringLiteral(".pdf")));
    QVERIFY2(path->width() >= path->fontMetrics().horizontalAdvance(path->text()),
        qPrintable(QStringLiteral("%1 px for %2").arg(path->width()).arg(path->text())));
}

QTEST_MAIN(TestExportUi)
#include "tst_export_ui.moc"
