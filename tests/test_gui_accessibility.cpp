// Keyboard and screen-reader checks of the real windows (offscreen): every visible control that
// Tab can reach has a name a screen reader would read, Tab and Shift+Tab reach every such control
// in the order of the layout, mnemonics do not clash, and charts describe what they show.
#include "TestSupport.h"

#include "AssessmentSession.h"
#include "AssessmentStore.h"
#include "HiringRound.h"
#include "ImprovementPathView.h"
#include "Language.h"
#include "MainWindow.h"
#include "QuestionnaireWidget.h"
#include "ReportWidget.h"
#include "RoundsPage.h"
#include "SubjectDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace iitalent;
using namespace iitalent::gui;
using iitalent::test::bundledCatalog;

namespace {

struct Fixture : test::IsolatedSettings
{
    explicit Fixture(Language language) { LanguageManager::apply(language); }
    QString db() const { return dir.filePath(QStringLiteral("assessments.sqlite")); }
};

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QString accessibleText(QWidget *w, QAccessible::Text t)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(t).trimmed() : QString();
}

// The visible, enabled widgets of `root` that Tab can give focus to.
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            stops << w;
    }
    return stops;
}

// Every tab stop has a name a screen reader reads; focusable labels are read with their text.
void checkNames(QWidget *root)
{
    const QList<QWidget *> stops = tabStops(root);
    REQUIRE(stops.size() >= 3);
    for (QWidget *w : stops) {
        INFO(describe(w).toStdString());
        CHECK_FALSE(accessibleText(w, QAccessible::Name).isEmpty());
    }
    // A label's accessible name replaces its text for a screen reader: a label that shows content
    // must not carry a fixed name.
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        INFO(describe(label).toStdString());
        QString shown = label->text();
        if (label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(shown))) {
            QTextDocument doc;
            doc.setHtml(shown);
            shown = doc.toPlainText();
        }
        shown = shown.remove(QLatin1Char('&')).simplified();
        CHECK(accessibleText(label, QAccessible::Name).simplified().remove(QLatin1Char('&')) == shown);
    }
}

// Presses Tab (or Shift+Tab) from `start` until the focus comes back to it; returns the widgets
// that had the focus, in order, starting with `start`.
QList<QWidget *> tabWalk(QWidget *window, QWidget *start, bool forward)
{
    start->setFocus(Qt::TabFocusReason);
    REQUIRE(window->focusWidget() == start);
    QList<QWidget *> walk{start};
    for (int i = 0; i < 200; ++i) {
        QWidget *now = window->focusWidget();
        REQUIRE(now);
        QTest::keyClick(now, forward ? Qt::Key_Tab : Qt::Key_Backtab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget *next = window->focusWidget();
        if (next == start)
            return walk;
        INFO("Tab is trapped in " << describe(now).toStdString());
        REQUIRE(next != now);
        REQUIRE_FALSE(walk.contains(next));
        walk << next;
    }
    FAIL("Tab never came back to where it started");
    return walk;
}

QStringList names(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (const QWidget *w : widgets)
        out << w->objectName();
    return out;
}

// Tab and Shift+Tab reach every tab stop of `window`, the one the reverse of the other, and
// `expected` (object names) come in this order.
void checkTabOrder(QWidget *window, QWidget *start, const std::vector<const char *> &expected)
{
    const QList<QWidget *> forward = tabWalk(window, start, true);
    const QList<QWidget *> backward = tabWalk(window, start, false);
    INFO("Tab order: " << names(forward).join(QStringLiteral(", ")).toStdString());
    const QList<QWidget *> stops = tabStops(window);
    for (QWidget *w : stops) {
        INFO("not reached by Tab: " << describe(w).toStdString());
        CHECK(forward.contains(w));
    }
    QList<QWidget *> reversed{backward.front()};
    for (auto it = backward.crbegin(); it != backward.crend() - 1; ++it)
        reversed << *it;
    CHECK(names(reversed) == names(forward));
    qsizetype at = -1;
    for (const char *name : expected) {
        INFO("expected in order: " << name);
        const qsizetype i = names(forward).indexOf(QLatin1String(name));
        CHECK(i > at);
        at = std::max(at, i);
    }
}

// The Alt+letter mnemonics of what is visible in `window` are all different.
void checkMnemonics(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    auto add = [&](const QString &text, const QString &owner) {
        const int amp = text.indexOf(QLatin1Char('&'));
        if (amp >= 0 && amp + 1 < text.size() && text.at(amp + 1) != QLatin1Char('&'))
            owners[text.at(amp + 1).toLower()] << owner;
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text(), describe(w));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text(), describe(w));
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i), describe(w) + QStringLiteral(" tab ") + bar->tabText(i));
        else if (auto *menu = qobject_cast<QMenuBar *>(w))
            for (QAction *a : menu->actions())
                add(a->text(), QStringLiteral("menu ") + a->text());
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        INFO("Alt+" << QString(it.key()).toStdString() << ": " << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }
}

