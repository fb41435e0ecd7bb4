#pragma once
// Article › Properties: the analyst corrects an article's title, outlet, author and date
// (a title made from the first sentence, a missing outlet). The dialog only asks; the
// caller makes the edit through the Workspace, and only the fields that changed count.
#include "domain/Types.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace crossread {

class ArticlePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArticlePropertiesDialog(const Article &article, QWidget *parent = nullptr);

    ArticleMetadata metadata() const;
    // The fields whose value differs from the article's.
    ArticleFields changedFields() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *outletEdit() const { return m_outlet; }
    QLineEdit *authorEdit() const { return m_author; }
    QCheckBox *dateKnown() const { return m_dateKnown; }
    QDateEdit *dateEdit() const { return m_published; }

private:
    ArticleMetadata m_original;
    QLineEdit *m_title;
    QLineEdit *m_outlet;
    QLineEdit *m_author;
    QCheckBox *m_dateKnown;
    QDateEdit *m_published;
    QDialogButtonBox *m_buttons;
};

} // namespace crossread
