#include "ParticipantKeyDialog.h"

#include "CohortReport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace iitalent::gui {

ParticipantKeyDialog::ParticipantKeyDialog(const CohortReport &report, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Key to the Participant Numbers"));
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(tr("For the instructor only: keep this window off the projector. The key is never "
                                  "exported. The numbers do not follow the order in which people joined; a person has "
                                  "the same number in this cohort's views and in a before and after that starts "
                                  "with this cohort."),
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
    // In the order of the numbers, as the anonymised heatmap lists them.
    std::vector<const CohortParticipant *> byCode;
    for (const CohortParticipant &p : report.participants)
        byCode.push_back(&p);
    std::stable_sort(byCode.begin(), byCode.end(),
                     [](const CohortParticipant *x, const CohortParticipant *y) { return x->code < y->code; });
    for (int row = 0; row < table->rowCount(); ++row) {
        const CohortParticipant &p = *byCode[static_cast<size_t>(row)];
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
