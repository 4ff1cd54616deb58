// The level rule of issue 2: the earliest occurrence of any level word in an item wins; at the same
// position the longer word wins. 熟练掌握/熟练使用/熟练操作 → 3, 具备一定的 → 2, 具备丰富的/具备相当的 → 4,
// 具备 → 3, 了解 → 1, 熟悉 → 2, 掌握 → 3, 精通 → 4; an item with none of them gets 2 and no word.
// Checked on made-up phrases and on the standard's own awkward items, taken from the catalog by id.
#include "TestSupport.h"

#include "Levels.h"

#include <QSet>

using namespace iitalent;
using iitalent::test::bundledCatalog;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct Expect
{
    const char *text;
    int level;
    const char *word;
    int position;
};

} // namespace

TEST_CASE("Level names cover 0..4 in Chinese and English", "[levels]")
{
    CHECK(Level::Min == 0);
    CHECK(Level::Max == 4);
    CHECK(Level::Default == 2);
    CHECK(Level::nameZh(0) == u("未具备"));
    CHECK(Level::nameZh(1) == u("了解"));
    CHECK(Level::nameZh(2) == u("熟悉"));
    CHECK(Level::nameZh(3) == u("掌握"));
    CHECK(Level::nameZh(4) == u("精通"));
    CHECK(Level::nameEn(0) == u("Not yet"));
    CHECK(Level::nameEn(1) == u("Aware"));
    CHECK(Level::nameEn(2) == u("Familiar"));
    CHECK(Level::nameEn(3) == u("Proficient"));
    CHECK(Level::nameEn(4) == u("Expert"));

    QSet<QString> zh, en;
    for (int l = Level::Min; l <= Level::Max; ++l) {
        INFO("level " << l);
        CHECK_FALSE(Level::nameZh(l).isEmpty());
        CHECK_FALSE(Level::nameEn(l).isEmpty());
        zh.insert(Level::nameZh(l));
        en.insert(Level::nameEn(l));
    }
    CHECK(zh.size() == 5);
    CHECK(en.size() == 5);
    // Outside the scale there is no name.
    CHECK(Level::nameZh(-1).isEmpty());
    CHECK(Level::nameZh(5).isEmpty());
    CHECK(Level::nameEn(-1).isEmpty());
    CHECK(Level::nameEn(5).isEmpty());
}

TEST_CASE("Each level word on its own gives its level", "[levels]")
{
    const Expect cases[] = {
        {"熟练掌握某技术；", 3, "熟练掌握", 0},
        {"熟练使用某工具；", 3, "熟练使用", 0},
        {"熟练操作某设备；", 3, "熟练操作", 0},
        {"具备一定的某能力；", 2, "具备一定的", 0},
        {"具备丰富的某经验；", 4, "具备丰富的", 0},
        {"具备相当的某能力；", 4, "具备相当的", 0},
        {"具备良好的某能力；", 3, "具备", 0},
        {"了解某趋势；", 1, "了解", 0},
        {"熟悉某体系；", 2, "熟悉", 0},
        {"掌握某原理；", 3, "掌握", 0},
        {"精通某标准；", 4, "精通", 0},
    };
    for (const Expect &e : cases) {
        const QString text = u(e.text);
        INFO("text: " << text);
        const LevelMatch m = LevelRule::classify(text);
        CHECK(m.level == e.level);
        CHECK(m.word == u(e.word));
        CHECK(m.position == e.position);
    }
}

