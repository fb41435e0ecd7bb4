#pragma once
// Tag All Results: which tag every hit gets (the tag selected in the tag tree by default, or
// a new one typed in), and, when the results hold single words of a several-word query,
// whether those are tagged too: never unless the analyst ticks it. For a query that joins terms
// with operators, whether the sentences holding the hits are tagged rather than each hit.
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;

namespace crossread {

class TagTreeModel;

class TagAllDialog : public QDialog
{
    Q_OBJECT
public:
    // PHRASEHITS hits of the query itself, then WORDHITS of single words (0: none shown).
    TagAllDialog(TagTreeModel *tags, qint64 defaultTagId, int phraseHits, int wordHits, QWidget *parent = nullptr);

    // "Name" or "Parent/Name", as typed or picked.
    QString tagPath() const;
    bool includeSingleWords() const;
    // Offers to tag the SENTENCES sentences holding the hits instead of the hits, ticked by CHOSEN.
    void offerSentences(int sentences, bool chosen);
    bool wholeSentences() const;

    QComboBox *tagCombo() const { return m_tag; }
    QCheckBox *singleWordsBox() const { return m_words; }
    QCheckBox *sentencesBox() const { return m_sentences; }

private:
    void updateOk();
    int m_phraseHits;
    QComboBox *m_tag;
    QCheckBox *m_words;
    QCheckBox *m_sentences;
    QDialogButtonBox *m_buttons;
};

} // namespace crossread
