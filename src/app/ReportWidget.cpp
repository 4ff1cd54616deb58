#include "ReportWidget.h"

#include "HiringRound.h"
#include "Text.h"

#include "ui_ReportWidget.h"

#include "AssessmentStore.h"
#include "Catalog.h"
#include "HiringRound.h"
#include "ImprovementPathView.h"
#include "LevelDescriptions.h"
#include "Levels.h"
#include "ReportCharts.h"
#include "ReportExporter.h"
#include "ReportModels.h"
#include "ReportText.h"
#include "RoleFit.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTabBar>

#include <algorithm>

namespace iitalent::gui {

namespace {

// A chart in a view that Tab reaches and a screen reader can name and describe in words.
QChartView *chartView(QChart *chart, const char *objectName, const QString &accessibleName,
                      const QString &accessibleDescription, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setObjectName(QLatin1String(objectName));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 260);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(accessibleDescription);
    return view;
}

// Replaces the chart a view shows, deleting the old one.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ReportWidget::ReportWidget(const Catalog &catalog, Assessment assessment, AssessmentStore *store, Language language,
                           QWidget *parent, const QStringList &hidden)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::ReportWidget>()),
      m_catalog(catalog),
      m_store(store),
      m_language(language),
      m_report(Report::build(catalog, std::move(assessment))),
      m_hidden(hidden)
{
    m_ui->setupUi(this);
    m_exporter = new ReportExporter(this, [this](const QString &message) { Q_EMIT errorOccurred(message); });
    connect(m_ui->exportReportButton, &QPushButton::clicked, this, &ReportWidget::exportReport);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportWidget::print);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ReportWidget::printPreview);
    build();
    updateAccessibleNames();
}

ReportWidget::~ReportWidget() = default;

void ReportWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        applyLanguage(LanguageManager::current());
    QWidget::changeEvent(event);
}

void ReportWidget::applyLanguage(Language language)
{
    // Everything the page shows follows the new language: its own words (retranslateUi, tr) and
    // the names it takes from the catalog and the level scale (m_language).
    m_language = language;
    m_ui->retranslateUi(this);
    updateAccessibleNames();
    if (!m_report.role)
        return;
    replaceChart(m_radarView, ReportCharts::radar(m_catalog, m_report.score, m_language));
    m_radarView->setAccessibleName(tr("Radar chart of the four dimensions"));
    m_radarView->setAccessibleDescription(ReportCharts::radarDescription(m_catalog, m_report.score, m_language));
    for (int i = 0; i < m_ui->dimensionCombo->count(); ++i)
        if (const Dimension *d = m_catalog.dimension(m_ui->dimensionCombo->itemData(i).toString()))
            m_ui->dimensionCombo->setItemText(i, dimensionLabel(*d));
    m_barView->setAccessibleName(tr("Bar chart of the items with gaps"));
    showDimension(m_ui->dimensionCombo->currentIndex());
    m_itemModel->setLanguage(m_language);
    m_pathView->setLanguage(m_language);
    m_fitModel->setLanguage(m_language);
    fillOverview();
    fillCompare();
    fillHistory();
    fillFitLabel();
}

QString ReportWidget::dimensionLabel(const Dimension &d) const
{
    return d.heading(m_language);
}

QList<QChartView *> ReportWidget::chartViews() const
{
    QList<QChartView *> views;
    for (QChartView *v : {m_radarView, m_barView, m_compareView, m_historyView})
        if (v)
            views << v;
    return views;
}

void ReportWidget::updateAccessibleNames()
{
    m_ui->tabs->tabBar()->setAccessibleName(tr("Report pages"));
}

void ReportWidget::showTab(const QString &objectName)
{
    if (QWidget *tab = m_ui->tabs->findChild<QWidget *>(objectName))
        m_ui->tabs->setCurrentWidget(tab);
}

