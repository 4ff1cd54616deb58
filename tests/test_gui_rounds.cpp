// The Hiring Rounds page (issue 11) offscreen against a real store: the ranking shows the core's
// figures in rank order and sorts, candidates side by side with the panel's levels and evidence on
// hover and differences marked, one candidate's panel with disagreements flagged and the
// candidate's own rating beside it, consensus and decisions recorded in place (and refused
// without a reason), blind until submitted, and the hiring-meeting document written.
#include "TestSupport.h"

#include "AssessmentListModel.h"
#include "AssessmentSession.h"
#include "AssessmentStore.h"
#include "CohortDocuments.h"
#include "CohortHeatmapModel.h"
#include "HiringRound.h"
#include "Language.h"
#include "MainWindow.h"
#include "QuestionnaireWidget.h"
#include "ReportExport.h"
#include "RoundModels.h"
#include "RoundText.h"
#include "RoundsPage.h"
#include "Scoring.h"
#include "SubjectDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace iitalent;
using namespace iitalent::gui;
using iitalent::test::bundledCatalog;

namespace {

const QString kRound = QStringLiteral("Architects 2026");

Subject person(const char *name, const char *number)
{
    Subject s;
    s.name = QString::fromUtf8(name);
    s.number = QString::fromLatin1(number);
    return s;
}

// Four candidates for role 16 with the first requirement a must-have:
// Ann (three assessors, evidence from X, and her own self-assessment), Bo (two assessors who are
// 0 and 4 apart on the third item), Cy (one assessor; fails the must-have), Di (two assessors).
struct RoundFixture : test::IsolatedSettings
{
    explicit RoundFixture(bool showPage = true)
    {
        LanguageManager::apply(Language::English);
        path = dir.filePath(QStringLiteral("r.sqlite"));
        store.emplace(AssessmentStore::open(path).value());
        role = bundledCatalog().role(QStringLiteral("16"));
        REQUIRE(role);
        mustHave = role->requirements[0].id;
        Cohort c;
        c.name = kRound;
        c.roles = QStringList{role->code};
        auto created = createRound(*store, bundledCatalog(), c, {mustHave});
        REQUIRE(created.ok());
        round = created->id;

        add(person("Ann", "A1"), QStringLiteral("X"), 0, QStringLiteral("Led the plant's data platform"));
        add(person("Ann", "A1"), QStringLiteral("Y"), 0);
        add(person("Ann", "A1"), QStringLiteral("Z"), -1);
        add(person("Bo", "B2"), QStringLiteral("X"), 0);
        add(person("Bo", "B2"), QStringLiteral("Y"), -1, QString(), /*wide*/ true);
        add(person("Cy", "C3"), QStringLiteral("X"), -2);
        add(person("Di", "D4"), QStringLiteral("Y"), -1);
        add(person("Di", "D4"), QStringLiteral("Z"), -1);
        // Ann's own view, above the panel's everywhere: never in the panel's figures.
        Assessment self = Assessment::create(role->code, Mode::Self, person("Ann", "A1"), QString());
        for (const Requirement &req : role->requirements)
            self.setRating(*role, Rating{req.id, 4, QString(), QString()});
        REQUIRE(store->insert(self).ok());
        REQUIRE(store->addToCohort(round, {self.id}).ok());

        page.setStoreProvider([this] { return &*store; });
        page.setCatalog(&bundledCatalog());
        page.setRateAs(QString()); // the HR lead, who interviews nobody, sees everything
        page.setLanguage(Language::English);
        page.resize(1500, 900);
        if (showPage) {
            page.show();
            page.activate();
        }
        QCoreApplication::processEvents();
    }
    ~RoundFixture() { page.setCatalog(nullptr); }

    // An assessor's complete questionnaire: the required level + `offset` (0..4) on every item;
    // `wide` puts 0 or 4 on the third item.
    QString add(const Subject &s, const QString &assessor, int offset, const QString &evidence = {}, bool wide = false)
    {
        Assessment a = Assessment::create(role->code, Mode::Assessor, s, assessor);
        for (size_t k = 0; k < role->requirements.size(); ++k) {
            const Requirement &req = role->requirements[k];
            int level = std::clamp(req.level + offset, 0, 4);
            if (k == 2 && wide)
                level = 0;
            if (k == 2 && s.name == QLatin1String("Bo") && assessor == QLatin1String("X"))
                level = 4;
            a.setRating(*role, Rating{req.id, level, k == 1 ? evidence : QString(), QString()});
        }
        REQUIRE(store->insert(a).ok());
        REQUIRE(store->addToCohort(round, {a.id}).ok());
        return a.id;
    }

