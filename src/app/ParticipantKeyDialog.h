#pragma once

#include <QDialog>

namespace iitalent {
struct CohortReport;
}

namespace iitalent::gui {

// The key to a cohort view's participant numbers (P417 → the person), for the instructor alone:
// never shown in projector mode and never exported.
class ParticipantKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    ParticipantKeyDialog(const CohortReport &report, QWidget *parent = nullptr);
};

} // namespace iitalent::gui