void ReportWidget::build()
{
    if (!m_report.role)
        return;
    // Compare and history need the subject's other assessments of this role.
    if (m_store) {
        auto others = m_store->assessmentsOf(m_report.assessment.subject, m_report.assessment.role);
        if (others) // blind until submitted: another panel member's scorecard is in neither
            others->erase(std::remove_if(others->begin(), others->end(),
                                         [&](const Assessment &a) { return m_hidden.contains(a.id); }),
                          others->end());
        if (others) {
            m_history = HistoryBuilder::build(m_catalog, HistoryBuilder::trackOf(m_report.assessment, others.value()));
            m_counterpart = reportCounterpart(*m_store, m_catalog, m_report.assessment, others.value(), m_hidden);
        }
    }
    if (m_counterpart) {
        auto cmp = Comparer::compare(m_catalog, m_report.assessment, *m_counterpart);
        if (cmp)
            m_comparison = std::move(cmp).value();
    }

    m_radarView = chartView(ReportCharts::radar(m_catalog, m_report.score, m_language), "radarView",
                            tr("Radar chart of the four dimensions"),
                            ReportCharts::radarDescription(m_catalog, m_report.score, m_language), this);
    m_ui->radarLayout->addWidget(m_radarView);

    for (const Dimension &d : m_catalog.dimensions())
        m_ui->dimensionCombo->addItem(dimensionLabel(d), d.key);
    // The chart opens on the first dimension that has a gap, not on one with nothing to show.
    QString firstDimension = m_catalog.dimensions().front().key;
    for (const Requirement &req : m_report.role->requirements) {
        if (m_report.assessment.level(req.id).value_or(0) < req.level) {
            firstDimension = req.dimension;
            break;
        }
    }
    m_ui->dimensionCombo->setCurrentIndex(m_ui->dimensionCombo->findData(firstDimension));
    m_barView = chartView(ReportCharts::gapBars(m_catalog, m_report, firstDimension, m_language), "barView",
                          tr("Bar chart of the items with gaps"),
                          ReportCharts::gapBarsDescription(m_catalog, m_report, firstDimension, m_language), this);
    m_ui->barLayout->addWidget(m_barView);
    // Tab follows the page from top to bottom: the dimension, its chart, the table.
    setTabOrder(m_ui->dimensionCombo, m_barView);
    setTabOrder(m_barView, m_ui->itemTable);
    connect(m_ui->dimensionCombo, &QComboBox::currentIndexChanged, this, &ReportWidget::showDimension);

    m_itemModel = new ReportItemModel(m_catalog, m_report, m_language, this);
    m_itemProxy = new QSortFilterProxyModel(this);
    m_itemProxy->setSourceModel(m_itemModel);
    m_itemProxy->setSortRole(ReportItemModel::SortRole);
    m_ui->itemTable->setModel(m_itemProxy);
    m_ui->itemTable->sortByColumn(ReportItemModel::IdColumn, Qt::AscendingOrder);
    QHeaderView *h = m_ui->itemTable->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ReportItemModel::TextColumn, QHeaderView::Stretch);
    m_ui->itemTable->verticalHeader()->hide();

    m_pathView = new ImprovementPathView(this);
    m_pathView->setLanguage(m_language);
    m_pathView->setReport(&m_catalog, m_report);
    m_ui->pathLayout->addWidget(m_pathView);

    fillOverview();
    fillCompare();
    fillHistory();
    fillFit();
}