    RoundReport expected()
    {
        auto r = RoundReport::load(*store, bundledCatalog(), kRound);
        REQUIRE(r.ok());
        return std::move(r.value());
    }
    int rankOf(const char *name)
    {
        for (const RoundCandidate &c : expected().candidates)
            if (c.subject.name == QString::fromUtf8(name))
                return c.rank;
        return 0;
    }

    QString path;
    std::optional<AssessmentStore> store;
    const Role *role = nullptr;
    QString mustHave;
    qint64 round = 0;
    RoundsPage page;
};

QString cell(const QAbstractItemModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->index(row, column).data(role).toString();
}

// The form before a questionnaire, filled in as a person does: candidate Bo (B2), assessor Q.
bool fillSubjectDialog()
{
    auto *dialog = qobject_cast<SubjectDialog *>(QApplication::activeModalWidget());
    if (!dialog)
        return false;
    const std::pair<const char *, const char *> fields[] = {
        {"nameEdit", "Bo"}, {"numberEdit", "B2"}, {"assessorEdit", "Q"}};
    for (const auto &[name, text] : fields) {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!edit)
            return false;
        edit->clear();
        QTest::keyClicks(edit, QString::fromLatin1(text));
    }
    dialog->accept();
    return true;
}

} // namespace

TEST_CASE("The ranking shows the core's figures in rank order, with the rule in words, and sorts", "[gui][round]")
{
    RoundFixture f;
    REQUIRE(f.page.currentRoundName() == kRound);
    REQUIRE(f.page.report());
    RoundRankingModel *model = f.page.rankingModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RoundReport r = f.expected();
    REQUIRE(r.candidates.size() == 4);
    REQUIRE(model->rowCount() == 4);
    const report::RoundText words(bundledCatalog(), Language::English);
    for (int row = 0; row < 4; ++row) {
        const RoundCandidate &c = r.candidates[static_cast<size_t>(row)];
        INFO(c.subject.name.toStdString());
        CHECK(cell(model, row, RoundRankingModel::RankColumn) == QString::number(row + 1));
        CHECK(cell(model, row, RoundRankingModel::CandidateColumn) == c.subject.name);
        CHECK(cell(model, row, RoundRankingModel::MustHavesColumn) == words.mustHaveSummary(r, c));
        CHECK(cell(model, row, RoundRankingModel::ReadinessColumn) == percentText(c.score.readiness));
        for (int d = 0; d < 4; ++d)
            CHECK(cell(model, row, RoundRankingModel::FirstDimensionColumn + d) ==
                  percentText(c.score.dimensions[static_cast<size_t>(d)].attainment));
        CHECK(cell(model, row, model->gapsColumn()) == QString::number(c.gapsOfTwoOrMore));
        CHECK(cell(model, row, model->completenessColumn()) == percentText(c.score.completeness));
        CHECK(cell(model, row, model->panelColumn()) == QString::number(c.panel.size()));
        CHECK(cell(model, row, model->disagreementsColumn()) == QString::number(c.openDisagreements));
    }
    // Cy fails the must-have and ranks last although nobody else does better on it.
    CHECK(r.candidates.back().subject.name == QLatin1String("Cy"));
    CHECK(cell(model, 3, RoundRankingModel::MustHavesColumn).contains(f.mustHave));
    // The rule of the ranking, in words, above the table.
    auto *rule = f.page.findChild<QLabel *>(QStringLiteral("roundRule"));
    REQUIRE(rule);
    for (const QString &step : words.ruleSteps())
        CHECK(rule->text().contains(step));

    // Sorting by readiness, ascending, puts the least ready first; back by rank restores the order.
    QTableView *table = f.page.rankingTable();
    table->sortByColumn(RoundRankingModel::ReadinessColumn, Qt::AscendingOrder);
    const QAbstractItemModel *view = table->model();
    for (int row = 1; row < view->rowCount(); ++row)
        CHECK(view->index(row - 1, RoundRankingModel::ReadinessColumn).data(RoundRankingModel::SortRole).toDouble() <=
              view->index(row, RoundRankingModel::ReadinessColumn).data(RoundRankingModel::SortRole).toDouble());
    table->sortByColumn(RoundRankingModel::RankColumn, Qt::AscendingOrder);
    CHECK(view->index(0, RoundRankingModel::CandidateColumn).data().toString() == r.candidates[0].subject.name);

    // Switching the language retitles the columns.
    LanguageManager::apply(Language::Chinese);
    f.page.setLanguage(Language::Chinese);
    CHECK(model->headerData(RoundRankingModel::RankColumn, Qt::Horizontal).toString() ==
          report::RoundText(bundledCatalog(), Language::Chinese).rankHeader());
    CHECK(model->headerData(model->completenessColumn(), Qt::Horizontal).toString() == QStringLiteral("完成度"));
    LanguageManager::apply(Language::English);
}

