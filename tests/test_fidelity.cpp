// Fidelity of the catalog to the standard: reads the standard's text (../shared/standard/*.txt) at
// test time, parses it with a parser of its own (it shares no code with the catalog source, the
// core or tools/transcribe_standard.py) and proves, role by role and dimension by dimension, that
// every catalog item equals the standard's item with all whitespace removed, in order, and that
// nothing is missing or extra. Also checks role names against the section titles and Table 1, the
// duties against Table 1, Table 2's element descriptions and the Appendix A texts.
// Where the standard's text is absent the test prints "SKIPPED: …" and ctest counts it as skipped.
#include "TestSupport.h"

#include "Catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <iostream>
#include <map>

using namespace iitalent;
using iitalent::test::bundledCatalog;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Removes every whitespace character (ASCII and Unicode, e.g. U+3000): the extraction of the PDF
// adds and drops spaces and line breaks, so items are compared without them.
QString noSpace(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar ch : s)
        if (!ch.isSpace())
            out.append(ch);
    return out;
}

struct ParsedItem
{
    QString text; // the item without its leading ——, lines joined with '\n'
    int line = 0; // 1-based line of the —— in the text file
};

struct ParsedRole
{
    QString section; // "5.1.1"
    QString title;   // as printed after the section number
    int line = 0;
    QStringList dimensionOrder;                       // keys in the order their headings appear
    std::map<QString, QString> dimensionNames;        // key → heading text, e.g. "a" → 综合能力
    std::map<QString, std::vector<ParsedItem>> items; // key → items in order
};

// Lines of Table 1 / Table 2 that the extraction dropped into the middle of 5.1.1 a).
struct StrayBlock
{
    QString section;
    QString dimension;
    int afterItem = 0; // how many items of that dimension came before it
    int firstLine = 0;
    QStringList lines;
};

struct ParsedStandard
{
    std::vector<ParsedRole> roles;
    std::vector<StrayBlock> strayBlocks;
    bool sawAppendix = false;
    int appendixLine = 0;
};