void ReportWidget::fillOverview()
{
    if (!m_report.role)
        return;
    const Assessment &a = m_report.assessment;
    const Role &role = *m_report.role;
    // The name, organisation and number are isolated from the text around them (isolate()).
    QString who = isolate(a.subject.name).toHtmlEscaped();
    if (!a.subject.organisation.isEmpty())
        who += QStringLiteral(" · ") + isolate(a.subject.organisation).toHtmlEscaped();
    if (!a.subject.number.isEmpty())
        who += QStringLiteral(" · ") + isolate(a.subject.number).toHtmlEscaped();
    m_ui->headerLabel->setText(
        QStringLiteral("<b>%1</b> — %2 %3 · %4 · %5<br>%6")
            .arg(who, role.code, role.name(m_language).toHtmlEscaped(),
                 a.mode == Mode::Self ? tr("Self-assessment")
                                      : tr("Assessed by %1").arg(a.assessorName.toHtmlEscaped()),
                 a.subject.stage == Stage::PreJob ? tr("Before the job") : tr("On the job"),
                 tr("Last updated %1").arg(QLocale().toString(a.updated.toLocalTime(), QLocale::ShortFormat))));

    const Score &s = m_report.score;
    QString rows;
    for (const DimensionScore &d : s.dimensions) {
        const Dimension *dim = m_catalog.dimension(d.key);
        rows += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                    .arg(dim ? dim->name(m_language).toHtmlEscaped() : d.key, percentText(d.attainment),
                         tr("%1 of %2 met").arg(d.met).arg(d.items));
    }
    m_ui->headlineLabel->setText(
        QStringLiteral("<p style='font-size:large'><b>%1</b> %2 &nbsp;&nbsp; <b>%3</b> %4</p>"
                       "<table cellspacing='8'>%5</table>")
            .arg(tr("Readiness"), percentText(s.readiness), tr("Completeness"), percentText(s.completeness), rows));
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);
    m_ui->summaryLabel->setText(plainSummary());
}

QString ReportWidget::summaryText() const
{
    return m_ui->summaryLabel->text();
}

report::ReportInput ReportWidget::reportInput() const
{
    report::ReportInput in;
    in.catalog = &m_catalog;
    in.report = m_report;
    in.comparison = m_comparison;
    // The words come from the installed translation, so the names must follow the same language
    // even when it changed after this tab was opened.
    in.language = LanguageManager::current();
    return in;
}

QString ReportWidget::plainSummary() const
{
    // The same words as the printed report.
    const report::ReportInput in = reportInput();
    return report::ReportText(in).summary(); // shown as plain text (R&D stays R&D)
}

void ReportWidget::setFileActionsAllowed(bool allowed)
{
    m_fileActionsAllowed = allowed;
    for (QPushButton *b : {m_ui->exportReportButton, m_ui->printButton, m_ui->previewButton}) {
        b->setVisible(allowed);
        b->setEnabled(allowed);
    }
    if (m_pathView)
        m_pathView->setSavingAllowed(allowed);
}

void ReportWidget::exportReport()
{
    if (!m_fileActionsAllowed)
        return;
    const QString path = m_exporter->exportReport(reportInput());
    if (!path.isEmpty())
        Q_EMIT exported(path);
}

void ReportWidget::print()
{
    if (!m_fileActionsAllowed)
        return;
    m_exporter->print(reportInput());
}

void ReportWidget::printPreview()
{
    if (!m_fileActionsAllowed)
        return;
    m_exporter->printPreview(reportInput());
}

void ReportWidget::showDimension(int index)
{
    const QString key = m_ui->dimensionCombo->itemData(index).toString();
    if (key.isEmpty())
        return;
    replaceChart(m_barView, ReportCharts::gapBars(m_catalog, m_report, key, m_language));
    m_barView->setAccessibleDescription(ReportCharts::gapBarsDescription(m_catalog, m_report, key, m_language));
}