TEST_CASE("Candidates side by side: combined levels, the panel's levels and evidence on hover, differences marked",
          "[gui][round]")
{
    RoundFixture f;
    const RoundReport r = f.expected();
    // One candidate is not a comparison.
    REQUIRE(f.page.selectCandidates({1}));
    CHECK_FALSE(f.page.showSideBySide());
    REQUIRE(f.page.selectCandidates({f.rankOf("Ann"), f.rankOf("Bo")}));
    REQUIRE(f.page.showSideBySide());
    CHECK(f.page.currentView() == RoundsPage::SideBySideView);
    // The two stay selected in the ranking, for a decision or another comparison.
    CHECK(f.page.rankingTable()->selectionModel()->selectedRows().size() == 2);
    RoundSideBySideModel *model = f.page.sideBySideModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->candidateCount() == 2);
    REQUIRE(model->rowCount() == static_cast<int>(f.role->requirements.size()));
    const RoundCandidate *ann = &r.candidates[static_cast<size_t>(f.rankOf("Ann") - 1)];
    const RoundCandidate *bo = &r.candidates[static_cast<size_t>(f.rankOf("Bo") - 1)];
    REQUIRE(ann);
    REQUIRE(bo);
    const int annColumn = RoundSideBySideModel::FirstCandidateColumn + (ann->rank < bo->rank ? 0 : 1);
    const int boColumn = RoundSideBySideModel::FirstCandidateColumn + (ann->rank < bo->rank ? 1 : 0);
    int differing = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const RoundItem &a = ann->items[static_cast<size_t>(row)];
        const RoundItem &b = bo->items[static_cast<size_t>(row)];
        CHECK(cell(model, row, annColumn) == heatCellText(a.combined, a.required));
        CHECK(model->index(row, annColumn).data(CohortHeatmapModel::StateRole).toInt() ==
              static_cast<int>(heatCell(a.combined, a.required)));
        CHECK(model->index(row, boColumn).data(CohortHeatmapModel::LevelRole).toInt() == b.combined.value_or(-1));
        const bool differs = a.combined != b.combined;
        differing += differs ? 1 : 0;
        CHECK(cell(model, row, RoundSideBySideModel::RequirementColumn).contains(QStringLiteral("≠")) == differs);
    }
    CHECK(differing > 0);
    // The must-have is starred.
    CHECK(cell(model, 0, RoundSideBySideModel::RequirementColumn).startsWith(QStringLiteral("★")));
    // Hovering Ann's second item shows every panel member's level and X's evidence.
    const QString tip = cell(model, 1, annColumn, Qt::ToolTipRole);
    for (const QString &assessor : ann->panel)
        CHECK(tip.contains(assessor + QStringLiteral(": ")));
    CHECK(tip.contains(QStringLiteral("Led the plant's data platform")));
    // Only the rows where they differ.
    f.page.onlyDifferences()->setChecked(true);
    CHECK(f.page.sideBySideTable()->model()->rowCount() == differing);
    f.page.onlyDifferences()->setChecked(false);
    CHECK(f.page.sideBySideTable()->model()->rowCount() == model->rowCount());
}

