#include "NewCohortDialog.h"

#include "Assessment.h"
#include "Catalog.h"
#include "CohortText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace iitalent::gui {

namespace {

// A role by its code as typed: "16", or "6" for "06".
const Role *roleOf(const Catalog &catalog, const QString &code)
{
    if (const Role *role = catalog.role(code))
        return role;
    return code.size() == 1 && code.at(0).isDigit() ? catalog.role(QLatin1Char('0') + code) : nullptr;
}

} // namespace

NewCohortDialog::NewCohortDialog(const Catalog &catalog, Language language, const QStringList &existingNames,
                                 QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_language(language), m_existing(existingNames)
{
    setWindowTitle(tr("New Cohort"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A cohort groups stored assessments: the class of a workshop, or a team. (A hiring round is made on "
           "the Hiring Rounds tab.) Deleting it later never deletes an assessment."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setMaxLength(Limits::NameLength);
    m_name->setPlaceholderText(tr("e.g. OPC UA workshop, March"));
    form->addRow(tr("&Name:"), m_name);

    m_kind = new QComboBox(this);
    for (CohortKind kind : {CohortKind::Workshop, CohortKind::Team})
        m_kind->addItem(report::CohortText::kindName(kind), cohortKindId(kind));
    form->addRow(tr("&Kind:"), m_kind);

    m_roles = new QLineEdit(this);
    m_roles->setPlaceholderText(tr("Role codes, e.g. 16, 34"));
    m_roles->setToolTip(tr("The roles the cohort is assessed for, as codes separated by commas; they come first "
                           "when you choose the role of the class view. May stay empty."));
    form->addRow(tr("Target &roles:"), m_roles);
    m_roleNames = new QLabel(this);
    m_roleNames->setWordWrap(true);
    m_roleNames->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_roleNames);

    m_hasDate = new QCheckBox(tr("&Date:"), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setEnabled(false);
    m_date->setAccessibleName(tr("Date the cohort was held"));
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    form->addRow(m_hasDate, m_date);

    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewCohortDialog::validate);
    connect(m_roles, &QLineEdit::textChanged, this, &NewCohortDialog::validate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &NewCohortDialog::validate);
    validate();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 70), sizeHint().height());
}

QStringList NewCohortDialog::parseRoles(const QString &text)
{
    QStringList codes;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;，；、\\s]+")), Qt::SkipEmptyParts))
        if (!codes.contains(part))
            codes << part;
    return codes;
}

void NewCohortDialog::validate()
{
    QString problem;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        problem = tr("Enter a name for the cohort.");
    else if (m_existing.contains(name))
        problem = tr("There is already a cohort named “%1”.").arg(name);

    QStringList names;
    QStringList unknown;
    for (const QString &code : parseRoles(m_roles->text())) {
        if (const Role *role = roleOf(m_catalog, code))
            names << QStringLiteral("%1 %2").arg(role->code, role->name(m_language));
        else
            unknown << code;
    }
    m_roleNames->setText(names.join(QLatin1Char('\n')));
    m_roleNames->setVisible(!names.isEmpty());
    if (problem.isEmpty() && !unknown.isEmpty())
        problem = tr("The catalog has no role %1.", nullptr, static_cast<int>(unknown.size()))
                      .arg(unknown.join(QStringLiteral(", ")));
    if (problem.isEmpty() && m_note->toPlainText().size() > Limits::TextLength)
        problem = tr("The note is longer than %1 characters.").arg(Limits::TextLength);
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Cohort NewCohortDialog::cohort() const
{
    Cohort c;
    c.name = m_name->text().trimmed();
    c.kind = cohortKindFromId(m_kind->currentData().toString()).value_or(CohortKind::Workshop);
    for (const QString &code : parseRoles(m_roles->text()))
        if (const Role *role = roleOf(m_catalog, code))
            c.roles << role->code;
    if (m_hasDate->isChecked())
        c.date = m_date->date().toString(Qt::ISODate);
    c.note = m_note->toPlainText().trimmed();
    return c;
}

} // namespace iitalent::gui