// Parses section 5 of the standard's text.
//
// - A role starts at a heading "5.x.y title" (a page break may leave a leading space).
//   A direction heading "5.x title" ends the current item and is otherwise ignored.
// - A dimension starts at a heading "a）综合能力" … "d）工程实践" (also with a leading space).
// - An item starts at a line whose first non-blank characters are "——" and runs over the following
//   non-blank lines until the next item, heading or the end of section 5 ("附 录 A").
// - Defect 1 of the standard's README: Table 1 rows 35–41 and the whole of Table 2 sit inside
//   5.1.1 a), between its 2nd and 3rd items. They are detected by their structure, not by line
//   numbers: no line of an item starts with a two-digit number followed by a space or the end of
//   the line, but each Table 1 row does ("35 工业互联网行业应用开发工程师", "40 "); and Table 2 starts
//   with its header line "维度 要素 说明". Either closes the current item and opens a stray block that
//   runs until the next "——" or heading; the stray block is kept (Table 1 is checked from it) and
//   reported, so the test can assert that there is exactly one and where it is.
ParsedStandard parseSection5(const QStringList &lines)
{
    static const QRegularExpression roleHeading(QStringLiteral("^\\s*(5\\.[1-8]\\.\\d{1,2})\\s+(\\S.*?)\\s*$"));
    static const QRegularExpression directionHeading(QStringLiteral("^\\s*5\\.[1-8]\\s+\\S"));
    static const QRegularExpression dimensionHeading(QStringLiteral("^\\s*([a-d])\\x{FF09}\\s*(\\S.*?)\\s*$"));
    static const QRegularExpression tableRow(QStringLiteral("^\\s*\\d{2}(\\s|$)"));
    const QString dash = u("——");
    const QString table2Header = u("维度要素说明");

    ParsedStandard out;
    ParsedRole *role = nullptr;
    QString dimension;
    ParsedItem *item = nullptr;
    StrayBlock *stray = nullptr;

    int i = 0;
    // Section 5 starts at the first role heading.
    for (; i < lines.size(); ++i)
        if (roleHeading.match(lines.at(i)).hasMatch() && lines.at(i).contains(u("5.1.1")))
            break;

    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (noSpace(trimmed) == u("附录A")) {
            out.sawAppendix = true;
            out.appendixLine = i + 1;
            break;
        }
        if (const auto m = roleHeading.match(line); m.hasMatch()) {
            out.roles.push_back({});
            role = &out.roles.back();
            role->section = m.captured(1);
            role->title = m.captured(2);
            role->line = i + 1;
            dimension.clear();
            item = nullptr;
            stray = nullptr;
            continue;
        }
        if (directionHeading.match(line).hasMatch()) {
            item = nullptr;
            stray = nullptr;
            continue;
        }
        if (const auto m = dimensionHeading.match(line); m.hasMatch() && role) {
            dimension = m.captured(1);
            role->dimensionOrder << dimension;
            role->dimensionNames[dimension] = m.captured(2);
            role->items[dimension];
            item = nullptr;
            stray = nullptr;
            continue;
        }
        if (trimmed.startsWith(dash)) {
            stray = nullptr;
            if (!role || dimension.isEmpty()) {
                item = nullptr; // an item outside any dimension: counted as missing by the checks
                continue;
            }
            auto &list = role->items[dimension];
            list.push_back({trimmed.mid(dash.size()), i + 1});
            item = &list.back();
            continue;
        }
        if (stray) {
            stray->lines << trimmed;
            continue;
        }
        if (tableRow.match(line).hasMatch() || noSpace(trimmed) == table2Header) {
            out.strayBlocks.push_back({});
            stray = &out.strayBlocks.back();
            stray->section = role ? role->section : QString();
            stray->dimension = dimension;
            stray->afterItem = role && !dimension.isEmpty() ? static_cast<int>(role->items[dimension].size()) : 0;
            stray->firstLine = i + 1;
            stray->lines << trimmed;
            item = nullptr;
            continue;
        }
        if (item) {
            item->text += QLatin1Char('\n') + trimmed;
            continue;
        }
        // Text that belongs to nothing: keep it visible as a stray block too.
        out.strayBlocks.push_back({role ? role->section : QString(), dimension, 0, i + 1, {trimmed}});
        stray = &out.strayBlocks.back();
    }
    return out;
}

// Table 1 rows: number → the row's text without whitespace (direction?, name, duty), from the
// lines after the header "序号 方向 岗位名称 岗位职责" and, for rows 35–41, from the stray block.
// A row starts at a line beginning with the next expected two-digit number.
std::map<int, QString> parseTable1(const QStringList &lines, const std::vector<StrayBlock> &strays)
{
    std::map<int, QString> rows;
    int expected = 1;
    int current = 0;
    static const QRegularExpression rowStart(QStringLiteral("^\\s*(\\d{2})(?:\\s+(.*))?$"));
    auto feed = [&](const QString &line) {
        const auto m = rowStart.match(line);
        if (m.hasMatch() && m.captured(1).toInt() == expected) {
            current = expected++;
            rows[current] = noSpace(m.captured(2));
            return;
        }
        if (current > 0)
            rows[current] += noSpace(line);
    };
    int i = 0;
    for (; i < lines.size(); ++i)
        if (noSpace(lines.at(i)) == u("序号方向岗位名称岗位职责"))
            break;
    for (++i; i < lines.size(); ++i) {
        const QString ns = noSpace(lines.at(i));
        if (ns.startsWith(u("4工业互联网产业人才岗位能力要素")))
            break;
        feed(lines.at(i));
    }
    current = 0;
    for (const StrayBlock &block : strays) {
        for (const QString &line : block.lines) {
            if (noSpace(line) == u("维度要素说明")) {
                current = 0;
                break;
            }
            feed(line);
        }
    }
    return rows;
}