TEST_CASE("The panel view flags disagreements, records and withdraws a consensus, and refuses one without a reason",
          "[gui][round]")
{
    RoundFixture f;
    REQUIRE(f.page.showPanel(f.rankOf("Bo")));
    CHECK(f.page.currentView() == RoundsPage::PanelView);
    RoundPanelModel *model = f.page.panelModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->candidate());
    REQUIRE(model->candidate()->subject.name == QLatin1String("Bo"));
    REQUIRE(model->memberCount() == 2);
    // The third item: X said 4, Y said 0: an open disagreement, flagged.
    CHECK(cell(model, 2, RoundPanelModel::FirstMemberColumn) == heatCellText(4, f.role->requirements[2].level));
    CHECK(cell(model, 2, RoundPanelModel::FirstMemberColumn + 1) == heatCellText(0, f.role->requirements[2].level));
    CHECK(cell(model, 2, model->spreadColumn()) == QStringLiteral("4 !"));
    const QString requirement = f.role->requirements[2].id;

    // Without a reason: refused, nothing written.
    QSignalSpy errors(&f.page, &RoundsPage::errorOccurred);
    CHECK_FALSE(f.page.recordConsensus(requirement, 2, QStringLiteral("   "), QStringLiteral("Chair")));
    CHECK(errors.count() == 1);
    CHECK(f.store->consensus(f.round).value().empty());

    // In place, by the widgets: choose the item, a level, a reason, press Enter.
    QTableView *table = f.page.panelTable();
    table->setCurrentIndex(model->index(2, 0));
    auto *reason = f.page.findChild<QLineEdit *>(QStringLiteral("consensusReason"));
    auto *chair = f.page.findChild<QLineEdit *>(QStringLiteral("consensusChair"));
    REQUIRE(reason);
    REQUIRE(chair);
    chair->setText(QStringLiteral("Chair Liu"));
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("Both saw the same project; 3 fits"));
    auto *level = f.page.findChild<QComboBox *>(QStringLiteral("consensusLevel"));
    REQUIRE(level);
    level->setCurrentIndex(level->findData(3));
    QTest::keyClick(reason, Qt::Key_Return);
    const auto stored = f.store->consensus(f.round).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].requirement == requirement);
    CHECK(stored[0].level == 3);
    CHECK(stored[0].reason == QLatin1String("Both saw the same project; 3 fits"));
    CHECK(stored[0].recordedBy == QLatin1String("Chair Liu"));
    // The view now shows it as a consensus, the flag gone, the ratings as given.
    REQUIRE(model->candidate());
    CHECK(cell(model, 2, model->combinedColumn()) == heatCellText(3, f.role->requirements[2].level));
    CHECK(cell(model, 2, model->sourceColumn()) ==
          report::RoundText(bundledCatalog(), Language::English).sourceName(RoundItem::Source::Consensus));
    CHECK(cell(model, 2, model->spreadColumn()) == QStringLiteral("4"));
    CHECK(cell(model, 2, RoundPanelModel::FirstMemberColumn) == heatCellText(4, f.role->requirements[2].level));
    INFO(f.page.remarksView()->toPlainText().toStdString());
    CHECK(f.page.remarksView()->toPlainText().contains(QStringLiteral("Chair Liu")));
    CHECK(f.page.remarksView()->toPlainText().contains(QStringLiteral("Both saw the same project")));

    // Withdrawn: the median counts again.
    REQUIRE(f.page.withdrawConsensus(requirement));
    CHECK(f.store->consensus(f.round).value().empty());
    CHECK(cell(model, 2, model->spreadColumn()) == QStringLiteral("4 !"));
}

TEST_CASE("The panel shows the candidate's own rating beside it, never in its figures; evidence side by side",
          "[gui][round]")
{
    RoundFixture f;
    REQUIRE(f.page.showPanel(f.rankOf("Ann")));
    RoundPanelModel *model = f.page.panelModel();
    REQUIRE(model->candidate());
    const RoundReport r = f.expected();
    const RoundCandidate &ann = r.candidates[static_cast<size_t>(f.rankOf("Ann") - 1)];
    REQUIRE(!ann.selfAssessmentId.isEmpty());
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK(cell(model, row, model->selfColumn()) == QStringLiteral("4"));
        // The combined level is the panel's (X, Y at the required level, Z one below): the median.
        const RoundItem &item = ann.items[static_cast<size_t>(row)];
        CHECK(cell(model, row, model->combinedColumn()) == heatCellText(item.combined, item.required));
        CHECK(item.combined == std::optional<int>(item.required)); // the median of (q, q, q - 1)
    }
    // The second item's evidence, under X's name, in the remarks beside the others'.
    f.page.panelTable()->setCurrentIndex(model->index(1, 0));
    const QString remarks = f.page.remarksView()->toPlainText();
    CHECK(remarks.contains(QStringLiteral("Led the plant's data platform")));
    for (const QString &assessor : ann.panel)
        CHECK(remarks.contains(assessor));
}

