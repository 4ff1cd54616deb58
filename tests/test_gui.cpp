// GUI tests on the offscreen platform: the real main window with the real catalog.
#include "TestSupport.h"

#include "AssessmentListModel.h"
#include "AssessmentsPage.h"
#include "ExchangeFile.h"
#include "Language.h"
#include "MainWindow.h"
#include "RequirementModel.h"
#include "RoleDetailWidget.h"
#include "RoleFilterProxyModel.h"
#include "RoleTreeModel.h"
#include "Scoring.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace iitalent;
using namespace iitalent::gui;
using iitalent::test::bundledCatalog;
using iitalent::test::IsolatedSettings;

namespace {

// All texts of the visible requirement rows of the detail view, in order.
QStringList requirementIds(const RequirementModel *model)
{
    QStringList ids;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r)
            ids << model->index(r, RequirementModel::IdColumn, group).data().toString();
    }
    return ids;
}

QString labelText(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("The role and requirement models pass QAbstractItemModelTester", "[gui][models]")
{
    RoleTreeModel roles;
    QAbstractItemModelTester rolesTester(&roles, QAbstractItemModelTester::FailureReportingMode::Fatal);
    roles.setCatalog(&bundledCatalog());
    REQUIRE(roles.rowCount() == 8);
    int total = 0;
    for (int d = 0; d < roles.rowCount(); ++d)
        total += roles.rowCount(roles.index(d, 0));
    CHECK(total == 41);

    RoleFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&roles);
    proxy.setSearchText(QStringLiteral("OPC UA"));
    CHECK(proxy.matchingRoleCount() > 0);
    CHECK(proxy.matchingRoleCount() < 41);
    proxy.setSearchText(QString());
    CHECK(proxy.matchingRoleCount() == 41);

    RequirementModel reqs;
    QAbstractItemModelTester reqTester(&reqs, QAbstractItemModelTester::FailureReportingMode::Fatal);
    reqs.setRole(&bundledCatalog(), bundledCatalog().role(QStringLiteral("01")));
    CHECK(reqs.rowCount() == 4);
    CHECK(requirementIds(&reqs).size() == 18);
    reqs.setHighlight(QStringLiteral("OPC UA"));
    CHECK(reqs.matchCount() == 1);
    reqs.setLanguage(Language::English);
    CHECK(reqs.index(0, 0).data().toString().contains(QStringLiteral("General competence")));
}

TEST_CASE("The main window shows the directions, selects a role and shows its items", "[gui]")
{
    IsolatedSettings settings;
    LanguageManager::apply(Language::Chinese);
    MainWindow window;
    window.setCatalog(bundledCatalog());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("roleView"));
    REQUIRE(tree);
    REQUIRE(tree->model()->rowCount() == 8);
    CHECK(tree->model()->index(0, 0).data().toString().startsWith(QStringLiteral("网络")));

    // Click role 24 in the tree, as a user would.
    const QModelIndex security = tree->model()->index(4, 0);
    REQUIRE(security.data(RoleTreeModel::DirectionIdRole).toString() == QStringLiteral("security"));
    const QModelIndex role24 = tree->model()->index(0, 0, security);
    tree->scrollTo(role24);
    const QRect rect = tree->visualRect(role24);
    REQUIRE(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(window.selectedRoleCode() == QStringLiteral("24"));

    const Role *role = bundledCatalog().role(QStringLiteral("24"));
    REQUIRE(role);
    CHECK(labelText(&window, "titleLabel") == role->nameZh);
    CHECK(labelText(&window, "dutyLabel") == role->dutyZh);
    const RequirementModel *model = window.detailWidget()->requirementModel();
    QStringList expected;
    for (const Requirement &r : role->requirements)
        expected << r.id;
    CHECK(requirementIds(model) == expected);
    // The first item's text and required level are shown as in the catalog.
    const QModelIndex firstItem = model->index(0, RequirementModel::TextColumn, model->index(0, 0));
    CHECK(firstItem.data().toString() == role->requirements.front().textZh);
    CHECK(
        model->index(0, RequirementModel::LevelColumn, model->index(0, 0)).data(RequirementModel::LevelRole).toInt() ==
        role->requirements.front().level);

    // Keyboard: Down moves to the next role.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    CHECK(window.selectedRoleCode() == QStringLiteral("25"));
}