QStringList readStandard(QString *path)
{
    *path = iitalent::test::standardTextPath();
    if (path->isEmpty())
        return {};
    QFile f(*path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    text.remove(QLatin1Char('\r'));
    return text.split(QLatin1Char('\n'));
}

QString standardDir()
{
    return qEnvironmentVariable("IITALENT_STANDARD_DIR", QStringLiteral(IITALENT_STANDARD_DIR));
}

bool skipIfAbsent(const QStringList &lines)
{
    if (!lines.isEmpty())
        return false;
    static bool said = false; // one line for the whole executable, not one per test case
    if (said)
        return true;
    said = true;
    std::cout << "SKIPPED: the standard's text was not found at " << QDir::cleanPath(standardDir()).toStdString()
              << ", so the fidelity test did not run" << std::endl;
    return true;
}

} // namespace

TEST_CASE("Every catalog item is the standard's item, role by role and dimension by dimension", "[fidelity]")
{
    QString path;
    const QStringList lines = readStandard(&path);
    if (skipIfAbsent(lines))
        return;
    INFO("standard: " << path);
    const ParsedStandard std5 = parseSection5(lines);
    const Catalog &catalog = bundledCatalog();

    REQUIRE(std5.sawAppendix);
    REQUIRE(std5.roles.size() == 41);
    REQUIRE(catalog.roles().size() == 41);

    // The one known defect: Table 1 rows 35–41 and Table 2 after the 2nd item of 5.1.1 a).
    REQUIRE(std5.strayBlocks.size() == 1);
    const StrayBlock &stray = std5.strayBlocks.front();
    CHECK(stray.section == u("5.1.1"));
    CHECK(stray.dimension == u("a"));
    CHECK(stray.afterItem == 2);
    CHECK(stray.lines.first().startsWith(u("35 ")));
    CHECK(stray.lines.contains(u("维度 要素 说明")));

    int total = 0;
    std::map<QString, int> perDimension;
    const QStringList keys{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    for (size_t r = 0; r < 41; ++r) {
        const ParsedRole &pr = std5.roles[r];
        const Role &role = catalog.roles()[r];
        INFO("role " << role.code << " (" << role.section << " " << role.nameZh << "), standard line " << pr.line);
        CHECK(pr.section == role.section);
        CHECK(pr.dimensionOrder == keys);
        for (const Dimension &dim : catalog.dimensions()) {
            INFO("dimension " << dim.key << "）" << dim.nameZh);
            const auto nameIt = pr.dimensionNames.find(dim.key);
            REQUIRE(nameIt != pr.dimensionNames.end());
            CHECK(noSpace(nameIt->second) == dim.nameZh);

            std::vector<const Requirement *> ours;
            for (const Requirement &q : role.requirements)
                if (q.dimension == dim.key)
                    ours.push_back(&q);
            const auto itemsIt = pr.items.find(dim.key);
            REQUIRE(itemsIt != pr.items.end());
            const std::vector<ParsedItem> &theirs = itemsIt->second;
            CHECK(ours.size() == theirs.size());
            const size_t n = std::max(ours.size(), theirs.size());
            for (size_t k = 0; k < n; ++k) {
                INFO("item " << (k + 1));
                if (k >= ours.size()) {
                    INFO("missing from the catalog: standard line " << theirs[k].line << ": " << theirs[k].text);
                    CHECK(k < ours.size());
                    continue;
                }
                if (k >= theirs.size()) {
                    INFO("not in the standard: " << ours[k]->id << ": " << ours[k]->textZh);
                    CHECK(k < theirs.size());
                    continue;
                }
                INFO(ours[k]->id << ", standard line " << theirs[k].line);
                CHECK(ours[k]->number == static_cast<int>(k + 1));
                CHECK(noSpace(ours[k]->textZh) == noSpace(theirs[k].text));
            }
            total += static_cast<int>(theirs.size());
            perDimension[dim.key] += static_cast<int>(theirs.size());
        }
        CHECK(static_cast<int>(role.requirements.size()) ==
              static_cast<int>(pr.items.count(QStringLiteral("a")) ? pr.items.at(QStringLiteral("a")).size() : 0) +
                  static_cast<int>(pr.items.count(QStringLiteral("b")) ? pr.items.at(QStringLiteral("b")).size() : 0) +
                  static_cast<int>(pr.items.count(QStringLiteral("c")) ? pr.items.at(QStringLiteral("c")).size() : 0) +
                  static_cast<int>(pr.items.count(QStringLiteral("d")) ? pr.items.at(QStringLiteral("d")).size() : 0));
    }
    CHECK(total == 641);
    CHECK(perDimension[QStringLiteral("a")] == 188);
    CHECK(perDimension[QStringLiteral("b")] == 155);
    CHECK(perDimension[QStringLiteral("c")] == 187);
    CHECK(perDimension[QStringLiteral("d")] == 111);
    CHECK(catalog.requirementCount() == total);

    // The items that straddle the stray Table 1/Table 2 block and page breaks are whole.
    const auto &a = std5.roles[0].items.at(QStringLiteral("a"));
    REQUIRE(a.size() == 4);
    CHECK(noSpace(a[1].text) == u("了解1~2个工业互联网典型业务场景和业务流程；"));
    CHECK(noSpace(a[2].text) == u("具备良好的项目方案及技术文档编制能力；"));
    // 5.3.6 b) has the fifth item without a level word (defect 5).
    const auto &b15 = std5.roles[14].items.at(QStringLiteral("b"));
    REQUIRE(b15.size() == 5);
    CHECK(noSpace(b15[4].text).startsWith(u("软件APP测试流程")));
}

TEST_CASE("Role names are the section titles, and Table 1's names and duties match", "[fidelity]")
{
    QString path;
    const QStringList lines = readStandard(&path);
    if (skipIfAbsent(lines))
        return;
    INFO("standard: " << path);
    const ParsedStandard std5 = parseSection5(lines);
    const Catalog &catalog = bundledCatalog();
    REQUIRE(std5.roles.size() == 41);

    for (size_t r = 0; r < 41; ++r) {
        const Role &role = catalog.roles()[r];
        const ParsedRole &pr = std5.roles[r];
        INFO("role " << role.code << " section " << pr.section << " title " << pr.title);
        CHECK(noSpace(pr.title) == noSpace(role.nameZh));
        if (role.code == QLatin1String("14") || role.code == QLatin1String("15")) {
            // Defect 4: the section writes 工业 APP; the catalog keeps Table 1's 工业APP.
            CHECK(pr.title.contains(u("工业 APP")));
            CHECK(role.nameZh.contains(u("工业APP")));
        } else {
            CHECK(pr.title == role.nameZh);
        }
    }

    const std::map<int, QString> table1 = parseTable1(lines, std5.strayBlocks);
    REQUIRE(table1.size() == 41);
    for (const Role &role : catalog.roles()) {
        const int number = role.code.toInt();
        INFO("Table 1 row " << role.code);
        const auto it = table1.find(number);
        REQUIRE(it != table1.end());
        QString row = it->second;
        INFO("row: " << row);
        // The first row of each direction names the direction.
        const std::vector<const Role *> siblings = catalog.rolesOf(role.direction);
        REQUIRE_FALSE(siblings.empty());
        if (siblings.front() == &role) {
            const Direction *dir = catalog.direction(role.direction);
            REQUIRE(dir);
            CHECK(row.startsWith(noSpace(dir->nameZh)));
            if (row.startsWith(noSpace(dir->nameZh)))
                row = row.mid(noSpace(dir->nameZh).size());
        }
        const QString duty = noSpace(role.dutyZh);
        REQUIRE_FALSE(duty.isEmpty());
        CHECK(row.endsWith(duty));
        const QString tableName = row.endsWith(duty) ? row.left(row.size() - duty.size()) : row;
        CHECK(tableName.endsWith(u("师")));
        // Table 1's name is the role's name, or (role 11, defect 3) one of its aliases.
        QStringList names{noSpace(role.nameZh)};
        for (const QString &alias : role.aliasesZh)
            names << noSpace(alias);
        CHECK(names.contains(tableName));
        if (role.code == QLatin1String("11")) {
            CHECK(tableName == u("工业互联网平台开发工程师"));
            CHECK(role.nameZh == u("工业互联网平台研发工程师"));
            CHECK(role.aliasesZh.contains(u("工业互联网平台开发工程师")));
        }
    }
}

TEST_CASE("Table 2 and Appendix A texts of the catalog are the standard's", "[fidelity]")
{
    QString path;
    const QStringList lines = readStandard(&path);
    if (skipIfAbsent(lines))
        return;
    INFO("standard: " << path);
    const ParsedStandard std5 = parseSection5(lines);
    REQUIRE(std5.sawAppendix);
    REQUIRE(std5.strayBlocks.size() == 1);
    const Catalog &catalog = bundledCatalog();

    // Table 2 sits in the stray block: every element's description is there.
    const QString table2 = noSpace(std5.strayBlocks.front().lines.join(QString()));
    for (const Dimension &d : catalog.dimensions()) {
        for (const Element &e : d.elements) {
            INFO("element " << d.nameZh << " / " << e.nameZh);
            CHECK(table2.contains(noSpace(e.nameZh) + noSpace(e.descriptionZh)));
        }
    }

    // Appendix A: from "附 录 A" to the end of the text.
    const QString appendix = noSpace(lines.mid(std5.appendixLine - 1).join(QString()));
    const Improvement &imp = catalog.improvement();
    CHECK(appendix.contains(noSpace(imp.titleZh)));
    CHECK(appendix.contains(noSpace(imp.contentsIntroZh)));
    CHECK(appendix.contains(noSpace(imp.stagesIntroZh)));
    CHECK(appendix.contains(noSpace(imp.providersIntroZh)));
    CHECK(appendix.contains(noSpace(imp.figureCaptionZh)));
    REQUIRE(imp.contents.size() == 4);
    for (const ImprovementContent &c : imp.contents) {
        INFO("content " << c.dimension << ": " << c.textZh);
        CHECK(appendix.contains(noSpace(c.dimension + QStringLiteral(")") + c.textZh)));
    }
    REQUIRE(imp.stages.size() == 2);
    const char *stageLetters[] = {"a)", "b)"};
    for (size_t s = 0; s < imp.stages.size(); ++s) {
        const ImprovementStage &stage = imp.stages[s];
        INFO("stage " << stage.id << ": " << stage.textZh);
        CHECK(appendix.contains(noSpace(u(stageLetters[s]) + stage.textZh)));
        REQUIRE(stage.methods.size() == 3);
        // The methods follow their stage, numbered 1) 2) 3).
        QString expected = noSpace(u(stageLetters[s]) + stage.textZh);
        for (size_t m = 0; m < stage.methods.size(); ++m) {
            INFO("method " << stage.methods[m].id << ": " << stage.methods[m].textZh);
            CHECK(appendix.contains(noSpace(stage.methods[m].textZh)));
            expected += QStringLiteral("%1)").arg(m + 1) + noSpace(stage.methods[m].textZh);
        }
        CHECK(appendix.contains(expected));
    }
    REQUIRE(imp.providers.size() == 3);
    const char *providerLetters[] = {"a", "b", "c"};
    for (size_t p = 0; p < imp.providers.size(); ++p) {
        const ImprovementProvider &provider = imp.providers[p];
        INFO("provider " << provider.id << ": " << provider.textZh);
        CHECK(appendix.contains(noSpace(provider.textZh)));
        CHECK(appendix.contains(u(providerLetters[p]) + u("）") + noSpace(provider.nameZh) + u("：") +
                                noSpace(provider.textZh)));
    }
}