TEST_CASE("A decision with its note is stored with the round and shown in the ranking", "[gui][round]")
{
    RoundFixture f;
    const int rank = f.rankOf("Di");
    REQUIRE(f.page.selectCandidates({rank}));
    // No decision yet: the box is blank and Record Decision waits for a choice.
    CHECK(f.page.findChild<QComboBox *>(QStringLiteral("roundDecision"))->currentIndex() == -1);
    REQUIRE(f.page.recordDecision(QStringLiteral("shortlist"), QStringLiteral("second interview")));
    const auto decisions = f.store->decisions(f.round).value();
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].candidate.name == QLatin1String("Di"));
    CHECK(decisions[0].decision == QLatin1String("shortlist"));
    CHECK(decisions[0].note == QLatin1String("second interview"));
    RoundRankingModel *model = f.page.rankingModel();
    CHECK(cell(model, rank - 1, model->decisionColumn()) ==
          report::RoundText(bundledCatalog(), Language::English).decisionName(QStringLiteral("shortlist")));
    CHECK(cell(model, rank - 1, model->decisionColumn(), Qt::ToolTipRole) == QLatin1String("second interview"));
    // Not a decision: refused, the stored one stays.
    QSignalSpy errors(&f.page, &RoundsPage::errorOccurred);
    REQUIRE(f.page.selectCandidates({rank}));
    CHECK_FALSE(f.page.recordDecision(QStringLiteral("maybe"), QString()));
    CHECK(errors.count() == 1);
    CHECK(f.store->decisions(f.round).value()[0].decision == QLatin1String("shortlist"));

    // The hiring-meeting document: Di's scorecard with the evidence-free panel, and the ranking.
    const QString pdf = f.dir.filePath(QStringLiteral("meeting.pdf"));
    REQUIRE(f.page.writeDocument(pdf, report::Format::Pdf, false).ok());
    CHECK(test::readFileBytes(pdf).startsWith("%PDF-"));
    const QString csv = f.dir.filePath(QStringLiteral("meeting.csv"));
    REQUIRE(f.page.writeDocument(csv, report::Format::Csv, false).ok());
    const QString text = QString::fromUtf8(test::readFileBytes(csv));
    for (const char *name : {"Ann", "Bo", "Cy", "Di"})
        CHECK(text.contains(QString::fromLatin1(name)));
    CHECK(text.contains(QStringLiteral("second interview")));
}

