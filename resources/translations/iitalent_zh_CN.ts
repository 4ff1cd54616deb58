<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Filter assessments</source>
        <translation>筛选测评记录</translation>
    </message>
    <message>
        <source>Filter by mode</source>
        <translation>按测评方式筛选</translation>
    </message>
    <message>
        <source>Filter by date of the last change</source>
        <translation>按最后修改日期筛选</translation>
    </message>
    <message>
        <source>Saved assessments</source>
        <translation>已保存的测评</translation>
    </message>
    <message>
        <source>Press Enter or double-click to continue answering the selected assessment</source>
        <translation>按回车键或双击，继续作答所选测评</translation>
    </message>
    <message>
        <source>Open the questionnaire of the selected assessment where it was left</source>
        <translation>打开所选测评的问卷，从上次停下的地方继续</translation>
    </message>
    <message>
        <source>Show &amp;report</source>
        <translation>查看报告(&amp;R)</translation>
    </message>
    <message>
        <source>Open the gap report of the selected assessment</source>
        <translation>打开所选测评的差距报告</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected assessment as an exchange file</source>
        <translation>将所选测评保存为交换文件</translation>
    </message>
    <message>
        <source>Export Re&amp;ports…</source>
        <translation>导出报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the reports of the selected assessments as PDF, HTML, CSV or JSON files into a folder</source>
        <translation>将所选测评的报告以 PDF、HTML、CSV 或 JSON 文件写入一个文件夹</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected assessment with all its ratings</source>
        <translation>删除所选测评及其全部评定</translation>
    </message>
    <message>
        <source>Where the assessments are saved</source>
        <translation>测评记录的保存位置</translation>
    </message>
    <message>
        <source>Filter by name, number, organisation or role</source>
        <translation>按姓名、编号、单位或岗位筛选</translation>
    </message>
    <message>
        <source>Co&amp;ntinue answering</source>
        <translation>继续作答(&amp;N)</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export Reports</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder to write the reports to</source>
        <translation>报告写入的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Format of the reports</source>
        <translation>报告格式</translation>
    </message>
    <message>
        <source>&amp;Replace files that already exist</source>
        <translation>替换已存在的文件(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CohortCollectFlow</name>
    <message>
        <source>Adding to “%1”…</source>
        <translation>正在添加到“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Adding Assessments</source>
        <translation>正在添加测评</translation>
    </message>
    <message>
        <source>Adding to “%1”: %2 of %3</source>
        <translation>正在添加到“%1”：%2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>Added %n assessment(s) to “%1”.</source>
        <translation>
            <numerusform>已向“%1”添加 %n 份测评。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newly stored among them: %n.</source>
        <translation>
            <numerusform>其中新保存：%n 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the cohort: %n.</source>
        <translation>
            <numerusform>原已在该班级中：%n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): stored %3, in the file %4</source>
        <translation>%1（%2）：已保存的版本 %3，文件中的版本 %4</translation>
    </message>
    <message>
        <source>%1 (%2): replaced by the file&apos;s newer one</source>
        <translation>%1（%2）：已替换为文件中较新的版本</translation>
    </message>
    <message>
        <source>%1 (%2): the stored one is newer and was kept</source>
        <translation>%1（%2）：已保存的版本较新，予以保留</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n (stored with different answers: left as stored and not added).</source>
        <translation>
            <numerusform>冲突：%n 份（已保存的版本答案不同：保持原样，未添加）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts settled by keeping the newer: %n.</source>
        <translation>
            <numerusform>按保留较新版本处理的冲突：%n 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n (see the details); the rest came in.</source>
        <translation>
            <numerusform>拒收：%n 个（见详细信息）；其余均已添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what came in before stays in the cohort.</source>
        <translation>已取消：此前已添加的保留在班级中。</translation>
    </message>
    <message>
        <source>The assessment database failed: %1. What was written before stays.</source>
        <translation>测评数据库出错：%1。此前已写入的内容保留。</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <source>Settled:</source>
        <translation>已处理：</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>拒收：</translation>
    </message>
    <message>
        <source>Added to “%1”</source>
        <translation>已添加到“%1”</translation>
    </message>
    <message>
        <source>Replace with the newer? For each conflict the newer of the two is kept (the stored one on a tie) and added to the cohort.</source>
        <translation>是否替换为较新的版本？每个冲突保留两者中较新的一份（时间相同则保留已保存的），并加入班级。</translation>
    </message>
    <message>
        <source>&amp;Replace with the Newer</source>
        <translation>替换为较新版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep the Stored Ones</source>
        <translation>保留已保存的(&amp;K)</translation>
    </message>
</context>
<context>
    <name>CohortSlides</name>
    <message>
        <source>Anonymised</source>
        <translation>已匿名</translation>
    </message>
    <message>
        <source>%1 gap points · %2 of %3 met</source>
        <translation>差距分 %1 · %3 人中 %2 人达标</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>需要%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the plan suits what this workshop delivers.</source>
        <translation>计划中没有适合本次培训所提供方式的项目。</translation>
    </message>
    <message>
        <source>Everything in the plan can be taught here.</source>
        <translation>计划中的所有项目都可在此讲授。</translation>
    </message>
    <message>
        <source>Teach here first</source>
        <translation>先在此讲授</translation>
    </message>
    <message>
        <source>Needs the workplace or a mentor</source>
        <translation>需在岗位上或由导师提升</translation>
    </message>
    <message>
        <source>Nobody took part in both cohorts.</source>
        <translation>没有人同时参加两个班次。</translation>
    </message>
    <message>
        <source>Readiness and dimensions across the class</source>
        <translation>全班准备度与各维度</translation>
    </message>
    <message>
        <source>Teach first: the class&apos;s priorities</source>
        <translation>先讲能教的：全班优先项</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2  ·  %3  ·  %n participant(s) in both</source>
        <translation>
            <numerusform>%1 → %2  ·  %3  ·  两次都参加的 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortText</name>
    <message>
        <source>Workshop</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Hiring round</source>
        <translation>招聘批次</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>班级测评报告</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>班级/批次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Stage of the plan</source>
        <translation>提升阶段</translation>
    </message>
    <message>
        <source>No participant of this cohort has an assessment of this role in this mode.</source>
        <translation>该班级中没有参与者以此测评方式测评过该岗位。</translation>
    </message>
    <message numerus="yes">
        <source>Mean readiness %1, median %2, over %n participant(s).</source>
        <translation>
            <numerusform>%n 名参与者的平均准备度为 %1，中位数为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness across the class</source>
        <translation>全班准备度分布</translation>
    </message>
    <message>
        <source>A participant on a band&apos;s lower bound counts in that band; 100% counts in the last.</source>
        <translation>恰好位于某区间下限的参与者计入该区间；100% 计入最后一个区间。</translation>
    </message>
    <message>
        <source>Mean attainment per dimension</source>
        <translation>各维度平均达成度</translation>
    </message>
    <message>
        <source>Heatmap: participants × requirements</source>
        <translation>热力图：参与者 × 岗位要求</translation>
    </message>
    <message>
        <source>One row per participant and one column per requirement of the role, in catalog order; a column&apos;s head gives the item (dimension and number) and its required level. Each cell shows a mark and the rating, 0 to 4, so that it reads without colour.</source>
        <translation>每行一名参与者，每列一项岗位要求（按目录顺序）；列头为条目（维度与序号）及其要求等级。每格显示标记和评分（0～4），不看颜色也能读懂。</translation>
    </message>
    <message>
        <source>met (rating at or above the required level)</source>
        <translation>达标（评分不低于要求等级）</translation>
    </message>
    <message>
        <source>one level below</source>
        <translation>低 1 级</translation>
    </message>
    <message>
        <source>two or more levels below</source>
        <translation>低 2 级及以上</translation>
    </message>
    <message>
        <source>not answered (counts as 0)</source>
        <translation>未作答（按 0 计）</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Met (of %1)</source>
        <translation>达标人数（共 %1 人）</translation>
    </message>
    <message>
        <source>Requirements %1–%2 of %3</source>
        <translation>第 %1–%2 项要求（共 %3 项）</translation>
    </message>
    <message>
        <source>%1 %2 (required level %3)</source>
        <translation>%1 %2（要求等级 %3）</translation>
    </message>
    <message>
        <source>Class priorities and workshop plan (Appendix A)</source>
        <translation>班级优先提升项与培训计划（附录 A）</translation>
    </message>
    <message>
        <source>Every participant meets every requirement: there is nothing to plan.</source>
        <translation>所有参与者均达到全部要求：无需安排提升。</translation>
    </message>
    <message>
        <source>Gap points</source>
        <translation>差距分</translation>
    </message>
    <message>
        <source>* Which method suits which dimension, and who usually provides it, is iitalent&apos;s own reading of Appendix A.1–A.3, not the standard&apos;s text.</source>
        <translation>* 各提升方式适合哪个维度、通常由谁提供，是 iitalent 对附录 A.1～A.3 的解读，并非标准原文。</translation>
    </message>
    <message>
        <source>Class report: before and after</source>
        <translation>班级前后对比报告</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前测</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后测</translation>
    </message>
    <message>
        <source>Nobody took part in both, so there is nothing to compare.</source>
        <translation>没有人两次都参加，无法对比。</translation>
    </message>
    <message numerus="yes">
        <source>Mean readiness of the %n participant(s) in both: %1 before, %2 after (%3).</source>
        <translation>
            <numerusform>两次均参加的 %n 名参与者平均准备度：前测 %1，后测 %2（%3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness and dimensions, before and after</source>
        <translation>准备度与各维度：前后对比</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Requirements met, before and after (participants in both)</source>
        <translation>各要求达标人数：前后对比（两次均参加者）</translation>
    </message>
    <message>
        <source>Met before</source>
        <translation>前测达标</translation>
    </message>
    <message>
        <source>Met after</source>
        <translation>后测达标</translation>
    </message>
    <message>
        <source>Participants in both</source>
        <translation>两次均参加的参与者</translation>
    </message>
    <message numerus="yes">
        <source>Only in %1 (%n)</source>
        <translation>
            <numerusform>仅在“%1”中（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>In both</source>
        <translation>两次均参加</translation>
    </message>
    <message>
        <source>Only before</source>
        <translation>仅参加前测</translation>
    </message>
    <message>
        <source>Only after</source>
        <translation>仅参加后测</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>参加情况</translation>
    </message>
    <message>
        <source>Readiness before</source>
        <translation>前测准备度</translation>
    </message>
    <message>
        <source>Readiness after</source>
        <translation>后测准备度</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>变化（百分点）</translation>
    </message>
    <message>
        <source>Change (points): %1</source>
        <translation>变化（百分点）：%1</translation>
    </message>
    <message>
        <source>cannot start painting the document</source>
        <translation>无法开始绘制文档</translation>
    </message>
    <message>
        <source>role %1 is not in this catalog</source>
        <translation>目录中没有岗位 %1</translation>
    </message>
    <message>
        <source>Anonymised: participants are shown by their numbers (P417, P052, …) only, without names, organisations or staff and student numbers.</source>
        <translation>已匿名：学员仅以编号（P417、P052……）显示，不含姓名、单位或工号/学号。</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) where the class falls short, the most gap points first, then the fewest met. A gap point is one level that one participant is below the required level (unanswered counts as 0). The methods and providers are those of the stage most participants are at, %1; which method suits which dimension is iitalent&apos;s own reading (*). What this workshop can teach comes first; what needs the workplace or a mentor follows separately.</source>
        <translation>
            <numerusform>班级未达标的要求共 %n 项，按差距分从多到少排列，差距分相同时达标人数少者在前。一名参与者比要求等级每低 1 级计 1 个差距分（未作答按 0 计）。提升方式与提供方取自多数参与者所处的阶段（%1）；提升方式与维度的对应是 iitalent 的解读（*）。本次培训能讲授的排在前面；需在岗位上或由导师提升的另行列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>This workshop delivers: %1. Teachable here: %2 of %3 priorities.</source>
        <translation>本次培训提供：%1。可在此讲授：%3 项优先项中的 %2 项。</translation>
    </message>
    <message>
        <source>Class rank</source>
        <translation>全班排序</translation>
    </message>
    <message>
        <source>How it is taught here *</source>
        <translation>本次培训的方式 *</translation>
    </message>
    <message>
        <source>Needs the workplace or a mentor (not taught in this workshop)</source>
        <translation>需在岗位上或由导师提升（本次培训不讲授）</translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies) that no method this workshop delivers suits, in the class&apos;s order, each with the methods and providers Appendix A gives for it.</source>
        <translation>
            <numerusform>本次培训提供的方式都不适合的 %n 项优先项，按全班顺序列出，并注明附录 A 给出的提升方式和供给方。</numerusform>
        </translation>
    </message>
    <message>
        <source>Why not here (Appendix A) *</source>
        <translation>不在此讲授的原因（附录 A）*</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已作答人数</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>平均等级</translation>
    </message>
</context>
<context>
    <name>ImprovementPathView</name>
    <message>
        <source>Improvement path</source>
        <translation>提升路径</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the improvement path chart as a PNG image</source>
        <translation>将提升路径图另存为 PNG 图片</translation>
    </message>
    <message>
        <source>Save the improvement path chart as PNG</source>
        <translation>将提升路径图另存为 PNG</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>另存为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the improvement path chart as an SVG drawing</source>
        <translation>将提升路径图另存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>Save the improvement path chart as SVG</source>
        <translation>将提升路径图另存为 SVG</translation>
    </message>
    <message>
        <source>Improvement path chart</source>
        <translation>提升路径图</translation>
    </message>
    <message>
        <source>Whether the chart was saved</source>
        <translation>图表是否已保存</translation>
    </message>
</context>
<context>
    <name>LevelDescriptions</name>
    <message>
        <source>Has not learned it yet</source>
        <translation>尚未学习</translation>
    </message>
    <message>
        <source>Knows what it is and what it is for</source>
        <translation>知道是什么、有什么用</translation>
    </message>
    <message>
        <source>Understands it and can explain it</source>
        <translation>理解其原理，能够讲解</translation>
    </message>
    <message>
        <source>Commands it and applies it on their own</source>
        <translation>掌握并能独立运用</translation>
    </message>
    <message>
        <source>Knows it in depth and can teach it</source>
        <translation>深入精通，能够传授他人</translation>
    </message>
    <message>
        <source>Cannot do it yet</source>
        <translation>尚不会做</translation>
    </message>
    <message>
        <source>Has seen it done; can help with guidance</source>
        <translation>见过他人操作，能在指导下协助完成</translation>
    </message>
    <message>
        <source>Does routine work of this kind alone</source>
        <translation>能独立完成此类常规工作</translation>
    </message>
    <message>
        <source>Does it well, including complex cases</source>
        <translation>能熟练完成，包括复杂情况</translation>
    </message>
    <message>
        <source>Solves the hardest cases and guides others</source>
        <translation>能解决最复杂的问题并指导他人</translation>
    </message>
