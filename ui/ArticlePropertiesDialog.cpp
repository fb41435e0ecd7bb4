#include "ArticlePropertiesDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace crossread {

ArticlePropertiesDialog::ArticlePropertiesDialog(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_original(article.metadata())
    , m_title(new QLineEdit(article.title))
    , m_outlet(new QLineEdit(article.outlet))
    , m_author(new QLineEdit(article.author))
    , m_dateKnown(new QCheckBox(tr("Known")))
    , m_published(new QDateEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Article Properties"));
    setObjectName(QStringLiteral("articlePropertiesDialog"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *path = new QLabel(QDir::toNativeSeparators(article.path));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    form->addRow(tr("File:"), path);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    form->addRow(tr("&Title:"), m_title);
    m_outlet->setObjectName(QStringLiteral("outletEdit"));
    m_outlet->setPlaceholderText(tr("Who published it"));
    form->addRow(tr("&Outlet:"), m_outlet);
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setPlaceholderText(tr("Who wrote it"));
    form->addRow(tr("&Author:"), m_author);
    m_published->setObjectName(QStringLiteral("publishedEdit"));
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_published->setDate(article.published.isValid() ? article.published : QDate::currentDate());
    m_dateKnown->setChecked(article.published.isValid());
    m_published->setEnabled(article.published.isValid());
    connect(m_dateKnown, &QCheckBox::toggled, m_published, &QWidget::setEnabled);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateKnown);
    dateRow->addWidget(m_published, 1);
    form->addRow(tr("&Published:"), dateRow);
    auto *note = new QLabel(tr("Fields you change stay as you set them when the file is imported again."));
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A title is required: an empty one is refused by the edit, so OK waits for one.
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    // Wide enough for a headline and a path on a line or two.
    setMinimumWidth(std::max(480, fontMetrics().averageCharWidth() * 70));
}

ArticleMetadata ArticlePropertiesDialog::metadata() const
{
    return { m_title->text().simplified(), m_outlet->text().simplified(), m_author->text().simplified(),
        m_dateKnown->isChecked() ? m_published->date() : QDate() };
}

ArticleFields ArticlePropertiesDialog::changedFields() const
{
    const ArticleMetadata now = metadata();
    ArticleFields fields;
    if (now.title != m_original.title)
        fields |= ArticleField::Title;
    if (now.outlet != m_original.outlet)
        fields |= ArticleField::Outlet;
    if (now.author != m_original.author)
        fields |= ArticleField::Author;
    if (now.published != m_original.published)
        fields |= ArticleField::Published;
    return fields;
}

} // namespace crossread