TEST_CASE("The earliest level word wins, and at one position the longer word", "[levels]")
{
    const Expect cases[] = {
        // Earliest wins, whatever the levels.
        {"了解A，掌握B；", 1, "了解", 0},
        {"掌握A，了解B；", 3, "掌握", 0},
        {"精通A，熟悉B；", 4, "精通", 0},
        {"熟悉A，精通B；", 2, "熟悉", 0},
        {"面向A，具备一定的B；", 2, "具备一定的", 4},
        {"能够了解A；", 1, "了解", 2},
        // Same position: the longer word wins over 具备 (and 熟练掌握 starts before 掌握).
        {"具备一定的A，精通B；", 2, "具备一定的", 0},
        {"具备丰富的A，具备一定的B；", 4, "具备丰富的", 0},
        {"具备相当的A；", 4, "具备相当的", 0},
        {"具备A，具备一定的B；", 3, "具备", 0},
        {"熟练掌握A；", 3, "熟练掌握", 0},
        {"熟练A，了解B；", 1, "了解", 4},
        // 具备 inside a longer phrase that is not a level word is still 具备.
        {"具备一定A；", 3, "具备", 0},
    };
    for (const Expect &e : cases) {
        const QString text = u(e.text);
        INFO("text: " << text);
        const LevelMatch m = LevelRule::classify(text);
        CHECK(m.level == e.level);
        CHECK(m.word == u(e.word));
        CHECK(m.position == e.position);
    }
}

TEST_CASE("An item without a level word gets the default level and no word", "[levels]")
{
    for (const char *text : {"软件测试流程；", "", "A", "熟练程度"}) {
        INFO("text: " << u(text));
        const LevelMatch m = LevelRule::classify(u(text));
        CHECK(m.level == Level::Default);
        CHECK(m.level == 2);
        CHECK(m.word.isEmpty());
        CHECK(m.position == -1);
    }
}

TEST_CASE("The standard's awkward items get the rule's level", "[levels][catalog]")
{
    struct Item
    {
        const char *id;
        const char *startsWith; // proves we test the item we mean
        int level;
        const char *word;
    };
    const Item items[] = {
        // 熟练掌握 / 熟练使用 / 熟练操作 at the start: 3, not the 掌握 inside.
        {"09.c.1", "熟练掌握Windows、Linux、Unix、AIX等操作系统", 3, "熟练掌握"},
        {"09.c.3", "熟练掌握MySQL、Oracle", 3, "熟练掌握"},
        {"30.c.2", "熟练使用原理图、PCB图", 3, "熟练使用"},
        {"33.c.1", "熟练使用Linux操作系统", 3, "熟练使用"},
        {"04.c.6", "熟练操作、配置主流工业互联网网络设备", 3, "熟练操作"},
        // 具备一定的 before other words (掌握 later): 2.
        {"17.d.3", "具备一定的大数据算法实际业务问题解决能力，掌握数据挖掘", 2, "具备一定的"},
        {"19.d.1", "具备一定的数据库系统设计", 2, "具备一定的"},
        // 具备一定的 not at the start of the item.
        {"08.d.2", "面向不同的系统应用要求，具备一定的运维方案制定能力", 2, "具备一定的"},
        // 具备丰富的 first, 具备一定的 later: 4.
        {"16.d.1", "具备丰富的工业大数据处理项目经验，具备一定的数据挖掘能力", 4, "具备丰富的"},
        {"02.d.1", "具备丰富的工业互联网网络设备开发", 4, "具备丰富的"},
        // 具备相当的: 4.
        {"29.d.2", "具备相当的工业互联网边缘计算系统架构", 4, "具备相当的"},
        // 掌握 first, then 熟悉, then 了解: the earliest (掌握) wins.
        {"08.b.4", "掌握信息系统架构及IDC（互联网数据中心）基础架构知识，熟悉网络基础知识，了解TCP/IP", 3, "掌握"},
        {"10.c.2", "掌握微服务架构设计原则，熟悉主流的微服务框架和分布式中间件技术，了解实现机制", 3, "掌握"},
        {"20.b.1", "掌握工业大数据分类分级治理规范、标准和流程，了解DCMM", 3, "掌握"},
        // 熟悉 first, then 具备 and 具备一定的: 2 熟悉.
        {"01.c.2", "熟悉C/C++、Python、Java或具备其他工业编程软件编译及调试能力，具备一定的软件开发与设计能力；", 2,
         "熟悉"},
        // 熟悉 first, 熟练使用 later: 2.
        {"15.c.5", "熟悉相关工业行业业务逻辑，掌握工业软件技术原理，并熟练使用相关工业软件", 2, "熟悉"},
        // Plain words.
        {"01.a.1", "熟悉工业互联网体系架构及其发展趋势；", 2, "熟悉"},
        {"01.a.2", "了解1~2个工业互联网典型业务场景和业务流程", 1, "了解"},
        {"01.a.3", "具备良好的项目方案及技术文档编制能力", 3, "具备"},
        {"05.b.1", "精通物品和信息的编码标准", 4, "精通"},
        {"14.b.2", "精通工业APP研发设计流程，具备应用业务模型", 4, "精通"},
        // 5.3.6 b) fifth item: it repeats the fourth without a level word (defect 5 of the README).
        {"15.b.5", "软件APP测试流程，包括工业APP涉及的功能测试、性能测试等；", 2, ""},
    };
    const Catalog &catalog = bundledCatalog();
    for (const Item &item : items) {
        INFO("requirement " << item.id);
        const Requirement *req = catalog.requirement(u(item.id));
        REQUIRE(req != nullptr);
        INFO("text: " << req->textZh);
        CHECK(req->textZh.startsWith(u(item.startsWith)));
        const LevelMatch m = LevelRule::classify(req->textZh);
        CHECK(m.level == item.level);
        CHECK(m.word == u(item.word));
        if (m.word.isEmpty())
            CHECK(m.position == -1);
        else
            CHECK(req->textZh.mid(m.position, m.word.size()) == m.word);
        // The catalog stores what the rule gives for these items.
        CHECK(req->level == item.level);
        CHECK(req->levelWord == u(item.word));
    }
}