TEST_CASE("The search box filters roles by name and by requirement text", "[gui]")
{
    IsolatedSettings settings;
    LanguageManager::apply(Language::Chinese);
    MainWindow window;
    window.setCatalog(bundledCatalog());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(search);

    // By requirement text: the roles whose items mention OPC UA, as the catalog's own search says.
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("OPC UA"));
    const auto hits = bundledCatalog().search(QStringLiteral("OPC UA"));
    CHECK(window.roleProxy()->matchingRoleCount() == static_cast<int>(hits.size()));
    CHECK(window.selectedRoleCode() == hits.front().role->code);
    CHECK(window.detailWidget()->requirementModel()->matchCount() >= 1);
    CHECK(labelText(&window, "matchLabel").contains(QString::number(hits.size())));

    // By role name.
    // Chinese text arrives from an input method as one commit, not as key presses.
    search->clear();
    search->insert(QStringLiteral("安全评估"));
    CHECK(window.roleProxy()->matchingRoleCount() == 1);
    CHECK(window.selectedRoleCode() == QStringLiteral("28"));

    // By the Table 1 alias of role 11.
    window.setSearchText(QStringLiteral("工业互联网平台开发工程师"));
    CHECK(window.selectedRoleCode() == QStringLiteral("11"));

    // Nothing matches: the tree is empty and the label says so.
    window.setSearchText(QStringLiteral("no such thing anywhere"));
    CHECK(window.roleProxy()->matchingRoleCount() == 0);
    CHECK(labelText(&window, "matchLabel").contains(QStringLiteral("no such thing anywhere")));

    window.setSearchText(QString());
    CHECK(window.roleProxy()->matchingRoleCount() == 41);
}

TEST_CASE("Switching to English translates the window and the catalog names", "[gui][i18n]")
{
    IsolatedSettings settings;
    LanguageManager::apply(Language::Chinese);
    MainWindow window;
    window.setCatalog(bundledCatalog());
    window.selectRole(QStringLiteral("01"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const Role *role = bundledCatalog().role(QStringLiteral("01"));
    CHECK(labelText(&window, "titleLabel") == role->nameZh);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    const QString zhPlaceholder = search->placeholderText();

    auto *english = window.findChild<QAction *>(QStringLiteral("actionLanguageEnglish"));
    REQUIRE(english);
    english->trigger();
    CHECK(LanguageManager::current() == Language::English);
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
    CHECK(labelText(&window, "titleLabel") == role->nameEn);
    CHECK(search->placeholderText() == QStringLiteral("Search roles and requirements (Ctrl+F)"));
    CHECK(zhPlaceholder != search->placeholderText());
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("roleView"));
    CHECK(tree->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Network")));

    auto *chinese = window.findChild<QAction *>(QStringLiteral("actionLanguageChinese"));
    chinese->trigger();
    CHECK(search->placeholderText() == zhPlaceholder);
    CHECK(labelText(&window, "titleLabel") == role->nameZh);
}

TEST_CASE("Opening a broken catalog file shows an error and keeps the catalog", "[gui][errors]")
{
    IsolatedSettings settings;
    MainWindow window;
    window.setCatalog(bundledCatalog());
    window.selectRole(QStringLiteral("05"));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a catalog");
    f.close();

    QSignalSpy spy(&window, &MainWindow::errorShown);
    CHECK_FALSE(window.openCatalogFile(bad));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString().contains(bad));
    CHECK(window.catalog()->roles().size() == 41);
    CHECK(window.selectedRoleCode() == QStringLiteral("05"));
    // Close the error dialog the window opened.
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->inherits("QMessageBox"))
            w->close();
}