QWidget *child(QWidget *root, const char *name)
{
    auto *w = root->findChild<QWidget *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

Subject person(const char *name)
{
    Subject s;
    s.name = QString::fromUtf8(name);
    return s;
}

void showAndActivate(QWidget *window)
{
    window->resize(1280, 800);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

} // namespace

TEST_CASE("Every control of the main window is named and reached by Tab in order", "[gui][a11y]")
{
    const Language language = GENERATE(Language::Chinese, Language::English);
    Fixture fx(language);
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    window.selectRole(QStringLiteral("01"));
    showAndActivate(&window);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    REQUIRE(tabs);

    SECTION("Roles")
    {
        checkNames(&window);
        checkMnemonics(&window);
        checkTabOrder(&window, child(&window, "searchEdit"),
                      {"searchEdit", "roleView", "selfButton", "candidateButton", "requirementView"});
    }
    SECTION("Assessments")
    {
        REQUIRE(window.createAssessment(QStringLiteral("01"), Mode::Self, person("张三")));
        tabs->setCurrentWidget(child(&window, "assessmentsTab"));
        checkNames(&window);
        checkMnemonics(&window);
        checkTabOrder(&window, child(&window, "assessmentFilterEdit"),
                      {"assessmentFilterEdit", "assessmentModeCombo", "assessmentDateCombo", "assessmentView",
                       "continueButton", "reportButton", "exportButton", "deleteButton"});
    }
    SECTION("Cohorts")
    {
        tabs->setCurrentWidget(child(&window, "cohortsTab"));
        checkNames(&window);
        checkMnemonics(&window);
    }
    SECTION("Hiring rounds")
    {
        // A round with two candidates, so that each of its views shows something.
        AssessmentStore *store = window.store();
        REQUIRE(store);
        Cohort c;
        c.name = QStringLiteral("Round");
        c.roles = QStringList{QStringLiteral("16")};
        const auto round = createRound(*store, bundledCatalog(), c, {QStringLiteral("16.a.1")});
        REQUIRE(round.ok());
        for (const char *name : {"王五", "赵六"}) {
            Assessment a = Assessment::create(QStringLiteral("16"), Mode::Assessor, person(name), QStringLiteral("X"));
            a.setRating(*bundledCatalog().role(QStringLiteral("16")),
                        Rating{QStringLiteral("16.a.1"), 2, QStringLiteral("evidence"), QString()});
            REQUIRE(store->insert(a).ok());
            REQUIRE(store->addToCohort(round->id, {a.id}).ok());
        }
        tabs->setCurrentWidget(child(&window, "roundsTab"));
        auto *rounds = window.findChild<RoundsPage *>();
        REQUIRE(rounds);
        REQUIRE(rounds->report());
        checkNames(&window);
        checkMnemonics(&window);
        REQUIRE(rounds->selectCandidates({1, 2}));
        REQUIRE(rounds->showSideBySide());
        checkNames(&window);
        checkMnemonics(&window);
        REQUIRE(rounds->showPanel(1));
        checkNames(&window);
        checkMnemonics(&window);
    }
    SECTION("Ctrl+F finds in the page shown")
    {
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        CHECK(window.focusWidget() == child(&window, "searchEdit"));
        tabs->setCurrentWidget(child(&window, "assessmentsTab"));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        CHECK(window.focusWidget() == child(&window, "assessmentFilterEdit"));
    }
}

TEST_CASE("The questionnaire is named and reached by Tab in order", "[gui][a11y]")
{
    const Language language = GENERATE(Language::Chinese, Language::English);
    Fixture fx(language);
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    QuestionnaireWidget *page =
        window.createAssessment(QStringLiteral("01"), Mode::Assessor, person("李四"), QStringLiteral("王老师"));
    REQUIRE(page);
    showAndActivate(&window);
    checkNames(&window);
    checkMnemonics(&window);
    checkTabOrder(&window, child(page, "itemView"),
                  {"itemView", "evidenceEdit", "noteEdit", "previousButton", "nextButton", "nextUnansweredButton",
                   "reportButton"});

    // The rating buttons say which item they rate; the progress bars say which dimension they count.
    const QString current = page->currentRequirement();
    REQUIRE_FALSE(current.isEmpty());
    CHECK(accessibleText(child(page, "level2Button"), QAccessible::Description).contains(current));
    for (const Dimension &d : bundledCatalog().dimensions()) {
        auto *bar = child(page, qPrintable(QStringLiteral("progress_") + d.key));
        CHECK(accessibleText(bar, QAccessible::Name).contains(language == Language::Chinese ? d.nameZh : d.nameEn));
    }
}

TEST_CASE("Every tab of the report is named, reached by Tab, and its charts described", "[gui][a11y]")
{
    const Language language = GENERATE(Language::Chinese, Language::English);
    Fixture fx(language);
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    QuestionnaireWidget *self = window.createAssessment(QStringLiteral("01"), Mode::Self, person("赵六"));
    QuestionnaireWidget *assessor =
        window.createAssessment(QStringLiteral("01"), Mode::Assessor, person("赵六"), QStringLiteral("Li"));
    REQUIRE(self);
    REQUIRE(assessor);
    REQUIRE(self->session()->setLevel(QStringLiteral("01.a.1"), 4).ok());
    REQUIRE(assessor->session()->setLevel(QStringLiteral("01.a.1"), 1).ok());
    QuestionnaireWidget *later = window.createAssessment(QStringLiteral("01"), Mode::Self, person("赵六"));
    REQUIRE(later);
    REQUIRE(later->session()->setLevel(QStringLiteral("01.a.1"), 2).ok());
    ReportWidget *report = window.openReport(later->session()->assessment().id);
    REQUIRE(report);
    showAndActivate(&window);

    const std::pair<const char *, std::vector<const char *>> pages[] = {
        {"overviewTab", {"radarView"}},
        {"itemsTab", {"dimensionCombo", "barView", "itemTable"}},
        {"pathTab", {"savePngButton", "saveSvgButton", "canvas"}},
        {"compareTab", {"compareView", "compareTable"}},
        {"historyTab", {"historyView"}},
        {"fitTab", {"fitTable"}},
    };
    for (const auto &[tab, order] : pages) {
        INFO(tab);
        report->showTab(QString::fromLatin1(tab));
        QApplication::processEvents();
        checkNames(&window);
        checkMnemonics(&window);
        auto *reportTabs = report->findChild<QTabWidget *>(QStringLiteral("tabs"));
        REQUIRE(reportTabs);
        checkTabOrder(&window, reportTabs->tabBar(), order);
    }

    // Charts say what they show in words.
    REQUIRE(report->chartViews().size() == 4);
    for (QChartView *view : report->chartViews()) {
        INFO(describe(view).toStdString());
        CHECK_FALSE(accessibleText(view, QAccessible::Name).isEmpty());
        CHECK(accessibleText(view, QAccessible::Description).contains(QLatin1Char('%')) ==
              (view->objectName() != QLatin1String("barView")));
    }
    CHECK(accessibleText(child(report, "barView"), QAccessible::Description).contains(QStringLiteral("01.a")));
    CHECK(accessibleText(child(report, "canvas"), QAccessible::Description).size() > 20);
}

TEST_CASE("The new-assessment dialog is named and reached by Tab in order", "[gui][a11y]")
{
    const Mode mode = GENERATE(Mode::Self, Mode::Assessor);
    Fixture fx(Language::English);
    SubjectDialog dialog(mode, QStringLiteral("01 Network Architecture Engineer"));
    dialog.setAssessorName(QStringLiteral("Li"));
    QTest::keyClicks(child(&dialog, "nameEdit"), QStringLiteral("Zhang"));
    showAndActivate(&dialog);
    checkNames(&dialog);
    checkMnemonics(&dialog);
    std::vector<const char *> order{"nameEdit", "organisationEdit", "numberEdit", "stageCombo"};
    if (mode == Mode::Assessor)
        order.push_back("assessorEdit");
    checkTabOrder(&dialog, child(&dialog, "nameEdit"), order);
}
