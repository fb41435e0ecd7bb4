#include "TagAllDialog.h"

#include "models/TagTreeModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossread {

TagAllDialog::TagAllDialog(TagTreeModel *tags, qint64 defaultTagId, int phraseHits, int wordHits, QWidget *parent)
    : QDialog(parent)
    , m_phraseHits(phraseHits)
    , m_tag(new QComboBox)
    , m_words(new QCheckBox)
    , m_sentences(new QCheckBox)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Tag All Results"));
    setObjectName(QStringLiteral("tagAllDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(phraseHits > 0
            ? tr("Tag all %n hit(s) of the query with this tag (pick one, or type a new name):", nullptr, phraseHits)
            : tr("Tag the hits with this tag (pick one, or type a new name):"));
    label->setWordWrap(true);
    layout->addWidget(label);
    m_tag->setObjectName(QStringLiteral("tagAllTag"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->lineEdit()->setPlaceholderText(tr("Tag name, or Parent/Name"));
    for (const Tag &t : tags->allTags())
        m_tag->addItem(tags->tagPath(t.id), t.id);
    const int current = m_tag->findData(defaultTagId);
    m_tag->setCurrentIndex(current);
    if (current < 0)
        m_tag->setEditText(QString());
    layout->addWidget(m_tag);
    m_words->setObjectName(QStringLiteral("tagAllSingleWords"));
    m_words->setText(tr("Also tag the %n single word(s) found apart from the phrase", nullptr, wordHits));
    m_words->setToolTip(tr("Each word of the query becomes a span of its own where the words stand apart"));
    m_words->setVisible(wordHits > 0);
    layout->addWidget(m_words);
    m_sentences->setObjectName(QStringLiteral("tagAllSentences"));
    m_sentences->setToolTip(tr("The query joins several terms: tag the sentences they stand in, not each word alone"));
    m_sentences->hide();
    layout->addWidget(m_sentences);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tag, &QComboBox::editTextChanged, this, &TagAllDialog::updateOk);
    connect(m_words, &QCheckBox::toggled, this, &TagAllDialog::updateOk);
    setMinimumWidth(std::max(420, fontMetrics().averageCharWidth() * 60));
    updateOk();
}

QString TagAllDialog::tagPath() const
{
    return m_tag->currentText().trimmed();
}

bool TagAllDialog::includeSingleWords() const
{
    return !m_words->isHidden() && m_words->isChecked();
}

void TagAllDialog::offerSentences(int sentences, bool chosen)
{
    m_sentences->setText(tr("Tag the %n sentence(s) that hold the hits, not each hit alone", nullptr, sentences));
    m_sentences->setChecked(chosen);
    m_sentences->setVisible(sentences > 0);
}

bool TagAllDialog::wholeSentences() const
{
    return !m_sentences->isHidden() && m_sentences->isChecked();
}

void TagAllDialog::updateOk()
{
    const bool anyHits = m_phraseHits > 0 || m_words->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!tagPath().isEmpty() && anyHits);
}

} // namespace crossread