TEST_CASE("Blind until submitted: whoever rates here sees nothing made of the others' scorecards until submitting",
          "[gui][round]")
{
    RoundFixture f;
    // W starts rating Ann in this window: two items answered.
    Assessment w = Assessment::create(f.role->code, Mode::Assessor, person("Ann", "A1"), QStringLiteral("W"));
    w.setRating(*f.role, Rating{f.role->requirements[0].id, 1, QStringLiteral("W's own evidence"), QString()});
    w.setRating(*f.role, Rating{f.role->requirements[1].id, 2, QString(), QString()});
    REQUIRE(f.store->insert(w).ok());
    REQUIRE(f.store->addToCohort(f.round, {w.id}).ok());
    f.page.setRateAs(QStringLiteral("W"));
    f.page.reload();
    const int ann = f.rankOf("Ann");
    RoundRankingModel *ranking = f.page.rankingModel();
    // Blind starts before the first rating: every candidate W has not submitted is hidden, the
    // rank, the figures and the decision included, and so is the panel's agreement.
    for (const char *name : {"Ann", "Bo", "Cy", "Di"}) {
        const int row = f.rankOf(name) - 1;
        CHECK(cell(ranking, row, RoundRankingModel::ReadinessColumn) == QStringLiteral("…"));
        CHECK(cell(ranking, row, RoundRankingModel::RankColumn) == QStringLiteral("…"));
        CHECK(cell(ranking, row, ranking->decisionColumn()) == QStringLiteral("…"));
    }
    CHECK(cell(ranking, ann - 1, RoundRankingModel::ReadinessColumn, Qt::ToolTipRole).contains(QStringLiteral("W")));
    const QLabel *header = nullptr;
    for (QLabel *label : f.page.findChildren<QLabel *>())
        if (label->text().contains(kRound))
            header = label;
    REQUIRE(header);
    CHECK_FALSE(header->text().contains(QStringLiteral("Agreement")));

    REQUIRE(f.page.showPanel(ann));
    RoundPanelModel *panel = f.page.panelModel();
    REQUIRE(panel->hidden());
    const int wColumn =
        RoundPanelModel::FirstMemberColumn + static_cast<int>(panel->candidate()->panel.indexOf(QStringLiteral("W")));
    for (int k = 0; k < panel->memberCount(); ++k) {
        const int column = RoundPanelModel::FirstMemberColumn + k;
        if (column == wColumn)
            CHECK(cell(panel, 0, column) == heatCellText(1, f.role->requirements[0].level));
        else
            CHECK(cell(panel, 0, column) == QStringLiteral("…"));
    }
    CHECK(cell(panel, 0, panel->combinedColumn()) == QStringLiteral("…"));
    f.page.panelTable()->setCurrentIndex(panel->index(1, 0));
    CHECK_FALSE(f.page.remarksView()->toPlainText().contains(QStringLiteral("Led the plant's data platform")));
    // No consensus while blind, and the editor shows neither the combined level nor a reason.
    CHECK_FALSE(f.page.findChild<QPushButton *>(QStringLiteral("consensusRecord"))->isEnabled());
    CHECK(f.page.findChild<QComboBox *>(QStringLiteral("consensusLevel"))->currentIndex() == -1);
    CHECK(f.page.findChild<QLineEdit *>(QStringLiteral("consensusReason"))->text().isEmpty());
    CHECK_FALSE(f.page.findChild<QPushButton *>(QStringLiteral("roundExportButton"))->isEnabled());
    CHECK_FALSE(f.page.writeDocument(f.dir.filePath(QStringLiteral("leak.pdf")), report::Format::Pdf, false).ok());
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(QStringLiteral("leak.pdf"))));
    CHECK(f.page.changesList()->topLevelItemCount() == 0); // the trail holds the panel's levels
    // Side by side hides Ann's cells too.
    REQUIRE(f.page.selectCandidates({ann, f.rankOf("Bo")}));
    REQUIRE(f.page.showSideBySide());
    RoundSideBySideModel *side = f.page.sideBySideModel();
    const int annColumn = RoundSideBySideModel::FirstCandidateColumn + (ann < f.rankOf("Bo") ? 0 : 1);
    CHECK(cell(side, 1, annColumn) == QStringLiteral("…"));
    CHECK_FALSE(cell(side, 1, annColumn, Qt::ToolTipRole).contains(QStringLiteral("Led the plant")));

    // Submitting needs every item rated or marked not assessed.
    REQUIRE(f.page.selectCandidates({ann}));
    auto *submit = f.page.findChild<QPushButton *>(QStringLiteral("roundSubmitButton"));
    REQUIRE(submit);
    CHECK(submit->isEnabled());
    QSignalSpy errors(&f.page, &RoundsPage::errorOccurred);
    CHECK_FALSE(f.page.submitScorecard(QStringLiteral("yes"), QString()));
    CHECK(errors.count() == 1);
    // W answers every item but the last, and marks the last not assessed: answered is not
    // submitted, so the panel stays hidden.
    for (size_t k = 0; k + 1 < f.role->requirements.size(); ++k)
        REQUIRE(f.store
                    ->setRating(w.id,
                                RatingChange::levelOnly(f.role->requirements[k].id, f.role->requirements[k].level),
                                QDateTime::currentDateTimeUtc())
                    .ok());
    REQUIRE(f.store
                ->setRating(w.id, RatingChange::markNotAssessed(f.role->requirements.back().id),
                            QDateTime::currentDateTimeUtc())
                .ok());
    f.page.reload();
    CHECK(cell(f.page.rankingModel(), f.rankOf("Ann") - 1, RoundRankingModel::ReadinessColumn) == QStringLiteral("…"));
    REQUIRE(f.page.selectCandidates({f.rankOf("Ann")}));
    REQUIRE(f.page.submitScorecard(QStringLiteral("yes"), QStringLiteral("Solid")));
    // Submitted: Ann's panel is W's to see, numbered 1 (the others stay "…", no gap).
    ranking = f.page.rankingModel();
    const int annRow = f.rankOf("Ann") - 1;
    CHECK(cell(ranking, annRow, RoundRankingModel::ReadinessColumn) != QStringLiteral("…"));
    CHECK(cell(ranking, annRow, RoundRankingModel::RankColumn) == QStringLiteral("1"));
    CHECK(cell(ranking, f.rankOf("Bo") - 1, RoundRankingModel::RankColumn) == QStringLiteral("…"));
    REQUIRE(f.page.showPanel(f.rankOf("Ann")));
    panel = f.page.panelModel();
    CHECK_FALSE(panel->hidden());
    CHECK(cell(panel, 0, RoundPanelModel::FirstMemberColumn) != QStringLiteral("…"));
    const int wAt =
        RoundPanelModel::FirstMemberColumn + static_cast<int>(panel->candidate()->panel.indexOf(QStringLiteral("W")));
    CHECK(panel->headerData(wAt, Qt::Horizontal).toString() == QStringLiteral("W ✓"));
    CHECK(cell(panel, panel->rowCount() - 1, wAt) == QStringLiteral("not assessed"));
    CHECK_FALSE(submit->isEnabled());

    // Reopened, W is blind again; a change after seeing the others is marked.
    REQUIRE(f.page.selectCandidates({f.rankOf("Ann")}));
    REQUIRE(f.page.reopenScorecard());
    CHECK(cell(f.page.rankingModel(), f.rankOf("Ann") - 1, RoundRankingModel::ReadinessColumn) == QStringLiteral("…"));
    REQUIRE(
        f.store
            ->setRating(w.id, RatingChange::levelOnly(f.role->requirements[0].id, 0), QDateTime::currentDateTimeUtc())
            .ok());
    f.page.reload();
    REQUIRE(f.page.selectCandidates({f.rankOf("Ann")}));
    REQUIRE(f.page.submitScorecard(QStringLiteral("no"), QString()));
    REQUIRE(f.page.showPanel(f.rankOf("Ann")));
    panel = f.page.panelModel();
    CHECK(panel->headerData(wAt, Qt::Horizontal).toString().contains(QStringLiteral("†")));

    // Nobody chosen: everything hidden; the lead (nobody): everything shown.
    f.page.setRateAs(std::nullopt);
    for (const char *name : {"Ann", "Bo"})
        CHECK(cell(f.page.rankingModel(), f.rankOf(name) - 1, RoundRankingModel::ReadinessColumn) ==
              QStringLiteral("…"));
    f.page.setRateAs(QString());
    for (const char *name : {"Ann", "Bo", "Cy", "Di"})
        CHECK(cell(f.page.rankingModel(), f.rankOf(name) - 1, RoundRankingModel::ReadinessColumn) !=
              QStringLiteral("…"));
    CHECK(header->text().contains(QStringLiteral("Agreement")));
    // The lead sees the round's changes: W's submit, reopen and the level changed after it.
    QStringList changes;
    for (int i = 0; i < f.page.changesList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = f.page.changesList()->topLevelItem(i);
        changes << QStringLiteral("%1|%2|%3").arg(item->text(3), item->text(4), item->text(5));
    }
    INFO(changes.join(QLatin1Char('\n')).toStdString());
    CHECK(changes.contains(QStringLiteral("W · submitted the scorecard||– → Yes")));
    CHECK(changes.contains(QStringLiteral("W · reopened the scorecard||Yes → –")));
    CHECK(std::any_of(changes.begin(), changes.end(), [&](const QString &c) {
        return c.startsWith(QStringLiteral("W · level|") + f.role->requirements[0].id);
    }));
}

