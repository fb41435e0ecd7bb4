#include "TeamProjectDialog.h"

#include "store/ProjectLocation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace crossread {

TeamProjectDialog::TeamProjectDialog(const QString &url, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
{
    setWindowTitle(tr("Open Team Project"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setText(QStringLiteral("localhost"));
    m_user->setText(qEnvironmentVariable("USER"));
    if (ProjectLocation::isServerUrl(url)) {
        const ProjectLocation location(url);
        m_host->setText(location.host());
        m_port->setValue(location.port());
        m_database->setText(location.database());
        m_user->setText(location.user());
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    auto *note = new QLabel(tr("The password comes from ~/.pgpass or PGPASSWORD; Crossread never asks for it "
                               "or stores it."),
        this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &TeamProjectDialog::updateButtons);
    updateButtons();
}

QString TeamProjectDialog::url() const
{
    return ProjectLocation::makeUrl(
        m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_user->text().trimmed());
}

void TeamProjectDialog::updateButtons()
{
    m_open->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

} // namespace crossread
