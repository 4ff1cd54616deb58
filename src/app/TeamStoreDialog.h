#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace iitalent::gui {

// File > Connect to Team Store...: the team store's address (remembered, without the password)
// and, when PGPASSWORD or ~/.pgpass do not give it, the password (used for this connection
// only). The dialog stays open, with the reason, until the store answers or it is cancelled.
class TeamStoreDialog final : public QDialog
{
    Q_OBJECT

public:
    TeamStoreDialog(const QString &address, const QString &problem, QWidget *parent = nullptr);

    // The address to connect with: the one typed, with the password when one was typed.
    QString connectionAddress() const;
    // The address without the password, as it may be remembered.
    QString rememberedAddress() const;

    void accept() override;

private:
    QLineEdit *m_address = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace iitalent::gui
