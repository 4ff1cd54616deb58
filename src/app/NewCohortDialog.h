#pragma once

#include "Cohort.h"
#include "Language.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

// The form for a new cohort: name, kind (workshop, team, hiring), target roles (codes of the
// catalog, in the order given), an optional date and a note. OK stays disabled until the name is
// new and every role code is one the catalog has.
class NewCohortDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existingNames`: the cohorts already stored (a name must be new).
    NewCohortDialog(const Catalog &catalog, Language language, const QStringList &existingNames,
                    QWidget *parent = nullptr);

    // The cohort as entered (not stored; id 0).
    Cohort cohort() const;

    // Role codes from "16, 34 ; 18": split on commas, semicolons and spaces, without repeats.
    static QStringList parseRoles(const QString &text);

private:
    void validate();

    const Catalog &m_catalog;
    Language m_language;
    QStringList m_existing;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_roles = nullptr;
    QLabel *m_roleNames = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace iitalent::gui
