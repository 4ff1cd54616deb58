#include "SubjectDialog.h"

#include "ui_SubjectDialog.h"

#include "Settings.h"

#include <QPushButton>

namespace iitalent::gui {

namespace {

// The assessor's name, remembered for the next candidate whichever page asks.
const Setting<QString> kAssessorName{"assessments/assessorName", QString()};

} // namespace

SubjectDialog::SubjectDialog(Mode mode, const QString &roleTitle, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SubjectDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    setWindowTitle(mode == Mode::Self ? tr("Self-assessment") : tr("Assess a candidate"));
    m_ui->introLabel->setText(mode == Mode::Self
                                  ? tr("Rate yourself against <b>%1</b>.").arg(roleTitle.toHtmlEscaped())
                                  : tr("Assess someone against <b>%1</b>.").arg(roleTitle.toHtmlEscaped()));
    m_ui->stageCombo->addItem(tr("On the job (employee)"), stageId(Stage::OnJob));
    m_ui->stageCombo->addItem(tr("Before the job (student or job seeker)"), stageId(Stage::PreJob));
    const bool assessor = mode == Mode::Assessor;
    m_ui->assessorLabel->setVisible(assessor);
    m_ui->assessorEdit->setVisible(assessor);
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->organisationEdit, m_ui->numberEdit, m_ui->assessorEdit}) {
        e->setMaxLength(Limits::NameLength);
        connect(e, &QLineEdit::textChanged, this, &SubjectDialog::validate);
    }
    if (assessor)
        m_ui->assessorEdit->setText(kAssessorName.get());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, [this] {
        if (m_mode == Mode::Assessor)
            kAssessorName.set(assessorName());
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

SubjectDialog::~SubjectDialog() = default;

void SubjectDialog::validate()
{
    QString problem;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problem = tr("Enter the name of the person assessed.");
    else if (m_mode == Mode::Assessor && m_ui->assessorEdit->text().trimmed().isEmpty())
        problem = tr("Enter the assessor's name.");
    m_ui->errorLabel->setText(problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Subject SubjectDialog::subject() const
{
    Subject s;
    s.name = m_ui->nameEdit->text().trimmed();
    s.organisation = m_ui->organisationEdit->text().trimmed();
    s.number = m_ui->numberEdit->text().trimmed();
    s.stage = stageFromId(m_ui->stageCombo->currentData().toString()).value_or(Stage::OnJob);
    return s;
}

QString SubjectDialog::assessorName() const
{
    return m_mode == Mode::Assessor ? m_ui->assessorEdit->text().trimmed() : QString();
}

void SubjectDialog::setAssessorName(const QString &name)
{
    m_ui->assessorEdit->setText(name);
}

void SubjectDialog::setSubject(const Subject &subject)
{
    m_ui->nameEdit->setText(subject.name);
    m_ui->organisationEdit->setText(subject.organisation);
    m_ui->numberEdit->setText(subject.number);
    const int stage = m_ui->stageCombo->findData(stageId(subject.stage));
    if (stage >= 0)
        m_ui->stageCombo->setCurrentIndex(stage);
    // The person is given: the assessor's name is what is left to type.
    if (m_mode == Mode::Assessor && !subject.name.isEmpty())
        m_ui->assessorEdit->setFocus();
}

} // namespace iitalent::gui