TEST_CASE("Rating a candidate from the window opens a questionnaire in the round, blind until submitted",
          "[gui][round]")
{
    RoundFixture f(false);
    MainWindow window(nullptr, f.path);
    window.setCatalog(bundledCatalog());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *rounds = window.findChild<RoundsPage *>();
    REQUIRE(rounds);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("roundsTab")));
    REQUIRE(rounds->currentRoundName() == kRound);

    bool filled = false;
    QTimer::singleShot(0, [&] { filled = fillSubjectDialog(); });
    auto *rate = rounds->findChild<QPushButton *>(QStringLiteral("roundRateButton"));
    REQUIRE(rate);
    rate->click();
    REQUIRE(filled);
    auto *questionnaire = qobject_cast<QuestionnaireWidget *>(tabs->currentWidget());
    REQUIRE(questionnaire);
    // Answer one item by keyboard, and mark the next one not assessed (X).
    QWidget *items = questionnaire->focusProxy(); // the list of items takes the keys
    REQUIRE(items);
    QTest::keyClick(items, Qt::Key_3);
    QTest::keyClick(items, Qt::Key_X);
    {
        auto stored = f.store->load(questionnaire->session()->assessment().id);
        REQUIRE(stored.ok());
        REQUIRE(stored->ratings.size() == 2);
        CHECK(stored->ratings[0].level == 3);
        CHECK(stored->ratings[1].notAssessed);
        CHECK_FALSE(stored->ratings[1].level);
        CHECK(questionnaire->findChild<QWidget *>(QStringLiteral("notAssessedButton")) != nullptr);
    }
    // It is in the round, and Bo's panel is hidden from Q while Q has items left.
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("roundsTab")));
    const RoundReport *r = rounds->report();
    REQUIRE(r);
    const auto bo = std::find_if(r->candidates.begin(), r->candidates.end(),
                                 [](const RoundCandidate &c) { return c.subject.name == QLatin1String("Bo"); });
    REQUIRE(bo != r->candidates.end());
    REQUIRE(bo->panel.contains(QStringLiteral("Q")));
    CHECK(cell(rounds->rankingModel(), bo->rank - 1, RoundRankingModel::ReadinessColumn) == QStringLiteral("…"));
    // Nor does another panel member's scorecard of Bo open here, as a report or a questionnaire,
    // and the Assessments list leaves it out, while Q has not submitted.
    const QString xOfBo = bo->panelAssessmentIds.at(bo->panel.indexOf(QStringLiteral("X")));
    QSignalSpy refused(&window, &MainWindow::errorShown);
    CHECK(window.openReport(xOfBo) == nullptr);
    CHECK(window.openQuestionnaire(xOfBo) == nullptr);
    REQUIRE(refused.count() == 2);
    CHECK(refused.at(0).at(0).toString().contains(QStringLiteral("another panel member")));
    window.refreshAssessmentList();
    for (int row = 0; row < window.assessmentModel()->rowCount(); ++row)
        CHECK(window.assessmentModel()->index(row, 0).data(AssessmentListModel::IdRole).toString() != xOfBo);
    // Rating again resumes the same questionnaire rather than starting another.
    const int tabCount = tabs->count();
    QTimer::singleShot(0, [&] { filled = fillSubjectDialog(); });
    filled = false;
    rate->click();
    REQUIRE(filled);
    CHECK(tabs->count() == tabCount);
    CHECK(tabs->currentWidget() == questionnaire);
    // Closing the questionnaire half-way does not lift the blind for Q in this window.
    const QString qId = questionnaire->session()->assessment().id;
    tabs->removeTab(tabs->indexOf(questionnaire));
    delete questionnaire;
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("roundsTab")));
    CHECK(cell(rounds->rankingModel(), 0, RoundRankingModel::ReadinessColumn) != QString()); // the page is filled
    const RoundReport *again = rounds->report();
    REQUIRE(again);
    for (const RoundCandidate &c : again->candidates)
        if (c.subject.name == QLatin1String("Bo"))
            CHECK(rounds->rankingModel()
                      ->data(rounds->rankingModel()->index(c.rank - 1, RoundRankingModel::ReadinessColumn))
                      .toString() == QStringLiteral("…"));
    // Rating Bo again as Q opens Q's questionnaire again: no second, empty one.
    const int before = static_cast<int>(f.store->list().value().size());
    filled = false;
    QTimer::singleShot(0, [&] { filled = fillSubjectDialog(); });
    rate->click();
    REQUIRE(filled);
    auto *reopened = qobject_cast<QuestionnaireWidget *>(tabs->currentWidget());
    REQUIRE(reopened);
    CHECK(reopened->session()->assessment().id == qId);
    CHECK(static_cast<int>(f.store->list().value().size()) == before);
    window.close();
}

TEST_CASE("The Hiring Rounds tab opens the store when it is shown, not when the window starts", "[gui][round]")
{
    test::IsolatedSettings settings;
    LanguageManager::apply(Language::English);
    const QString db = settings.dir.filePath(QStringLiteral("later.sqlite"));
    MainWindow window(nullptr, db);
    window.setCatalog(bundledCatalog());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    CHECK_FALSE(QFileInfo::exists(db));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("roundsTab")));
    CHECK(QFileInfo::exists(db));
    // An empty store: the page says what to do first.
    auto *rounds = window.findChild<RoundsPage *>();
    REQUIRE(rounds);
    CHECK_FALSE(rounds->report());
    window.close();
}
