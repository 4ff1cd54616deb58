#pragma once

#include "Assessment.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SubjectDialog;
}

namespace iitalent::gui {

// The short form before a questionnaire: who is assessed (name, organisation, number, stage)
// and, in assessor mode, by whom (the name given last time is filled in, and remembered when the
// form is accepted). OK stays disabled until the required names are given.
class SubjectDialog final : public QDialog
{
    Q_OBJECT

public:
    SubjectDialog(Mode mode, const QString &roleTitle, QWidget *parent = nullptr);
    ~SubjectDialog() override;

    Subject subject() const;
    QString assessorName() const;
    void setAssessorName(const QString &name);
    // Fills in the person (a candidate chosen beforehand, say).
    void setSubject(const Subject &subject);

private:
    void validate();

    std::unique_ptr<Ui::SubjectDialog> m_ui;
    Mode m_mode;
};

} // namespace iitalent::gui
