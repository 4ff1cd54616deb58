#include "ParticipantKeyDialog.h"

#include "CohortReport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace iitalent::gui {

ParticipantKeyDialog::ParticipantKeyDialog(const CohortReport &report, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Key to the Participant Numbers"));
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(tr("For the instructor only: keep this window off the projector. The key is never "
                                  "exported; the numbers stay the same as long as the cohort's members do."),
                               this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *table = new QTableWidget(static_cast<int>(report.participants.size()), 4, this);
    table->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("Organisation"), tr("Staff or student number")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->setAccessibleName(tr("Key to the participant numbers"));
    for (int row = 0; row < table->rowCount(); ++row) {
        const CohortParticipant &p = report.participants[static_cast<size_t>(row)];
        const QString cells[] = {p.code, p.subject.name, p.subject.organisation, p.subject.number};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            table->setItem(row, c, item);
        }
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 30);
}

} // namespace iitalent::gui