TEST_CASE("A competency statement is the text after the level word without trailing punctuation", "[levels]")
{
    struct Case
    {
        const char *text;
        const char *statement;
    };
    const Case cases[] = {
        {"熟悉工业互联网体系架构及其发展趋势；", "工业互联网体系架构及其发展趋势"},
        {"具备一定的软件开发与设计能力。", "软件开发与设计能力"},
        {"具备良好的沟通表达及团队合作能力；", "良好的沟通表达及团队合作能力"},
        {"熟练掌握Linux；。", "Linux"},
        {"精通 A标准 ；", "A标准"},
        {"  了解B  ", "B"},
        {"熟悉C/C++、Python、Java或具备其他工业编程软件编译及调试能力，具备一定的软件开发与设计能力；",
         "C/C++、Python、Java或具备其他工业编程软件编译及调试能力，具备一定的软件开发与设计能力"},
        // No level word: the whole item is the statement.
        {"软件APP测试流程，包括工业APP涉及的功能测试、性能测试等；",
         "软件APP测试流程，包括工业APP涉及的功能测试、性能测试等"},
        // Text before the level word is not part of the statement.
        {"面向不同的系统应用要求，具备一定的运维方案制定能力。", "运维方案制定能力"},
        {"熟悉", ""},
    };
    for (const Case &c : cases) {
        INFO("text: " << u(c.text));
        CHECK(LevelRule::statement(u(c.text)) == u(c.statement));
    }
}

TEST_CASE("Statements of the catalog never end with ； or 。", "[levels][catalog]")
{
    for (const Role &role : bundledCatalog().roles()) {
        for (const Requirement &req : role.requirements) {
            const QString s = LevelRule::statement(req.textZh);
            INFO(req.id.toStdString() << ": " << req.textZh);
            REQUIRE_FALSE(s.isEmpty());
            CHECK_FALSE(s.endsWith(QChar(0xFF1B))); // ；
            CHECK_FALSE(s.endsWith(QChar(0x3002))); // 。
            CHECK(s == s.trimmed());
            CHECK(req.textZh.contains(s));
        }
    }
}
