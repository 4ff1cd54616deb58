<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>iitalent</source>
        <translation>iitalent</translation>
    </message>
    <message>
        <source>Search roles and requirements (Ctrl+F)</source>
        <translation>Search roles and requirements (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search roles and requirements</source>
        <translation>Search roles and requirements</translation>
    </message>
    <message>
        <source>Directions and roles</source>
        <translation>Directions and roles</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>&amp;Open Catalog…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Catalog</source>
        <translation>Use &amp;Built-in Catalog</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Expand All Directions</source>
        <translation>&amp;Expand All Directions</translation>
    </message>
    <message>
        <source>&amp;Collapse All Directions</source>
        <translation>&amp;Collapse All Directions</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;System Default</translation>
    </message>
    <message>
        <source>&amp;About iitalent</source>
        <translation>&amp;About iitalent</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>iitalent is using its built-in catalog instead.</source>
        <translation>iitalent is using its built-in catalog instead.</translation>
    </message>
</context>
<context>
    <name>RoleDetailWidget</name>
    <message>
        <source>Select a role on the left to see its duty and requirements.</source>
        <translation>Select a role on the left to see its duty and requirements.</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Role name</translation>
    </message>
    <message>
        <source>Role code, section and direction</source>
        <translation>Role code, section and direction</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Requirement summary</source>
        <translation>Requirement summary</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Level legend</source>
        <translation>Level legend</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::MainWindow</name>
    <message>
        <source>Open Catalog</source>
        <translation>Open Catalog</translation>
    </message>
    <message>
        <source>iitalent catalogs (*.sqlite *.db);;All files (*)</source>
        <translation>iitalent catalogs (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>No catalog loaded</source>
        <translation>No catalog loaded</translation>
    </message>
    <message>
        <source>%1 — %2 directions, %3 roles, %4 requirements · %5</source>
        <translation>%1 — %2 directions, %3 roles, %4 requirements · %5</translation>
    </message>
    <message>
        <source>Built-in catalog</source>
        <translation>Built-in catalog</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message>
        <source>No role or requirement mentions “%1”.</source>
        <translation>No role or requirement mentions “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) match</source>
        <translation>
            <numerusform>%n role matches</numerusform>
            <numerusform>%n roles match</numerusform>
        </translation>
    </message>
    <message>
        <source>iitalent</source>
        <translation>iitalent</translation>
    </message>
    <message>
        <source>About iitalent</source>
        <translation>About iitalent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;iitalent %1&lt;/h3&gt;&lt;p&gt;Job-competency assessment for the Industrial Internet industry, built on the standard 《工业互联网产业人才岗位能力要求》: 8 directions, 41 roles, four dimensions and the Appendix A improvement path.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;iitalent %1&lt;/h3&gt;&lt;p&gt;Job-competency assessment for the Industrial Internet industry, built on the standard 《工业互联网产业人才岗位能力要求》: 8 directions, 41 roles, four dimensions and the Appendix A improvement path.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RequirementModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>No level word in this item: the default level %1 applies.</source>
        <translation>No level word in this item: the default level %1 applies.</translation>
    </message>
    <message>
        <source>Required level %1, from the word “%2”.</source>
        <translation>Required level %1, from the word “%2”.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Required level</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RoleDetailWidget</name>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Direction: %1</source>
        <translation>Direction: %1</translation>
    </message>
    <message>
        <source>Table 1 name: %1</source>
        <translation>Table 1 name: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s): </source>
        <translation>
            <numerusform>%n requirement: </numerusform>
            <numerusform>%n requirements: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match the search and are highlighted.</source>
        <translation>
            <numerusform>%n item matches the search and is highlighted.</numerusform>
            <numerusform>%n items match the search and are highlighted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required levels: %1. Each level comes from the item&apos;s own wording (hover over a level to see the word).</source>
        <translation>Required levels: %1. Each level comes from the item&apos;s own wording (hover over a level to see the word).</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RoleTreeModel</name>
    <message>
        <source>Direction / role</source>
        <translation>Direction / role</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
</TS>
