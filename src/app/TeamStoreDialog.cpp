#include "TeamStoreDialog.h"

#include "AssessmentStore.h"
#include "StorePostgres.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iitalent::gui {

TeamStoreDialog::TeamStoreDialog(const QString &address, const QString &problem, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to Team Store"));
    auto *intro = new QLabel(tr("A team store is a PostgreSQL database that several machines share: a training room's "
                                "laptops, an interview panel. Ask its admin for the address and your login."),
                             this);
    intro->setWordWrap(true);
    m_address = new QLineEdit(address, this);
    m_address->setObjectName(QStringLiteral("teamAddressEdit"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/iitalent?sslmode=prefer"));
    m_address->setMinimumWidth(460);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from PGPASSWORD or ~/.pgpass"));
    m_problem = new QLabel(problem, this);
    m_problem->setObjectName(QStringLiteral("teamProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
    m_problem->setVisible(!problem.isEmpty());
    auto *note = new QLabel(tr("iitalent remembers the address, never the password."), this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(addressLabel, m_address);
    form->addRow(passwordLabel, m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamStoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamStoreDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(buttons);
    (address.isEmpty() ? m_address : m_password)->setFocus();
    setMinimumWidth(620);
    adjustSize();
}

QString TeamStoreDialog::connectionAddress() const
{
    auto parsed = TeamStoreAddress::parse(m_address->text().trimmed());
    if (!parsed)
        return m_address->text().trimmed();
    if (!m_password->text().isEmpty())
        parsed->password = m_password->text();
    return parsed->withPassword();
}

QString TeamStoreDialog::rememberedAddress() const
{
    auto parsed = TeamStoreAddress::parse(m_address->text().trimmed());
    return parsed ? parsed->display() : QString();
}

void TeamStoreDialog::accept()
{
    const QString address = m_address->text().trimmed();
    QString problem;
    if (!isTeamStoreAddress(address)) {
        problem = tr("A team store's address starts with postgresql://");
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto store = AssessmentStore::open(connectionAddress());
        QApplication::restoreOverrideCursor();
        if (!store)
            problem = store.error();
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        adjustSize(); // the reason can be several lines: the dialog grows to show all of it
        return;
    }
    QDialog::accept();
}

} // namespace iitalent::gui