</context>
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
    <message>
        <source>&amp;Import Assessments…</source>
        <translation>导入测评(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Show Required Levels While Self-Assessing</source>
        <translation>自评时显示要求等级</translation>
    </message>
    <message>
        <source>Ro&amp;les</source>
        <translation>岗位(&amp;L)</translation>
    </message>
    <message>
        <source>How many roles the search finds</source>
        <translation>搜索找到的岗位数</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>测评记录(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the report shown as a PDF, HTML, CSV or JSON file</source>
        <translation>将当前显示的报告保存为 PDF、HTML、CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Cohorts</source>
        <translation>班级(&amp;C)</translation>
    </message>
    <message>
        <source>Hirin&amp;g Rounds</source>
        <translation>招聘批次(&amp;G)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>iitalent is using its built-in catalog instead.</source>
        <translation>iitalent 已改用内置目录。</translation>
    </message>
    <message>
        <source>iitalent</source>
        <translation>iitalent</translation>
    </message>
    <message>
        <source>Kiosk mode already runs on this screen.</source>
        <translation>此屏幕上已在运行自助模式。</translation>
    </message>
    <message numerus="yes">
        <source>Kiosk mode does not start while iitalent&apos;s main window is open on this screen (%n open): it shows everyone&apos;s data, and a participant could switch to it. Close it, then start kiosk mode again.</source>
        <translation>
            <numerusform>iitalent 主窗口在此屏幕上打开时（%n 个），自助模式不会启动：主窗口显示所有人的数据，学员可能切换过去。请先关闭它，再启动自助模式。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk mode runs on this screen. iitalent&apos;s main window, which shows everyone&apos;s data, opens once the instructor has left kiosk mode.</source>
        <translation>此屏幕上正在运行自助模式。iitalent 主窗口显示所有人的数据，需在讲师退出自助模式后才能打开。</translation>
    </message>
</context>
<context>
    <name>QuestionnaireWidget</name>
    <message>
        <source>Overall</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>已答 %v / %m</translation>
    </message>
    <message>
        <source>Questionnaire items</source>
        <translation>测评条目</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>当前条目</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>要求等级</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <source>&amp;Evidence (a project, a certificate, an interview answer)</source>
        <translation>证据（项目、证书、面试回答等）(&amp;E)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一条(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>下一条(&amp;X)</translation>
    </message>
    <message>
        <source>Next &amp;unanswered (N)</source>
        <translation>下一条未答（N）(&amp;U)</translation>
    </message>
    <message>
        <source>Keys: 0–4 rate the current item and move on · ↑ ↓ move · N next unanswered. Every answer is saved as it is given.</source>
        <translation>快捷键：0–4 评定当前条目并进入下一条 · ↑ ↓ 上下移动 · N 跳到下一条未答。每次作答都会立即保存。</translation>
    </message>
    <message>
        <source>Show &amp;report</source>
        <translation>查看报告(&amp;R)</translation>
    </message>
    <message>
        <source>Who is assessed against which role</source>
        <translation>被测评人及所测岗位</translation>
    </message>
    <message>
        <source>Type 0 to 4 to rate the current item and move to the next; N goes to the next unanswered item</source>
        <translation>输入 0–4 评定当前条目并转到下一条；按 N 转到下一条未作答的条目</translation>
    </message>
    <message>
        <source>The requirement being rated</source>
        <translation>正在评定的能力要求</translation>
    </message>
    <message>
        <source>Go to the previous item (Up)</source>
        <translation>转到上一条（上方向键）</translation>
    </message>
    <message>
        <source>Go to the next item (Down)</source>
        <translation>转到下一条（下方向键）</translation>
    </message>
    <message>
        <source>Go to the next item that has no rating yet</source>
        <translation>转到下一条尚未评定的条目</translation>
    </message>
    <message>
        <source>Open the gap report of this assessment</source>
        <translation>打开本次测评的差距报告</translation>
    </message>
    <message>
        <source>While typing here, Alt+0 … Alt+4 rate the item</source>
        <translation>在此输入时，按 Alt+0 … Alt+4 可为本条评分</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Attainment by dimension</source>
        <translation>各维度达成度</translation>
    </message>
    <message>
        <source>Required (100%)</source>
        <translation>要求（100%）</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>%1: items with gaps</source>
        <translation>%1：存在差距的条目</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求等级</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>无差距</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>历次测评进展</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>测评</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <translation>%1：%2 %3，%4 %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Attainment of each dimension against the requirement (100%). %1.</source>
        <translation>各维度相对要求（100%）的达成度：%1。</translation>
    </message>
    <message>
        <source>%1 required %2, rated %3</source>
        <translation>%1 要求 %2 级，评定 %3 级</translation>
    </message>
    <message>
        <source>%1: no item has a gap.</source>
        <translation>%1：没有存在差距的条目。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) with gaps. %2.</source>
        <translation>
            <numerusform>%1：%n 条存在差距。%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readiness over %n assessment(s): %1.</source>
        <translation>
            <numerusform>%n 次测评的准备度：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items answered)</source>
        <translation>%1（已答 %2/%3 项）</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items answered</source>
        <translation>%1：已答 %2/%3 项</translation>
    </message>
    <message>
        <source>%1; not assessed: %2</source>
        <translation>%1；未评估：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Self-assessment report</source>
        <translation>岗位能力自评报告</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>岗位能力测评报告</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>测评方式</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessor&apos;s assessment</source>
        <translation>评估人测评</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>(the subject)</source>
        <translation>（本人）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Assessment id</source>
        <translation>测评编号</translation>
    </message>
    <message>
        <source>%1 · catalog: %2</source>
        <translation>%1 · 目录：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Made by iitalent on %1.</source>
        <translation>由 iitalent 于 %1 生成。</translation>
    </message>
    <message>
        <source>%1 meets %2 of the %3 requirements of %4; readiness is %5.</source>
        <translation>%1 达到%4 %3 项要求中的 %2 项，准备度为 %5。</translation>
    </message>
    <message>
        <source>%1 of the %2 items are not answered yet and count as 0.</source>
        <translation>%2 项中有 %1 项尚未作答，按 0 计。</translation>
    </message>
    <message>
        <source>The largest gap is in %1 (%2 attained).</source>
        <translation>差距最大的是%1（达成 %2）。</translation>
    </message>
    <message>
        <source>Every requirement is met.</source>
        <translation>所有要求均已达到。</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 从 %2 提升到 %3</translation>
    </message>
    <message>
        <source>Start with: %1.</source>
        <translation>建议先从以下各项入手：%1。</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Requirements met</source>
        <translation>达标要求</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成度</translation>
    </message>
    <message>
        <source>%1 — %2 attained, %3 of %4 met</source>
        <translation>%1 — 达成 %2，%4 项中达标 %3 项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求等级</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Evidence · note</source>
        <translation>证据 · 备注</translation>
    </message>
    <message>
        <source>Every requirement is met: there is nothing to improve for this role.</source>
        <translation>所有要求均已达到：该岗位没有需要提升的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) at the stage %1 of Appendix A, largest gap first. The kind of improvement comes from A.1, the methods from A.2 and the providers from A.3; which method suits which dimension is iitalent&apos;s own reading (*).</source>
        <translation>
            <numerusform>共 %n 步，处于附录 A 的%1阶段，差距最大的在前。提升内容来自 A.1，提升方式来自 A.2，提供方来自 A.3；哪种方式适合哪个维度是 iitalent 自己的理解（*）。</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>提升内容</translation>
    </message>
    <message>
        <source>Methods *</source>
        <translation>提升方式 *</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>%1, redrawn from A.1–A.3 and made personal; the parts marked * are iitalent&apos;s own.</source>
        <translation>%1，依据 A.1–A.3 重新绘制并个性化；标 * 的部分为 iitalent 自行补充。</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message numerus="yes">
        <source>The subject&apos;s self-assessment against the assessor&apos;s ratings, side by side (never averaged): self readiness %1, assessor readiness %2. %n item(s) differ by 2 levels or more (in bold).</source>
        <translation>
            <numerusform>本人自评与评估人评分并列对照（不取平均）：自评准备度 %1，评估人评定准备度 %2。有 %n 项相差 2 级或以上（粗体）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>over-estimation</source>
        <translation>高估</translation>
    </message>
    <message>
        <source>under-estimation</source>
        <translation>低估</translation>
    </message>
    <message>
        <source>How the figures are worked out: each requirement&apos;s required level comes from its wording: 了解 1, 熟悉 2, 掌握 3, 精通 4; also 熟练掌握, 熟练使用 and 熟练操作 3, 具备一定的 2, 具备丰富的 and 具备相当的 4, and 具备 alone 3. The earliest of these words in the item counts (the longer one where two start together); an item with none counts as 熟悉 2. A rating above the required level adds nothing; an unanswered item counts as 0. A dimension&apos;s attainment is its attained points over its required points; readiness is the mean of the four dimensions&apos; attainments.</source>
        <translation>计算方法：每项要求的要求等级取自其用词：了解 1、熟悉 2、掌握 3、精通 4；另有熟练掌握、熟练使用、熟练操作为 3，具备一定的为 2，具备丰富的、具备相当的为 4，单独的具备为 3。以条目中最先出现的等级用词为准（同一位置以较长者为准）；没有等级用词的条目按熟悉 2 计。高于要求等级的评分不额外加分；未作答的条目按 0 计。某维度的达成度为其达成分数除以要求分数；准备度为四个维度达成度的平均值。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Requirements by dimension</source>
        <translation>各维度要求</translation>
    </message>
    <message>
        <source>Improvement plan (Appendix A)</source>
        <translation>提升计划（附录 A）</translation>
    </message>
    <message>
        <source>Improvement path</source>
        <translation>提升路径</translation>
    </message>
    <message>
        <source>Self against assessor</source>
        <translation>自评与评估人对比</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>Required (100%)</source>
        <translation>要求（100%）</translation>
    </message>
    <message>
        <source>Role code</source>
        <translation>岗位代码</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>要求等级</translation>
    </message>
    <message>
        <source>Required level word</source>
        <translation>要求等级用词</translation>
    </message>
    <message>
        <source>Rating word</source>
        <translation>评分等级用词</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Before the job</source>
        <translation>岗前提升</translation>
    </message>
    <message>
        <source>On the job</source>
        <translation>在岗提升</translation>
    </message>
    <message>
        <source>Staff or student number</source>
        <translation>学号/工号</translation>
    </message>
    <message>
        <source>Requirement id</source>
        <translation>要求编号</translation>
    </message>
    <message>
        <source>Attainment: %1</source>
        <translation>达成度：%1</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>全部维度</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met, %3 answered</source>
        <translation>达到 %2 项要求中的 %1 项，已作答 %3 项</translation>
    </message>
    <message>
        <source>The plan takes the items with the largest gaps first, whatever their dimension, so it starts with: %1.</source>
        <translation>提升计划按各项差距从大到小排列，不分维度，因此从以下各项开始：%1。</translation>
    </message>
    <message>
        <source>In %1 it starts with: %2.</source>
        <translation>在%1方面，从以下各项开始：%2。</translation>
    </message>
    <message>
        <source>(in full under “%1”)</source>
        <translation>（全文见“%1”）</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>证据与备注</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items answered</source>
        <translation>%1：已答 %2/%3 项</translation>
    </message>
    <message>
        <source>%1; not assessed: %2</source>
        <translation>%1；未评估：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items answered)</source>
        <translation>%1（已答 %2/%3 项）</translation>
    </message>
