<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>iitalent</source>
        <translation>iitalent</translation>
    </message>
    <message>
        <source>Search roles and requirements (Ctrl+F)</source>
        <translation>搜索岗位与能力要求（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search roles and requirements</source>
        <translation>搜索岗位与能力要求</translation>
    </message>
    <message>
        <source>Directions and roles</source>
        <translation>方向与岗位</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>打开目录文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Catalog</source>
        <translation>使用内置目录(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Expand All Directions</source>
        <translation>展开全部方向(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All Directions</source>
        <translation>折叠全部方向(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About iitalent</source>
        <translation>关于 iitalent(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>iitalent is using its built-in catalog instead.</source>
        <translation>iitalent 已改用内置目录。</translation>
    </message>
</context>
<context>
    <name>RoleDetailWidget</name>
    <message>
        <source>Select a role on the left to see its duty and requirements.</source>
        <translation>请在左侧选择一个岗位，查看其岗位职责与能力要求。</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Role code, section and direction</source>
        <translation>岗位序号、章节与方向</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <source>Requirement summary</source>
        <translation>能力要求概览</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>能力要求</translation>
    </message>
    <message>
        <source>Level legend</source>
        <translation>等级说明</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::MainWindow</name>
    <message>
        <source>Open Catalog</source>
        <translation>打开目录文件</translation>
    </message>
    <message>
        <source>iitalent catalogs (*.sqlite *.db);;All files (*)</source>
        <translation>iitalent 目录文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No catalog loaded</source>
        <translation>未加载目录</translation>
    </message>
    <message>
        <source>%1 — %2 directions, %3 roles, %4 requirements · %5</source>
        <translation>%1 — %2 个方向，%3 个岗位，%4 条能力要求 · %5</translation>
    </message>
    <message>
        <source>Built-in catalog</source>
        <translation>内置目录</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>共 %n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>No role or requirement mentions “%1”.</source>
        <translation>没有岗位或能力要求包含“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) match</source>
        <translation>
            <numerusform>%n 个岗位符合</numerusform>
        </translation>
    </message>
    <message>
        <source>iitalent</source>
        <translation>iitalent</translation>
    </message>
    <message>
        <source>About iitalent</source>
        <translation>关于 iitalent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;iitalent %1&lt;/h3&gt;&lt;p&gt;Job-competency assessment for the Industrial Internet industry, built on the standard 《工业互联网产业人才岗位能力要求》: 8 directions, 41 roles, four dimensions and the Appendix A improvement path.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;iitalent %1&lt;/h3&gt;&lt;p&gt;工业互联网人才岗位能力测评，依据标准《工业互联网产业人才岗位能力要求》：8 个方向、41 个岗位、四个能力维度以及附录 A 的能力提升路径。&lt;/p&gt;&lt;p&gt;目录：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RequirementModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>No level word in this item: the default level %1 applies.</source>
        <translation>该条目没有等级用词，采用默认等级 %1。</translation>
    </message>
    <message>
        <source>Required level %1, from the word “%2”.</source>
        <translation>要求等级 %1，依据用词“%2”。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>能力要求</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>要求等级</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RoleDetailWidget</name>
    <message>
        <source>No. %1</source>
        <translation>序号 %1</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>章节 %1</translation>
    </message>
    <message>
        <source>Direction: %1</source>
        <translation>方向：%1</translation>
    </message>
    <message>
        <source>Table 1 name: %1</source>
        <translation>表 1 名称：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s): </source>
        <translation>
            <numerusform>共 %n 条能力要求：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match the search and are highlighted.</source>
        <translation>
            <numerusform>%n 项符合搜索条件，已突出显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Required levels: %1. Each level comes from the item&apos;s own wording (hover over a level to see the word).</source>
        <translation>要求等级：%1。每条的等级取自条目本身的用词（鼠标悬停在等级上可查看该用词）。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RoleTreeModel</name>
    <message>
        <source>Direction / role</source>
        <translation>方向 / 岗位</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
</context>
</TS>
