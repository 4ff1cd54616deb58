#include "AssessmentsPage.h"

#include "ui_AssessmentsPage.h"

#include "AssessmentListModel.h"
#include "Settings.h"

#include <QDate>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace iitalent::gui {

namespace {

// "2": the columns of the list changed (number, readiness, completeness); an older saved layout
// would put the widths on the wrong columns.
const Setting<QByteArray> kColumns{"MainWindow/assessmentColumns2", QByteArray()};

} // namespace

AssessmentsPage::AssessmentsPage(QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::AssessmentsPage>()),
      m_model(new AssessmentListModel(this)),
      m_proxy(new AssessmentFilterProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->assessmentView->setModel(m_proxy);
    m_ui->assessmentView->verticalHeader()->hide();
    // The role's name takes the room a wider window gives; the other columns fit their contents
    // once, then keep the widths the user drags them to.
    QHeaderView *columns = m_ui->assessmentView->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(AssessmentListModel::RoleColumn, QHeaderView::Stretch);
    m_ui->assessmentView->sortByColumn(AssessmentListModel::UpdatedColumn, Qt::DescendingOrder);

    fillFilterChoices();
    connect(m_ui->assessmentFilterEdit, &QLineEdit::textChanged, m_proxy, &AssessmentFilterProxy::setText);
    connect(m_ui->assessmentDateCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int days = m_ui->assessmentDateCombo->currentData().toInt();
        QDateTime since;
        if (days > 0)
            since = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0));
        m_proxy->setChangedSince(since);
    });
    connect(m_ui->assessmentModeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMode(m_ui->assessmentModeCombo->currentData().toString()); });

    // Activated: a double-click, or Enter from the keyboard.
    connect(m_ui->assessmentView, &QTableView::activated, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            Q_EMIT continueRequested(id);
    });
    connect(m_ui->continueButton, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            Q_EMIT continueRequested(id);
    });
    connect(m_ui->reportButton, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            Q_EMIT reportRequested(id);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AssessmentsPage::exportRequested);
    connect(m_ui->exportReportsButton, &QPushButton::clicked, this, &AssessmentsPage::exportReportsRequested);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AssessmentsPage::deleteRequested);
}

AssessmentsPage::~AssessmentsPage() = default;

void AssessmentsPage::fillFilterChoices()
{
    // The choices keep their place when the language changes.
    const int mode = std::max(0, m_ui->assessmentModeCombo->currentIndex());
    const int date = std::max(0, m_ui->assessmentDateCombo->currentIndex());
    const QSignalBlocker blockMode(m_ui->assessmentModeCombo);
    const QSignalBlocker blockDate(m_ui->assessmentDateCombo);
    m_ui->assessmentModeCombo->clear();
    m_ui->assessmentModeCombo->addItem(tr("All modes"), QString());
    m_ui->assessmentModeCombo->addItem(tr("Self-assessments"), QStringLiteral("self"));
    m_ui->assessmentModeCombo->addItem(tr("Assessor assessments"), QStringLiteral("assessor"));
    m_ui->assessmentModeCombo->setCurrentIndex(mode);
    // Days back from now; 0 means any time.
    m_ui->assessmentDateCombo->clear();
    for (const auto &[label, days] :
         {std::pair{tr("Any time"), 0}, std::pair{tr("Today"), 1}, std::pair{tr("Last 7 days"), 7},
          std::pair{tr("Last 30 days"), 30}, std::pair{tr("Last 12 months"), 365}})
        m_ui->assessmentDateCombo->addItem(label, days);
    m_ui->assessmentDateCombo->setCurrentIndex(date);
}

void AssessmentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString store = m_ui->storeLabel->text();
        m_ui->retranslateUi(this);
        m_ui->storeLabel->setText(store);
        fillFilterChoices();
    }
    QWidget::changeEvent(event);
}

void AssessmentsPage::setCatalog(const Catalog *catalog)
{
    m_model->setCatalog(catalog);
}

void AssessmentsPage::setLanguage(Language language)
{
    m_model->setLanguage(language);
    widenToHeaders();
}

void AssessmentsPage::widenToHeaders()
{
    // A column never narrower than its own heading in the language shown (完成度 was elided while
    // the role's column, which stretches, had room to spare): widths fitted or saved in the other
    // language, or dragged narrow, grow back to it.
    QHeaderView *columns = m_ui->assessmentView->horizontalHeader();
    for (int c = 0; c < AssessmentListModel::ColumnCount; ++c) {
        if (c == AssessmentListModel::RoleColumn || columns->isSectionHidden(c))
            continue;
        if (const int least = columns->sectionSizeHint(c); columns->sectionSize(c) < least)
            columns->resizeSection(c, least);
    }
}

void AssessmentsPage::setSummaries(std::vector<AssessmentSummary> summaries)
{
    m_model->setSummaries(std::move(summaries));
    if (!m_columnsFitted && m_model->rowCount() > 0 && kColumns.get().isEmpty()) {
        m_columnsFitted = true;
        for (int c = 0; c < AssessmentListModel::ColumnCount; ++c)
            if (c != AssessmentListModel::RoleColumn)
                m_ui->assessmentView->resizeColumnToContents(c);
    }
    widenToHeaders();
}

void AssessmentsPage::setStoreText(const QString &text)
{
    m_ui->storeLabel->setText(text);
}

QString AssessmentsPage::currentId() const
{
    const QModelIndex current = m_ui->assessmentView->currentIndex();
    return current.isValid() ? current.data(AssessmentListModel::IdRole).toString() : QString();
}

QString AssessmentsPage::currentSubject() const
{
    const QModelIndex current = m_ui->assessmentView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(AssessmentListModel::SubjectColumn).data().toString()
                             : QString();
}

QStringList AssessmentsPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_ui->assessmentView->selectionModel()->selectedRows())
        ids << row.data(AssessmentListModel::IdRole).toString();
    if (ids.isEmpty() && !currentId().isEmpty())
        ids << currentId();
    return ids;
}

QLineEdit *AssessmentsPage::filterEdit() const
{
    return m_ui->assessmentFilterEdit;
}

void AssessmentsPage::restoreColumns()
{
    if (const QByteArray s = kColumns.get(); !s.isEmpty())
        m_ui->assessmentView->horizontalHeader()->restoreState(s);
    widenToHeaders();
}

void AssessmentsPage::saveColumns() const
{
    kColumns.set(m_ui->assessmentView->horizontalHeader()->saveState());
}

} // namespace iitalent::gui