TEST_CASE("The window remembers the selected role and language across runs", "[gui][settings]")
{
    IsolatedSettings settings;
    {
        MainWindow window;
        window.setCatalog(bundledCatalog());
        window.selectRole(QStringLiteral("33"));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow again;
    again.setCatalog(bundledCatalog());
    CHECK(again.selectedRoleCode() == QStringLiteral("33"));
}

TEST_CASE("Both translations are complete", "[gui][i18n]")
{
    const QDir dir(QStringLiteral(IITALENT_TEST_DATA_DIR "/../../resources/translations"));
    for (const char *name : {"iitalent_zh_CN.ts", "iitalent_en.ts"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        INFO(name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(file.readAll());
        CHECK(ts.count(QStringLiteral("<message")) > 200);
        CHECK(ts.count(QStringLiteral("type=\"unfinished\"")) == 0);
        CHECK(ts.count(QStringLiteral("type=\"vanished\"")) == 0);
    }
}

TEST_CASE("The saved-assessment list filters by text, mode and date of the last change", "[gui][models]")
{
    AssessmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalog(&bundledCatalog());
    std::vector<AssessmentSummary> rows(3);
    rows[0].id = QStringLiteral("a");
    rows[0].role = QStringLiteral("01");
    rows[0].subject.name = QStringLiteral("张三");
    rows[0].updated = QDateTime::currentDateTimeUtc();
    rows[1].id = QStringLiteral("b");
    rows[1].role = QStringLiteral("24");
    rows[1].mode = Mode::Assessor;
    rows[1].assessorName = QStringLiteral("HR");
    rows[1].subject.name = QStringLiteral("李四");
    rows[1].subject.organisation = QStringLiteral("某厂");
    rows[1].updated = QDateTime::currentDateTimeUtc().addDays(-20);
    rows[2].id = QStringLiteral("c");
    rows[2].role = QStringLiteral("24");
    rows[2].subject.name = QStringLiteral("王五");
    rows[2].updated = QDateTime::currentDateTimeUtc().addDays(-400);
    model.setSummaries(rows);

    AssessmentFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    CHECK(proxy.rowCount() == 3);
    proxy.setText(QStringLiteral("某厂"));
    CHECK(proxy.rowCount() == 1);
    proxy.setText(QStringLiteral("安全架构")); // role 24's name
    CHECK(proxy.rowCount() == 2);
    proxy.setMode(QStringLiteral("assessor"));
    CHECK(proxy.rowCount() == 1);
    proxy.setMode(QString());
    proxy.setChangedSince(QDateTime::currentDateTimeUtc().addDays(-30));
    CHECK(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(AssessmentListModel::IdRole).toString() == QStringLiteral("b"));
    proxy.setText(QString());
    CHECK(proxy.rowCount() == 2);
    proxy.setChangedSince(QDateTime());
    CHECK(proxy.rowCount() == 3);
}

TEST_CASE("The assessment list shows number, readiness and completeness, and sorts names as Chinese readers do",
          "[gui][models]")
{
    IsolatedSettings settings;
    LanguageManager::apply(Language::Chinese);
    const Catalog &catalog = bundledCatalog();
    const Role &role = *catalog.role(QStringLiteral("01"));
    std::vector<AssessmentSummary> rows;
    const char *names[] = {"张伟", "李娜", "王芳", "安琪"};
    for (int i = 0; i < 4; ++i) {
        AssessmentSummary s;
        s.id = QStringLiteral("id%1").arg(i);
        s.role = role.code;
        s.subject.name = QString::fromUtf8(names[i]);
        s.subject.number = QStringLiteral("N%1").arg(i);
        s.subject.organisation = QStringLiteral("Plant");
        s.updated = QDateTime::currentDateTimeUtc();
        // Assessment i answers its first 4*i items at the required level.
        for (int k = 0; k < 4 * i && k < static_cast<int>(role.requirements.size()); ++k) {
            Rating r;
            r.requirement = role.requirements[static_cast<size_t>(k)].id;
            r.level = role.requirements[static_cast<size_t>(k)].level;
            s.levels.push_back(r);
        }
        s.answered = static_cast<int>(s.levels.size());
        rows.push_back(s);
    }
    AssessmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalog(&catalog);
    model.setSummaries(rows);
    for (int i = 0; i < 4; ++i) {
        const Score expected = Scoring::score(catalog, role, rows[static_cast<size_t>(i)].forScoring());
        CHECK(model.index(i, AssessmentListModel::ReadinessColumn).data().toString() ==
              percentText(expected.readiness));
        CHECK(model.index(i, AssessmentListModel::CompletenessColumn)
                  .data()
                  .toString()
                  .startsWith(percentText(expected.completeness)));
        CHECK(model.index(i, AssessmentListModel::NumberColumn).data().toString() == QStringLiteral("N%1").arg(i));
        CHECK(model.index(i, AssessmentListModel::OrganisationColumn).data().toString() == QStringLiteral("Plant"));
    }
    CHECK(model.index(3, AssessmentListModel::ReadinessColumn).data(AssessmentListModel::SortRole).toDouble() >
          model.index(1, AssessmentListModel::ReadinessColumn).data(AssessmentListModel::SortRole).toDouble());

    // By name: pinyin order (安 an, 李 li, 王 wang, 张 zhang), not code points (张 5f20 < 李 674e).
    AssessmentFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(AssessmentListModel::SubjectColumn, Qt::AscendingOrder);
    QStringList sorted;
    for (int r = 0; r < proxy.rowCount(); ++r)
        sorted << proxy.index(r, AssessmentListModel::SubjectColumn).data().toString();
    CHECK(sorted ==
          QStringList{QStringLiteral("安琪"), QStringLiteral("李娜"), QStringLiteral("王芳"), QStringLiteral("张伟")});
    // A language switch keeps the rows (and a selection on them).
    LanguageManager::apply(Language::English);
    model.setLanguage(Language::English);
    CHECK(model.rowCount() == 4);
    CHECK(model.headerData(AssessmentListModel::ReadinessColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Readiness"));
    LanguageManager::apply(Language::Chinese);
    CHECK(model.headerData(AssessmentListModel::ReadinessColumn, Qt::Horizontal).toString() ==
          QStringLiteral("准备度"));
}

TEST_CASE("Messages from the core (an import's problems) are in the interface's language", "[gui][i18n]")
{
    IsolatedSettings settings;
    LanguageManager::apply(Language::Chinese);
    const ParsedAssessment zh = ExchangeFile::parse("{\"schema\": \"iitalent.assessment/1\"", bundledCatalog());
    REQUIRE_FALSE(zh.ok());
    INFO(zh.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(zh.problems.join(QString()).contains(QStringLiteral("JSON")));
    CHECK(zh.problems.join(QString()).contains(QStringLiteral("不是有效的")));
    LanguageManager::apply(Language::English);
    const ParsedAssessment en = ExchangeFile::parse("{\"schema\": \"iitalent.assessment/1\"", bundledCatalog());
    CHECK(en.problems.join(QString()).startsWith(QStringLiteral("not valid JSON")));
    LanguageManager::apply(Language::Chinese);
}

TEST_CASE("Qt's own dialogs speak the interface's language (qtbase translations are loaded)", "[gui][i18n]")
{
    IsolatedSettings settings;
    LanguageManager::apply(Language::Chinese);
    // The words of Qt's standard buttons, file and print dialogs come from qtbase_zh_CN.qm
    // (Debian's qt6-translations-l10n, which scripts/deps.sh installs).
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("取消"));
    CHECK(QCoreApplication::translate("QFileDialog", "Look in:") != QStringLiteral("Look in:"));
    LanguageManager::apply(Language::English);
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
    LanguageManager::apply(Language::Chinese);
}

TEST_CASE("Searching the roles for a term the standard misspells finds the misspelt text too", "[gui][search]")
{
    // Roles 34 and 35 write "Kuberneters" (the standard's own typo, a known defect of its text).
    RoleTreeModel roles;
    roles.setCatalog(&bundledCatalog());
    RoleFilterProxyModel proxy;
    proxy.setSourceModel(&roles);
    proxy.setSearchText(QStringLiteral("kubernetes"));
    QStringList codes;
    for (int d = 0; d < proxy.rowCount(); ++d)
        for (int r = 0; r < proxy.rowCount(proxy.index(d, 0)); ++r)
            codes << proxy.index(r, 0, proxy.index(d, 0)).data(RoleTreeModel::RoleCodeRole).toString();
    INFO(codes.join(QLatin1Char(' ')).toStdString());
    for (const char *code : {"10", "11", "32", "34", "35"})
        CHECK(codes.contains(QString::fromLatin1(code)));

    // The catalog's own search (the command line's) the same, and the misspelling still finds itself.
    QStringList found;
    for (const SearchHit &hit : bundledCatalog().search(QStringLiteral("Kubernetes")))
        found << hit.role->code;
    CHECK(found == codes);
    CHECK(bundledCatalog().search(QStringLiteral("Kuberneters")).size() == 2);
    CHECK(Catalog::searchVariants(QStringLiteral("Docker、Kubernetes")) ==
          QStringList{QStringLiteral("Docker、Kubernetes"), QStringLiteral("Docker、Kuberneters")});
}

TEST_CASE("The assessment list never cuts a column's heading, whatever the language and the widths kept",
          "[gui][models]")
{
    IsolatedSettings settings;
    LanguageManager::apply(Language::English);
    AssessmentsPage page;
    page.resize(900, 500);
    page.show();
    auto *view = page.findChild<QTableView *>(QStringLiteral("assessmentView"));
    REQUIRE(view);
    QHeaderView *columns = view->horizontalHeader();
    // Narrow from the other language, a saved layout or a drag: 完成度 and 准备度 were elided.
    columns->resizeSection(AssessmentListModel::CompletenessColumn, 12);
    columns->resizeSection(AssessmentListModel::ReadinessColumn, 12);
    LanguageManager::apply(Language::Chinese);
    page.setLanguage(Language::Chinese);
    for (int c : {int(AssessmentListModel::CompletenessColumn), int(AssessmentListModel::ReadinessColumn)}) {
        INFO("column " << c);
        CHECK(columns->sectionSize(c) >= columns->sectionSizeHint(c));
        CHECK(columns->sectionSize(c) > 12);
    }
    LanguageManager::apply(Language::English);
}