</context>
<context>
    <name>ReportWidget</name>
    <message>
        <source>Headline figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Dimension</source>
        <translation>维度(&amp;D)</translation>
    </message>
    <message>
        <source>Dimension of the bar chart</source>
        <translation>柱状图所示维度</translation>
    </message>
    <message>
        <source>All items with required level, rating and gap</source>
        <translation>全部条目及其要求等级、评定等级与差距</translation>
    </message>
    <message>
        <source>Self and assessor ratings side by side</source>
        <translation>自评与测评人评定并列对比</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求等级</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>测评人</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>All roles ranked for this person</source>
        <translation>全部岗位按与该人员的匹配程度排名</translation>
    </message>
    <message>
        <source>Who is assessed against which role, and when</source>
        <translation>被测评人、所测岗位及测评时间</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>I&amp;tems</source>
        <translation>条目(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Improvement path</source>
        <translation>提升路径(&amp;I)</translation>
    </message>
    <message>
        <source>Self vs &amp;assessor</source>
        <translation>自评与测评人对比(&amp;A)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史记录(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Role fit</source>
        <translation>岗位匹配(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this report as a PDF, HTML, CSV or JSON file to hand on</source>
        <translation>将本报告保存为 PDF、HTML、CSV 或 JSON 文件以便交付</translation>
    </message>
    <message>
        <source>Print this report (A4)</source>
        <translation>打印本报告（A4）</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
        <source>See the printed pages of this report before printing</source>
        <translation>打印前查看本报告的打印页面</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>打印(&amp;N)…</translation>
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
    <message>
        <source>&amp;Self-assessment…</source>
        <translation>自评(&amp;S)…</translation>
    </message>
    <message>
        <source>Rate yourself against this role</source>
        <translation>对照该岗位进行自评</translation>
    </message>
    <message>
        <source>&amp;Assess a candidate…</source>
        <translation>测评他人(&amp;A)…</translation>
    </message>
    <message>
        <source>Rate someone else against this role, as HR or an instructor</source>
        <translation>以人力资源人员或培训讲师身份，对照该岗位测评他人</translation>
    </message>
    <message>
        <source>The role&apos;s requirements by dimension, each with its required level</source>
        <translation>按维度列出的岗位能力要求及各自的要求等级</translation>
    </message>
</context>
<context>
    <name>RoundText</name>
    <message>
        <source>Hiring meeting: %1</source>
        <translation>招聘评审会：%1</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>How the candidates are ranked</source>
        <translation>候选人排序规则</translation>
    </message>
    <message>
        <source>The candidates are ranked by these rules in turn; each rule decides only between candidates that all the rules before it leave level:</source>
        <translation>候选人按以下规则依次排序；每条规则只在前面各条规则都无法区分的候选人之间起作用：</translation>
    </message>
    <message>
        <source>1. Candidates who meet every must-have come first, then those who fail one or more.</source>
        <translation>1. 满足全部必备要求的候选人在前，有一项或多项必备要求未达到的在后。</translation>
    </message>
    <message>
        <source>2. Readiness, highest first.</source>
        <translation>2. 准备度从高到低。</translation>
    </message>
    <message>
        <source>3. The number of requirements two or more levels below the required level, fewest first.</source>
        <translation>3. 低于要求等级两级或以上的要求项数，从少到多。</translation>
    </message>
    <message>
        <source>4. Completeness, highest first.</source>
        <translation>4. 完成度从高到低。</translation>
    </message>
    <message>
        <source>Ranks are never shared: candidates level on every figure are told apart by their names.</source>
        <translation>名次不并列：各项指标都相同的候选人按姓名区分先后。</translation>
    </message>
    <message>
        <source>The figures are worked out from each item&apos;s combined level: the panel&apos;s consensus where one is recorded (with its reason); otherwise the rating when one panel member rated the item, or the lower median when several did (the k ratings sorted from low to high, the one at position ⌊(k−1)/2⌋, counting from 0). An item nobody rated counts as 0. Readiness, completeness and the attainments are the personal report&apos;s formulas applied to the combined levels. A must-have is met when its combined level reaches the required level. An open disagreement is an item whose ratings are two or more levels apart with no consensus recorded.</source>
        <translation>各项指标均按每个条目的综合等级计算：已记录一致意见（附理由）的条目取一致意见；否则只有一位面试官评定时取其评分，多位面试官评定时取下中位数（将 k 个评分从低到高排列，取从 0 起计第 ⌊(k−1)/2⌋ 个）。无人评定的条目按 0 计。准备度、完成度和各维度达成度按个人报告的公式由综合等级算出。综合等级达到要求等级即满足该项必备要求。未决分歧指评分相差两级或以上、且尚未记录一致意见的条目。</translation>
    </message>
    <message>
        <source>Must-haves</source>
        <translation>必备要求</translation>
    </message>
    <message>
        <source>This round has no must-haves: every candidate counts as meeting them.</source>
        <translation>本招聘批次未设必备要求：所有候选人均视为满足。</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) every candidate must meet. A candidate who fails any of them is ranked after every candidate who meets them all, however strong otherwise.</source>
        <translation>
            <numerusform>每位候选人都必须满足的 %n 项要求。未满足其中任何一项的候选人，无论其他方面多强，都排在满足全部必备要求的候选人之后。</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates meeting it</source>
        <translation>满足的候选人</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>The round has no candidates yet: nobody in it has an assessor&apos;s assessment of its role.</source>
        <translation>本招聘批次还没有候选人：批次中没有人有该岗位的评估人测评。</translation>
    </message>
    <message>
        <source>Must-haves: %1 all met, %2 followed by those the candidate fails. Gaps ≥ 2: requirements two or more levels below the required level (an item nobody rated counts as 0). Open disagreements: items whose ratings are two or more levels apart with no consensus.</source>
        <translation>必备要求：%1 表示全部满足，%2 后列出未满足的必备要求。差距≥2：低于要求等级两级或以上的要求项数（无人评定的条目按 0 计）。未决分歧：评分相差两级或以上、且尚无一致意见的条目数。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Must-haves met</source>
        <translation>满足全部必备要求</translation>
    </message>
    <message>
        <source>Failed must-haves</source>
        <translation>未满足的必备要求</translation>
    </message>
    <message>
        <source>Gaps ≥ 2</source>
        <translation>差距≥2</translation>
    </message>
    <message>
        <source>Gaps of two or more levels</source>
        <translation>差距两级及以上的要求数</translation>
    </message>
    <message>
        <source>Panel size</source>
        <translation>面试官人数</translation>
    </message>
    <message>
        <source>Open disagreements</source>
        <translation>未决分歧</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>决定备注</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>入围</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>淘汰</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>one rating</source>
        <translation>单人评分</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>一致意见</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>评分卡：%1</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>第 %1 名（共 %2 名）</translation>
    </message>
    <message>
        <source>panel: %1</source>
        <translation>面试官：%1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>决定：%1</translation>
    </message>
    <message>
        <source>%1 must-have</source>
        <translation>%1 必备要求</translation>
    </message>
    <message>
        <source>%1 open disagreement (ratings two or more levels apart, no consensus)</source>
        <translation>%1 未决分歧（评分相差两级或以上，尚无一致意见）</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>综合等级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>分差</translation>
    </message>
    <message>
        <source>Consensus reasons</source>
        <translation>一致意见的理由</translation>
    </message>
    <message>
        <source>Consensus level</source>
        <translation>一致意见等级</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>For the hiring panel only. Candidates never see one another: nothing of this document goes into a candidate&apos;s own report.</source>
        <translation>仅供招聘评审小组使用。候选人之间互不可见：本文档的任何内容都不会写入候选人本人的报告。</translation>
    </message>
    <message>
        <source>The panel: agreement and calibration</source>
        <translation>面试官：评分一致性与校准</translation>
    </message>
    <message>
        <source>Agreement: no pairs. No item of any candidate was rated by two panel members, so there is nothing to compare.</source>
        <translation>评分一致性：没有评分对。没有任何候选人的任何条目由两位面试官共同评定，因此无从比较。</translation>
    </message>
    <message numerus="yes">
        <source>Agreement over the whole round: %n pair(s) of ratings (two panel members rating the same item of the same candidate); %1 of them equal, %2 at most one level apart.</source>
        <translation>
            <numerusform>整个招聘批次的评分一致性：共 %n 对评分（两位面试官对同一候选人同一条目的评分）；其中 %1 完全相同，%2 相差不超过一级。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each panel member&apos;s calibration: over the items they rated where another member rated the same item of the same candidate too, the mean of their level minus the others&apos; mean level. Positive is lenient, negative strict.</source>
        <translation>各面试官的校准：在其评定过、且另有面试官也评定了同一候选人同一条目的条目上，其评分减去其他面试官平均评分的均值。正值为偏宽，负值为偏严。</translation>
    </message>
    <message>
        <source>none (no item rated by another member too)</source>
        <translation>无（没有其他面试官也评定过的条目）</translation>
    </message>
    <message>
        <source>%1 (neither lenient nor strict)</source>
        <translation>%1（不偏宽也不偏严）</translation>
    </message>
    <message>
        <source>%1 (lenient)</source>
        <translation>%1（偏宽）</translation>
    </message>
    <message>
        <source>%1 (strict)</source>
        <translation>%1（偏严）</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>面试官</translation>
    </message>
    <message>
        <source>Items compared</source>
        <translation>比较的条目数</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>平均差值</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>The panel&apos;s evidence and notes</source>
        <translation>面试官的证据与备注</translation>
    </message>
    <message>
        <source>Self (not counted)</source>
        <translation>自评（不计入）</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>证据与备注</translation>
    </message>
    <message>
        <source>5. Then by name, in a fixed order of characters that is the same on every computer (not pinyin), so that a tie never depends on who was entered first.</source>
        <translation>5. 最后按姓名排列：采用每台电脑上都相同的固定字符顺序（不是拼音顺序），并列时的先后不取决于录入的先后。</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未考察</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>强烈推荐</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation>强烈不推荐</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>无推荐意见</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>%1 changed after its author could see the other panel members&apos; scorecards (reopened after submitting).</source>
        <translation>%1 表示评分表在其作者已能看到其他面试官评分表之后又有改动（提交后重新打开）。</translation>
    </message>
    <message>
        <source>Scorecards of every candidate</source>
        <translation>全部候选人的评分表</translation>
    </message>
    <message>
        <source>Scorecards: %1</source>
        <translation>评分表：%1</translation>
    </message>
    <message>
        <source>The round has no candidate yet, so this document has no scorecards.</source>
        <translation>本批次尚无候选人，因此本文件没有评分表。</translation>
    </message>
    <message>
        <source>No candidate has that decision, so this document has no scorecards.</source>
        <translation>没有候选人是所选的决定，因此本文件没有评分表。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), one page each, in rank order: each panel member&apos;s levels, recommendation and comment, the combined levels, and every consensus with its reason and who recorded it.</source>
        <translation>
            <numerusform>共 %n 名候选人，每人一页，按排名顺序：每位面试官的评分、推荐意见和评语，综合等级，以及每项一致意见及其理由和记录人。</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel&apos;s scorecards</source>
        <translation>面试官评分表</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Panel&apos;s recommendations</source>
        <translation>面试官推荐意见</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>New assessment</source>
        <translation>新建测评</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Staff or student n&amp;umber</source>
        <translation>工号或学号(&amp;U)</translation>
    </message>
    <message>
        <source>Staff or student number</source>
        <translation>工号或学号</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>&amp;Assessor</source>
        <translation>测评人(&amp;A)</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>测评人姓名</translation>
    </message>
</context>
<context>
    <name>iitalent::CoreText</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the assessment database.</source>
        <translation>无法为测评数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the assessment database %1: %2</source>
        <translation>无法创建测评数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the assessment database %1: %2</source>
        <translation>无法打开测评数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The assessment database %1 cannot be used: %2</source>
        <translation>测评数据库 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot read its header</source>
        <translation>无法读取文件头</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not an iitalent assessment database</source>
        <translation>该文件是 SQLite 数据库，但不是 iitalent 测评数据库</translation>
    </message>
    <message>
        <source>it was written by a newer iitalent (database version %1; this iitalent reads up to version %2). It was left untouched: use the newer iitalent to open it.</source>
        <translation>该文件由较新版本的 iitalent 写入（数据库版本 %1；本 iitalent 最高只能读取版本 %2）。文件未作任何改动，请使用较新版本的 iitalent 打开它。</translation>
    </message>
    <message>
        <source>another program is setting it up or upgrading it (%1 is locked)</source>
        <translation>另一个程序正在创建或升级该数据库（%1 已被锁定）</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 to set it up: %2</source>
        <translation>无法创建用于初始化该数据库的锁文件 %1：%2</translation>
    </message>
    <message>
        <source> Copies made before upgrades: %1.</source>
        <translation>升级前保存的副本：%1。</translation>
    </message>
    <message>
        <source>it is damaged (%1). Nothing was read from it or written to it. Keep the file as it is; restore your latest copy of it, or save what can be saved with `sqlite3 %2 .recover | sqlite3 recovered.sqlite`.%3</source>
        <translation>该文件已损坏（%1）。未从中读取任何内容，也未向其写入任何内容。请保持该文件原样；恢复该文件最近的副本，或用 `sqlite3 %2 .recover | sqlite3 recovered.sqlite` 挽救尚可挽救的数据。%3</translation>
    </message>
    <message>
        <source>its database version %1 is unknown</source>
        <translation>其数据库版本 %1 未知</translation>
    </message>
    <message>
        <source>cannot back it up before upgrading: %1</source>
        <translation>升级前无法备份该数据库：%1</translation>
    </message>
    <message>
        <source>cannot back it up to %1 before upgrading: %2. Nothing was changed</source>
        <translation>升级前无法将该数据库备份到 %1：%2。未作任何更改</translation>
    </message>
    <message>
        <source>upgrading from version 1: %1</source>
        <translation>从版本 1 升级时出错：%1</translation>
    </message>
    <message>
        <source>%1. Nothing was changed; a backup is at %2</source>
        <translation>%1。未作任何更改；备份位于 %2</translation>
    </message>
    <message>
        <source>no assessment id was given</source>
        <translation>未提供测评编号</translation>
    </message>
    <message>
        <source>there is no assessment %1 (give at least 4 characters of an id)</source>
        <translation>找不到测评 %1（编号请至少给出 4 个字符）</translation>
    </message>
    <message>
        <source>there is no assessment %1</source>
        <translation>找不到测评 %1</translation>
    </message>
    <message>
        <source>%1 is the start of several assessment ids; give more of it</source>
        <translation>%1 是多个测评编号的开头，请给出更多字符</translation>
    </message>
    <message>
        <source>an assessment with id %1 is already stored</source>
        <translation>已存有编号为 %1 的测评</translation>
    </message>
    <message>
        <source>%1: the removed assessments could not be overwritten in the file yet: %2</source>
        <translation>%1：已删除的测评暂未能在文件中被覆盖：%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有返回结果</translation>
    </message>
    <message>
        <source>%1: the removed assessments are gone from iitalent, but their old pages are still in the file, because another program (an open iitalent window, a report being written) is still reading it. Close it and run this again to overwrite them.</source>
        <translation>%1：已删除的测评已从 iitalent 中移除，但它们的旧数据页仍留在文件中，因为另一个程序（打开的 iitalent 窗口、正在生成的报告）仍在读取该文件。请关闭该程序后再执行一次此操作，以覆盖这些旧数据页。</translation>
    </message>
    <message>
        <source>%1: this backup could not be cleaned of the person: %2</source>
        <translation>%1：无法从该备份中清除此人的数据：%2</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>其中没有架构版本号</translation>
    </message>
    <message>
        <source>its schema version is %1, this iitalent reads version %2</source>
        <translation>其架构版本为 %1，而本 iitalent 读取的是版本 %2</translation>
    </message>
    <message>
        <source>element %1 belongs to unknown dimension %2</source>
        <translation>要素 %1 属于未知维度 %2</translation>
    </message>
    <message>
        <source>an alias belongs to unknown role %1</source>
        <translation>有别名属于未知岗位 %1</translation>
    </message>
    <message>
        <source>requirement %1 has level %2, outside 1..4</source>
        <translation>能力要求 %1 的等级为 %2，不在 1..4 范围内</translation>
    </message>
    <message>
        <source>requirement %1 belongs to unknown role %2</source>
        <translation>能力要求 %1 属于未知岗位 %2</translation>
    </message>
    <message>
        <source>method %1 belongs to unknown stage %2</source>
        <translation>提升方式 %1 属于未知阶段 %2</translation>
    </message>
    <message>
        <source>a dimension is mapped to unknown method %1</source>
        <translation>有维度对应到未知提升方式 %1</translation>
    </message>
    <message>
        <source>a provider is mapped to unknown method %1</source>
        <translation>有提供方对应到未知提升方式 %1</translation>
    </message>
    <message>
        <source>%1 is not a usable iitalent catalog: %2.</source>
        <translation>%1 不是可用的 iitalent 目录：%2。</translation>
    </message>
    <message>
        <source>the file is damaged, incomplete or not a database at all (%1)</source>
        <translation>文件已损坏、不完整或根本不是数据库（%1）</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (%1)</source>
        <translation>文件已损坏或不完整（%1）</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not an iitalent catalog</source>
        <translation>该文件是 SQLite 数据库，但不是 iitalent 目录</translation>
    </message>
    <message>
        <source>The catalog file %1 does not exist.</source>
        <translation>目录文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be read.</source>
        <translation>无法读取目录文件 %1。</translation>
    </message>
    <message>
        <source>it has no directions</source>
        <translation>其中没有任何方向</translation>
    </message>
    <message>
        <source>it has no dimensions</source>
        <translation>其中没有任何维度</translation>
    </message>
    <message>
        <source>it has no roles</source>
        <translation>其中没有任何岗位</translation>
    </message>
    <message>
        <source>direction id &apos;%1&apos; is empty or repeated</source>
        <translation>方向编号“%1”为空或重复</translation>
    </message>
    <message>
        <source>dimension key &apos;%1&apos; is empty or repeated</source>
        <translation>维度键“%1”为空或重复</translation>
    </message>
    <message>
        <source>competency %1 is repeated</source>
        <translation>能力项 %1 重复</translation>
    </message>
    <message>
        <source>role code &apos;%1&apos; is empty or repeated</source>
        <translation>岗位代码“%1”为空或重复</translation>
    </message>
    <message>
        <source>role code &apos;%1&apos; is longer than %2 characters, which assessment files cannot name</source>
        <translation>岗位代码“%1”超过 %2 个字符，交换文件无法记录这样的代码</translation>
    </message>
    <message>
        <source>role %1 is in unknown direction &apos;%2&apos;</source>
        <translation>岗位 %1 属于未知方向“%2”</translation>
    </message>
    <message>
        <source>role %1 has no name</source>
        <translation>岗位 %1 没有名称</translation>
    </message>
    <message>
        <source>requirement id &apos;%1&apos; should be &apos;%2&apos;</source>
        <translation>要求编号“%1”应为“%2”</translation>
    </message>
    <message>
        <source>requirement %1 is repeated</source>
        <translation>能力要求 %1 重复</translation>
    </message>
    <message>
        <source>requirement %1 is in unknown dimension &apos;%2&apos;</source>
        <translation>能力要求 %1 属于未知维度“%2”</translation>
    </message>
    <message>
        <source>requirement %1 has no text</source>
        <translation>能力要求 %1 没有文本</translation>
    </message>
    <message>
        <source>requirement %1 refers to unknown competency &apos;%2&apos;</source>
        <translation>能力要求 %1 引用了未知能力项“%2”</translation>
    </message>
    <message>
        <source>improvement method %1 is mapped to unknown dimension &apos;%2&apos;</source>
        <translation>提升方式 %1 对应到未知维度“%2”</translation>
    </message>
    <message>
        <source>improvement method %1 is mapped to unknown provider &apos;%2&apos;</source>
        <translation>提升方式 %1 对应到未知提供方“%2”</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>“%1”必须是列表</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>&quot;methods&quot; must be an object keyed by method id</source>
        <translation>“methods”必须是以提升方式编号为键的对象</translation>
    </message>
    <message>
        <source>there is no improvement method &quot;%1&quot; in improvement.json</source>
        <translation>improvement.json 中没有提升方式“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list strings</source>
        <translation>“%1”只能列出字符串</translation>
    </message>
    <message>
        <source>role code &quot;%1&quot; is longer than %2 characters, which assessment files cannot name</source>
        <translation>岗位代码“%1”超过 %2 个字符，交换文件无法记录这样的代码</translation>
    </message>
    <message>
        <source>&quot;requirements&quot; must be an object keyed by dimension</source>
        <translation>“requirements”必须是以维度为键的对象</translation>
    </message>
    <message>
        <source>requirements of unknown dimension &quot;%1&quot;</source>
        <translation>有属于未知维度“%1”的能力要求</translation>
    </message>
    <message>
        <source>requirements.%1 must be a list</source>
        <translation>requirements.%1 必须是列表</translation>
    </message>
    <message>
        <source>&quot;level&quot; must be an integer 1..4</source>
        <translation>“level”必须是 1..4 的整数</translation>
    </message>
    <message>
        <source>level %1 is outside 1..4</source>
        <translation>等级 %1 不在 1..4 范围内</translation>
    </message>
    <message>
        <source>must be a string or an object</source>
        <translation>必须是字符串或对象</translation>
    </message>
    <message>
        <source>has no role files</source>
        <translation>其中没有岗位文件</translation>
    </message>
    <message>
        <source>holds role &quot;%1&quot;; a role file is named after its code</source>
        <translation>其中是岗位“%1”；岗位文件应以其岗位代码命名</translation>
    </message>
    <message>
        <source>must be a list of role codes</source>
        <translation>必须是岗位代码列表</translation>
    </message>
    <message>
        <source>lists %1 but the role files of this direction are %2</source>
        <translation>列出的是 %1，但此方向的岗位文件为 %2</translation>
    </message>
    <message>
        <source>The catalog source folder %1 does not exist.</source>
        <translation>目录源文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 allowed</source>
        <translation>%1 个字符，超过允许的 %2 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>“%1”不是 ISO 8601 日期时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the years 1 to 9999 once converted to UTC</source>
        <translation>“%1”换算为 UTC 后超出 1 至 9999 年的范围</translation>
    </message>
    <message>
        <source>not an iitalent assessment: its JSON is nested more than %1 levels deep (at byte %2)</source>
        <translation>不是 iitalent 交换文件：其 JSON 嵌套超过 %1 层（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>位于顶层</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>这不是文件</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the %2 an assessment file may have</source>
        <translation>文件大小为 %1 字节，超过了交换文件允许的 %2 字节</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is larger than the %1 bytes an assessment file may have</source>
        <translation>文件超过了交换文件允许的 %1 字节</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object (%2); a file must say each thing once</source>
        <translation>键“%1”在同一对象中出现了两次（%2）；文件中每项内容只能出现一次</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1)</source>
        <translation>不是有效的 JSON（位于第 %1 字节）</translation>
    </message>
    <message>
        <source>not valid JSON (a number is out of range)</source>
        <translation>不是有效的 JSON（有数值超出范围）</translation>
    </message>
    <message>
        <source>not an iitalent assessment: the file must hold one JSON object</source>
        <translation>不是 iitalent 交换文件：文件必须包含且仅包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2; this file is not an iitalent assessment or is of another version</source>
        <translation>“%1”不是 %2；此文件不是 iitalent 交换文件，或属于其他版本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>“%1”不是 UUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role of the catalog</source>
        <translation>“%1”不是目录中的岗位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither self nor assessor</source>
        <translation>“%1”既不是 self，也不是 assessor</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither pre-job nor on-job</source>
        <translation>“%1”既不是 pre-job，也不是 on-job</translation>
    </message>
    <message>
        <source>missing; an assessor assessment names its assessor</source>
        <translation>缺失；评估人测评须写明评估人</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a requirement of the catalog</source>
        <translation>“%1”不是目录中的能力要求</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to role %2, not to role %3</source>
        <translation>“%1”属于岗位 %2，而不属于岗位 %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is rated twice (also ratings[%2])</source>
        <translation>“%1”被评定了两次（另见 ratings[%2]）</translation>
    </message>
    <message>
        <source>must be a whole number 0..4 or null</source>
        <translation>必须是 0..4 的整数或 null</translation>
    </message>
    <message>
        <source>%1 is outside 0..4</source>
        <translation>%1 不在 0..4 范围内</translation>
    </message>
    <message>
        <source>it cannot be written: the file, its folder or the disk is read-only</source>
        <translation>无法写入：文件、所在文件夹或磁盘是只读的</translation>
    </message>
    <message>
        <source>it cannot be opened: its folder is missing, not writable or on a read-only disk</source>
        <translation>无法打开：所在文件夹不存在、不可写或位于只读磁盘上</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>它已损坏</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <source>another program kept it locked for too long</source>
        <translation>另一个程序锁定它的时间过长</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>upgrading from version 2: %1</source>
        <translation>从版本 2 升级时出错：%1</translation>
    </message>
    <message>
        <source>a cohort needs a name</source>
        <translation>班级需要一个名称</translation>
    </message>
    <message>
        <source>a cohort&apos;s name has at most %1 characters</source>
        <translation>班级名称最多 %1 个字符</translation>
    </message>
    <message>
        <source>a cohort&apos;s note has at most %1 characters</source>
        <translation>班级备注最多 %1 个字符</translation>
    </message>
    <message>
        <source>%1 is not a date of the form 2026-12-01</source>
        <translation>%1 不是形如 2026-12-01 的日期</translation>
    </message>
    <message>
        <source>there is already a cohort named %1</source>
        <translation>已有名为 %1 的班级</translation>
    </message>
    <message>
        <source>there is no cohort named %1</source>
        <translation>没有名为 %1 的班级</translation>
    </message>
    <message>
        <source>there is no such file, folder or stored assessment</source>
        <translation>没有这样的文件、文件夹或已保存的测评</translation>
    </message>
    <message>
        <source>there is no role %1 in the catalog</source>
        <translation>目录中没有岗位 %1</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to, so answers could not be collected there</source>
        <translation>无法写入文件夹 %1，因此不能在那里收集答卷</translation>
    </message>
    <message>
        <source>please enter your name</source>
        <translation>请输入您的姓名</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>姓名最多 %1 个字符</translation>
    </message>
    <message>
        <source>your answers are saved on this computer, but could not be written to %1: %2</source>
        <translation>您的答案已保存在本机，但无法写入 %1：%2</translation>
    </message>
    <message>
        <source>upgrading from version 3: %1</source>
        <translation>从版本 3 升级时出错：%1</translation>
    </message>
    <message>
        <source>a consensus needs a reason</source>
        <translation>记录一致意见需要填写理由</translation>
    </message>
    <message>
        <source>a reason has at most %1 characters</source>
        <translation>理由最多 %1 个字符</translation>
    </message>
    <message>
        <source>%1 is not a level (0 to 4)</source>
        <translation>%1 不是等级（0 到 4）</translation>
    </message>
    <message>
        <source>a consensus needs a candidate</source>
        <translation>记录一致意见需要指定候选人</translation>
    </message>
    <message>
        <source>there is no consensus on %1 for %2 to withdraw</source>
        <translation>%2 在 %1 上没有可撤回的一致意见</translation>
    </message>
    <message>
        <source>a decision is shortlist, hold or reject, not &apos;%1&apos;</source>
        <translation>决定只能是 shortlist（入围）、hold（待定）或 reject（淘汰），而不是“%1”</translation>
    </message>
    <message>
        <source>a note has at most %1 characters</source>
        <translation>备注最多 %1 个字符</translation>
    </message>
    <message>
        <source>it is an assessment of role %1; this round is for role %2</source>
        <translation>这是岗位 %1 的测评；本招聘批次针对岗位 %2</translation>
    </message>
    <message>
        <source>%1 is not a requirement of role %2</source>
        <translation>%1 不是岗位 %2 的能力要求</translation>
    </message>
    <message>
        <source>%1 is not a hiring round (its kind is %2)</source>
        <translation>%1 不是招聘批次（其类型为 %2）</translation>
    </message>
    <message>
        <source>the hiring round %1 needs exactly one role</source>
        <translation>招聘批次 %1 必须恰好对应一个岗位</translation>
    </message>
    <message>
        <source>%1 is not a candidate of the round %2</source>
        <translation>%1 不是招聘批次 %2 的候选人</translation>
    </message>
    <message>
        <source>%1 candidates are named %2; say which with --number or --organisation:%3</source>
        <translation>有 %1 名候选人都叫 %2；请用 --number 或 --organisation 指明是哪一位：%3</translation>
    </message>
    <message>
        <source>the new cohort got no number</source>
        <translation>新的人员组未获得编号</translation>
    </message>
    <message>
        <source>the source and the target are the same store (%1)</source>
        <translation>源与目标是同一个存储（%1）</translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation>读取 %1 时出错：%2</translation>
    </message>
    <message>
        <source>the target has a cohort named %1 of another kind (%2, not %3)</source>
        <translation>目标中已有名为 %1 的另一类人员组（%2，而非 %3）</translation>
    </message>
    <message>
        <source>copying into %1: %2. Nothing was copied.</source>
        <translation>复制到 %1 时出错：%2。未复制任何内容。</translation>
    </message>
    <message>
        <source>The team store %1 refused the password: check the user name and password (PGPASSWORD or ~/.pgpass).</source>
        <translation>团队存储 %1 拒绝了该密码：请检查用户名和密码（PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>The team store %1 asks for a password: give it in PGPASSWORD or ~/.pgpass.</source>
        <translation>团队存储 %1 需要密码：请在 PGPASSWORD 或 ~/.pgpass 中提供。</translation>
    </message>
    <message>
        <source>The team store %1 has no such user: an admin adds one with `iitalent-cli team add-user`.</source>
        <translation>团队存储 %1 没有该用户：管理员可用 `iitalent-cli team add-user` 添加。</translation>
    </message>
    <message>
        <source>The server has no database of that name (%1): check the address, or create it with createdb.</source>
        <translation>服务器上没有该名称的数据库（%1）：请检查地址，或用 createdb 创建。</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached securely: the server and the address&apos;s sslmode do not agree.</source>
        <translation>无法安全连接团队存储 %1：服务器与地址中的 sslmode 不一致。</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached: no PostgreSQL server answers there.</source>
        <translation>无法连接团队存储 %1：该处没有 PostgreSQL 服务器应答。</translation>
    </message>
    <message>
        <source>What answers at %1 is not a PostgreSQL server.</source>
        <translation>%1 处应答的不是 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Cannot connect to the team store %1.</source>
        <translation>无法连接团队存储 %1。</translation>
    </message>
    <message>
        <source>the team store cannot be reached</source>
        <translation>无法连接团队存储</translation>
    </message>
    <message>
        <source>permission was denied: your role in the team store does not allow it</source>
        <translation>权限被拒绝：您在团队存储中的角色不允许此操作</translation>
    </message>
    <message>
        <source>another machine changed the same data at the same moment; try again</source>
        <translation>另一台机器同时修改了同一数据，请重试</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>服务器磁盘已满</translation>
    </message>
    <message>
        <source>the server is shutting down or restarting</source>
        <translation>服务器正在关闭或重启</translation>
    </message>
    <message>
        <source>Cannot use the team store %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</source>
        <translation>无法使用团队存储 %1：未安装 Qt 的 PostgreSQL 驱动（QPSQL）。请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The team store %1 cannot be used: %2</source>
        <translation>无法使用团队存储 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a team store address (%2). Write it as postgresql://user@host:5432/database?sslmode=prefer.</source>
        <translation>%1 不是团队存储地址（%2）。请写成 postgresql://user@host:5432/database?sslmode=prefer。</translation>
    </message>
    <message>
        <source>it does not have the form of one</source>
        <translation>格式不符</translation>
    </message>
    <message>
        <source>%1 is not a port</source>
        <translation>%1 不是端口号</translation>
    </message>
    <message>
        <source>iitalent does not know the option %1; it knows %2</source>
        <translation>iitalent 不认识选项 %1；可用的选项有 %2</translation>
    </message>
    <message>
        <source>the value of %1 has characters it cannot have</source>
        <translation>%1 的值含有不允许的字符</translation>
    </message>
    <message>
        <source>sslmode is one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation>sslmode 只能是 disable、allow、prefer、require、verify-ca、verify-full 之一</translation>
    </message>
    <message>
        <source>the database holds tables, but it is not an iitalent store. It was left untouched.</source>
        <translation>该数据库中有数据表，但不是 iitalent 存储。未做任何改动。</translation>
    </message>
    <message>
        <source>the database has no iitalent store yet. An admin sets it up with `iitalent-cli team init %1`.</source>
        <translation>该数据库中还没有 iitalent 存储。管理员可用 `iitalent-cli team init %1` 建立。</translation>
    </message>
    <message>
        <source>upgrading it from version %1 failed: %2. Nothing was changed.</source>
        <translation>从版本 %1 升级失败：%2。未做任何改动。</translation>
    </message>
    <message>
        <source>the database already holds other tables; set the team store up in a database of its own (createdb iitalent)</source>
        <translation>该数据库中已有其他数据表；请在单独的数据库中建立团队存储（createdb iitalent）</translation>
    </message>
    <message>
        <source>it was set up by a newer iitalent (database version %1)</source>
        <translation>它由更新版本的 iitalent 建立（数据库版本 %1）</translation>
    </message>
    <message>
        <source>Cannot set up the team store %1: %2. Nothing was changed.</source>
        <translation>无法建立团队存储 %1：%2。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 cannot be a team store login: use lower-case letters, digits and _, starting with a letter (at most 63)</source>
        <translation>%1 不能作为团队存储的登录名：请使用小写字母、数字和 _，以字母开头（最多 63 个字符）</translation>
    </message>
    <message>
        <source>a team store login needs a password</source>
        <translation>团队存储的登录名需要密码</translation>
    </message>
    <message>
        <source>Cannot add the user %1 to the team store %2: the password could not be hashed (%3)</source>
        <translation>无法向团队存储 %2 添加用户 %1：无法对密码进行散列（%3）</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>没有连接</translation>
    </message>
    <message>
        <source>Cannot add the user %1 to the team store %2: %3</source>
        <translation>无法向团队存储 %2 添加用户 %1：%3</translation>
    </message>
    <message>
        <source>The team store %1 has no login %2.</source>
        <translation>团队存储 %1 中没有登录名 %2。</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2 in the team store %3: %4</source>
        <translation>无法在团队存储 %3 中将 %1 加入 %2：%4</translation>
    </message>
    <message>
        <source>a recommendation is strong-yes, yes, no or strong-no, not &apos;%1&apos;</source>
        <translation>推荐意见应为 strong-yes、yes、no 或 strong-no，而不是“%1”</translation>
    </message>
    <message>
        <source>a comment has at most %1 characters</source>
        <translation>评语最多 %1 个字符</translation>
    </message>
    <message>
        <source>the scorecard could not be written: your role in the team store does not allow it</source>
        <translation>无法写入评分表：您在团队数据库中的角色不允许这样做</translation>
    </message>
    <message>
        <source>a file store has no logins</source>
        <translation>本机数据文件没有登录账号</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>an item marked not assessed has no level</source>
        <translation>标记为未考察的条目不能有等级</translation>
    </message>
    <message>
        <source>the scorecards are all, or some of shortlisted, held, rejected, undecided (not %1)</source>
        <translation>评分表范围应为 all，或 shortlisted、held、rejected、undecided 中的若干项（而不是 %1）</translation>
    </message>
    <message>
        <source>%1 has no scorecard of %2 in the round %3</source>
        <translation>%1 在招聘批次 %3 中没有 %2 的评分表</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>a scorecard is submitted with a recommendation: strong-yes, yes, no or strong-no</source>
        <translation>提交评分表时须给出推荐意见：strong-yes、yes、no 或 strong-no</translation>
    </message>
    <message>
        <source>%1 items are neither rated nor marked not assessed: %2</source>
        <translation>有 %1 个条目既未评分也未标记为未考察：%2</translation>
    </message>
    <message>
        <source>%1&apos;s scorecard of %2 is submitted already</source>
        <translation>%1 对 %2 的评分表已经提交</translation>
    </message>
    <message>
        <source>%1&apos;s scorecard of %2 is not submitted</source>
        <translation>%1 对 %2 的评分表尚未提交</translation>
    </message>
    <message>
        <source>upgrading from version 4: %1</source>
        <translation>从第 4 版升级时出错：%1</translation>
    </message>
    <message>
        <source>it needs upgrading from version %1 to %2, which only its owner may do: ask the admin to run `iitalent-cli team init %3` with this iitalent. Nothing was changed.</source>
        <translation>它需要从第 %1 版升级到第 %2 版，只有数据库的所有者才能升级：请管理员用本版 iitalent 运行 `iitalent-cli team init %3`。未做任何更改。</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>岗位 %1</translation>
    </message>
    <message>
        <source>you have started this questionnaire before. To continue it, ask the instructor; or start again with an empty one</source>
        <translation>您之前已开始作答此问卷。如需继续，请找讲师；或重新开始一份空白问卷</translation>
    </message>
    <message>
        <source>you have started this questionnaire before. To continue it, enter the code you were shown when you started; or start again with an empty one</source>
        <translation>您之前已开始作答此问卷。如需继续，请输入开始时显示的代码；或重新开始一份空白问卷</translation>
    </message>
    <message>
        <source>that is not the code. To continue, ask the instructor; or start again with an empty one</source>
        <translation>代码不正确。如需继续，请找讲师；或重新开始一份空白问卷</translation>
    </message>
    <message numerus="yes">
        <source>that is not the code (%n tries left)</source>
        <translation>
            <numerusform>代码不正确（还可尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence has at most %1 characters; the text has %2</source>
        <translation>证据最多 %1 个字符；此文本有 %2 个字符</translation>
    </message>
    <message>
        <source>A note has at most %1 characters; the text has %2</source>
        <translation>备注最多 %1 个字符；此文本有 %2 个字符</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::AssessmentListModel</name>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessor: %1</source>
        <translation>测评人：%1</translation>
    </message>
    <message>
        <source>Before the job</source>
        <translation>岗前提升</translation>
    </message>
    <message>
        <source>On the job</source>
        <translation>在岗提升</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>被测评人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>测评方式</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完成度</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::AssessmentsPage</name>
    <message>
        <source>All modes</source>
        <translation>全部测评方式</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessor assessments</source>
        <translation>测评人测评</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::BatchExportDialog</name>
    <message numerus="yes">
        <source>Write a report for each of the %n selected assessment(s) into a folder. File names are made of the subject&apos;s name, the role, the date and the start of the assessment&apos;s id.</source>
        <translation>
            <numerusform>为选中的 %n 份测评各写一份报告到文件夹中。文件名由姓名、岗位、日期和测评编号的开头组成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Reports</source>
        <translation>报告文件夹</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortCompareDialog</name>
    <message>
        <source>self-assessments</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>assessor assessments</source>
        <translation>测评人测评</translation>
    </message>
    <message>
        <source>Before and After — Anonymised</source>
        <translation>前后对比 — 已匿名</translation>
    </message>
    <message>
        <source>Before and After</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <source>Role %1, %2. A person in both cohorts (same name and number) is compared by their latest assessment in each.</source>
        <translation>岗位 %1，%2。两个班级中都有的学员（姓名和编号相同）按其在各班级中最新的测评进行对比。</translation>
    </message>
    <message>
        <source>Anonymised: participants are shown by their numbers only, and so is the export.</source>
        <translation>已匿名：学员只以编号显示，导出亦然。</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>之前(&amp;B)：</translation>
    </message>
    <message>
        <source>Cohort before the course</source>
        <translation>课程开始时的班级</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>之后(&amp;A)：</translation>
    </message>
    <message>
        <source>Cohort after the course</source>
        <translation>课程结束时的班级</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>交换(&amp;W)</translation>
    </message>
    <message>
        <source>Exchange the before and after cohorts</source>
        <translation>交换之前与之后的班级</translation>
    </message>
    <message>
        <source>Swap before and after</source>
        <translation>交换之前与之后</translation>
    </message>
    <message>
        <source>&amp;Dimensions</source>
        <translation>维度(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Requirements</source>
        <translation>要求(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>学员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Only in one</source>
        <translation>仅在其一(&amp;O)</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <source>Parts of the comparison</source>
        <translation>对比的各部分</translation>
    </message>
    <message>
        <source>Readiness and dimensions, before and after</source>
        <translation>准备度与各维度的前后对比</translation>
    </message>
    <message>
        <source>Requirements met, before and after</source>
        <translation>各要求达标人数的前后对比</translation>
    </message>
    <message>
        <source>Participants in both cohorts</source>
        <translation>两个班级中都有的学员</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the comparison, anonymised, as PDF, HTML, CSV or JSON</source>
        <translation>将对比匿名保存为 PDF、HTML、CSV 或 JSON</translation>
    </message>
    <message>
        <source>Save the comparison as PDF, HTML, CSV or JSON</source>
        <translation>将对比保存为 PDF、HTML、CSV 或 JSON</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>Choose two different cohorts.</source>
        <translation>请选择两个不同的班级。</translation>
    </message>
    <message>
        <source>The cohorts could not be read: %1</source>
        <translation>无法读取班级：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in both.</source>
        <translation>
            <numerusform>两个班级中都有 %n 名学员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1: %2; only in %3: %4.</source>
        <translation>仅在 %1：%2；仅在 %3：%4。</translation>
    </message>
    <message>
        <source>Export Before and After — Anonymised</source>
        <translation>导出前后对比 — 已匿名</translation>
    </message>
    <message>
        <source>Export Before and After</source>
        <translation>导出前后对比</translation>
    </message>
    <message>
        <source>Exported before and after, anonymised, to %1.</source>
        <translation>已将前后对比匿名导出到 %1。</translation>
    </message>
    <message>
        <source>Exported before and after to %1.</source>
        <translation>已将前后对比导出到 %1。</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Readiness and each dimension, before and after, as a chart</source>
        <translation>前后的准备度和各维度图表</translation>
    </message>
    <message>
        <source>Save as S&amp;lide…</source>
        <translation>另存为幻灯片(&amp;L)…</translation>
    </message>
    <message>
        <source>Save before and after as a slide</source>
        <translation>将前后对比另存为幻灯片</translation>
    </message>
    <message>
        <source>Save readiness and each dimension, before and after, as a 16:9 chart for a presentation: PNG (1920 × 1080) or SVG; anonymised when the dialog is</source>
        <translation>将前后的准备度和各维度另存为 16:9 演示图表：PNG（1920 × 1080）或 SVG；对话框匿名时图表也匿名</translation>
    </message>
    <message>
        <source>Save as Slide — Anonymised</source>
        <translation>另存为幻灯片 — 已匿名</translation>
    </message>
    <message>
        <source>Save as Slide</source>
        <translation>另存为幻灯片</translation>
    </message>
    <message>
        <source>Saved the slide, anonymised, to %1.</source>
        <translation>匿名幻灯片已保存到 %1。</translation>
    </message>
    <message>
        <source>Saved the slide to %1.</source>
        <translation>幻灯片已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortDistributionView</name>
    <message>
        <source>No participants in this view.</source>
        <translation>此视图中没有学员。</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s).</source>
        <translation>
            <numerusform>%n 名学员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness: mean %1, median %2.</source>
        <translation>准备度：平均 %1，中位数 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Participants per readiness band: %1.</source>
        <translation>各准备度区间的学员人数：%1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean attainment: %1.</source>
        <translation>平均达成度：%1。</translation>
    </message>
    <message>
        <source>Distributions of the class</source>
        <translation>班级分布</translation>
    </message>
    <message>
        <source>Readiness of the participants</source>
        <translation>学员准备度</translation>
    </message>
    <message>
        <source>n = %1 · mean %2 · median %3</source>
        <translation>n = %1 · 平均 %2 · 中位数 %3</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
    <message>
        <source>Mean attainment per dimension</source>
        <translation>各维度平均达成度</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortExport</name>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortHeatmapModel</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>one level below</source>
        <translation>低一级</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below</source>
        <translation>
            <numerusform>低 %n 级</numerusform>
        </translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>要求等级：%1</translation>
    </message>
    <message>
        <source>Rating: %1 (%2)</source>
        <translation>评定：%1（%2）</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>评定：%1</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>学号/工号：%1</translation>
    </message>
    <message>
        <source>Participant %1 · assessment %2</source>
        <translation>学员 %1 · 测评 %2</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>最后修改于 %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Readiness: the mean of the dimensions&apos; attainments. Below the table: the class mean.</source>
        <translation>准备度：各维度达成度的平均值。表格底部：全班平均。</translation>
    </message>
    <message>
        <source>Attainment in %1. Below the table: the class mean.</source>
        <translation>%1的达成度。表格底部：全班平均。</translation>
    </message>
    <message>
        <source>Met by %1 of %2 · gap points %3</source>
        <translation>%2 人中 %1 人达标 · 差距分 %3</translation>
    </message>
    <message>
        <source>Class priority %1</source>
        <translation>班级优先级第 %1 位</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortHeatmapPanel</name>
    <message>
        <source>&amp;Sort rows by:</source>
        <translation>行排序依据(&amp;S)：</translation>
    </message>
    <message>
        <source>Col&amp;umns in priority order</source>
        <translation>列按优先顺序排列(&amp;U)</translation>
    </message>
    <message>
        <source>Put the requirements where the class falls short most first; otherwise the catalog&apos;s order</source>
        <translation>把全班差距最大的要求排在前面；否则按目录顺序</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Participant number</source>
        <translation>学员编号</translation>
    </message>
    <message>
        <source>Requirement %1</source>
        <translation>要求 %1</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortsPage</name>
    <message>
        <source>Cohorts:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Select a cohort to see its class view. Delete removes the cohort.</source>
        <translation>选择一个班级以查看其班级视图。按 Delete 删除该班级。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected cohort; its assessments stay stored</source>
        <translation>删除所选班级；其测评仍然保存</translation>
    </message>
    <message>
        <source>Add F&amp;iles…</source>
        <translation>添加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Add Fold&amp;er…</source>
        <translation>添加文件夹(&amp;E)…</translation>
    </message>
    <message>
        <source>Add every exchange file in a folder and its subfolders (a USB stick, say) to the selected cohort</source>
        <translation>将某个文件夹（例如 U 盘）及其子文件夹中的所有交换文件添加到所选班级</translation>
    </message>
    <message>
        <source>You can also drop files and folders on this page: they are added to the selected cohort, or to the one you drop them on.</source>
        <translation>也可以把文件和文件夹拖放到本页：它们会被添加到所选班级，或添加到你拖放到的那个班级。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>Role of the class view</source>
        <translation>班级视图的岗位</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>答卷(&amp;A)：</translation>
    </message>
    <message>
        <source>Self-assessments or assessor assessments</source>
        <translation>自评或测评人测评</translation>
    </message>
    <message>
        <source>Anon&amp;ymise</source>
        <translation>匿名显示(&amp;Y)</translation>
    </message>
    <message>
        <source>Show &amp;key…</source>
        <translation>显示对照表(&amp;K)…</translation>
    </message>
    <message>
        <source>For the instructor only: which participant each number stands for</source>
        <translation>仅供讲师使用：每个编号对应哪位学员</translation>
    </message>
    <message>
        <source>Leave pro&amp;jector mode</source>
        <translation>退出投影模式(&amp;J)</translation>
    </message>
    <message>
        <source>Pro&amp;jector mode</source>
        <translation>投影模式(&amp;J)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>导出班级视图</translation>
    </message>
    <message>
        <source>Bef&amp;ore and after…</source>
        <translation>前后对比(&amp;O)…</translation>
    </message>
    <message>
        <source>Compare two cohorts, before and after</source>
        <translation>对比两个班级：之前与之后</translation>
    </message>
    <message>
        <source>Compare this cohort with another one, such as the start and the end of a course, for the role and answers shown</source>
        <translation>按当前显示的岗位和答卷类型，将本班级与另一个班级（例如课程开始与结束时）进行对比</translation>
    </message>
    <message>
        <source>Hea&amp;tmap</source>
        <translation>热力图(&amp;T)</translation>
    </message>
    <message>
        <source>Distri&amp;butions</source>
        <translation>分布(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Priorities &amp;&amp; workshop plan</source>
        <translation>优先项与培训计划(&amp;P)</translation>
    </message>
    <message>
        <source>New Cohort</source>
        <translation>新建班级</translation>
    </message>
    <message>
        <source>Delete Cohort</source>
        <translation>删除班级</translation>
    </message>
    <message>
        <source>Projector Mode</source>
        <translation>投影模式</translation>
    </message>
    <message>
        <source>Leave Projector Mode</source>
        <translation>退出投影模式</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>举办日期 %1</translation>
    </message>
    <message>
        <source>Target roles: %1</source>
        <translation>目标岗位：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member assessment(s)</source>
        <translation>
            <numerusform>%n 份成员测评</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessor assessments</source>
        <translation>测评人测评</translation>
    </message>
    <message>
        <source>No cohort yet. Create one with New…, then add the class&apos;s assessment files to it: choose them, or drop them on this page.</source>
        <translation>还没有班级。请用“新建…”创建一个，然后把全班的测评文件添加进去：选择文件，或拖放到本页。</translation>
    </message>
    <message>
        <source>Select a cohort.</source>
        <translation>请选择一个班级。</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member assessment(s), any role and mode</source>
        <translation>
            <numerusform>%n 份成员测评（含各岗位、各方式）</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>self-assessments</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>assessor assessments</source>
        <translation>测评人测评</translation>
    </message>
    <message>
        <source>%1: no member assessment of role %2 among the %3. Choose another role or kind of answers, or add the class&apos;s files.</source>
        <translation>%1：%3中没有岗位 %2 的成员测评。请选择其他岗位或答卷类型，或添加全班的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — %n participant(s); readiness: mean %4, median %5</source>
        <translation>
            <numerusform>%1 · %2 · %3 — %n 名学员；准备度：平均 %4，中位数 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the view shown as PDF, HTML, CSV or JSON</source>
        <translation>将当前视图保存为 PDF、HTML、CSV 或 JSON</translation>
    </message>
    <message>
        <source>Projector mode: participants are shown as numbers. Esc or F11 leaves it.</source>
        <translation>投影模式：学员以编号显示。按 Esc 或 F11 退出。</translation>
    </message>
    <message>
        <source>Projector mode ended.</source>
        <translation>已退出投影模式。</translation>
    </message>
    <message>
        <source>Reports do not open in projector mode: leave it first (Esc).</source>
        <translation>投影模式下不能打开报告：请先退出（Esc）。</translation>
    </message>
    <message>
        <source>No class view to export.</source>
        <translation>没有可导出的班级视图。</translation>
    </message>
    <message>
        <source>Export Class View — Anonymised</source>
        <translation>导出班级视图 — 已匿名</translation>
    </message>
    <message>
        <source>Export Class View</source>
        <translation>导出班级视图</translation>
    </message>
    <message>
        <source>Exported the class view, anonymised, to %1.</source>
        <translation>已将班级视图匿名导出到 %1。</translation>
    </message>
    <message>
        <source>Exported the class view to %1.</source>
        <translation>已将班级视图导出到 %1。</translation>
    </message>
    <message>
        <source>The cohort could not be created: %1</source>
        <translation>无法创建班级：%1</translation>
    </message>
    <message>
        <source>Created the cohort “%1”. Add the class&apos;s files to it with Add Files… or Add Folder…, or drop them here.</source>
        <translation>已创建班级“%1”。请用“添加文件…”或“添加文件夹…”添加全班的文件，或拖放到这里。</translation>
    </message>
    <message>
        <source>Delete cohort?</source>
        <translation>删除班级？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort “%1”? Its %n member assessment(s) stay stored, and so do their answers; only the cohort and its list of members are deleted.</source>
        <translation>
            <numerusform>删除班级“%1”？其 %n 份成员测评及答案仍然保存；只删除班级及其成员名单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the cohort “%1”; its assessments stay stored.</source>
        <translation>已删除班级“%1”；其测评仍然保存。</translation>
    </message>
    <message>
        <source>Add Assessments to “%1”</source>
        <translation>向“%1”添加测评</translation>
    </message>
    <message>
        <source>Add a Folder of Assessments to “%1”</source>
        <translation>向“%1”添加一个测评文件夹</translation>
    </message>
    <message>
        <source>Create a cohort first, then add the files to it.</source>
        <translation>请先创建班级，再向其中添加文件。</translation>
    </message>
    <message>
        <source>Add exchange files (%1) to the selected cohort</source>
        <translation>将交换文件（%1）添加到所选班级</translation>
    </message>
    <message>
        <source>iitalent assessments (%1);;All files (*)</source>
        <translation>iitalent 测评文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Create a cohort: a workshop&apos;s class or a team (%1)</source>
        <translation>新建班级：一期培训班或一个团队（%1）</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a cohort&apos;s name (名称), not a person&apos;s</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Show participants as P417, P052, … instead of their names</source>
        <translation>以 P417、P052 等编号代替姓名显示学员</translation>
    </message>
    <message>
        <source>Back to the instructor&apos;s view (Esc or F11). The heatmap fits the screen: Ctrl+Plus and Ctrl+Minus zoom it, Ctrl+0 fits it again</source>
        <translation>回到讲师视图（Esc 或 F11）。热力图适应屏幕：Ctrl+加号、Ctrl+减号缩放，Ctrl+0 重新适应屏幕</translation>
    </message>
    <message>
        <source>Large type and participants as P417, P052, …, without names or the key (F11)</source>
        <translation>大字号，学员以 P417、P052 等编号显示，不显示姓名和对照表（F11）</translation>
    </message>
    <message>
        <source>Remove from Cohort…</source>
        <translation>从班级中移除…</translation>
    </message>
    <message>
        <source>Remove the selected participant from the cohort</source>
        <translation>将所选学员从班级中移除</translation>
    </message>
    <message>
        <source>Save as Slide…</source>
        <translation>另存为幻灯片…</translation>
    </message>
    <message>
        <source>Save the tab shown as a slide</source>
        <translation>将当前标签页另存为幻灯片</translation>
    </message>
    <message>
        <source>Save the heatmap, the distributions or the plan, whichever tab is shown, as a 16:9 slide for a presentation: PNG (1920 × 1080) or SVG; anonymised when the view is</source>
        <translation>将当前显示的热力图、分布或计划另存为 16:9 演示幻灯片：PNG（1920 × 1080）或 SVG；视图匿名时幻灯片也匿名</translation>
    </message>
    <message>
        <source>Save the view shown, anonymised (P417, P052, …), as PDF, HTML, CSV or JSON</source>
        <translation>将当前视图匿名（P417、P052……）保存为 PDF、HTML、CSV 或 JSON</translation>
    </message>
    <message>
        <source>Not while participants are shown as numbers: untick Anonymise (or leave projector mode) first</source>
        <translation>学员以编号显示时不可用：请先取消“匿名”（或退出投影模式）</translation>
    </message>
    <message>
        <source>Take the selected participant&apos;s assessment out of this cohort; the assessment stays stored (%1)</source>
        <translation>将所选学员的测评移出本班级；测评本身仍保留（%1）</translation>
    </message>
    <message>
        <source>Save as Slide — Anonymised</source>
        <translation>另存为幻灯片 — 已匿名</translation>
    </message>
    <message>
        <source>Save as Slide</source>
        <translation>另存为幻灯片</translation>
    </message>
    <message>
        <source>Saved the slide, anonymised, to %1.</source>
        <translation>匿名幻灯片已保存到 %1。</translation>
    </message>
    <message>
        <source>Saved the slide to %1.</source>
        <translation>幻灯片已保存到 %1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Remove from cohort?</source>
        <translation>从班级中移除？</translation>
    </message>
    <message>
        <source>Remove %1&apos;s assessment from the cohort “%2”? The assessment itself is kept, with its answers, and stays in any other cohort; only its place in this one ends.</source>
        <translation>将 %1 的测评从班级“%2”中移除？测评本身及其答案都会保留，也仍在其他班级中；只是不再属于本班级。</translation>
    </message>
    <message>
        <source>%1 could not be removed from the cohort: %2</source>
        <translation>无法将 %1 从班级中移除：%2</translation>
    </message>
    <message>
        <source>Removed %1 from the cohort “%2”; the assessment is kept.</source>
        <translation>已将 %1 从班级“%2”中移除；测评已保留。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::HeatmapLegend</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>one level below</source>
        <translation>低一级</translation>
    </message>
    <message>
        <source>two or more levels below</source>
        <translation>低两级及以上</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Key to the heatmap</source>
        <translation>热力图图例</translation>
    </message>
    <message>
        <source>Tick: met. Hollow triangle: one level below. Filled triangle: two or more levels below. Question mark: unanswered. The number is the level given.</source>
        <translation>对勾：达标。空心三角：低一级。实心三角：低两级及以上。问号：未作答。数字为所评等级。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::HeatmapView</name>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>The summary row: under each requirement how many participants meet it; under readiness and the dimensions, the class mean.</source>
        <translation>汇总行：每项要求下为达标人数；准备度和各维度下为全班平均。</translation>
    </message>
    <message>
        <source>Class heatmap</source>
        <translation>班级热力图</translation>
    </message>
    <message>
        <source>One row per participant, one column per requirement. Press Enter or double-click a row to open that participant&apos;s report.</source>
        <translation>每行一名学员，每列一项要求。按回车或双击某行可打开该学员的报告。</translation>
    </message>
    <message>
        <source>Summary row: met counts and class means</source>
        <translation>汇总行：达标人数与全班平均</translation>
    </message>
    <message>
        <source>Scroll the heatmap sideways</source>
        <translation>横向滚动热力图</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ImprovementPathView</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <source>Open an assessment to see its improvement path.</source>
        <translation>打开一份测评即可查看其提升路径。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gap(s)</source>
        <translation>
            <numerusform>%1：%n 项差距</numerusform>
        </translation>
    </message>
    <message>
        <source>You are in the stage %1. %2</source>
        <translation>当前所处阶段：%1。%2</translation>
    </message>
    <message>
        <source>No improvement path to show.</source>
        <translation>没有可显示的提升路径。</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>The chart could not be saved. %1</source>
        <translation>无法保存图表。%1</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>暂无可保存的图表。</translation>
    </message>
    <message>
        <source>The SVG drawing could not be made.</source>
        <translation>无法生成 SVG 矢量图。</translation>
    </message>
    <message>
        <source>Save the Improvement Path as PNG</source>
        <translation>将提升路径另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save the Improvement Path as SVG</source>
        <translation>将提升路径另存为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or Ctrl and the mouse wheel)</source>
        <translation>缩小（Ctrl+-，或按住 Ctrl 滚动鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</source>
        <translation>放大（Ctrl++，或按住 Ctrl 滚动鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Show the chart as wide as the view</source>
        <translation>图表宽度与视图一致</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Show the whole chart (Ctrl+0)</source>
        <translation>显示整张图表（Ctrl+0）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放比例</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>适合页面</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::KioskWindow</name>
    <message>
        <source>Self-assessment: %1</source>
        <translation>自评：%1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;umber (optional):</source>
        <translation>编号（可选）(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Instructor: leave kiosk mode…</source>
        <translation>讲师：退出自助模式…</translation>
    </message>
    <message>
        <source>Back to the &amp;questions</source>
        <translation>返回题目(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>iitalent — kiosk</source>
        <translation>iitalent — 自助模式</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>自助模式</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits. It is needed to leave kiosk mode; participants should not see it.</source>
        <translation>请设置 4 到 12 位数字的 PIN 码。退出自助模式时需要它；请勿让学员看到。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN 码为 4 到 12 位数字。</translation>
    </message>
    <message>
        <source>Enter the PIN again:</source>
        <translation>请再次输入 PIN 码：</translation>
    </message>
    <message>
        <source>The two PINs differ. Please choose it again.</source>
        <translation>两次输入的 PIN 码不同，请重新设置。</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>退出自助模式</translation>
    </message>
    <message>
        <source>Instructor&apos;s PIN:</source>
        <translation>讲师 PIN 码：</translation>
    </message>
    <message>
        <source>That is not the PIN. Kiosk mode stays on.</source>
        <translation>PIN 码不正确。自助模式保持开启。</translation>
    </message>
    <message>
        <source>iitalent</source>
        <translation>iitalent</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved. The next participant can start now.</source>
        <translation>谢谢！您的答案已保存。下一位学员现在可以开始了。</translation>
    </message>
    <message>
        <source>Enter your name (and your staff or student number if you have one), then press Start. When you start you are shown a code: with it you can come back and continue, until you press Finish.</source>
        <translation>请输入您的姓名（如有工号或学号也请输入），然后按“开始”。开始时会显示一个代码：在按下“完成”之前，凭此代码可以回来继续作答。</translation>
    </message>
    <message>
        <source>You have started this questionnaire before and not finished it. Enter the code you were shown to continue it, or start again with an empty one.</source>
        <translation>您之前已开始作答此问卷但尚未完成。请输入开始时显示的代码以继续作答，或重新开始一份空白问卷。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>重新开始(&amp;A)</translation>
    </message>
    <message>
        <source>Instructor: continue with the PIN…</source>
        <translation>讲师：用 PIN 码继续…</translation>
    </message>
    <message>
        <source>Your code, to continue later: %1</source>
        <translation>您的代码（稍后继续时使用）：%1</translation>
    </message>
    <message>
        <source>Continue &amp;later</source>
        <translation>稍后继续(&amp;L)</translation>
    </message>
    <message>
        <source>Continue a questionnaire</source>
        <translation>继续作答问卷</translation>
    </message>
    <message>
        <source>That is not the PIN.</source>
        <translation>PIN 码不正确。</translation>
    </message>
    <message>
        <source>Continue later</source>
        <translation>稍后继续</translation>
    </message>
    <message>
        <source>Your answers so far are saved. To continue later, enter your name and number again, and this code: %1

Note it down now. Stop for now?</source>
        <translation>您目前的答案已保存。稍后继续时，请再次输入姓名和编号，以及此代码：%1

请现在记下它。现在暂停吗？</translation>
    </message>
    <message>
        <source>Your answers are saved. The next participant can start now.</source>
        <translation>您的答案已保存。下一位学员现在可以开始了。</translation>
    </message>
    <message>
        <source>You have not answered any item, so nothing will be kept. Finish anyway?</source>
        <translation>您尚未回答任何题目，因此不会保存任何内容。仍要完成吗？</translation>
    </message>
    <message>
        <source>You have answered %1 of %2 items. Finish anyway? Once you finish, your answers cannot be changed here any more.</source>
        <translation>您已回答 %2 项中的 %1 项。仍要完成吗？完成后，在此处将不能再修改答案。</translation>
    </message>
    <message>
        <source>Nothing was answered, so nothing was kept. The next participant can start now.</source>
        <translation>没有回答任何题目，因此未保存任何内容。下一位学员现在可以开始了。</translation>
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
    <message>
        <source>The assessment database was upgraded; the old file is kept as %1</source>
        <translation>测评数据库已升级，旧文件已保留为 %1</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation>无法保存测评：%1</translation>
    </message>
    <message>
        <source>This assessment is of role %1, which the current catalog does not have.</source>
        <translation>该测评对应的岗位 %1 不在当前目录中。</translation>
    </message>
    <message>
        <source>%1:
  %2</source>
        <translation>%1：
  %2</translation>
    </message>
    <message>
        <source>Replace assessment?</source>
        <translation>替换测评？</translation>
    </message>
    <message>
        <source>The assessment of %1 for role %2 in %3 is already stored. Replace the stored one with the file?</source>
        <translation>文件 %3 中 %1 的岗位 %2 测评已保存过。是否用该文件替换已保存的测评？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing was taken from them:</source>
        <translation>
            <numerusform>%n 个文件无法导入，未从中导入任何内容：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n assessment(s).</source>
        <translation>
            <numerusform>已导入 %n 份测评。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Assessments</source>
        <translation>导入测评</translation>
    </message>
    <message>
        <source>Export Assessment</source>
        <translation>导出测评</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Delete assessment?</source>
        <translation>删除测评？</translation>
    </message>
    <message>
        <source>Delete this assessment of %1 with all its ratings? This cannot be undone.</source>
        <translation>确定删除 %1 的这份测评及其全部评定吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Roles, saved assessments, and the questionnaires and reports you opened</source>
        <translation>岗位、已保存的测评，以及已打开的问卷和报告</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>报告已保存为 %1</translation>
    </message>
    <message>
        <source>Select the assessments whose reports to export.</source>
        <translation>请选择要导出报告的测评。</translation>
    </message>
    <message>
        <source>The assessment could not be exported: %1</source>
        <translation>无法导出该测评：%1</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n stored assessment(s) as they were.</source>
        <translation>
            <numerusform>保留了 %n 条已存的测评，未作更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Assessments to a Folder</source>
        <translation>
            <numerusform>将 %n 条测评导出到文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in %1. Replace them?</source>
        <translation>
            <numerusform>%1 中已有其中 %n 个文件。是否替换？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n assessment(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条测评导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n file(s) that already existed.</source>
        <translation>
            <numerusform>保留了 %n 个已存在的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) could not be exported:</source>
        <translation>
            <numerusform>%n 条测评未能导出：</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in the team store %1</source>
        <translation>保存在团队存储 %1 中</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Store...</source>
        <translation>连接团队存储(&amp;T)...</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Store</source>
        <translation>使用本机存储(&amp;S)</translation>
    </message>
    <message>
        <source>Connected to the team store %1</source>
        <translation>已连接团队存储 %1</translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation>正在使用 %1</translation>
    </message>
    <message>
        <source>The team store answers again.</source>
        <translation>团队存储已恢复应答。</translation>
    </message>
    <message>
        <source>The team store cannot be reached; iitalent keeps trying.</source>
        <translation>无法连接团队存储；iitalent 会继续尝试。</translation>
    </message>
    <message>
        <source>Changes made on other machines will show when a view is opened again: %1</source>
        <translation>其他机器上的修改将在重新打开视图时显示：%1</translation>
    </message>
    <message>
        <source>Import assessments?</source>
        <translation>导入测评？</translation>
    </message>
    <message>
        <source>the team store %1</source>
        <translation>团队存储 %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message numerus="yes">
        <source>Import %n assessment file(s)?</source>
        <translation>
            <numerusform>导入 %n 个测评文件？</numerusform>
        </translation>
    </message>
    <message>
        <source>Into: %1</source>
        <translation>导入到：%1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>来自：%1</translation>
    </message>
    <message>
        <source>iitalent assessments (%1);;All files (*)</source>
        <translation>iitalent 测评文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>iitalent assessments (%1)</source>
        <translation>iitalent 测评文件 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n opened file(s) were not imported: no assessment store is open.</source>
        <translation>
            <numerusform>打开的 %n 个文件未导入：没有打开测评存储。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is another panel member&apos;s scorecard in a hiring round. It stays hidden until you have submitted your own scorecard of the candidate (Hiring Rounds tab; the HR lead chooses Nobody there).</source>
        <translation>这是招聘批次中另一位面试官的评分表。在您提交自己对该候选人的评分表之前，它保持隐藏（见“招聘批次”标签页；负责招聘的人力资源主管在那里选择“无人”）。</translation>
    </message>
    <message>
        <source>self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>他评</translation>
    </message>
    <message>
        <source>Report: %1 · %2 · %3 · %4</source>
        <translation>报告：%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Assessment Begun Before</source>
        <translation>此前已有测评</translation>
    </message>
    <message>
        <source>%1 has an unfinished self-assessment of role %2 from %3 (%4 of %5 answered).</source>
        <translation>%1 有一份 %3 开始的岗位 %2 自评尚未完成（已答 %4/%5 项）。</translation>
    </message>
    <message>
        <source>%1 has an unfinished assessor assessment of role %2 from %3 (%4 of %5 answered).</source>
        <translation>%1 有一份 %3 开始的岗位 %2 他评尚未完成（已答 %4/%5 项）。</translation>
    </message>
    <message>
        <source>&amp;Continue It</source>
        <translation>继续该测评(&amp;C)</translation>
    </message>
    <message>
        <source>Start a &amp;New One</source>
        <translation>新开一轮(&amp;N)</translation>
    </message>
    <message>
        <source>Start the new one from last time&apos;s &amp;answers</source>
        <translation>新一轮沿用上次的答案(&amp;A)</translation>
    </message>
    <message>
        <source>%1 has a self-assessment of role %2 from %3 (%4 of %5 answered).</source>
        <translation>%1 在 %3 做过岗位 %2 的自评（已答 %4/%5 项）。</translation>
    </message>
    <message>
        <source>%1 has an assessor assessment of role %2 from %3 (%4 of %5 answered).</source>
        <translation>%1 在 %3 接受过岗位 %2 的他评（已答 %4/%5 项）。</translation>
    </message>
    <message>
        <source>A new round can start from last time&apos;s answers: each is marked &quot;from last time&quot; until you change it, so that you change only what changed.</source>
        <translation>新一轮可以沿用上次的答案：每项标为“沿用上次”，直到您修改它；只需改动有变化的项。</translation>
    </message>
    <message>
        <source>Start from &amp;Last Time&apos;s Answers</source>
        <translation>沿用上次的答案(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;Empty</source>
        <translation>从空白开始(&amp;E)</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::NewCohortDialog</name>
    <message>
        <source>New Cohort</source>
        <translation>新建班级</translation>
    </message>
    <message>
        <source>e.g. OPC UA workshop, March</source>
        <translation>例如：OPC UA 培训班（三月）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Role codes, e.g. 16, 34</source>
        <translation>岗位编号，例如 16, 34</translation>
    </message>
    <message>
        <source>The roles the cohort is assessed for, as codes separated by commas; they come first when you choose the role of the class view. May stay empty.</source>
        <translation>该班级测评所针对的岗位，以逗号分隔的编号表示；选择班级视图的岗位时它们排在最前。可以留空。</translation>
    </message>
    <message>
        <source>Target &amp;roles:</source>
        <translation>目标岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Date the cohort was held</source>
        <translation>班级举办日期</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Enter a name for the cohort.</source>
        <translation>请输入班级名称。</translation>
    </message>
    <message>
        <source>There is already a cohort named “%1”.</source>
        <translation>已有名为“%1”的班级。</translation>
    </message>
    <message numerus="yes">
        <source>The catalog has no role %1.</source>
        <translation>
            <numerusform>目录中没有岗位 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A cohort groups stored assessments: the class of a workshop, or a team. (A hiring round is made on the Hiring Rounds tab.) Deleting it later never deletes an assessment.</source>
        <translation>班级把已保存的测评归为一组：一期培训班的学员，或一个团队。（招聘批次在“招聘批次”标签页中创建。）以后删除班级时，不会删除任何测评。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ParticipantKeyDialog</name>
    <message>
        <source>Key to the Participant Numbers</source>
        <translation>学员编号对照表</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Staff or student number</source>
        <translation>学号/工号</translation>
    </message>
    <message>
        <source>Key to the participant numbers</source>
        <translation>学员编号对照表</translation>
    </message>
    <message>
        <source>For the instructor only: keep this window off the projector. The key is never exported. The numbers do not follow the order in which people joined; a person has the same number in this cohort&apos;s views and in a before and after that starts with this cohort.</source>
        <translation>仅供讲师查看：请勿投影此窗口。对照表不会导出。编号与学员加入的先后顺序无关；同一学员在本班级的各视图中，以及以本班级为“之前”的前后对比中，编号相同。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::QuestionnaireModel</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / %2</translation>
    </message>
    <message>
        <source>Hidden until you have answered, so that it does not steer your answer.</source>
        <translation>作答后才显示，以免影响您的判断。</translation>
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
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求等级</translation>
    </message>
    <message>
        <source>Evidence / note</source>
        <translation>证据 / 备注</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未考察</translation>
    </message>
    <message>
        <source>%1 (from last time)</source>
        <translation>%1（沿用上次）</translation>
    </message>
    <message>
        <source>Carried over from the previous round; the mark goes when you change it.</source>
        <translation>沿用自上一轮；修改后标记消失。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::QuestionnaireWidget</name>
    <message>
        <source>%v of %m answered</source>
        <translation>已答 %v / %m</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessed by %1</source>
        <translation>测评人：%1</translation>
    </message>
    <message>
        <source>The rating could not be saved: %1</source>
        <translation>无法保存评定：%1</translation>
    </message>
    <message>
        <source>The evidence could not be saved: %1</source>
        <translation>无法保存证据：%1</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>请在左侧选择一个条目。</translation>
    </message>
    <message>
        <source>Required level: %1</source>
        <translation>要求等级：%1</translation>
    </message>
    <message>
        <source>The required level is shown once you have answered.</source>
        <translation>作答后将显示要求等级。</translation>
    </message>
    <message>
        <source>Progress in %1</source>
        <translation>%1作答进度</translation>
    </message>
    <message>
        <source>Rates %1: %2</source>
        <translation>评定 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The team store cannot be reached. %n answer(s) are kept here and will be sent as soon as it answers; iitalent keeps trying.</source>
        <translation>
            <numerusform>无法连接团队存储。%n 条作答保留在本机，一旦存储应答即发送；iitalent 会继续尝试。</numerusform>
        </translation>
    </message>
    <message>
        <source>X  Not assessed — this interview did not cover it (never counted)</source>
        <translation>X  未考察 — 本次面试未涉及（不计入任何指标）</translation>
    </message>
    <message>
        <source>%1 of %2 characters left</source>
        <translation>还可输入 %1 个字符（上限 %2）</translation>
    </message>
    <message>
        <source>This answer is from last time: change it if it changed.</source>
        <translation>此答案沿用上次：如有变化请修改。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ReportExporter</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Web page, self-contained (*.html)</source>
        <translation>独立网页 (*.html)</translation>
    </message>
    <message>
        <source>CSV for Excel or WPS (*.csv)</source>
        <translation>CSV，适用于 Excel 或 WPS (*.csv)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>无法打印报告：%1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n of the reports already exist in %1. Replace them? (No keeps them and writes the others.)</source>
        <translation>
            <numerusform>%1 中已有 %n 份报告。是否替换？（选“否”将保留它们并写入其余报告。）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s)…</source>
        <translation>
            <numerusform>正在写入 %n 份报告…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Reports</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Reports exported</source>
        <translation>报告已导出</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 份报告写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Wrote %1 of %2 reports to %3.</source>
        <translation>已取消。已将 %2 份报告中的 %1 份写入 %3。</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 reports to %3.</source>
        <translation>已将 %2 份报告中的 %1 份写入 %3。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written:</source>
        <translation>
            <numerusform>%n 份无法写入：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n file(s) that already existed.</source>
        <translation>
            <numerusform>保留了 %n 个已存在的文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ReportItemModel</name>
    <message>
        <source>unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>能力要求</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求等级</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Evidence / note</source>
        <translation>证据 / 备注</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ReportWidget</name>
    <message>
        <source>Radar chart of the four dimensions</source>
        <translation>四个维度的雷达图</translation>
    </message>
    <message>
        <source>Bar chart of the items with gaps</source>
        <translation>存在差距条目的柱状图</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessed by %1</source>
        <translation>测评人：%1</translation>
    </message>
    <message>
        <source>Before the job</source>
        <translation>岗前提升</translation>
    </message>
    <message>
        <source>On the job</source>
        <translation>在岗提升</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>最后更新：%1</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 / %2 项达标</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>There is no %1 assessment of %2 for this role to compare with.</source>
        <translation>%2 在该岗位暂无可供对比的%1。</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>测评人测评</translation>
    </message>
    <message>
        <source>self</source>
        <translation>自评</translation>
    </message>
    <message numerus="yes">
        <source>Self-assessment against the assessor&apos;s ratings, side by side (never averaged). %n item(s) differ by 2 levels or more.</source>
        <translation>
            <numerusform>自评与测评人评定并列对比（不取平均值）。有 %n 项相差 2 级或以上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Self</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>测评人</translation>
    </message>
    <message>
        <source>Radar chart of self against assessor</source>
        <translation>自评与测评人对比雷达图</translation>
    </message>
    <message>
        <source>over-estimation</source>
        <translation>高估</translation>
    </message>
    <message>
        <source>under-estimation</source>
        <translation>低估</translation>
    </message>
    <message>
        <source>This is the only %1 of %2 for this role so far. Assess again later to see the progress here.</source>
        <translation>这是 %2 在该岗位目前唯一的一次%1。日后再次测评，即可在此查看进步情况。</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>assessor assessment</source>
        <translation>测评人测评</translation>
    </message>
    <message>
        <source>%1 assessments of %2 for this role. Since the previous one, readiness changed by %3.</source>
        <translation>%2 在该岗位共有 %1 次测评。与上一次相比，准备度变化 %3。</translation>
    </message>
    <message>
        <source>Line chart of progress</source>
        <translation>进展折线图</translation>
    </message>
    <message>
        <source>All %1 roles ranked for this person: ratings are carried to other roles through requirements with the same wording (shared competencies). Coverage is the share of a role&apos;s requirements that could be carried; roles with less than half are listed after the others and not ranked by readiness.</source>
        <translation>全部 %1 个岗位按与该人员的匹配程度排名：评定结果通过表述相同的能力要求（通用能力）沿用到其他岗位。覆盖率是指某岗位中可沿用评定结果的能力要求所占的比例；覆盖率不足一半的岗位排在其他岗位之后，且不按准备度排名。</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>报告页面</translation>
    </message>
    <message>
        <source>Changed ratings: %1</source>
        <translation>有变化的评分：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>No rating changed.</source>
        <translation>评分均无变化。</translation>
    </message>
    <message numerus="yes">
        <source>From the latest answers of this person&apos;s %n self-assessment(s); hover over a coverage to see the unanswered items.</source>
        <translation>
            <numerusform>依据此人全部 %n 份自评中各项的最新回答；将鼠标悬停在覆盖率上可查看尚未回答的条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the latest answers of this person&apos;s %n assessor assessment(s); hover over a coverage to see the unanswered items.</source>
        <translation>
            <numerusform>依据此人全部 %n 份他评中各项的最新回答；将鼠标悬停在覆盖率上可查看尚未回答的条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assess next: no role to suggest (no role has %1 to below %2 of its items answered).</source>
        <translation>建议下一步评估：暂无（没有岗位的已答条目占 %1 至不足 %2）。</translation>
    </message>
    <message>
        <source>Assess next: %1 %2 — it fits best (%3 on the items known so far) of the roles with %4 to below %5 of their items answered, but %6 of its items are unanswered.</source>
        <translation>建议下一步评估：%1 %2 —— 在已答条目占 %4 至不足 %5 的岗位中匹配度最高（已知条目上的准备度为 %3），但其 %6 的条目尚未回答。</translation>
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
    <name>iitalent::gui::RoleFitModel</name>
    <message>
        <source>— (low coverage)</source>
        <translation>—（覆盖率低）</translation>
    </message>
    <message>
        <source>Fewer than half of this role&apos;s requirements could be carried over, so it is not ranked by readiness.</source>
        <translation>该岗位可沿用评定结果的能力要求不足一半，因此不按准备度排名。</translation>
    </message>
    <message>
        <source>The role this assessment was made for.</source>
        <translation>本次测评所针对的岗位。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>准备度</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Every item of this role is answered.</source>
        <translation>该岗位的所有条目均已回答。</translation>
    </message>
    <message>
        <source>Unanswered: %1</source>
        <translation>尚未回答：%1</translation>
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
<context>
    <name>iitalent::gui::RoundPanelModel</name>
    <message>
        <source>Consensus reason: %1</source>
        <translation>一致意见理由：%1</translation>
    </message>
    <message>
        <source>%1 Open disagreement: the ratings are %2 levels apart and no consensus is recorded.</source>
        <translation>%1 未决分歧：评分相差 %2 级，且尚未记录一致意见。</translation>
    </message>
    <message>
        <source>The candidate&apos;s own rating: %1 (not counted in the panel&apos;s figures)</source>
        <translation>候选人的自评：%1（不计入面试官的评分结果）</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>综合等级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>分差</translation>
    </message>
    <message>
        <source>Self (not counted)</source>
        <translation>自评（不计入）</translation>
    </message>
    <message>
        <source>%1 has not rated every item yet.</source>
        <translation>%1 尚未评定全部条目。</translation>
    </message>
    <message>
        <source>%1 has rated every item but not submitted the scorecard.</source>
        <translation>%1 已评定全部条目，但尚未提交评分表。</translation>
    </message>
    <message>
        <source>%1 submitted the scorecard: %2.</source>
        <translation>%1 已提交评分表：%2。</translation>
    </message>
    <message>
        <source>%1 submitted the scorecard.</source>
        <translation>%1 已提交评分表。</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>评语：%1</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RoundRankingModel</name>
    <message>
        <source>not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>要求等级：%1</translation>
    </message>
    <message>
        <source>%1 Must-have</source>
        <translation>%1 必备要求</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Combined: %1 (%2)</source>
        <translation>综合等级：%1（%2）</translation>
    </message>
    <message>
        <source>Consensus reason: %1</source>
        <translation>一致意见理由：%1</translation>
    </message>
    <message>
        <source>%1 Open disagreement: the ratings are %2 levels apart.</source>
        <translation>%1 未决分歧：评分相差 %2 级。</translation>
    </message>
    <message>
        <source>Has a self-assessment in the round (shown beside the panel&apos;s view, not counted).</source>
        <translation>本批次中有其自评（与面试官的评定并列显示，不计入）。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求等级</translation>
    </message>
    <message>
        <source>Hidden until %1 has submitted a scorecard of this candidate: the panel is blind until each member has submitted.</source>
        <translation>在 %1 提交对该候选人的评分表之前隐藏：每位面试官提交之前，看不到其他人的评分。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RoundsPage</name>
    <message>
        <source>New Hiring Round</source>
        <translation>新建招聘批次</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Must-haves:</source>
        <translation>必备要求(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Tick the requirements a candidate must meet (必备要求). A candidate who fails one ranks after every candidate who meets them all.</source>
        <translation>勾选候选人必须满足的要求（必备要求）。未满足其中任何一项的候选人，排在满足全部必备要求的候选人之后。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Hiring &amp;rounds:</source>
        <translation>招聘批次(&amp;R)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>测评数</translation>
    </message>
    <message>
        <source>Hiring rounds</source>
        <translation>招聘批次</translation>
    </message>
    <message>
        <source>&amp;New Round…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected round with its consensus and decisions; the assessments stay stored</source>
        <translation>删除所选招聘批次及其一致意见和决定；测评记录仍保留</translation>
    </message>
    <message>
        <source>Add F&amp;iles…</source>
        <translation>添加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Add Fold&amp;er…</source>
        <translation>添加文件夹(&amp;E)…</translation>
    </message>
    <message>
        <source>Add every exchange file in a folder and its subfolders to the selected round</source>
        <translation>将文件夹及其子文件夹中的所有交换文件添加到所选招聘批次</translation>
    </message>
    <message>
        <source>R&amp;ate a Candidate…</source>
        <translation>评定候选人(&amp;A)…</translation>
    </message>
    <message>
        <source>You can also drop the panel&apos;s files and folders on this page. Only assessments of the round&apos;s role are taken.</source>
        <translation>也可以把面试官的文件和文件夹拖放到本页。只接收本批次岗位的测评。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>The hiring-meeting document: PDF, HTML, CSV (the ranking) or JSON</source>
        <translation>招聘评审会文档：PDF、HTML、CSV（排名）或 JSON</translation>
    </message>
    <message>
        <source>Ran&amp;king</source>
        <translation>排名(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>并列对比(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>面试官评分(&amp;P)</translation>
    </message>
    <message>
        <source>Ranking of the candidates</source>
        <translation>候选人排名</translation>
    </message>
    <message>
        <source>Compare Side &amp;by Side</source>
        <translation>并列对比(&amp;B)</translation>
    </message>
    <message>
        <source>Select 2 to 6 candidates (Ctrl+click or Shift+arrows) and compare them item by item</source>
        <translation>选择 2 至 6 名候选人（Ctrl+单击或 Shift+方向键），逐条对比</translation>
    </message>
    <message>
        <source>Open Panel</source>
        <translation>查看面试官评分</translation>
    </message>
    <message>
        <source>Each interviewer&apos;s levels for the selected candidate (Enter)</source>
        <translation>所选候选人的各面试官评分（Enter）</translation>
    </message>
    <message>
        <source>Store the decision and its note with the round (Enter in the note)</source>
        <translation>将决定及备注保存到本批次（在备注中按 Enter）</translation>
    </message>
    <message>
        <source>Store the consensus level with its reason; the ratings stay as given (Enter in the reason)</source>
        <translation>保存一致意见等级及理由；各面试官的评分保持不变（在理由中按 Enter）</translation>
    </message>
    <message>
        <source>Decisi&amp;on:</source>
        <translation>决定(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>Choose 2 to 6 candidates in the ranking. Each cell is the combined level against the required one; hover for the panel&apos;s levels and evidence. ★ marks a must-have, ≠ a row where the candidates differ.</source>
        <translation>请在排名中选择 2 至 6 名候选人。每个单元格是综合等级与要求等级的对照；鼠标悬停可查看各面试官的评分和证据。★ 表示必备要求，≠ 表示候选人之间有差别的行。</translation>
    </message>
    <message>
        <source>Only &amp;where they differ</source>
        <translation>只显示有差别的行(&amp;W)</translation>
    </message>
    <message>
        <source>Candidates side by side</source>
        <translation>候选人并列对比</translation>
    </message>
    <message>
        <source>The panel&apos;s ratings of the candidate</source>
        <translation>面试官对该候选人的评分</translation>
    </message>
    <message>
        <source>Evidence and notes of the selected item</source>
        <translation>所选条目的证据与备注</translation>
    </message>
    <message>
        <source>Consens&amp;us:</source>
        <translation>一致意见(&amp;U)：</translation>
    </message>
    <message>
        <source>Consensus level</source>
        <translation>一致意见等级</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>理由(&amp;O)：</translation>
    </message>
    <message>
        <source>Why the panel agreed on this level (required)</source>
        <translation>面试小组为何一致同意该等级（必填）</translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation>记录人(&amp;Y)：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Record Consensus</source>
        <translation>记录一致意见</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw the consensus of the selected item; the panel&apos;s ratings count again</source>
        <translation>撤回所选条目的一致意见；重新按各面试官的评分计算</translation>
    </message>
    <message>
        <source>No hiring round yet. Create one with New Round…, then add the panel&apos;s questionnaires or rate a candidate here.</source>
        <translation>还没有招聘批次。请用“新建批次…”创建一个，然后添加面试官的问卷，或在此评定候选人。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s); must-haves: %1</source>
        <translation>
            <numerusform>%n 名候选人；必备要求：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — rank %2; panel: %3</source>
        <translation>%1 — 第 %2 名；面试官：%3</translation>
    </message>
    <message>
        <source>The last column is the candidate&apos;s own rating (self-assessment); it never counts in the panel&apos;s figures.</source>
        <translation>最后一列是候选人的自评，从不计入面试官的评分结果。</translation>
    </message>
    <message>
        <source>Choose a candidate in the ranking and press Enter to see the panel.</source>
        <translation>在排名中选择一名候选人并按 Enter，即可查看面试官评分。</translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation>要求等级：%1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Combined: %1 (%2)</source>
        <translation>综合等级：%1（%2）</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Consensus recorded by %1 on %2. Reason: %3</source>
        <translation>一致意见由 %1 于 %2 记录。理由：%3</translation>
    </message>
    <message>
        <source>Choose 2 to 6 candidates in the ranking to compare them side by side.</source>
        <translation>请在排名中选择 2 至 6 名候选人进行并列对比。</translation>
    </message>
    <message>
        <source>The consensus was not recorded: %1</source>
        <translation>一致意见未记录：%1</translation>
    </message>
    <message>
        <source>Recorded the consensus %1 on %2 for %3.</source>
        <translation>已为 %3 的 %2 记录一致意见 %1。</translation>
    </message>
    <message>
        <source>The consensus was not withdrawn: %1</source>
        <translation>一致意见未撤回：%1</translation>
    </message>
    <message>
        <source>Withdrew the consensus on %1 for %2.</source>
        <translation>已撤回 %2 在 %1 上的一致意见。</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>决定未记录：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Created the hiring round “%1”.</source>
        <translation>已创建招聘批次“%1”。</translation>
    </message>
    <message>
        <source>The round was not created: %1</source>
        <translation>招聘批次未创建：%1</translation>
    </message>
    <message>
        <source>Delete Hiring Round</source>
        <translation>删除招聘批次</translation>
    </message>
    <message>
        <source>Delete the hiring round “%1” with its must-haves, consensus and decisions? The panel&apos;s assessments stay stored.</source>
        <translation>删除招聘批次“%1”及其必备要求、一致意见和决定？面试官的测评记录仍保留。</translation>
    </message>
    <message>
        <source>Add Questionnaires to the Round</source>
        <translation>将问卷添加到招聘批次</translation>
    </message>
    <message>
        <source>Add a Folder to the Round</source>
        <translation>将文件夹添加到招聘批次</translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation>无法保存测评：%1</translation>
    </message>
    <message>
        <source>No hiring round is shown.</source>
        <translation>当前没有显示招聘批次。</translation>
    </message>
    <message>
        <source>Export the Hiring-Meeting Document</source>
        <translation>导出招聘评审会文档</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Create a hiring round for one role, with its must-haves (%1)</source>
        <translation>为一个岗位新建招聘批次，并设定必备要求（%1）</translation>
    </message>
    <message>
        <source>%1 — panel: %2</source>
        <translation>%1 — 面试官：%2</translation>
    </message>
    <message>
        <source>Add the panel&apos;s questionnaires (exchange files, %1) to the selected round</source>
        <translation>将面试官的问卷（交换文件，%1）添加到所选招聘批次</translation>
    </message>
    <message>
        <source>iitalent exchange files (%1);;All files (*)</source>
        <translation>iitalent 交换文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reopen Scorecard</source>
        <translation>重新打开评分表</translation>
    </message>
    <message>
        <source>Reopen your submitted scorecard to change it? The round&apos;s audit trail records it, and a change made now is marked in the panel and the meeting document, since you have seen the other panel members&apos; scorecards.</source>
        <translation>要重新打开已提交的评分表进行修改吗？招聘批次的变更记录会记下这一操作；由于您已看过其他面试官的评分表，此后的改动会在面试小组视图和招聘会议文件中标出。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Nobody — I lead the round (see everything)</source>
        <translation>无人 — 我负责本批次（查看全部）</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>其他人…</translation>
    </message>
    <message>
        <source>On a team store you rate as your login; the server keeps the other interviewers&apos; scorecards from you until you submit yours.</source>
        <translation>在团队数据库中，您以登录账号的身份评分；在您提交自己的评分表之前，服务器不会向您提供其他面试官的评分表。</translation>
    </message>
    <message>
        <source>Whom this window rates as. Until you submit your scorecard of a candidate, the other panel members&apos; ratings of that candidate and every figure made of them stay hidden. The HR lead who interviews nobody chooses Nobody and sees everything.</source>
        <translation>本窗口以谁的身份评分。在您提交对某位候选人的评分表之前，其他面试官对该候选人的评分以及由此得出的所有数字都保持隐藏。不参加面试的人力资源主管选择“无人”，可查看全部。</translation>
    </message>
    <message>
        <source>Rate As</source>
        <translation>评分身份</translation>
    </message>
    <message>
        <source>Your name as an interviewer:</source>
        <translation>您作为面试官的姓名：</translation>
    </message>
    <message>
        <source>Fill in your own questionnaire for a candidate of this round, as a panel member. The other members&apos; ratings of that candidate stay hidden until you have submitted your scorecard.</source>
        <translation>以面试官身份为本批次的一位候选人填写您自己的问卷。在您提交评分表之前，其他面试官对该候选人的评分保持隐藏。</translation>
    </message>
    <message>
        <source>Panel member here:</source>
        <translation>本机面试官：</translation>
    </message>
    <message>
        <source>Submit Scorecard…</source>
        <translation>提交评分表…</translation>
    </message>
    <message>
        <source>Submit your scorecard of the selected candidate: every item rated or marked not assessed, with your recommendation and a comment. Then it is read-only, and you see the rest of the panel.</source>
        <translation>提交您对所选候选人的评分表：每个条目都已评分或标记为未考察，并附推荐意见和评语。提交后评分表只读，您可以看到其他面试官的评分。</translation>
    </message>
    <message>
        <source>Make your submitted scorecard of the selected candidate editable again (recorded; a change is then marked)</source>
        <translation>使您对所选候选人已提交的评分表重新可编辑（会被记录；此后的改动会被标出）</translation>
    </message>
    <message>
        <source>Scorecards of every candidate</source>
        <translation>全部候选人的评分表</translation>
    </message>
    <message>
        <source>Scorecards of the shortlisted</source>
        <translation>入围候选人的评分表</translation>
    </message>
    <message>
        <source>Scorecards of the shortlisted and held</source>
        <translation>入围及待定候选人的评分表</translation>
    </message>
    <message>
        <source>Scorecards of the held</source>
        <translation>待定候选人的评分表</translation>
    </message>
    <message>
        <source>Scorecards of the rejected</source>
        <translation>未录用候选人的评分表</translation>
    </message>
    <message>
        <source>Whose scorecards the hiring-meeting document prints</source>
        <translation>招聘会议文件打印哪些候选人的评分表</translation>
    </message>
    <message>
        <source>Scorecards in the document</source>
        <translation>文件中的评分表</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Changes to the round: who changed what, oldest first</source>
        <translation>招聘批次的变更记录：谁改了什么，最早的在前</translation>
    </message>
    <message>
        <source>the interviewer at this computer (choose Rate as)</source>
        <translation>本机的面试官（请选择评分身份）</translation>
    </message>
    <message>
        <source>The round&apos;s changes are shown once you have submitted your scorecards.</source>
        <translation>您提交评分表之后，才会显示本批次的变更记录。</translation>
    </message>
    <message>
        <source>The round&apos;s changes cannot be read here: %1</source>
        <translation>无法在此读取本批次的变更记录：%1</translation>
    </message>
    <message>
        <source>level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>submitted the scorecard</source>
        <translation>提交了评分表</translation>
    </message>
    <message>
        <source>reopened the scorecard</source>
        <translation>重新打开了评分表</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>一致意见</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>joined the round</source>
        <translation>加入了本批次</translation>
    </message>
    <message>
        <source>left the round</source>
        <translation>离开了本批次</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未署名）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first. Nobody can change or delete them; forgetting a person removes theirs.</source>
        <translation>
            <numerusform>共 %n 条变更，最早的在前。任何人都不能修改或删除这些记录；删除某人的数据时，会一并删除与其有关的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel&apos;s agreement is shown once you have submitted your scorecards.</source>
        <translation>您提交评分表之后，才会显示面试小组的评分一致性。</translation>
    </message>
    <message>
        <source>Blind until submitted: %1 has not submitted a scorecard of this candidate, so the other members&apos; ratings are hidden.</source>
        <translation>提交前不公开：%1 尚未提交对该候选人的评分表，因此其他面试官的评分被隐藏。</translation>
    </message>
    <message>
        <source>The document cannot be exported while a candidate&apos;s panel is hidden here: it holds the scorecards that stay hidden until you have submitted yours.</source>
        <translation>本机仍有候选人的面试评分处于隐藏状态时，不能导出此文件：文件包含在您提交评分表之前应保持隐藏的评分表。</translation>
    </message>
    <message>
        <source>The scorecard was not submitted: %1</source>
        <translation>评分表未提交：%1</translation>
    </message>
    <message>
        <source>Submitted %1&apos;s scorecard of %2.</source>
        <translation>已提交 %1 对 %2 的评分表。</translation>
    </message>
    <message>
        <source>The scorecard was not reopened: %1</source>
        <translation>评分表未重新打开：%1</translation>
    </message>
    <message>
        <source>Reopened %1&apos;s scorecard of %2.</source>
        <translation>已重新打开 %1 对 %2 的评分表。</translation>
    </message>
    <message>
        <source>Submit Scorecard</source>
        <translation>提交评分表</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your scorecard of %1 are neither rated nor marked not assessed (key X in the questionnaire): %2</source>
        <translation>
            <numerusform>您对 %1 的评分表中有 %n 个条目既未评分也未标记为未考察（在问卷中按 X 键标记）：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your scorecard of %1, as %2. Once submitted it is read-only (you may reopen it; that is recorded) and you see the rest of the panel.</source>
        <translation>您以 %2 的身份对 %1 的评分表。提交后评分表只读（可以重新打开，但会被记录），并且您可以看到其他面试官的评分。</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>推荐意见(&amp;R)：</translation>
    </message>
    <message>
        <source>Your summary of the interview</source>
        <translation>您对本次面试的总结</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评语(&amp;C)：</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>the candidate&apos;s self-assessment</source>
        <translation>候选人的自评</translation>
    </message>
    <message>
        <source>a panel member&apos;s scorecard</source>
        <translation>面试官的评分表</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::SlideExport</name>
    <message>
        <source>The SVG drawing could not be made.</source>
        <translation>无法生成 SVG 图。</translation>
    </message>
    <message>
        <source>PNG image, 1920 × 1080 (*.png)</source>
        <translation>PNG 图片，1920 × 1080 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing, 16:9 (*.svg)</source>
        <translation>SVG 矢量图，16:9 (*.svg)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::SubjectDialog</name>
    <message>
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Assess a candidate</source>
        <translation>测评他人</translation>
    </message>
    <message>
        <source>Rate yourself against &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>对照 &lt;b&gt;%1&lt;/b&gt; 进行自评。</translation>
    </message>
    <message>
        <source>Assess someone against &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>对照 &lt;b&gt;%1&lt;/b&gt; 测评他人。</translation>
    </message>
    <message>
        <source>On the job (employee)</source>
        <translation>在岗提升（在职员工）</translation>
    </message>
    <message>
        <source>Before the job (student or job seeker)</source>
        <translation>岗前提升（学生或求职者）</translation>
    </message>
    <message>
        <source>Enter the name of the person assessed.</source>
        <translation>请输入被测评人的姓名。</translation>
    </message>
    <message>
        <source>Enter the assessor&apos;s name.</source>
        <translation>请输入测评人的姓名。</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::TeamStoreDialog</name>
    <message>
        <source>Connect to Team Store</source>
        <translation>连接团队存储</translation>
    </message>
    <message>
        <source>A team store is a PostgreSQL database that several machines share: a training room&apos;s laptops, an interview panel. Ask its admin for the address and your login.</source>
        <translation>团队存储是多台机器共用的 PostgreSQL 数据库，例如培训教室的笔记本电脑、面试小组。请向其管理员索取地址和您的登录名。</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>留空：取自 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>iitalent remembers the address, never the password.</source>
        <translation>iitalent 只记住地址，从不记住密码。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>A team store&apos;s address starts with postgresql://</source>
        <translation>团队存储的地址以 postgresql:// 开头</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::WorkshopPlanView</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Gap points</source>
        <translation>差距分</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>There are no participants in this view yet.</source>
        <translation>此视图中还没有学员。</translation>
    </message>
    <message>
        <source>Every participant meets every required level: there is nothing to plan.</source>
        <translation>每位学员都达到了所有要求等级：无需制定计划。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This workshop is given by:</source>
        <translation>本次培训的提供方：</translation>
    </message>
    <message>
        <source>Only these methods (none ticked: any of theirs):</source>
        <translation>仅限这些方式（不勾选：提供方的任何方式）：</translation>
    </message>
    <message>
        <source>Class rank</source>
        <translation>全班排序</translation>
    </message>
    <message>
        <source>How it is taught here</source>
        <translation>本次培训的方式</translation>
    </message>
    <message>
        <source>Why not here (Appendix A)</source>
        <translation>不在此讲授的原因（附录 A）</translation>
    </message>
    <message>
        <source>Priorities teachable in this workshop</source>
        <translation>本次培训可讲授的优先项</translation>
    </message>
    <message>
        <source>Priorities that need the workplace or a mentor</source>
        <translation>需在岗位上或由导师提升的优先项</translation>
    </message>
    <message>
        <source>The workshop is given by this provider (Appendix A.3)</source>
        <translation>本次培训由此供给方提供（附录 A.3）</translation>
    </message>
    <message>
        <source>The workshop runs this method (Appendix A.2)</source>
        <translation>本次培训采用此方式（附录 A.2）</translation>
    </message>
    <message>
        <source>The requirements where the class falls short most: most gap points first, then fewest met. Methods of the stage most participants are in (%1) that suit each dimension, and who provides them. Tick what this workshop can deliver: what it can teach comes first, what needs the workplace or a mentor is listed apart.</source>
        <translation>全班差距最大的要求：差距分最多的在前，其次是达标人数最少的。并列出适合各维度的、多数学员所处阶段（%1）的提升方式及其提供方。勾选本次培训能提供的内容：能讲授的排在前面，需在岗位上或由导师提升的另行列出。</translation>
    </message>
    <message>
        <source>Teachable here, by %1: %2 of %3 priorities</source>
        <translation>可在此讲授（%1）：%3 项优先项中的 %2 项</translation>
    </message>
    <message>
        <source>Needs the workplace or a mentor, not this workshop: %1</source>
        <translation>需在岗位上或由导师提升、不在本次培训：%1 项</translation>
    </message>
</context>
</TS>