void ReportWidget::fillCompare()
{
    const int tab = m_ui->tabs->indexOf(m_ui->compareTab);
    if (!m_comparison) {
        m_ui->compareLabel->setText(tr("There is no %1 assessment of %2 for this role to compare with.")
                                        .arg(m_report.assessment.mode == Mode::Self ? tr("assessor") : tr("self"),
                                             isolate(m_report.assessment.subject.name).toHtmlEscaped()));
        m_ui->compareSplitter->hide();
        return;
    }
    m_ui->tabs->setTabEnabled(tab, true);
    const Comparison &c = *m_comparison;
    // Each side's completeness: an unassessed dimension is not 0%.
    m_ui->compareLabel->setText(
        tr("Self-assessment against the assessor's ratings, side by side (never averaged). "
           "%n item(s) differ by 2 levels or more.",
           nullptr, c.flagged) +
        QLatin1Char('\n') + ReportCharts::completenessNote(m_catalog, c.firstScore, m_language, tr("Self")) +
        QLatin1Char('\n') + ReportCharts::completenessNote(m_catalog, c.secondScore, m_language, tr("Assessor")));
    m_ui->compareLayout->setStretch(1, 1);
    QChart *chart =
        ReportCharts::radar(m_catalog, c.firstScore, m_language, &c.secondScore, tr("Self"), tr("Assessor"));
    const QString description =
        ReportCharts::radarDescription(m_catalog, c.firstScore, m_language, &c.secondScore, tr("Self"), tr("Assessor"));
    if (!m_compareView) {
        m_compareView = chartView(chart, "compareView", tr("Radar chart of self against assessor"), description, this);
        m_ui->compareChartLayout->addWidget(m_compareView);
        setTabOrder(m_compareView, m_ui->compareTable);
    } else {
        replaceChart(m_compareView, chart);
        m_compareView->setAccessibleName(tr("Radar chart of self against assessor"));
        m_compareView->setAccessibleDescription(description);
    }
    m_ui->compareTable->clear();
    for (const ComparedItem &i : c.items) {
        auto *row = new QTreeWidgetItem(m_ui->compareTable);
        row->setText(0, i.requirement);
        row->setText(1, LevelDescriptions::name(i.required, m_language));
        row->setText(2, i.first ? LevelDescriptions::name(*i.first, m_language) : QStringLiteral("—"));
        row->setText(3, i.second ? LevelDescriptions::name(*i.second, m_language) : QStringLiteral("—"));
        row->setText(4, !i.difference        ? QStringLiteral("—")
                        : *i.difference == 0 ? QStringLiteral("0")
                                             : QString::asprintf("%+d", *i.difference));
        row->setText(5, i.flag == QLatin1String("over-estimation")    ? tr("over-estimation")
                        : i.flag == QLatin1String("under-estimation") ? tr("under-estimation")
                                                                      : i.flag);
        row->setToolTip(0, m_catalog.requirement(i.requirement) ? m_catalog.requirement(i.requirement)->textZh
                                                                : QString());
        if (!i.flag.isEmpty()) {
            QFont f = row->font(0);
            f.setBold(true);
            for (int col = 0; col < 6; ++col)
                row->setFont(col, f);
        }
    }
    m_ui->compareTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void ReportWidget::fillHistory()
{
    if (m_history.size() < 2) {
        m_ui->historyLabel->setText(
            tr("This is the only %1 of %2 for this role so far. Assess again later "
               "to see the progress here.")
                .arg(m_report.assessment.mode == Mode::Self ? tr("self-assessment") : tr("assessor assessment"),
                     isolate(m_report.assessment.subject.name).toHtmlEscaped()));
        return;
    }
    const HistoryEntry &last = m_history.back();
    QString text =
        tr("%1 assessments of %2 for this role. Since the previous one, readiness changed by %3.")
            .arg(QString::number(m_history.size()), isolate(m_report.assessment.subject.name).toHtmlEscaped(),
                 last.readinessChange ? pointChangeText(*last.readinessChange, m_language) : QStringLiteral("—"));
    // Which ratings changed, as the command line lists them.
    if (!last.changedRatings.empty()) {
        constexpr int Shown = 12;
        QStringList lines;
        for (const auto &[id, levels] : last.changedRatings) {
            if (lines.size() == Shown)
                break;
            const auto name = [this](const std::optional<int> &l) {
                return l ? Level::display(*l, m_language) : QStringLiteral("—");
            };
            lines << QStringLiteral("%1 %2 → %3").arg(id, name(levels.first), name(levels.second)).toHtmlEscaped();
        }
        const int more = static_cast<int>(last.changedRatings.size()) - static_cast<int>(lines.size());
        text += QStringLiteral("<br>") + tr("Changed ratings: %1").arg(lines.join(QStringLiteral("; ")));
        if (more > 0)
            text += QLatin1Char(' ') + tr("and %n more.", nullptr, more);
    } else if (last.readinessChange) {
        text += QStringLiteral("<br>") + tr("No rating changed.");
    }
    m_ui->historyLabel->setText(text);
    if (!m_historyView) {
        m_historyView = chartView(ReportCharts::history(m_catalog, m_history, m_language), "historyView",
                                  tr("Line chart of progress"), ReportCharts::historyDescription(m_history), this);
        m_ui->historyLayout->addWidget(m_historyView, 1);
    } else {
        replaceChart(m_historyView, ReportCharts::history(m_catalog, m_history, m_language));
        m_historyView->setAccessibleName(tr("Line chart of progress"));
        m_historyView->setAccessibleDescription(ReportCharts::historyDescription(m_history));
    }
}

void ReportWidget::fillFit()
{
    // With a store: the person's latest answers from all their assessments of this mode (those
    // kept blind are left out, as from the history); without one (the kiosk): this one alone.
    std::vector<RoleFitEntry> entries;
    if (m_store) {
        auto others = m_store->assessmentsOf(m_report.assessment.subject);
        if (others)
            others->erase(std::remove_if(others->begin(), others->end(),
                                         [&](const Assessment &a) { return m_hidden.contains(a.id); }),
                          others->end());
        PersonFit fit =
            RoleFit::forPerson(m_catalog, m_report.assessment, others ? others.value() : std::vector<Assessment>{});
        entries = std::move(fit.entries);
        m_fitAssessments = static_cast<int>(fit.assessments.size());
        m_assessNext = fit.assessNext;
    } else {
        entries = RoleFit::rank(m_catalog, m_report.assessment);
    }
    m_fitModel = new RoleFitModel(m_catalog, std::move(entries), m_language, this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_fitModel);
    proxy->setSortRole(RoleFitModel::SortRole);
    m_ui->fitTable->setModel(proxy);
    m_ui->fitTable->sortByColumn(RoleFitModel::RankColumn, Qt::AscendingOrder);
    m_ui->fitTable->verticalHeader()->hide();
    m_ui->fitTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->fitTable->horizontalHeader()->setSectionResizeMode(RoleFitModel::NameColumn, QHeaderView::Stretch);
    fillFitLabel();
}

void ReportWidget::fillFitLabel()
{
    QString text = tr("All %1 roles ranked for this person: ratings are carried to other roles through "
                      "requirements with the same wording (shared competencies). Coverage is the share of a "
                      "role's requirements that could be carried; roles with less than half are listed after "
                      "the others and not ranked by readiness.")
                       .arg(m_catalog.roles().size());
    if (m_store) {
        text += QLatin1Char(' ');
        if (m_report.assessment.mode == Mode::Self)
            text += tr("From the latest answers of this person's %n self-assessment(s); hover over a coverage to "
                       "see the unanswered items.",
                       nullptr, m_fitAssessments);
        else
            text += tr("From the latest answers of this person's %n assessor assessment(s); hover over a coverage "
                       "to see the unanswered items.",
                       nullptr, m_fitAssessments);
    }
    m_ui->fitLabel->setText(text);
    // The suggestion follows RoleFit::assessNext's rule: of the roles with 20% to below 60% of
    // their items covered, the one with the highest readiness on what is known.
    m_ui->fitNextLabel->setVisible(m_store != nullptr);
    if (!m_assessNext) {
        m_ui->fitNextLabel->setText(
            tr("Assess next: no role to suggest (no role has %1 to below %2 of its items answered).")
                .arg(percentText(RoleFit::AssessNextFrom), percentText(RoleFit::AssessNextBelow)));
        return;
    }
    const Role *role = m_catalog.role(*m_assessNext);
    for (const RoleFitEntry &e : m_fitModel->entries()) {
        if (e.role != *m_assessNext)
            continue;
        m_ui->fitNextLabel->setText(
            tr("Assess next: %1 %2 — it fits best (%3 on the items known so far) of the roles with %4 to below %5 "
               "of their items answered, but %6 of its items are unanswered.")
                .arg(e.role, role ? role->name(m_language) : e.role, percentText(e.readiness),
                     percentText(RoleFit::AssessNextFrom), percentText(RoleFit::AssessNextBelow),
                     percentText(1.0 - e.coverage)));
    }
}

} // namespace iitalent::gui
