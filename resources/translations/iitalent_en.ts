<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Filter assessments</source>
        <translation>Filter assessments</translation>
    </message>
    <message>
        <source>Filter by mode</source>
        <translation>Filter by mode</translation>
    </message>
    <message>
        <source>Filter by date of the last change</source>
        <translation>Filter by date of the last change</translation>
    </message>
    <message>
        <source>Saved assessments</source>
        <translation>Saved assessments</translation>
    </message>
    <message>
        <source>Press Enter or double-click to continue answering the selected assessment</source>
        <translation>Press Enter or double-click to continue answering the selected assessment</translation>
    </message>
    <message>
        <source>Open the questionnaire of the selected assessment where it was left</source>
        <translation>Open the questionnaire of the selected assessment where it was left</translation>
    </message>
    <message>
        <source>Show &amp;report</source>
        <translation>Show &amp;report</translation>
    </message>
    <message>
        <source>Open the gap report of the selected assessment</source>
        <translation>Open the gap report of the selected assessment</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save the selected assessment as an exchange file</source>
        <translation>Save the selected assessment as an exchange file</translation>
    </message>
    <message>
        <source>Export Re&amp;ports…</source>
        <translation>Export Re&amp;ports…</translation>
    </message>
    <message>
        <source>Write the reports of the selected assessments as PDF, HTML, CSV or JSON files into a folder</source>
        <translation>Write the reports of the selected assessments as PDF, HTML, CSV or JSON files into a folder</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected assessment with all its ratings</source>
        <translation>Delete the selected assessment with all its ratings</translation>
    </message>
    <message>
        <source>Where the assessments are saved</source>
        <translation>Where the assessments are saved</translation>
    </message>
    <message>
        <source>Filter by name, number, organisation or role</source>
        <translation>Filter by name, number, organisation or role</translation>
    </message>
    <message>
        <source>Co&amp;ntinue answering</source>
        <translation>Co&amp;ntinue answering</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export Reports</source>
        <translation>Export Reports</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Folder to write the reports to</source>
        <translation>Folder to write the reports to</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Format of the reports</source>
        <translation>Format of the reports</translation>
    </message>
    <message>
        <source>&amp;Replace files that already exist</source>
        <translation>&amp;Replace files that already exist</translation>
    </message>
</context>
<context>
    <name>CohortCollectFlow</name>
    <message>
        <source>Adding to “%1”…</source>
        <translation>Adding to “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Adding Assessments</source>
        <translation>Adding Assessments</translation>
    </message>
    <message>
        <source>Adding to “%1”: %2 of %3</source>
        <translation>Adding to “%1”: %2 of %3</translation>
    </message>
    <message numerus="yes">
        <source>Added %n assessment(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n assessment to “%1”.</numerusform>
            <numerusform>Added %n assessments to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newly stored among them: %n.</source>
        <translation>
            <numerusform>Newly stored among them: %n.</numerusform>
            <numerusform>Newly stored among them: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the cohort: %n.</source>
        <translation>
            <numerusform>Already in the cohort: %n.</numerusform>
            <numerusform>Already in the cohort: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): stored %3, in the file %4</source>
        <translation>%1 (%2): stored %3, in the file %4</translation>
    </message>
    <message>
        <source>%1 (%2): replaced by the file&apos;s newer one</source>
        <translation>%1 (%2): replaced by the file&apos;s newer one</translation>
    </message>
    <message>
        <source>%1 (%2): the stored one is newer and was kept</source>
        <translation>%1 (%2): the stored one is newer and was kept</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n (stored with different answers: left as stored and not added).</source>
        <translation>
            <numerusform>Conflicts: %n (stored with different answers: left as stored and not added).</numerusform>
            <numerusform>Conflicts: %n (stored with different answers: left as stored and not added).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts settled by keeping the newer: %n.</source>
        <translation>
            <numerusform>Conflicts settled by keeping the newer: %n.</numerusform>
            <numerusform>Conflicts settled by keeping the newer: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n (see the details); the rest came in.</source>
        <translation>
            <numerusform>Refused: %n (see the details); the rest came in.</numerusform>
            <numerusform>Refused: %n (see the details); the rest came in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what came in before stays in the cohort.</source>
        <translation>Cancelled: what came in before stays in the cohort.</translation>
    </message>
    <message>
        <source>The assessment database failed: %1. What was written before stays.</source>
        <translation>The assessment database failed: %1. What was written before stays.</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>Settled:</source>
        <translation>Settled:</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Refused:</translation>
    </message>
    <message>
        <source>Added to “%1”</source>
        <translation>Added to “%1”</translation>
    </message>
    <message>
        <source>Replace with the newer? For each conflict the newer of the two is kept (the stored one on a tie) and added to the cohort.</source>
        <translation>Replace with the newer? For each conflict the newer of the two is kept (the stored one on a tie) and added to the cohort.</translation>
    </message>
    <message>
        <source>&amp;Replace with the Newer</source>
        <translation>&amp;Replace with the Newer</translation>
    </message>
    <message>
        <source>&amp;Keep the Stored Ones</source>
        <translation>&amp;Keep the Stored Ones</translation>
    </message>
</context>
<context>
    <name>CohortSlides</name>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>%1 gap points · %2 of %3 met</source>
        <translation>%1 gap points · %2 of %3 met</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Needs %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the plan suits what this workshop delivers.</source>
        <translation>Nothing in the plan suits what this workshop delivers.</translation>
    </message>
    <message>
        <source>Everything in the plan can be taught here.</source>
        <translation>Everything in the plan can be taught here.</translation>
    </message>
    <message>
        <source>Teach here first</source>
        <translation>Teach here first</translation>
    </message>
    <message>
        <source>Needs the workplace or a mentor</source>
        <translation>Needs the workplace or a mentor</translation>
    </message>
    <message>
        <source>Nobody took part in both cohorts.</source>
        <translation>Nobody took part in both cohorts.</translation>
    </message>
    <message>
        <source>Readiness and dimensions across the class</source>
        <translation>Readiness and dimensions across the class</translation>
    </message>
    <message>
        <source>Teach first: the class&apos;s priorities</source>
        <translation>Teach first: the class&apos;s priorities</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2  ·  %3  ·  %n participant(s) in both</source>
        <translation>
            <numerusform>%1 → %2  ·  %3  ·  %n participant(s) in both</numerusform>
            <numerusform>%1 → %2  ·  %3  ·  %n participant(s) in both</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortText</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Hiring round</source>
        <translation>Hiring round</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Class report</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Stage of the plan</source>
        <translation>Stage of the plan</translation>
    </message>
    <message>
        <source>No participant of this cohort has an assessment of this role in this mode.</source>
        <translation>No participant of this cohort has an assessment of this role in this mode.</translation>
    </message>
    <message numerus="yes">
        <source>Mean readiness %1, median %2, over %n participant(s).</source>
        <translation>
            <numerusform>Mean readiness %1, median %2, over %n participant.</numerusform>
            <numerusform>Mean readiness %1, median %2, over %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness across the class</source>
        <translation>Readiness across the class</translation>
    </message>
    <message>
        <source>A participant on a band&apos;s lower bound counts in that band; 100% counts in the last.</source>
        <translation>A participant on a band&apos;s lower bound counts in that band; 100% counts in the last.</translation>
    </message>
    <message>
        <source>Mean attainment per dimension</source>
        <translation>Mean attainment per dimension</translation>
    </message>
    <message>
        <source>Heatmap: participants × requirements</source>
        <translation>Heatmap: participants × requirements</translation>
    </message>
    <message>
        <source>One row per participant and one column per requirement of the role, in catalog order; a column&apos;s head gives the item (dimension and number) and its required level. Each cell shows a mark and the rating, 0 to 4, so that it reads without colour.</source>
        <translation>One row per participant and one column per requirement of the role, in catalog order; a column&apos;s head gives the item (dimension and number) and its required level. Each cell shows a mark and the rating, 0 to 4, so that it reads without colour.</translation>
    </message>
    <message>
        <source>met (rating at or above the required level)</source>
        <translation>met (rating at or above the required level)</translation>
    </message>
    <message>
        <source>one level below</source>
        <translation>one level below</translation>
    </message>
    <message>
        <source>two or more levels below</source>
        <translation>two or more levels below</translation>
    </message>
    <message>
        <source>not answered (counts as 0)</source>
        <translation>not answered (counts as 0)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Met (of %1)</source>
        <translation>Met (of %1)</translation>
    </message>
    <message>
        <source>Requirements %1–%2 of %3</source>
        <translation>Requirements %1–%2 of %3</translation>
    </message>
    <message>
        <source>%1 %2 (required level %3)</source>
        <translation>%1 %2 (required level %3)</translation>
    </message>
    <message>
        <source>Class priorities and workshop plan (Appendix A)</source>
        <translation>Class priorities and workshop plan (Appendix A)</translation>
    </message>
    <message>
        <source>Every participant meets every requirement: there is nothing to plan.</source>
        <translation>Every participant meets every requirement: there is nothing to plan.</translation>
    </message>
    <message>
        <source>Gap points</source>
        <translation>Gap points</translation>
    </message>
    <message>
        <source>* Which method suits which dimension, and who usually provides it, is iitalent&apos;s own reading of Appendix A.1–A.3, not the standard&apos;s text.</source>
        <translation>* Which method suits which dimension, and who usually provides it, is iitalent&apos;s own reading of Appendix A.1–A.3, not the standard&apos;s text.</translation>
    </message>
    <message>
        <source>Class report: before and after</source>
        <translation>Class report: before and after</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Nobody took part in both, so there is nothing to compare.</source>
        <translation>Nobody took part in both, so there is nothing to compare.</translation>
    </message>
    <message numerus="yes">
        <source>Mean readiness of the %n participant(s) in both: %1 before, %2 after (%3).</source>
        <translation>
            <numerusform>Mean readiness of the %n participant in both: %1 before, %2 after (%3).</numerusform>
            <numerusform>Mean readiness of the %n participants in both: %1 before, %2 after (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness and dimensions, before and after</source>
        <translation>Readiness and dimensions, before and after</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Requirements met, before and after (participants in both)</source>
        <translation>Requirements met, before and after (participants in both)</translation>
    </message>
    <message>
        <source>Met before</source>
        <translation>Met before</translation>
    </message>
    <message>
        <source>Met after</source>
        <translation>Met after</translation>
    </message>
    <message>
        <source>Participants in both</source>
        <translation>Participants in both</translation>
    </message>
    <message numerus="yes">
        <source>Only in %1 (%n)</source>
        <translation>
            <numerusform>Only in %1 (%n)</numerusform>
            <numerusform>Only in %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Nobody.</translation>
    </message>
    <message>
        <source>In both</source>
        <translation>In both</translation>
    </message>
    <message>
        <source>Only before</source>
        <translation>Only before</translation>
    </message>
    <message>
        <source>Only after</source>
        <translation>Only after</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Readiness before</source>
        <translation>Readiness before</translation>
    </message>
    <message>
        <source>Readiness after</source>
        <translation>Readiness after</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Change (points)</translation>
    </message>
    <message>
        <source>Change (points): %1</source>
        <translation>Change (points): %1</translation>
    </message>
    <message>
        <source>cannot start painting the document</source>
        <translation>cannot start painting the document</translation>
    </message>
    <message>
        <source>role %1 is not in this catalog</source>
        <translation>role %1 is not in this catalog</translation>
    </message>
    <message>
        <source>Anonymised: participants are shown by their numbers (P417, P052, …) only, without names, organisations or staff and student numbers.</source>
        <translation>Anonymised: participants are shown by their numbers (P417, P052, …) only, without names, organisations or staff and student numbers.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) where the class falls short, the most gap points first, then the fewest met. A gap point is one level that one participant is below the required level (unanswered counts as 0). The methods and providers are those of the stage most participants are at, %1; which method suits which dimension is iitalent&apos;s own reading (*). What this workshop can teach comes first; what needs the workplace or a mentor follows separately.</source>
        <translation>
            <numerusform>%n requirement(s) where the class falls short, the most gap points first, then the fewest met. A gap point is one level that one participant is below the required level (unanswered counts as 0). The methods and providers are those of the stage most participants are at, %1; which method suits which dimension is iitalent&apos;s own reading (*). What this workshop can teach comes first; what needs the workplace or a mentor follows separately.</numerusform>
            <numerusform>%n requirement(s) where the class falls short, the most gap points first, then the fewest met. A gap point is one level that one participant is below the required level (unanswered counts as 0). The methods and providers are those of the stage most participants are at, %1; which method suits which dimension is iitalent&apos;s own reading (*). What this workshop can teach comes first; what needs the workplace or a mentor follows separately.</numerusform>
        </translation>
    </message>
    <message>
        <source>This workshop delivers: %1. Teachable here: %2 of %3 priorities.</source>
        <translation>This workshop delivers: %1. Teachable here: %2 of %3 priorities.</translation>
    </message>
    <message>
        <source>Class rank</source>
        <translation>Class rank</translation>
    </message>
    <message>
        <source>How it is taught here *</source>
        <translation>How it is taught here *</translation>
    </message>
    <message>
        <source>Needs the workplace or a mentor (not taught in this workshop)</source>
        <translation>Needs the workplace or a mentor (not taught in this workshop)</translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies) that no method this workshop delivers suits, in the class&apos;s order, each with the methods and providers Appendix A gives for it.</source>
        <translation>
            <numerusform>%n priority(ies) that no method this workshop delivers suits, in the class&apos;s order, each with the methods and providers Appendix A gives for it.</numerusform>
            <numerusform>%n priority(ies) that no method this workshop delivers suits, in the class&apos;s order, each with the methods and providers Appendix A gives for it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why not here (Appendix A) *</source>
        <translation>Why not here (Appendix A) *</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>Mean rating</translation>
    </message>
</context>
<context>
    <name>ImprovementPathView</name>
    <message>
        <source>Improvement path</source>
        <translation>Improvement path</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the improvement path chart as a PNG image</source>
        <translation>Save the improvement path chart as a PNG image</translation>
    </message>
    <message>
        <source>Save the improvement path chart as PNG</source>
        <translation>Save the improvement path chart as PNG</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Save as &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the improvement path chart as an SVG drawing</source>
        <translation>Save the improvement path chart as an SVG drawing</translation>
    </message>
    <message>
        <source>Save the improvement path chart as SVG</source>
        <translation>Save the improvement path chart as SVG</translation>
    </message>
    <message>
        <source>Improvement path chart</source>
        <translation>Improvement path chart</translation>
    </message>
    <message>
        <source>Whether the chart was saved</source>
        <translation>Whether the chart was saved</translation>
    </message>
</context>
<context>
    <name>LevelDescriptions</name>
    <message>
        <source>Has not learned it yet</source>
        <translation>Has not learned it yet</translation>
    </message>
    <message>
        <source>Knows what it is and what it is for</source>
        <translation>Knows what it is and what it is for</translation>
    </message>
    <message>
        <source>Understands it and can explain it</source>
        <translation>Understands it and can explain it</translation>
    </message>
    <message>
        <source>Commands it and applies it on their own</source>
        <translation>Commands it and applies it on their own</translation>
    </message>
    <message>
        <source>Knows it in depth and can teach it</source>
        <translation>Knows it in depth and can teach it</translation>
    </message>
    <message>
        <source>Cannot do it yet</source>
        <translation>Cannot do it yet</translation>
    </message>
    <message>
        <source>Has seen it done; can help with guidance</source>
        <translation>Has seen it done; can help with guidance</translation>
    </message>
    <message>
        <source>Does routine work of this kind alone</source>
        <translation>Does routine work of this kind alone</translation>
    </message>
    <message>
        <source>Does it well, including complex cases</source>
        <translation>Does it well, including complex cases</translation>
    </message>
    <message>
        <source>Solves the hardest cases and guides others</source>
        <translation>Solves the hardest cases and guides others</translation>
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
    <message>
        <source>&amp;Import Assessments…</source>
        <translation>&amp;Import Assessments…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Show Required Levels While Self-Assessing</source>
        <translation>Show Required Levels While Self-Assessing</translation>
    </message>
    <message>
        <source>Ro&amp;les</source>
        <translation>Ro&amp;les</translation>
    </message>
    <message>
        <source>How many roles the search finds</source>
        <translation>How many roles the search finds</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>Assess&amp;ments</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Export Report…</translation>
    </message>
    <message>
        <source>Save the report shown as a PDF, HTML, CSV or JSON file</source>
        <translation>Save the report shown as a PDF, HTML, CSV or JSON file</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Print Report…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Cohorts</source>
        <translation>&amp;Cohorts</translation>
    </message>
    <message>
        <source>Hirin&amp;g Rounds</source>
        <translation>Hirin&amp;g Rounds</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>iitalent is using its built-in catalog instead.</source>
        <translation>iitalent is using its built-in catalog instead.</translation>
    </message>
    <message>
        <source>iitalent</source>
        <translation>iitalent</translation>
    </message>
    <message>
        <source>Kiosk mode already runs on this screen.</source>
        <translation>Kiosk mode already runs on this screen.</translation>
    </message>
    <message numerus="yes">
        <source>Kiosk mode does not start while iitalent&apos;s main window is open on this screen (%n open): it shows everyone&apos;s data, and a participant could switch to it. Close it, then start kiosk mode again.</source>
        <translation>
            <numerusform>Kiosk mode does not start while iitalent&apos;s main window is open on this screen (%n open): it shows everyone&apos;s data, and a participant could switch to it. Close it, then start kiosk mode again.</numerusform>
            <numerusform>Kiosk mode does not start while iitalent&apos;s main window is open on this screen (%n open): it shows everyone&apos;s data, and a participant could switch to it. Close it, then start kiosk mode again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk mode runs on this screen. iitalent&apos;s main window, which shows everyone&apos;s data, opens once the instructor has left kiosk mode.</source>
        <translation>Kiosk mode runs on this screen. iitalent&apos;s main window, which shows everyone&apos;s data, opens once the instructor has left kiosk mode.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireWidget</name>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <source>%v of %m answered</source>
        <translation>%v of %m answered</translation>
    </message>
    <message>
        <source>Questionnaire items</source>
        <translation>Questionnaire items</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Current item</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Required level</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>&amp;Evidence (a project, a certificate, an interview answer)</source>
        <translation>&amp;Evidence (a project, a certificate, an interview answer)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>Next &amp;unanswered (N)</source>
        <translation>Next &amp;unanswered (N)</translation>
    </message>
    <message>
        <source>Keys: 0–4 rate the current item and move on · ↑ ↓ move · N next unanswered. Every answer is saved as it is given.</source>
        <translation>Keys: 0–4 rate the current item and move on · ↑ ↓ move · N next unanswered. Every answer is saved as it is given.</translation>
    </message>
    <message>
        <source>Show &amp;report</source>
        <translation>Show &amp;report</translation>
    </message>
    <message>
        <source>Who is assessed against which role</source>
        <translation>Who is assessed against which role</translation>
    </message>
    <message>
        <source>Type 0 to 4 to rate the current item and move to the next; N goes to the next unanswered item</source>
        <translation>Type 0 to 4 to rate the current item and move to the next; N goes to the next unanswered item</translation>
    </message>
    <message>
        <source>The requirement being rated</source>
        <translation>The requirement being rated</translation>
    </message>
    <message>
        <source>Go to the previous item (Up)</source>
        <translation>Go to the previous item (Up)</translation>
    </message>
    <message>
        <source>Go to the next item (Down)</source>
        <translation>Go to the next item (Down)</translation>
    </message>
    <message>
        <source>Go to the next item that has no rating yet</source>
        <translation>Go to the next item that has no rating yet</translation>
    </message>
    <message>
        <source>Open the gap report of this assessment</source>
        <translation>Open the gap report of this assessment</translation>
    </message>
    <message>
        <source>While typing here, Alt+0 … Alt+4 rate the item</source>
        <translation>While typing here, Alt+0 … Alt+4 rate the item</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Attainment by dimension</source>
        <translation>Attainment by dimension</translation>
    </message>
    <message>
        <source>Required (100%)</source>
        <translation>Required (100%)</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Attained</translation>
    </message>
    <message>
        <source>%1: items with gaps</source>
        <translation>%1: items with gaps</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>no gaps</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <translation>%1: %2 %3, %4 %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attainment of each dimension against the requirement (100%). %1.</source>
        <translation>Attainment of each dimension against the requirement (100%). %1.</translation>
    </message>
    <message>
        <source>%1 required %2, rated %3</source>
        <translation>%1 required %2, rated %3</translation>
    </message>
    <message>
        <source>%1: no item has a gap.</source>
        <translation>%1: no item has a gap.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) with gaps. %2.</source>
        <translation>
            <numerusform>%1: %n item with gaps. %2.</numerusform>
            <numerusform>%1: %n items with gaps. %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readiness over %n assessment(s): %1.</source>
        <translation>
            <numerusform>Readiness over %n assessment: %1.</numerusform>
            <numerusform>Readiness over %n assessments: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items answered)</source>
        <translation>%1 (%2 of %3 items answered)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items answered</source>
        <translation>%1: %2 of %3 items answered</translation>
    </message>
    <message>
        <source>%1; not assessed: %2</source>
        <translation>%1; not assessed: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Self-assessment report</source>
        <translation>Self-assessment report</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>Assessment report</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Assessor&apos;s assessment</source>
        <translation>Assessor&apos;s assessment</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>(the subject)</source>
        <translation>(the subject)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Assessment id</source>
        <translation>Assessment id</translation>
    </message>
    <message>
        <source>%1 · catalog: %2</source>
        <translation>%1 · catalog: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Made by iitalent on %1.</source>
        <translation>Made by iitalent on %1.</translation>
    </message>
    <message>
        <source>%1 meets %2 of the %3 requirements of %4; readiness is %5.</source>
        <translation>%1 meets %2 of the %3 requirements of %4; readiness is %5.</translation>
    </message>
    <message>
        <source>%1 of the %2 items are not answered yet and count as 0.</source>
        <translation>%1 of the %2 items are not answered yet and count as 0.</translation>
    </message>
    <message>
        <source>The largest gap is in %1 (%2 attained).</source>
        <translation>The largest gap is in %1 (%2 attained).</translation>
    </message>
    <message>
        <source>Every requirement is met.</source>
        <translation>Every requirement is met.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <source>Start with: %1.</source>
        <translation>Start with: %1.</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Requirements met</source>
        <translation>Requirements met</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>%1 — %2 attained, %3 of %4 met</source>
        <translation>%1 — %2 attained, %3 of %4 met</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Evidence · note</source>
        <translation>Evidence · note</translation>
    </message>
    <message>
        <source>Every requirement is met: there is nothing to improve for this role.</source>
        <translation>Every requirement is met: there is nothing to improve for this role.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) at the stage %1 of Appendix A, largest gap first. The kind of improvement comes from A.1, the methods from A.2 and the providers from A.3; which method suits which dimension is iitalent&apos;s own reading (*).</source>
        <translation>
            <numerusform>%n step at the stage %1 of Appendix A, largest gap first. The kind of improvement comes from A.1, the methods from A.2 and the providers from A.3; which method suits which dimension is iitalent&apos;s own reading (*).</numerusform>
            <numerusform>%n steps at the stage %1 of Appendix A, largest gap first. The kind of improvement comes from A.1, the methods from A.2 and the providers from A.3; which method suits which dimension is iitalent&apos;s own reading (*).</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>Improve</translation>
    </message>
    <message>
        <source>Methods *</source>
        <translation>Methods *</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>%1, redrawn from A.1–A.3 and made personal; the parts marked * are iitalent&apos;s own.</source>
        <translation>%1, redrawn from A.1–A.3 and made personal; the parts marked * are iitalent&apos;s own.</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message numerus="yes">
        <source>The subject&apos;s self-assessment against the assessor&apos;s ratings, side by side (never averaged): self readiness %1, assessor readiness %2. %n item(s) differ by 2 levels or more (in bold).</source>
        <translation>
            <numerusform>The subject&apos;s self-assessment against the assessor&apos;s ratings, side by side (never averaged): self readiness %1, assessor readiness %2. %n item differs by 2 levels or more (in bold).</numerusform>
            <numerusform>The subject&apos;s self-assessment against the assessor&apos;s ratings, side by side (never averaged): self readiness %1, assessor readiness %2. %n items differ by 2 levels or more (in bold).</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>over-estimation</source>
        <translation>over-estimation</translation>
    </message>
    <message>
        <source>under-estimation</source>
        <translation>under-estimation</translation>
    </message>
    <message>
        <source>How the figures are worked out: each requirement&apos;s required level comes from its wording: 了解 1, 熟悉 2, 掌握 3, 精通 4; also 熟练掌握, 熟练使用 and 熟练操作 3, 具备一定的 2, 具备丰富的 and 具备相当的 4, and 具备 alone 3. The earliest of these words in the item counts (the longer one where two start together); an item with none counts as 熟悉 2. A rating above the required level adds nothing; an unanswered item counts as 0. A dimension&apos;s attainment is its attained points over its required points; readiness is the mean of the four dimensions&apos; attainments.</source>
        <translation>How the figures are worked out: each requirement&apos;s required level comes from its wording: 了解 1, 熟悉 2, 掌握 3, 精通 4; also 熟练掌握, 熟练使用 and 熟练操作 3, 具备一定的 2, 具备丰富的 and 具备相当的 4, and 具备 alone 3. The earliest of these words in the item counts (the longer one where two start together); an item with none counts as 熟悉 2. A rating above the required level adds nothing; an unanswered item counts as 0. A dimension&apos;s attainment is its attained points over its required points; readiness is the mean of the four dimensions&apos; attainments.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Requirements by dimension</source>
        <translation>Requirements by dimension</translation>
    </message>
    <message>
        <source>Improvement plan (Appendix A)</source>
        <translation>Improvement plan (Appendix A)</translation>
    </message>
    <message>
        <source>Improvement path</source>
        <translation>Improvement path</translation>
    </message>
    <message>
        <source>Self against assessor</source>
        <translation>Self against assessor</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Attained</translation>
    </message>
    <message>
        <source>Required (100%)</source>
        <translation>Required (100%)</translation>
    </message>
    <message>
        <source>Role code</source>
        <translation>Role code</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Required level</translation>
    </message>
    <message>
        <source>Required level word</source>
        <translation>Required level word</translation>
    </message>
    <message>
        <source>Rating word</source>
        <translation>Rating word</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Before the job</source>
        <translation>Before the job</translation>
    </message>
    <message>
        <source>On the job</source>
        <translation>On the job</translation>
    </message>
    <message>
        <source>Staff or student number</source>
        <translation>Staff or student number</translation>
    </message>
    <message>
        <source>Requirement id</source>
        <translation>Requirement id</translation>
    </message>
    <message>
        <source>Attainment: %1</source>
        <translation>Attainment: %1</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>All dimensions</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met, %3 answered</source>
        <translation>%1 of %2 requirements met, %3 answered</translation>
    </message>
    <message>
        <source>The plan takes the items with the largest gaps first, whatever their dimension, so it starts with: %1.</source>
        <translation>The plan takes the items with the largest gaps first, whatever their dimension, so it starts with: %1.</translation>
    </message>
    <message>
        <source>In %1 it starts with: %2.</source>
        <translation>In %1 it starts with: %2.</translation>
    </message>
    <message>
        <source>(in full under “%1”)</source>
        <translation>(in full under “%1”)</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Evidence and notes</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items answered</source>
        <translation>%1: %2 of %3 items answered</translation>
    </message>
    <message>
        <source>%1; not assessed: %2</source>
        <translation>%1; not assessed: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 items answered)</source>
        <translation>%1 (%2 of %3 items answered)</translation>
    </message>
</context>
<context>
    <name>ReportWidget</name>
    <message>
        <source>Headline figures</source>
        <translation>Headline figures</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Dimension</source>
        <translation>&amp;Dimension</translation>
    </message>
    <message>
        <source>Dimension of the bar chart</source>
        <translation>Dimension of the bar chart</translation>
    </message>
    <message>
        <source>All items with required level, rating and gap</source>
        <translation>All items with required level, rating and gap</translation>
    </message>
    <message>
        <source>Self and assessor ratings side by side</source>
        <translation>Self and assessor ratings side by side</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>All roles ranked for this person</source>
        <translation>All roles ranked for this person</translation>
    </message>
    <message>
        <source>Who is assessed against which role, and when</source>
        <translation>Who is assessed against which role, and when</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>I&amp;tems</source>
        <translation>I&amp;tems</translation>
    </message>
    <message>
        <source>&amp;Improvement path</source>
        <translation>&amp;Improvement path</translation>
    </message>
    <message>
        <source>Self vs &amp;assessor</source>
        <translation>Self vs &amp;assessor</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>&amp;Role fit</source>
        <translation>&amp;Role fit</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save this report as a PDF, HTML, CSV or JSON file to hand on</source>
        <translation>Save this report as a PDF, HTML, CSV or JSON file to hand on</translation>
    </message>
    <message>
        <source>Print this report (A4)</source>
        <translation>Print this report (A4)</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Print Previe&amp;w…</translation>
    </message>
    <message>
        <source>See the printed pages of this report before printing</source>
        <translation>See the printed pages of this report before printing</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Pri&amp;nt…</translation>
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
    <message>
        <source>&amp;Self-assessment…</source>
        <translation>&amp;Self-assessment…</translation>
    </message>
    <message>
        <source>Rate yourself against this role</source>
        <translation>Rate yourself against this role</translation>
    </message>
    <message>
        <source>&amp;Assess a candidate…</source>
        <translation>&amp;Assess a candidate…</translation>
    </message>
    <message>
        <source>Rate someone else against this role, as HR or an instructor</source>
        <translation>Rate someone else against this role, as HR or an instructor</translation>
    </message>
    <message>
        <source>The role&apos;s requirements by dimension, each with its required level</source>
        <translation>The role&apos;s requirements by dimension, each with its required level</translation>
    </message>
</context>
<context>
    <name>RoundText</name>
    <message>
        <source>Hiring meeting: %1</source>
        <translation>Hiring meeting: %1</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>How the candidates are ranked</source>
        <translation>How the candidates are ranked</translation>
    </message>
    <message>
        <source>The candidates are ranked by these rules in turn; each rule decides only between candidates that all the rules before it leave level:</source>
        <translation>The candidates are ranked by these rules in turn; each rule decides only between candidates that all the rules before it leave level:</translation>
    </message>
    <message>
        <source>1. Candidates who meet every must-have come first, then those who fail one or more.</source>
        <translation>1. Candidates who meet every must-have come first, then those who fail one or more.</translation>
    </message>
    <message>
        <source>2. Readiness, highest first.</source>
        <translation>2. Readiness, highest first.</translation>
    </message>
    <message>
        <source>3. The number of requirements two or more levels below the required level, fewest first.</source>
        <translation>3. The number of requirements two or more levels below the required level, fewest first.</translation>
    </message>
    <message>
        <source>4. Completeness, highest first.</source>
        <translation>4. Completeness, highest first.</translation>
    </message>
    <message>
        <source>Ranks are never shared: candidates level on every figure are told apart by their names.</source>
        <translation>Ranks are never shared: candidates level on every figure are told apart by their names.</translation>
    </message>
    <message>
        <source>The figures are worked out from each item&apos;s combined level: the panel&apos;s consensus where one is recorded (with its reason); otherwise the rating when one panel member rated the item, or the lower median when several did (the k ratings sorted from low to high, the one at position ⌊(k−1)/2⌋, counting from 0). An item nobody rated counts as 0. Readiness, completeness and the attainments are the personal report&apos;s formulas applied to the combined levels. A must-have is met when its combined level reaches the required level. An open disagreement is an item whose ratings are two or more levels apart with no consensus recorded.</source>
        <translation>The figures are worked out from each item&apos;s combined level: the panel&apos;s consensus where one is recorded (with its reason); otherwise the rating when one panel member rated the item, or the lower median when several did (the k ratings sorted from low to high, the one at position ⌊(k−1)/2⌋, counting from 0). An item nobody rated counts as 0. Readiness, completeness and the attainments are the personal report&apos;s formulas applied to the combined levels. A must-have is met when its combined level reaches the required level. An open disagreement is an item whose ratings are two or more levels apart with no consensus recorded.</translation>
    </message>
    <message>
        <source>Must-haves</source>
        <translation>Must-haves</translation>
    </message>
    <message>
        <source>This round has no must-haves: every candidate counts as meeting them.</source>
        <translation>This round has no must-haves: every candidate counts as meeting them.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) every candidate must meet. A candidate who fails any of them is ranked after every candidate who meets them all, however strong otherwise.</source>
        <translation>
            <numerusform>%n requirement every candidate must meet. A candidate who fails it is ranked after every candidate who meets it, however strong otherwise.</numerusform>
            <numerusform>%n requirements every candidate must meet. A candidate who fails any of them is ranked after every candidate who meets them all, however strong otherwise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates meeting it</source>
        <translation>Candidates meeting it</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>The round has no candidates yet: nobody in it has an assessor&apos;s assessment of its role.</source>
        <translation>The round has no candidates yet: nobody in it has an assessor&apos;s assessment of its role.</translation>
    </message>
    <message>
        <source>Must-haves: %1 all met, %2 followed by those the candidate fails. Gaps ≥ 2: requirements two or more levels below the required level (an item nobody rated counts as 0). Open disagreements: items whose ratings are two or more levels apart with no consensus.</source>
        <translation>Must-haves: %1 all met, %2 followed by those the candidate fails. Gaps ≥ 2: requirements two or more levels below the required level (an item nobody rated counts as 0). Open disagreements: items whose ratings are two or more levels apart with no consensus.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Must-haves met</source>
        <translation>Must-haves met</translation>
    </message>
    <message>
        <source>Failed must-haves</source>
        <translation>Failed must-haves</translation>
    </message>
    <message>
        <source>Gaps ≥ 2</source>
        <translation>Gaps ≥ 2</translation>
    </message>
    <message>
        <source>Gaps of two or more levels</source>
        <translation>Gaps of two or more levels</translation>
    </message>
    <message>
        <source>Panel size</source>
        <translation>Panel size</translation>
    </message>
    <message>
        <source>Open disagreements</source>
        <translation>Open disagreements</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Shortlisted</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>one rating</source>
        <translation>one rating</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Scorecard: %1</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>rank %1 of %2</translation>
    </message>
    <message>
        <source>panel: %1</source>
        <translation>panel: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>%1 must-have</source>
        <translation>%1 must-have</translation>
    </message>
    <message>
        <source>%1 open disagreement (ratings two or more levels apart, no consensus)</source>
        <translation>%1 open disagreement (ratings two or more levels apart, no consensus)</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combined</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Consensus reasons</source>
        <translation>Consensus reasons</translation>
    </message>
    <message>
        <source>Consensus level</source>
        <translation>Consensus level</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>For the hiring panel only. Candidates never see one another: nothing of this document goes into a candidate&apos;s own report.</source>
        <translation>For the hiring panel only. Candidates never see one another: nothing of this document goes into a candidate&apos;s own report.</translation>
    </message>
    <message>
        <source>The panel: agreement and calibration</source>
        <translation>The panel: agreement and calibration</translation>
    </message>
    <message>
        <source>Agreement: no pairs. No item of any candidate was rated by two panel members, so there is nothing to compare.</source>
        <translation>Agreement: no pairs. No item of any candidate was rated by two panel members, so there is nothing to compare.</translation>
    </message>
    <message numerus="yes">
        <source>Agreement over the whole round: %n pair(s) of ratings (two panel members rating the same item of the same candidate); %1 of them equal, %2 at most one level apart.</source>
        <translation>
            <numerusform>Agreement over the whole round: %n pair of ratings (two panel members rating the same item of the same candidate); %1 of them equal, %2 at most one level apart.</numerusform>
            <numerusform>Agreement over the whole round: %n pairs of ratings (two panel members rating the same item of the same candidate); %1 of them equal, %2 at most one level apart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each panel member&apos;s calibration: over the items they rated where another member rated the same item of the same candidate too, the mean of their level minus the others&apos; mean level. Positive is lenient, negative strict.</source>
        <translation>Each panel member&apos;s calibration: over the items they rated where another member rated the same item of the same candidate too, the mean of their level minus the others&apos; mean level. Positive is lenient, negative strict.</translation>
    </message>
    <message>
        <source>none (no item rated by another member too)</source>
        <translation>none (no item rated by another member too)</translation>
    </message>
    <message>
        <source>%1 (neither lenient nor strict)</source>
        <translation>%1 (neither lenient nor strict)</translation>
    </message>
    <message>
        <source>%1 (lenient)</source>
        <translation>%1 (lenient)</translation>
    </message>
    <message>
        <source>%1 (strict)</source>
        <translation>%1 (strict)</translation>
    </message>
    <message>
        <source>Panel member</source>
        <translation>Panel member</translation>
    </message>
    <message>
        <source>Items compared</source>
        <translation>Items compared</translation>
    </message>
    <message>
        <source>Mean difference</source>
        <translation>Mean difference</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>The panel&apos;s evidence and notes</source>
        <translation>The panel&apos;s evidence and notes</translation>
    </message>
    <message>
        <source>Self (not counted)</source>
        <translation>Self (not counted)</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Evidence and notes</translation>
    </message>
    <message>
        <source>5. Then by name, in a fixed order of characters that is the same on every computer (not pinyin), so that a tie never depends on who was entered first.</source>
        <translation>5. Then by name, in a fixed order of characters that is the same on every computer (not pinyin), so that a tie never depends on who was entered first.</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>Strong yes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation>Strong no</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>No recommendation</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>not submitted</translation>
    </message>
    <message>
        <source>%1 changed after its author could see the other panel members&apos; scorecards (reopened after submitting).</source>
        <translation>%1 changed after its author could see the other panel members&apos; scorecards (reopened after submitting).</translation>
    </message>
    <message>
        <source>Scorecards of every candidate</source>
        <translation>Scorecards of every candidate</translation>
    </message>
    <message>
        <source>Scorecards: %1</source>
        <translation>Scorecards: %1</translation>
    </message>
    <message>
        <source>The round has no candidate yet, so this document has no scorecards.</source>
        <translation>The round has no candidate yet, so this document has no scorecards.</translation>
    </message>
    <message>
        <source>No candidate has that decision, so this document has no scorecards.</source>
        <translation>No candidate has that decision, so this document has no scorecards.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), one page each, in rank order: each panel member&apos;s levels, recommendation and comment, the combined levels, and every consensus with its reason and who recorded it.</source>
        <translation>
            <numerusform>%n candidate, one page each, in rank order: each panel member&apos;s levels, recommendation and comment, the combined levels, and every consensus with its reason and who recorded it.</numerusform>
            <numerusform>%n candidates, one page each, in rank order: each panel member&apos;s levels, recommendation and comment, the combined levels, and every consensus with its reason and who recorded it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel&apos;s scorecards</source>
        <translation>The panel&apos;s scorecards</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Panel&apos;s recommendations</source>
        <translation>Panel&apos;s recommendations</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Staff or student n&amp;umber</source>
        <translation>Staff or student n&amp;umber</translation>
    </message>
    <message>
        <source>Staff or student number</source>
        <translation>Staff or student number</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>&amp;Assessor</source>
        <translation>&amp;Assessor</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>Assessor&apos;s name</translation>
    </message>
</context>
<context>
    <name>iitalent::CoreText</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the assessment database.</source>
        <translation>Cannot create the folder %1 for the assessment database.</translation>
    </message>
    <message>
        <source>Cannot create the assessment database %1: %2</source>
        <translation>Cannot create the assessment database %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the assessment database %1: %2</source>
        <translation>Cannot open the assessment database %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The assessment database %1 cannot be used: %2</source>
        <translation>The assessment database %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read its header</source>
        <translation>cannot read its header</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not an iitalent assessment database</source>
        <translation>it is an SQLite database, but not an iitalent assessment database</translation>
    </message>
    <message>
        <source>it was written by a newer iitalent (database version %1; this iitalent reads up to version %2). It was left untouched: use the newer iitalent to open it.</source>
        <translation>it was written by a newer iitalent (database version %1; this iitalent reads up to version %2). It was left untouched: use the newer iitalent to open it.</translation>
    </message>
    <message>
        <source>another program is setting it up or upgrading it (%1 is locked)</source>
        <translation>another program is setting it up or upgrading it (%1 is locked)</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>permission was denied</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 to set it up: %2</source>
        <translation>cannot create the lock file %1 to set it up: %2</translation>
    </message>
    <message>
        <source> Copies made before upgrades: %1.</source>
        <translation> Copies made before upgrades: %1.</translation>
    </message>
    <message>
        <source>it is damaged (%1). Nothing was read from it or written to it. Keep the file as it is; restore your latest copy of it, or save what can be saved with `sqlite3 %2 .recover | sqlite3 recovered.sqlite`.%3</source>
        <translation>it is damaged (%1). Nothing was read from it or written to it. Keep the file as it is; restore your latest copy of it, or save what can be saved with `sqlite3 %2 .recover | sqlite3 recovered.sqlite`.%3</translation>
    </message>
    <message>
        <source>its database version %1 is unknown</source>
        <translation>its database version %1 is unknown</translation>
    </message>
    <message>
        <source>cannot back it up before upgrading: %1</source>
        <translation>cannot back it up before upgrading: %1</translation>
    </message>
    <message>
        <source>cannot back it up to %1 before upgrading: %2. Nothing was changed</source>
        <translation>cannot back it up to %1 before upgrading: %2. Nothing was changed</translation>
    </message>
    <message>
        <source>upgrading from version 1: %1</source>
        <translation>upgrading from version 1: %1</translation>
    </message>
    <message>
        <source>%1. Nothing was changed; a backup is at %2</source>
        <translation>%1. Nothing was changed; a backup is at %2</translation>
    </message>
    <message>
        <source>no assessment id was given</source>
        <translation>no assessment id was given</translation>
    </message>
    <message>
        <source>there is no assessment %1 (give at least 4 characters of an id)</source>
        <translation>there is no assessment %1 (give at least 4 characters of an id)</translation>
    </message>
    <message>
        <source>there is no assessment %1</source>
        <translation>there is no assessment %1</translation>
    </message>
    <message>
        <source>%1 is the start of several assessment ids; give more of it</source>
        <translation>%1 is the start of several assessment ids; give more of it</translation>
    </message>
    <message>
        <source>an assessment with id %1 is already stored</source>
        <translation>an assessment with id %1 is already stored</translation>
    </message>
    <message>
        <source>%1: the removed assessments could not be overwritten in the file yet: %2</source>
        <translation>%1: the removed assessments could not be overwritten in the file yet: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1: the removed assessments are gone from iitalent, but their old pages are still in the file, because another program (an open iitalent window, a report being written) is still reading it. Close it and run this again to overwrite them.</source>
        <translation>%1: the removed assessments are gone from iitalent, but their old pages are still in the file, because another program (an open iitalent window, a report being written) is still reading it. Close it and run this again to overwrite them.</translation>
    </message>
    <message>
        <source>%1: this backup could not be cleaned of the person: %2</source>
        <translation>%1: this backup could not be cleaned of the person: %2</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>it has no schema version</translation>
    </message>
    <message>
        <source>its schema version is %1, this iitalent reads version %2</source>
        <translation>its schema version is %1, this iitalent reads version %2</translation>
    </message>
    <message>
        <source>element %1 belongs to unknown dimension %2</source>
        <translation>element %1 belongs to unknown dimension %2</translation>
    </message>
    <message>
        <source>an alias belongs to unknown role %1</source>
        <translation>an alias belongs to unknown role %1</translation>
    </message>
    <message>
        <source>requirement %1 has level %2, outside 1..4</source>
        <translation>requirement %1 has level %2, outside 1..4</translation>
    </message>
    <message>
        <source>requirement %1 belongs to unknown role %2</source>
        <translation>requirement %1 belongs to unknown role %2</translation>
    </message>
    <message>
        <source>method %1 belongs to unknown stage %2</source>
        <translation>method %1 belongs to unknown stage %2</translation>
    </message>
    <message>
        <source>a dimension is mapped to unknown method %1</source>
        <translation>a dimension is mapped to unknown method %1</translation>
    </message>
    <message>
        <source>a provider is mapped to unknown method %1</source>
        <translation>a provider is mapped to unknown method %1</translation>
    </message>
    <message>
        <source>%1 is not a usable iitalent catalog: %2.</source>
        <translation>%1 is not a usable iitalent catalog: %2.</translation>
    </message>
    <message>
        <source>the file is damaged, incomplete or not a database at all (%1)</source>
        <translation>the file is damaged, incomplete or not a database at all (%1)</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (%1)</source>
        <translation>the file is damaged or incomplete (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>the file is damaged (%1)</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not an iitalent catalog</source>
        <translation>it is an SQLite database, but not an iitalent catalog</translation>
    </message>
    <message>
        <source>The catalog file %1 does not exist.</source>
        <translation>The catalog file %1 does not exist.</translation>
    </message>
    <message>
        <source>The catalog file %1 cannot be read.</source>
        <translation>The catalog file %1 cannot be read.</translation>
    </message>
    <message>
        <source>it has no directions</source>
        <translation>it has no directions</translation>
    </message>
    <message>
        <source>it has no dimensions</source>
        <translation>it has no dimensions</translation>
    </message>
    <message>
        <source>it has no roles</source>
        <translation>it has no roles</translation>
    </message>
    <message>
        <source>direction id &apos;%1&apos; is empty or repeated</source>
        <translation>direction id &apos;%1&apos; is empty or repeated</translation>
    </message>
    <message>
        <source>dimension key &apos;%1&apos; is empty or repeated</source>
        <translation>dimension key &apos;%1&apos; is empty or repeated</translation>
    </message>
    <message>
        <source>competency %1 is repeated</source>
        <translation>competency %1 is repeated</translation>
    </message>
    <message>
        <source>role code &apos;%1&apos; is empty or repeated</source>
        <translation>role code &apos;%1&apos; is empty or repeated</translation>
    </message>
    <message>
        <source>role code &apos;%1&apos; is longer than %2 characters, which assessment files cannot name</source>
        <translation>role code &apos;%1&apos; is longer than %2 characters, which assessment files cannot name</translation>
    </message>
    <message>
        <source>role %1 is in unknown direction &apos;%2&apos;</source>
        <translation>role %1 is in unknown direction &apos;%2&apos;</translation>
    </message>
    <message>
        <source>role %1 has no name</source>
        <translation>role %1 has no name</translation>
    </message>
    <message>
        <source>requirement id &apos;%1&apos; should be &apos;%2&apos;</source>
        <translation>requirement id &apos;%1&apos; should be &apos;%2&apos;</translation>
    </message>
    <message>
        <source>requirement %1 is repeated</source>
        <translation>requirement %1 is repeated</translation>
    </message>
    <message>
        <source>requirement %1 is in unknown dimension &apos;%2&apos;</source>
        <translation>requirement %1 is in unknown dimension &apos;%2&apos;</translation>
    </message>
    <message>
        <source>requirement %1 has no text</source>
        <translation>requirement %1 has no text</translation>
    </message>
    <message>
        <source>requirement %1 refers to unknown competency &apos;%2&apos;</source>
        <translation>requirement %1 refers to unknown competency &apos;%2&apos;</translation>
    </message>
    <message>
        <source>improvement method %1 is mapped to unknown dimension &apos;%2&apos;</source>
        <translation>improvement method %1 is mapped to unknown dimension &apos;%2&apos;</translation>
    </message>
    <message>
        <source>improvement method %1 is mapped to unknown provider &apos;%2&apos;</source>
        <translation>improvement method %1 is mapped to unknown provider &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>missing &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>&quot;methods&quot; must be an object keyed by method id</source>
        <translation>&quot;methods&quot; must be an object keyed by method id</translation>
    </message>
    <message>
        <source>there is no improvement method &quot;%1&quot; in improvement.json</source>
        <translation>there is no improvement method &quot;%1&quot; in improvement.json</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list strings</source>
        <translation>&quot;%1&quot; must list strings</translation>
    </message>
    <message>
        <source>role code &quot;%1&quot; is longer than %2 characters, which assessment files cannot name</source>
        <translation>role code &quot;%1&quot; is longer than %2 characters, which assessment files cannot name</translation>
    </message>
    <message>
        <source>&quot;requirements&quot; must be an object keyed by dimension</source>
        <translation>&quot;requirements&quot; must be an object keyed by dimension</translation>
    </message>
    <message>
        <source>requirements of unknown dimension &quot;%1&quot;</source>
        <translation>requirements of unknown dimension &quot;%1&quot;</translation>
    </message>
    <message>
        <source>requirements.%1 must be a list</source>
        <translation>requirements.%1 must be a list</translation>
    </message>
    <message>
        <source>&quot;level&quot; must be an integer 1..4</source>
        <translation>&quot;level&quot; must be an integer 1..4</translation>
    </message>
    <message>
        <source>level %1 is outside 1..4</source>
        <translation>level %1 is outside 1..4</translation>
    </message>
    <message>
        <source>must be a string or an object</source>
        <translation>must be a string or an object</translation>
    </message>
    <message>
        <source>has no role files</source>
        <translation>has no role files</translation>
    </message>
    <message>
        <source>holds role &quot;%1&quot;; a role file is named after its code</source>
        <translation>holds role &quot;%1&quot;; a role file is named after its code</translation>
    </message>
    <message>
        <source>must be a list of role codes</source>
        <translation>must be a list of role codes</translation>
    </message>
    <message>
        <source>lists %1 but the role files of this direction are %2</source>
        <translation>lists %1 but the role files of this direction are %2</translation>
    </message>
    <message>
        <source>The catalog source folder %1 does not exist.</source>
        <translation>The catalog source folder %1 does not exist.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 allowed</source>
        <translation>%1 characters, more than the %2 allowed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>&quot;%1&quot; is not an ISO 8601 date and time</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the years 1 to 9999 once converted to UTC</source>
        <translation>&quot;%1&quot; is outside the years 1 to 9999 once converted to UTC</translation>
    </message>
    <message>
        <source>not an iitalent assessment: its JSON is nested more than %1 levels deep (at byte %2)</source>
        <translation>not an iitalent assessment: its JSON is nested more than %1 levels deep (at byte %2)</translation>
    </message>
    <message>
        <source>at the top level</source>
        <translation>at the top level</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>it is not a file</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the %2 an assessment file may have</source>
        <translation>the file is %1 bytes, more than the %2 an assessment file may have</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>the file is larger than the %1 bytes an assessment file may have</source>
        <translation>the file is larger than the %1 bytes an assessment file may have</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object (%2); a file must say each thing once</source>
        <translation>the key &quot;%1&quot; appears twice in one object (%2); a file must say each thing once</translation>
    </message>
    <message>
        <source>not valid JSON (at byte %1)</source>
        <translation>not valid JSON (at byte %1)</translation>
    </message>
    <message>
        <source>not valid JSON (a number is out of range)</source>
        <translation>not valid JSON (a number is out of range)</translation>
    </message>
    <message>
        <source>not an iitalent assessment: the file must hold one JSON object</source>
        <translation>not an iitalent assessment: the file must hold one JSON object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2; this file is not an iitalent assessment or is of another version</source>
        <translation>&quot;%1&quot; is not %2; this file is not an iitalent assessment or is of another version</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>&quot;%1&quot; is not a UUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role of the catalog</source>
        <translation>&quot;%1&quot; is not a role of the catalog</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither self nor assessor</source>
        <translation>&quot;%1&quot; is neither self nor assessor</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither pre-job nor on-job</source>
        <translation>&quot;%1&quot; is neither pre-job nor on-job</translation>
    </message>
    <message>
        <source>missing; an assessor assessment names its assessor</source>
        <translation>missing; an assessor assessment names its assessor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a requirement of the catalog</source>
        <translation>&quot;%1&quot; is not a requirement of the catalog</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to role %2, not to role %3</source>
        <translation>&quot;%1&quot; belongs to role %2, not to role %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is rated twice (also ratings[%2])</source>
        <translation>&quot;%1&quot; is rated twice (also ratings[%2])</translation>
    </message>
    <message>
        <source>must be a whole number 0..4 or null</source>
        <translation>must be a whole number 0..4 or null</translation>
    </message>
    <message>
        <source>%1 is outside 0..4</source>
        <translation>%1 is outside 0..4</translation>
    </message>
    <message>
        <source>it cannot be written: the file, its folder or the disk is read-only</source>
        <translation>it cannot be written: the file, its folder or the disk is read-only</translation>
    </message>
    <message>
        <source>it cannot be opened: its folder is missing, not writable or on a read-only disk</source>
        <translation>it cannot be opened: its folder is missing, not writable or on a read-only disk</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>it is not an SQLite database</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>it is damaged</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>the disk reported an input/output error</translation>
    </message>
    <message>
        <source>another program kept it locked for too long</source>
        <translation>another program kept it locked for too long</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>there is not enough memory</translation>
    </message>
    <message>
        <source>upgrading from version 2: %1</source>
        <translation>upgrading from version 2: %1</translation>
    </message>
    <message>
        <source>a cohort needs a name</source>
        <translation>a cohort needs a name</translation>
    </message>
    <message>
        <source>a cohort&apos;s name has at most %1 characters</source>
        <translation>a cohort&apos;s name has at most %1 characters</translation>
    </message>
    <message>
        <source>a cohort&apos;s note has at most %1 characters</source>
        <translation>a cohort&apos;s note has at most %1 characters</translation>
    </message>
    <message>
        <source>%1 is not a date of the form 2026-12-01</source>
        <translation>%1 is not a date of the form 2026-12-01</translation>
    </message>
    <message>
        <source>there is already a cohort named %1</source>
        <translation>there is already a cohort named %1</translation>
    </message>
    <message>
        <source>there is no cohort named %1</source>
        <translation>there is no cohort named %1</translation>
    </message>
    <message>
        <source>there is no such file, folder or stored assessment</source>
        <translation>there is no such file, folder or stored assessment</translation>
    </message>
    <message>
        <source>there is no role %1 in the catalog</source>
        <translation>there is no role %1 in the catalog</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to, so answers could not be collected there</source>
        <translation>the folder %1 cannot be written to, so answers could not be collected there</translation>
    </message>
    <message>
        <source>please enter your name</source>
        <translation>please enter your name</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>a name has at most %1 characters</translation>
    </message>
    <message>
        <source>your answers are saved on this computer, but could not be written to %1: %2</source>
        <translation>your answers are saved on this computer, but could not be written to %1: %2</translation>
    </message>
    <message>
        <source>upgrading from version 3: %1</source>
        <translation>upgrading from version 3: %1</translation>
    </message>
    <message>
        <source>a consensus needs a reason</source>
        <translation>a consensus needs a reason</translation>
    </message>
    <message>
        <source>a reason has at most %1 characters</source>
        <translation>a reason has at most %1 characters</translation>
    </message>
    <message>
        <source>%1 is not a level (0 to 4)</source>
        <translation>%1 is not a level (0 to 4)</translation>
    </message>
    <message>
        <source>a consensus needs a candidate</source>
        <translation>a consensus needs a candidate</translation>
    </message>
    <message>
        <source>there is no consensus on %1 for %2 to withdraw</source>
        <translation>there is no consensus on %1 for %2 to withdraw</translation>
    </message>
    <message>
        <source>a decision is shortlist, hold or reject, not &apos;%1&apos;</source>
        <translation>a decision is shortlist, hold or reject, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a note has at most %1 characters</source>
        <translation>a note has at most %1 characters</translation>
    </message>
    <message>
        <source>it is an assessment of role %1; this round is for role %2</source>
        <translation>it is an assessment of role %1; this round is for role %2</translation>
    </message>
    <message>
        <source>%1 is not a requirement of role %2</source>
        <translation>%1 is not a requirement of role %2</translation>
    </message>
    <message>
        <source>%1 is not a hiring round (its kind is %2)</source>
        <translation>%1 is not a hiring round (its kind is %2)</translation>
    </message>
    <message>
        <source>the hiring round %1 needs exactly one role</source>
        <translation>the hiring round %1 needs exactly one role</translation>
    </message>
    <message>
        <source>%1 is not a candidate of the round %2</source>
        <translation>%1 is not a candidate of the round %2</translation>
    </message>
    <message>
        <source>%1 candidates are named %2; say which with --number or --organisation:%3</source>
        <translation>%1 candidates are named %2; say which with --number or --organisation:%3</translation>
    </message>
    <message>
        <source>the new cohort got no number</source>
        <translation>the new cohort got no number</translation>
    </message>
    <message>
        <source>the source and the target are the same store (%1)</source>
        <translation>the source and the target are the same store (%1)</translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation>reading %1: %2</translation>
    </message>
    <message>
        <source>the target has a cohort named %1 of another kind (%2, not %3)</source>
        <translation>the target has a cohort named %1 of another kind (%2, not %3)</translation>
    </message>
    <message>
        <source>copying into %1: %2. Nothing was copied.</source>
        <translation>copying into %1: %2. Nothing was copied.</translation>
    </message>
    <message>
        <source>The team store %1 refused the password: check the user name and password (PGPASSWORD or ~/.pgpass).</source>
        <translation>The team store %1 refused the password: check the user name and password (PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>The team store %1 asks for a password: give it in PGPASSWORD or ~/.pgpass.</source>
        <translation>The team store %1 asks for a password: give it in PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>The team store %1 has no such user: an admin adds one with `iitalent-cli team add-user`.</source>
        <translation>The team store %1 has no such user: an admin adds one with `iitalent-cli team add-user`.</translation>
    </message>
    <message>
        <source>The server has no database of that name (%1): check the address, or create it with createdb.</source>
        <translation>The server has no database of that name (%1): check the address, or create it with createdb.</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached securely: the server and the address&apos;s sslmode do not agree.</source>
        <translation>The team store %1 cannot be reached securely: the server and the address&apos;s sslmode do not agree.</translation>
    </message>
    <message>
        <source>The team store %1 cannot be reached: no PostgreSQL server answers there.</source>
        <translation>The team store %1 cannot be reached: no PostgreSQL server answers there.</translation>
    </message>
    <message>
        <source>What answers at %1 is not a PostgreSQL server.</source>
        <translation>What answers at %1 is not a PostgreSQL server.</translation>
    </message>
    <message>
        <source>Cannot connect to the team store %1.</source>
        <translation>Cannot connect to the team store %1.</translation>
    </message>
    <message>
        <source>the team store cannot be reached</source>
        <translation>the team store cannot be reached</translation>
    </message>
    <message>
        <source>permission was denied: your role in the team store does not allow it</source>
        <translation>permission was denied: your role in the team store does not allow it</translation>
    </message>
    <message>
        <source>another machine changed the same data at the same moment; try again</source>
        <translation>another machine changed the same data at the same moment; try again</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>the server&apos;s disk is full</translation>
    </message>
    <message>
        <source>the server is shutting down or restarting</source>
        <translation>the server is shutting down or restarting</translation>
    </message>
    <message>
        <source>Cannot use the team store %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</source>
        <translation>Cannot use the team store %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The team store %1 cannot be used: %2</source>
        <translation>The team store %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>%1 is not a team store address (%2). Write it as postgresql://user@host:5432/database?sslmode=prefer.</source>
        <translation>%1 is not a team store address (%2). Write it as postgresql://user@host:5432/database?sslmode=prefer.</translation>
    </message>
    <message>
        <source>it does not have the form of one</source>
        <translation>it does not have the form of one</translation>
    </message>
    <message>
        <source>%1 is not a port</source>
        <translation>%1 is not a port</translation>
    </message>
    <message>
        <source>iitalent does not know the option %1; it knows %2</source>
        <translation>iitalent does not know the option %1; it knows %2</translation>
    </message>
    <message>
        <source>the value of %1 has characters it cannot have</source>
        <translation>the value of %1 has characters it cannot have</translation>
    </message>
    <message>
        <source>sslmode is one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <translation>sslmode is one of disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <source>the database holds tables, but it is not an iitalent store. It was left untouched.</source>
        <translation>the database holds tables, but it is not an iitalent store. It was left untouched.</translation>
    </message>
    <message>
        <source>the database has no iitalent store yet. An admin sets it up with `iitalent-cli team init %1`.</source>
        <translation>the database has no iitalent store yet. An admin sets it up with `iitalent-cli team init %1`.</translation>
    </message>
    <message>
        <source>upgrading it from version %1 failed: %2. Nothing was changed.</source>
        <translation>upgrading it from version %1 failed: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>the database already holds other tables; set the team store up in a database of its own (createdb iitalent)</source>
        <translation>the database already holds other tables; set the team store up in a database of its own (createdb iitalent)</translation>
    </message>
    <message>
        <source>it was set up by a newer iitalent (database version %1)</source>
        <translation>it was set up by a newer iitalent (database version %1)</translation>
    </message>
    <message>
        <source>Cannot set up the team store %1: %2. Nothing was changed.</source>
        <translation>Cannot set up the team store %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be a team store login: use lower-case letters, digits and _, starting with a letter (at most 63)</source>
        <translation>%1 cannot be a team store login: use lower-case letters, digits and _, starting with a letter (at most 63)</translation>
    </message>
    <message>
        <source>a team store login needs a password</source>
        <translation>a team store login needs a password</translation>
    </message>
    <message>
        <source>Cannot add the user %1 to the team store %2: the password could not be hashed (%3)</source>
        <translation>Cannot add the user %1 to the team store %2: the password could not be hashed (%3)</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>Cannot add the user %1 to the team store %2: %3</source>
        <translation>Cannot add the user %1 to the team store %2: %3</translation>
    </message>
    <message>
        <source>The team store %1 has no login %2.</source>
        <translation>The team store %1 has no login %2.</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2 in the team store %3: %4</source>
        <translation>Cannot add %1 to %2 in the team store %3: %4</translation>
    </message>
    <message>
        <source>a recommendation is strong-yes, yes, no or strong-no, not &apos;%1&apos;</source>
        <translation>a recommendation is strong-yes, yes, no or strong-no, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a comment has at most %1 characters</source>
        <translation>a comment has at most %1 characters</translation>
    </message>
    <message>
        <source>the scorecard could not be written: your role in the team store does not allow it</source>
        <translation>the scorecard could not be written: your role in the team store does not allow it</translation>
    </message>
    <message>
        <source>a file store has no logins</source>
        <translation>a file store has no logins</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>an item marked not assessed has no level</source>
        <translation>an item marked not assessed has no level</translation>
    </message>
    <message>
        <source>the scorecards are all, or some of shortlisted, held, rejected, undecided (not %1)</source>
        <translation>the scorecards are all, or some of shortlisted, held, rejected, undecided (not %1)</translation>
    </message>
    <message>
        <source>%1 has no scorecard of %2 in the round %3</source>
        <translation>%1 has no scorecard of %2 in the round %3</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>a scorecard is submitted with a recommendation: strong-yes, yes, no or strong-no</source>
        <translation>a scorecard is submitted with a recommendation: strong-yes, yes, no or strong-no</translation>
    </message>
    <message>
        <source>%1 items are neither rated nor marked not assessed: %2</source>
        <translation>%1 items are neither rated nor marked not assessed: %2</translation>
    </message>
    <message>
        <source>%1&apos;s scorecard of %2 is submitted already</source>
        <translation>%1&apos;s scorecard of %2 is submitted already</translation>
    </message>
    <message>
        <source>%1&apos;s scorecard of %2 is not submitted</source>
        <translation>%1&apos;s scorecard of %2 is not submitted</translation>
    </message>
    <message>
        <source>upgrading from version 4: %1</source>
        <translation>upgrading from version 4: %1</translation>
    </message>
    <message>
        <source>it needs upgrading from version %1 to %2, which only its owner may do: ask the admin to run `iitalent-cli team init %3` with this iitalent. Nothing was changed.</source>
        <translation>it needs upgrading from version %1 to %2, which only its owner may do: ask the admin to run `iitalent-cli team init %3` with this iitalent. Nothing was changed.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>role %1</translation>
    </message>
    <message>
        <source>you have started this questionnaire before. To continue it, ask the instructor; or start again with an empty one</source>
        <translation>you have started this questionnaire before. To continue it, ask the instructor; or start again with an empty one</translation>
    </message>
    <message>
        <source>you have started this questionnaire before. To continue it, enter the code you were shown when you started; or start again with an empty one</source>
        <translation>you have started this questionnaire before. To continue it, enter the code you were shown when you started; or start again with an empty one</translation>
    </message>
    <message>
        <source>that is not the code. To continue, ask the instructor; or start again with an empty one</source>
        <translation>that is not the code. To continue, ask the instructor; or start again with an empty one</translation>
    </message>
    <message numerus="yes">
        <source>that is not the code (%n tries left)</source>
        <translation>
            <numerusform>that is not the code (%n tries left)</numerusform>
            <numerusform>that is not the code (%n tries left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence has at most %1 characters; the text has %2</source>
        <translation>Evidence has at most %1 characters; the text has %2</translation>
    </message>
    <message>
        <source>A note has at most %1 characters; the text has %2</source>
        <translation>A note has at most %1 characters; the text has %2</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::AssessmentListModel</name>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Assessor: %1</source>
        <translation>Assessor: %1</translation>
    </message>
    <message>
        <source>Before the job</source>
        <translation>Before the job</translation>
    </message>
    <message>
        <source>On the job</source>
        <translation>On the job</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::AssessmentsPage</name>
    <message>
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Self-assessments</translation>
    </message>
    <message>
        <source>Assessor assessments</source>
        <translation>Assessor assessments</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::BatchExportDialog</name>
    <message numerus="yes">
        <source>Write a report for each of the %n selected assessment(s) into a folder. File names are made of the subject&apos;s name, the role, the date and the start of the assessment&apos;s id.</source>
        <translation>
            <numerusform>Write a report for each of the %n selected assessment into a folder. File names are made of the subject&apos;s name, the role, the date and the start of the assessment&apos;s id.</numerusform>
            <numerusform>Write a report for each of the %n selected assessments into a folder. File names are made of the subject&apos;s name, the role, the date and the start of the assessment&apos;s id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Reports</source>
        <translation>Folder for the Reports</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>The folder “%1” cannot be created.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortCompareDialog</name>
    <message>
        <source>self-assessments</source>
        <translation>self-assessments</translation>
    </message>
    <message>
        <source>assessor assessments</source>
        <translation>assessor assessments</translation>
    </message>
    <message>
        <source>Before and After — Anonymised</source>
        <translation>Before and After — Anonymised</translation>
    </message>
    <message>
        <source>Before and After</source>
        <translation>Before and After</translation>
    </message>
    <message>
        <source>Role %1, %2. A person in both cohorts (same name and number) is compared by their latest assessment in each.</source>
        <translation>Role %1, %2. A person in both cohorts (same name and number) is compared by their latest assessment in each.</translation>
    </message>
    <message>
        <source>Anonymised: participants are shown by their numbers only, and so is the export.</source>
        <translation>Anonymised: participants are shown by their numbers only, and so is the export.</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Before:</translation>
    </message>
    <message>
        <source>Cohort before the course</source>
        <translation>Cohort before the course</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;After:</translation>
    </message>
    <message>
        <source>Cohort after the course</source>
        <translation>Cohort after the course</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>S&amp;wap</translation>
    </message>
    <message>
        <source>Exchange the before and after cohorts</source>
        <translation>Exchange the before and after cohorts</translation>
    </message>
    <message>
        <source>Swap before and after</source>
        <translation>Swap before and after</translation>
    </message>
    <message>
        <source>&amp;Dimensions</source>
        <translation>&amp;Dimensions</translation>
    </message>
    <message>
        <source>&amp;Requirements</source>
        <translation>&amp;Requirements</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Only in one</source>
        <translation>&amp;Only in one</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <source>Parts of the comparison</source>
        <translation>Parts of the comparison</translation>
    </message>
    <message>
        <source>Readiness and dimensions, before and after</source>
        <translation>Readiness and dimensions, before and after</translation>
    </message>
    <message>
        <source>Requirements met, before and after</source>
        <translation>Requirements met, before and after</translation>
    </message>
    <message>
        <source>Participants in both cohorts</source>
        <translation>Participants in both cohorts</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the comparison, anonymised, as PDF, HTML, CSV or JSON</source>
        <translation>Save the comparison, anonymised, as PDF, HTML, CSV or JSON</translation>
    </message>
    <message>
        <source>Save the comparison as PDF, HTML, CSV or JSON</source>
        <translation>Save the comparison as PDF, HTML, CSV or JSON</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>Choose two different cohorts.</source>
        <translation>Choose two different cohorts.</translation>
    </message>
    <message>
        <source>The cohorts could not be read: %1</source>
        <translation>The cohorts could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in both.</source>
        <translation>
            <numerusform>%n participant in both.</numerusform>
            <numerusform>%n participants in both.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1: %2; only in %3: %4.</source>
        <translation>Only in %1: %2; only in %3: %4.</translation>
    </message>
    <message>
        <source>Export Before and After — Anonymised</source>
        <translation>Export Before and After — Anonymised</translation>
    </message>
    <message>
        <source>Export Before and After</source>
        <translation>Export Before and After</translation>
    </message>
    <message>
        <source>Exported before and after, anonymised, to %1.</source>
        <translation>Exported before and after, anonymised, to %1.</translation>
    </message>
    <message>
        <source>Exported before and after to %1.</source>
        <translation>Exported before and after to %1.</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <source>Readiness and each dimension, before and after, as a chart</source>
        <translation>Readiness and each dimension, before and after, as a chart</translation>
    </message>
    <message>
        <source>Save as S&amp;lide…</source>
        <translation>Save as S&amp;lide…</translation>
    </message>
    <message>
        <source>Save before and after as a slide</source>
        <translation>Save before and after as a slide</translation>
    </message>
    <message>
        <source>Save readiness and each dimension, before and after, as a 16:9 chart for a presentation: PNG (1920 × 1080) or SVG; anonymised when the dialog is</source>
        <translation>Save readiness and each dimension, before and after, as a 16:9 chart for a presentation: PNG (1920 × 1080) or SVG; anonymised when the dialog is</translation>
    </message>
    <message>
        <source>Save as Slide — Anonymised</source>
        <translation>Save as Slide — Anonymised</translation>
    </message>
    <message>
        <source>Save as Slide</source>
        <translation>Save as Slide</translation>
    </message>
    <message>
        <source>Saved the slide, anonymised, to %1.</source>
        <translation>Saved the slide, anonymised, to %1.</translation>
    </message>
    <message>
        <source>Saved the slide to %1.</source>
        <translation>Saved the slide to %1.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortDistributionView</name>
    <message>
        <source>No participants in this view.</source>
        <translation>No participants in this view.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s).</source>
        <translation>
            <numerusform>%n participant.</numerusform>
            <numerusform>%n participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness: mean %1, median %2.</source>
        <translation>Readiness: mean %1, median %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participants per readiness band: %1.</source>
        <translation>Participants per readiness band: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean attainment: %1.</source>
        <translation>Mean attainment: %1.</translation>
    </message>
    <message>
        <source>Distributions of the class</source>
        <translation>Distributions of the class</translation>
    </message>
    <message>
        <source>Readiness of the participants</source>
        <translation>Readiness of the participants</translation>
    </message>
    <message>
        <source>n = %1 · mean %2 · median %3</source>
        <translation>n = %1 · mean %2 · median %3</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>mean %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>median %1</translation>
    </message>
    <message>
        <source>Mean attainment per dimension</source>
        <translation>Mean attainment per dimension</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortExport</name>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortHeatmapModel</name>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>one level below</source>
        <translation>one level below</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below</source>
        <translation>
            <numerusform>%n level below</numerusform>
            <numerusform>%n levels below</numerusform>
        </translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Required: %1</translation>
    </message>
    <message>
        <source>Rating: %1 (%2)</source>
        <translation>Rating: %1 (%2)</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Rating: %1</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>Participant %1 · assessment %2</source>
        <translation>Participant %1 · assessment %2</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Readiness: the mean of the dimensions&apos; attainments. Below the table: the class mean.</source>
        <translation>Readiness: the mean of the dimensions&apos; attainments. Below the table: the class mean.</translation>
    </message>
    <message>
        <source>Attainment in %1. Below the table: the class mean.</source>
        <translation>Attainment in %1. Below the table: the class mean.</translation>
    </message>
    <message>
        <source>Met by %1 of %2 · gap points %3</source>
        <translation>Met by %1 of %2 · gap points %3</translation>
    </message>
    <message>
        <source>Class priority %1</source>
        <translation>Class priority %1</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortHeatmapPanel</name>
    <message>
        <source>&amp;Sort rows by:</source>
        <translation>&amp;Sort rows by:</translation>
    </message>
    <message>
        <source>Col&amp;umns in priority order</source>
        <translation>Col&amp;umns in priority order</translation>
    </message>
    <message>
        <source>Put the requirements where the class falls short most first; otherwise the catalog&apos;s order</source>
        <translation>Put the requirements where the class falls short most first; otherwise the catalog&apos;s order</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Participant number</source>
        <translation>Participant number</translation>
    </message>
    <message>
        <source>Requirement %1</source>
        <translation>Requirement %1</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Descending</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::CohortsPage</name>
    <message>
        <source>Cohorts:</source>
        <translation>Cohorts:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Select a cohort to see its class view. Delete removes the cohort.</source>
        <translation>Select a cohort to see its class view. Delete removes the cohort.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected cohort; its assessments stay stored</source>
        <translation>Delete the selected cohort; its assessments stay stored</translation>
    </message>
    <message>
        <source>Add F&amp;iles…</source>
        <translation>Add F&amp;iles…</translation>
    </message>
    <message>
        <source>Add Fold&amp;er…</source>
        <translation>Add Fold&amp;er…</translation>
    </message>
    <message>
        <source>Add every exchange file in a folder and its subfolders (a USB stick, say) to the selected cohort</source>
        <translation>Add every exchange file in a folder and its subfolders (a USB stick, say) to the selected cohort</translation>
    </message>
    <message>
        <source>You can also drop files and folders on this page: they are added to the selected cohort, or to the one you drop them on.</source>
        <translation>You can also drop files and folders on this page: they are added to the selected cohort, or to the one you drop them on.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role of the class view</source>
        <translation>Role of the class view</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Answers:</translation>
    </message>
    <message>
        <source>Self-assessments or assessor assessments</source>
        <translation>Self-assessments or assessor assessments</translation>
    </message>
    <message>
        <source>Anon&amp;ymise</source>
        <translation>Anon&amp;ymise</translation>
    </message>
    <message>
        <source>Show &amp;key…</source>
        <translation>Show &amp;key…</translation>
    </message>
    <message>
        <source>For the instructor only: which participant each number stands for</source>
        <translation>For the instructor only: which participant each number stands for</translation>
    </message>
    <message>
        <source>Leave pro&amp;jector mode</source>
        <translation>Leave pro&amp;jector mode</translation>
    </message>
    <message>
        <source>Pro&amp;jector mode</source>
        <translation>Pro&amp;jector mode</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the class view</source>
        <translation>Export the class view</translation>
    </message>
    <message>
        <source>Bef&amp;ore and after…</source>
        <translation>Bef&amp;ore and after…</translation>
    </message>
    <message>
        <source>Compare two cohorts, before and after</source>
        <translation>Compare two cohorts, before and after</translation>
    </message>
    <message>
        <source>Compare this cohort with another one, such as the start and the end of a course, for the role and answers shown</source>
        <translation>Compare this cohort with another one, such as the start and the end of a course, for the role and answers shown</translation>
    </message>
    <message>
        <source>Hea&amp;tmap</source>
        <translation>Hea&amp;tmap</translation>
    </message>
    <message>
        <source>Distri&amp;butions</source>
        <translation>Distri&amp;butions</translation>
    </message>
    <message>
        <source>&amp;Priorities &amp;&amp; workshop plan</source>
        <translation>&amp;Priorities &amp;&amp; workshop plan</translation>
    </message>
    <message>
        <source>New Cohort</source>
        <translation>New Cohort</translation>
    </message>
    <message>
        <source>Delete Cohort</source>
        <translation>Delete Cohort</translation>
    </message>
    <message>
        <source>Projector Mode</source>
        <translation>Projector Mode</translation>
    </message>
    <message>
        <source>Leave Projector Mode</source>
        <translation>Leave Projector Mode</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>Held on %1</translation>
    </message>
    <message>
        <source>Target roles: %1</source>
        <translation>Target roles: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member assessment(s)</source>
        <translation>
            <numerusform>%n member assessment</numerusform>
            <numerusform>%n member assessments</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation>Self-assessments</translation>
    </message>
    <message>
        <source>Assessor assessments</source>
        <translation>Assessor assessments</translation>
    </message>
    <message>
        <source>No cohort yet. Create one with New…, then add the class&apos;s assessment files to it: choose them, or drop them on this page.</source>
        <translation>No cohort yet. Create one with New…, then add the class&apos;s assessment files to it: choose them, or drop them on this page.</translation>
    </message>
    <message>
        <source>Select a cohort.</source>
        <translation>Select a cohort.</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member assessment(s), any role and mode</source>
        <translation>
            <numerusform>%n member assessment, any role and mode</numerusform>
            <numerusform>%n member assessments, any role and mode</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>self-assessments</source>
        <translation>self-assessments</translation>
    </message>
    <message>
        <source>assessor assessments</source>
        <translation>assessor assessments</translation>
    </message>
    <message>
        <source>%1: no member assessment of role %2 among the %3. Choose another role or kind of answers, or add the class&apos;s files.</source>
        <translation>%1: no member assessment of role %2 among the %3. Choose another role or kind of answers, or add the class&apos;s files.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — %n participant(s); readiness: mean %4, median %5</source>
        <translation>
            <numerusform>%1 · %2 · %3 — %n participant; readiness: mean %4, median %5</numerusform>
            <numerusform>%1 · %2 · %3 — %n participants; readiness: mean %4, median %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the view shown as PDF, HTML, CSV or JSON</source>
        <translation>Save the view shown as PDF, HTML, CSV or JSON</translation>
    </message>
    <message>
        <source>Projector mode: participants are shown as numbers. Esc or F11 leaves it.</source>
        <translation>Projector mode: participants are shown as numbers. Esc or F11 leaves it.</translation>
    </message>
    <message>
        <source>Projector mode ended.</source>
        <translation>Projector mode ended.</translation>
    </message>
    <message>
        <source>Reports do not open in projector mode: leave it first (Esc).</source>
        <translation>Reports do not open in projector mode: leave it first (Esc).</translation>
    </message>
    <message>
        <source>No class view to export.</source>
        <translation>No class view to export.</translation>
    </message>
    <message>
        <source>Export Class View — Anonymised</source>
        <translation>Export Class View — Anonymised</translation>
    </message>
    <message>
        <source>Export Class View</source>
        <translation>Export Class View</translation>
    </message>
    <message>
        <source>Exported the class view, anonymised, to %1.</source>
        <translation>Exported the class view, anonymised, to %1.</translation>
    </message>
    <message>
        <source>Exported the class view to %1.</source>
        <translation>Exported the class view to %1.</translation>
    </message>
    <message>
        <source>The cohort could not be created: %1</source>
        <translation>The cohort could not be created: %1</translation>
    </message>
    <message>
        <source>Created the cohort “%1”. Add the class&apos;s files to it with Add Files… or Add Folder…, or drop them here.</source>
        <translation>Created the cohort “%1”. Add the class&apos;s files to it with Add Files… or Add Folder…, or drop them here.</translation>
    </message>
    <message>
        <source>Delete cohort?</source>
        <translation>Delete cohort?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort “%1”? Its %n member assessment(s) stay stored, and so do their answers; only the cohort and its list of members are deleted.</source>
        <translation>
            <numerusform>Delete the cohort “%1”? Its %n member assessment stay stored, and so do their answers; only the cohort and its list of members are deleted.</numerusform>
            <numerusform>Delete the cohort “%1”? Its %n member assessments stay stored, and so do their answers; only the cohort and its list of members are deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the cohort “%1”; its assessments stay stored.</source>
        <translation>Deleted the cohort “%1”; its assessments stay stored.</translation>
    </message>
    <message>
        <source>Add Assessments to “%1”</source>
        <translation>Add Assessments to “%1”</translation>
    </message>
    <message>
        <source>Add a Folder of Assessments to “%1”</source>
        <translation>Add a Folder of Assessments to “%1”</translation>
    </message>
    <message>
        <source>Create a cohort first, then add the files to it.</source>
        <translation>Create a cohort first, then add the files to it.</translation>
    </message>
    <message>
        <source>Add exchange files (%1) to the selected cohort</source>
        <translation>Add exchange files (%1) to the selected cohort</translation>
    </message>
    <message>
        <source>iitalent assessments (%1);;All files (*)</source>
        <translation>iitalent assessments (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Create a cohort: a workshop&apos;s class or a team (%1)</source>
        <translation>Create a cohort: a workshop&apos;s class or a team (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a cohort&apos;s name (名称), not a person&apos;s</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Show participants as P417, P052, … instead of their names</source>
        <translation>Show participants as P417, P052, … instead of their names</translation>
    </message>
    <message>
        <source>Back to the instructor&apos;s view (Esc or F11). The heatmap fits the screen: Ctrl+Plus and Ctrl+Minus zoom it, Ctrl+0 fits it again</source>
        <translation>Back to the instructor&apos;s view (Esc or F11). The heatmap fits the screen: Ctrl+Plus and Ctrl+Minus zoom it, Ctrl+0 fits it again</translation>
    </message>
    <message>
        <source>Large type and participants as P417, P052, …, without names or the key (F11)</source>
        <translation>Large type and participants as P417, P052, …, without names or the key (F11)</translation>
    </message>
    <message>
        <source>Remove from Cohort…</source>
        <translation>Remove from Cohort…</translation>
    </message>
    <message>
        <source>Remove the selected participant from the cohort</source>
        <translation>Remove the selected participant from the cohort</translation>
    </message>
    <message>
        <source>Save as Slide…</source>
        <translation>Save as Slide…</translation>
    </message>
    <message>
        <source>Save the tab shown as a slide</source>
        <translation>Save the tab shown as a slide</translation>
    </message>
    <message>
        <source>Save the heatmap, the distributions or the plan, whichever tab is shown, as a 16:9 slide for a presentation: PNG (1920 × 1080) or SVG; anonymised when the view is</source>
        <translation>Save the heatmap, the distributions or the plan, whichever tab is shown, as a 16:9 slide for a presentation: PNG (1920 × 1080) or SVG; anonymised when the view is</translation>
    </message>
    <message>
        <source>Save the view shown, anonymised (P417, P052, …), as PDF, HTML, CSV or JSON</source>
        <translation>Save the view shown, anonymised (P417, P052, …), as PDF, HTML, CSV or JSON</translation>
    </message>
    <message>
        <source>Not while participants are shown as numbers: untick Anonymise (or leave projector mode) first</source>
        <translation>Not while participants are shown as numbers: untick Anonymise (or leave projector mode) first</translation>
    </message>
    <message>
        <source>Take the selected participant&apos;s assessment out of this cohort; the assessment stays stored (%1)</source>
        <translation>Take the selected participant&apos;s assessment out of this cohort; the assessment stays stored (%1)</translation>
    </message>
    <message>
        <source>Save as Slide — Anonymised</source>
        <translation>Save as Slide — Anonymised</translation>
    </message>
    <message>
        <source>Save as Slide</source>
        <translation>Save as Slide</translation>
    </message>
    <message>
        <source>Saved the slide, anonymised, to %1.</source>
        <translation>Saved the slide, anonymised, to %1.</translation>
    </message>
    <message>
        <source>Saved the slide to %1.</source>
        <translation>Saved the slide to %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove from cohort?</source>
        <translation>Remove from cohort?</translation>
    </message>
    <message>
        <source>Remove %1&apos;s assessment from the cohort “%2”? The assessment itself is kept, with its answers, and stays in any other cohort; only its place in this one ends.</source>
        <translation>Remove %1&apos;s assessment from the cohort “%2”? The assessment itself is kept, with its answers, and stays in any other cohort; only its place in this one ends.</translation>
    </message>
    <message>
        <source>%1 could not be removed from the cohort: %2</source>
        <translation>%1 could not be removed from the cohort: %2</translation>
    </message>
    <message>
        <source>Removed %1 from the cohort “%2”; the assessment is kept.</source>
        <translation>Removed %1 from the cohort “%2”; the assessment is kept.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::HeatmapLegend</name>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>one level below</source>
        <translation>one level below</translation>
    </message>
    <message>
        <source>two or more levels below</source>
        <translation>two or more levels below</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>Key to the heatmap</source>
        <translation>Key to the heatmap</translation>
    </message>
    <message>
        <source>Tick: met. Hollow triangle: one level below. Filled triangle: two or more levels below. Question mark: unanswered. The number is the level given.</source>
        <translation>Tick: met. Hollow triangle: one level below. Filled triangle: two or more levels below. Question mark: unanswered. The number is the level given.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::HeatmapView</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>The summary row: under each requirement how many participants meet it; under readiness and the dimensions, the class mean.</source>
        <translation>The summary row: under each requirement how many participants meet it; under readiness and the dimensions, the class mean.</translation>
    </message>
    <message>
        <source>Class heatmap</source>
        <translation>Class heatmap</translation>
    </message>
    <message>
        <source>One row per participant, one column per requirement. Press Enter or double-click a row to open that participant&apos;s report.</source>
        <translation>One row per participant, one column per requirement. Press Enter or double-click a row to open that participant&apos;s report.</translation>
    </message>
    <message>
        <source>Summary row: met counts and class means</source>
        <translation>Summary row: met counts and class means</translation>
    </message>
    <message>
        <source>Scroll the heatmap sideways</source>
        <translation>Scroll the heatmap sideways</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ImprovementPathView</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>Open an assessment to see its improvement path.</source>
        <translation>Open an assessment to see its improvement path.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gap(s)</source>
        <translation>
            <numerusform>%1: %n gap</numerusform>
            <numerusform>%1: %n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>You are in the stage %1. %2</source>
        <translation>You are in the stage %1. %2</translation>
    </message>
    <message>
        <source>No improvement path to show.</source>
        <translation>No improvement path to show.</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Saved the chart to %1.</translation>
    </message>
    <message>
        <source>The chart could not be saved. %1</source>
        <translation>The chart could not be saved. %1</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>There is no chart to save yet.</translation>
    </message>
    <message>
        <source>The SVG drawing could not be made.</source>
        <translation>The SVG drawing could not be made.</translation>
    </message>
    <message>
        <source>Save the Improvement Path as PNG</source>
        <translation>Save the Improvement Path as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Save the Improvement Path as SVG</source>
        <translation>Save the Improvement Path as SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or Ctrl and the mouse wheel)</source>
        <translation>Zoom out (Ctrl+-, or Ctrl and the mouse wheel)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</source>
        <translation>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Show the chart as wide as the view</source>
        <translation>Show the chart as wide as the view</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Show the whole chart (Ctrl+0)</source>
        <translation>Show the whole chart (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Fit Page</source>
        <translation>Fit Page</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::KioskWindow</name>
    <message>
        <source>Self-assessment: %1</source>
        <translation>Self-assessment: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;umber (optional):</source>
        <translation>N&amp;umber (optional):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Instructor: leave kiosk mode…</source>
        <translation>Instructor: leave kiosk mode…</translation>
    </message>
    <message>
        <source>Back to the &amp;questions</source>
        <translation>Back to the &amp;questions</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>iitalent — kiosk</source>
        <translation>iitalent — kiosk</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits. It is needed to leave kiosk mode; participants should not see it.</source>
        <translation>Choose a PIN of 4 to 12 digits. It is needed to leave kiosk mode; participants should not see it.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>Enter the PIN again:</source>
        <translation>Enter the PIN again:</translation>
    </message>
    <message>
        <source>The two PINs differ. Please choose it again.</source>
        <translation>The two PINs differ. Please choose it again.</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Instructor&apos;s PIN:</source>
        <translation>Instructor&apos;s PIN:</translation>
    </message>
    <message>
        <source>That is not the PIN. Kiosk mode stays on.</source>
        <translation>That is not the PIN. Kiosk mode stays on.</translation>
    </message>
    <message>
        <source>iitalent</source>
        <translation>iitalent</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved. The next participant can start now.</source>
        <translation>Thank you. Your answers are saved. The next participant can start now.</translation>
    </message>
    <message>
        <source>Enter your name (and your staff or student number if you have one), then press Start. When you start you are shown a code: with it you can come back and continue, until you press Finish.</source>
        <translation>Enter your name (and your staff or student number if you have one), then press Start. When you start you are shown a code: with it you can come back and continue, until you press Finish.</translation>
    </message>
    <message>
        <source>You have started this questionnaire before and not finished it. Enter the code you were shown to continue it, or start again with an empty one.</source>
        <translation>You have started this questionnaire before and not finished it. Enter the code you were shown to continue it, or start again with an empty one.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Start &amp;again</translation>
    </message>
    <message>
        <source>Instructor: continue with the PIN…</source>
        <translation>Instructor: continue with the PIN…</translation>
    </message>
    <message>
        <source>Your code, to continue later: %1</source>
        <translation>Your code, to continue later: %1</translation>
    </message>
    <message>
        <source>Continue &amp;later</source>
        <translation>Continue &amp;later</translation>
    </message>
    <message>
        <source>Continue a questionnaire</source>
        <translation>Continue a questionnaire</translation>
    </message>
    <message>
        <source>That is not the PIN.</source>
        <translation>That is not the PIN.</translation>
    </message>
    <message>
        <source>Continue later</source>
        <translation>Continue later</translation>
    </message>
    <message>
        <source>Your answers so far are saved. To continue later, enter your name and number again, and this code: %1

Note it down now. Stop for now?</source>
        <translation>Your answers so far are saved. To continue later, enter your name and number again, and this code: %1

Note it down now. Stop for now?</translation>
    </message>
    <message>
        <source>Your answers are saved. The next participant can start now.</source>
        <translation>Your answers are saved. The next participant can start now.</translation>
    </message>
    <message>
        <source>You have not answered any item, so nothing will be kept. Finish anyway?</source>
        <translation>You have not answered any item, so nothing will be kept. Finish anyway?</translation>
    </message>
    <message>
        <source>You have answered %1 of %2 items. Finish anyway? Once you finish, your answers cannot be changed here any more.</source>
        <translation>You have answered %1 of %2 items. Finish anyway? Once you finish, your answers cannot be changed here any more.</translation>
    </message>
    <message>
        <source>Nothing was answered, so nothing was kept. The next participant can start now.</source>
        <translation>Nothing was answered, so nothing was kept. The next participant can start now.</translation>
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
    <message>
        <source>The assessment database was upgraded; the old file is kept as %1</source>
        <translation>The assessment database was upgraded; the old file is kept as %1</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation>The assessment could not be saved: %1</translation>
    </message>
    <message>
        <source>This assessment is of role %1, which the current catalog does not have.</source>
        <translation>This assessment is of role %1, which the current catalog does not have.</translation>
    </message>
    <message>
        <source>%1:
  %2</source>
        <translation>%1:
  %2</translation>
    </message>
    <message>
        <source>Replace assessment?</source>
        <translation>Replace assessment?</translation>
    </message>
    <message>
        <source>The assessment of %1 for role %2 in %3 is already stored. Replace the stored one with the file?</source>
        <translation>The assessment of %1 for role %2 in %3 is already stored. Replace the stored one with the file?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; nothing was taken from them:</source>
        <translation>
            <numerusform>%n file could not be imported; nothing was taken from it:</numerusform>
            <numerusform>%n files could not be imported; nothing was taken from them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n assessment(s).</source>
        <translation>
            <numerusform>Imported %n assessment.</numerusform>
            <numerusform>Imported %n assessments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Assessments</source>
        <translation>Import Assessments</translation>
    </message>
    <message>
        <source>Export Assessment</source>
        <translation>Export Assessment</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Delete assessment?</source>
        <translation>Delete assessment?</translation>
    </message>
    <message>
        <source>Delete this assessment of %1 with all its ratings? This cannot be undone.</source>
        <translation>Delete this assessment of %1 with all its ratings? This cannot be undone.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Roles, saved assessments, and the questionnaires and reports you opened</source>
        <translation>Roles, saved assessments, and the questionnaires and reports you opened</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>Report saved as %1</translation>
    </message>
    <message>
        <source>Select the assessments whose reports to export.</source>
        <translation>Select the assessments whose reports to export.</translation>
    </message>
    <message>
        <source>The assessment could not be exported: %1</source>
        <translation>The assessment could not be exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n stored assessment(s) as they were.</source>
        <translation>
            <numerusform>Kept %n stored assessment(s) as they were.</numerusform>
            <numerusform>Kept %n stored assessment(s) as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Assessments to a Folder</source>
        <translation>
            <numerusform>Export %n Assessments to a Folder</numerusform>
            <numerusform>Export %n Assessments to a Folder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the files are already in %1. Replace them?</source>
        <translation>
            <numerusform>%n of the files are already in %1. Replace them?</numerusform>
            <numerusform>%n of the files are already in %1. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n assessment(s) to %1.</source>
        <translation>
            <numerusform>Exported %n assessment(s) to %1.</numerusform>
            <numerusform>Exported %n assessment(s) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n file(s) that already existed.</source>
        <translation>
            <numerusform>Kept %n file that already existed.</numerusform>
            <numerusform>Kept %n files that already existed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) could not be exported:</source>
        <translation>
            <numerusform>%n assessment(s) could not be exported:</numerusform>
            <numerusform>%n assessment(s) could not be exported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in the team store %1</source>
        <translation>Saved in the team store %1</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Store...</source>
        <translation>Connect to &amp;Team Store...</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Store</source>
        <translation>Use This Computer&apos;s &amp;Store</translation>
    </message>
    <message>
        <source>Connected to the team store %1</source>
        <translation>Connected to the team store %1</translation>
    </message>
    <message>
        <source>Using %1</source>
        <translation>Using %1</translation>
    </message>
    <message>
        <source>The team store answers again.</source>
        <translation>The team store answers again.</translation>
    </message>
    <message>
        <source>The team store cannot be reached; iitalent keeps trying.</source>
        <translation>The team store cannot be reached; iitalent keeps trying.</translation>
    </message>
    <message>
        <source>Changes made on other machines will show when a view is opened again: %1</source>
        <translation>Changes made on other machines will show when a view is opened again: %1</translation>
    </message>
    <message>
        <source>Import assessments?</source>
        <translation>Import assessments?</translation>
    </message>
    <message>
        <source>the team store %1</source>
        <translation>the team store %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message numerus="yes">
        <source>Import %n assessment file(s)?</source>
        <translation>
            <numerusform>Import %n assessment file?</numerusform>
            <numerusform>Import %n assessment files?</numerusform>
        </translation>
    </message>
    <message>
        <source>Into: %1</source>
        <translation>Into: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>iitalent assessments (%1);;All files (*)</source>
        <translation>iitalent assessments (%1);;All files (*)</translation>
    </message>
    <message>
        <source>iitalent assessments (%1)</source>
        <translation>iitalent assessments (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n opened file(s) were not imported: no assessment store is open.</source>
        <translation>
            <numerusform>%n opened file was not imported: no assessment store is open.</numerusform>
            <numerusform>%n opened files were not imported: no assessment store is open.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is another panel member&apos;s scorecard in a hiring round. It stays hidden until you have submitted your own scorecard of the candidate (Hiring Rounds tab; the HR lead chooses Nobody there).</source>
        <translation>This is another panel member&apos;s scorecard in a hiring round. It stays hidden until you have submitted your own scorecard of the candidate (Hiring Rounds tab; the HR lead chooses Nobody there).</translation>
    </message>
    <message>
        <source>self</source>
        <translation>self</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>assessor</translation>
    </message>
    <message>
        <source>Report: %1 · %2 · %3 · %4</source>
        <translation>Report: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Assessment Begun Before</source>
        <translation>Assessment Begun Before</translation>
    </message>
    <message>
        <source>%1 has an unfinished self-assessment of role %2 from %3 (%4 of %5 answered).</source>
        <translation>%1 has an unfinished self-assessment of role %2 from %3 (%4 of %5 answered).</translation>
    </message>
    <message>
        <source>%1 has an unfinished assessor assessment of role %2 from %3 (%4 of %5 answered).</source>
        <translation>%1 has an unfinished assessor assessment of role %2 from %3 (%4 of %5 answered).</translation>
    </message>
    <message>
        <source>&amp;Continue It</source>
        <translation>&amp;Continue It</translation>
    </message>
    <message>
        <source>Start a &amp;New One</source>
        <translation>Start a &amp;New One</translation>
    </message>
    <message>
        <source>Start the new one from last time&apos;s &amp;answers</source>
        <translation>Start the new one from last time&apos;s &amp;answers</translation>
    </message>
    <message>
        <source>%1 has a self-assessment of role %2 from %3 (%4 of %5 answered).</source>
        <translation>%1 has a self-assessment of role %2 from %3 (%4 of %5 answered).</translation>
    </message>
    <message>
        <source>%1 has an assessor assessment of role %2 from %3 (%4 of %5 answered).</source>
        <translation>%1 has an assessor assessment of role %2 from %3 (%4 of %5 answered).</translation>
    </message>
    <message>
        <source>A new round can start from last time&apos;s answers: each is marked &quot;from last time&quot; until you change it, so that you change only what changed.</source>
        <translation>A new round can start from last time&apos;s answers: each is marked &quot;from last time&quot; until you change it, so that you change only what changed.</translation>
    </message>
    <message>
        <source>Start from &amp;Last Time&apos;s Answers</source>
        <translation>Start from &amp;Last Time&apos;s Answers</translation>
    </message>
    <message>
        <source>Start &amp;Empty</source>
        <translation>Start &amp;Empty</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::NewCohortDialog</name>
    <message>
        <source>New Cohort</source>
        <translation>New Cohort</translation>
    </message>
    <message>
        <source>e.g. OPC UA workshop, March</source>
        <translation>e.g. OPC UA workshop, March</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Role codes, e.g. 16, 34</source>
        <translation>Role codes, e.g. 16, 34</translation>
    </message>
    <message>
        <source>The roles the cohort is assessed for, as codes separated by commas; they come first when you choose the role of the class view. May stay empty.</source>
        <translation>The roles the cohort is assessed for, as codes separated by commas; they come first when you choose the role of the class view. May stay empty.</translation>
    </message>
    <message>
        <source>Target &amp;roles:</source>
        <translation>Target &amp;roles:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Date the cohort was held</source>
        <translation>Date the cohort was held</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Enter a name for the cohort.</source>
        <translation>Enter a name for the cohort.</translation>
    </message>
    <message>
        <source>There is already a cohort named “%1”.</source>
        <translation>There is already a cohort named “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The catalog has no role %1.</source>
        <translation>
            <numerusform>The catalog has no role %1.</numerusform>
            <numerusform>The catalog has no role %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>A cohort groups stored assessments: the class of a workshop, or a team. (A hiring round is made on the Hiring Rounds tab.) Deleting it later never deletes an assessment.</source>
        <translation>A cohort groups stored assessments: the class of a workshop, or a team. (A hiring round is made on the Hiring Rounds tab.) Deleting it later never deletes an assessment.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ParticipantKeyDialog</name>
    <message>
        <source>Key to the Participant Numbers</source>
        <translation>Key to the Participant Numbers</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Staff or student number</source>
        <translation>Staff or student number</translation>
    </message>
    <message>
        <source>Key to the participant numbers</source>
        <translation>Key to the participant numbers</translation>
    </message>
    <message>
        <source>For the instructor only: keep this window off the projector. The key is never exported. The numbers do not follow the order in which people joined; a person has the same number in this cohort&apos;s views and in a before and after that starts with this cohort.</source>
        <translation>For the instructor only: keep this window off the projector. The key is never exported. The numbers do not follow the order in which people joined; a person has the same number in this cohort&apos;s views and in a before and after that starts with this cohort.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::QuestionnaireModel</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Hidden until you have answered, so that it does not steer your answer.</source>
        <translation>Hidden until you have answered, so that it does not steer your answer.</translation>
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
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Evidence / note</source>
        <translation>Evidence / note</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>%1 (from last time)</source>
        <translation>%1 (from last time)</translation>
    </message>
    <message>
        <source>Carried over from the previous round; the mark goes when you change it.</source>
        <translation>Carried over from the previous round; the mark goes when you change it.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::QuestionnaireWidget</name>
    <message>
        <source>%v of %m answered</source>
        <translation>%v of %m answered</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Assessed by %1</source>
        <translation>Assessed by %1</translation>
    </message>
    <message>
        <source>The rating could not be saved: %1</source>
        <translation>The rating could not be saved: %1</translation>
    </message>
    <message>
        <source>The evidence could not be saved: %1</source>
        <translation>The evidence could not be saved: %1</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>Choose an item on the left.</translation>
    </message>
    <message>
        <source>Required level: %1</source>
        <translation>Required level: %1</translation>
    </message>
    <message>
        <source>The required level is shown once you have answered.</source>
        <translation>The required level is shown once you have answered.</translation>
    </message>
    <message>
        <source>Progress in %1</source>
        <translation>Progress in %1</translation>
    </message>
    <message>
        <source>Rates %1: %2</source>
        <translation>Rates %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The team store cannot be reached. %n answer(s) are kept here and will be sent as soon as it answers; iitalent keeps trying.</source>
        <translation>
            <numerusform>The team store cannot be reached. %n answer are kept here and will be sent as soon as it answers; iitalent keeps trying.</numerusform>
            <numerusform>The team store cannot be reached. %n answers are kept here and will be sent as soon as it answers; iitalent keeps trying.</numerusform>
        </translation>
    </message>
    <message>
        <source>X  Not assessed — this interview did not cover it (never counted)</source>
        <translation>X  Not assessed — this interview did not cover it (never counted)</translation>
    </message>
    <message>
        <source>%1 of %2 characters left</source>
        <translation>%1 of %2 characters left</translation>
    </message>
    <message>
        <source>This answer is from last time: change it if it changed.</source>
        <translation>This answer is from last time: change it if it changed.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ReportExporter</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Web page, self-contained (*.html)</source>
        <translation>Web page, self-contained (*.html)</translation>
    </message>
    <message>
        <source>CSV for Excel or WPS (*.csv)</source>
        <translation>CSV for Excel or WPS (*.csv)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON data (*.json)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Print Report</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>The report could not be printed: %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the reports already exist in %1. Replace them? (No keeps them and writes the others.)</source>
        <translation>
            <numerusform>%n of the reports already exists in %1. Replace it? (No keeps it and writes the others.)</numerusform>
            <numerusform>%n of the reports already exist in %1. Replace them? (No keeps them and writes the others.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s)…</source>
        <translation>
            <numerusform>Writing %n report…</numerusform>
            <numerusform>Writing %n reports…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Reports</source>
        <translation>Export Reports</translation>
    </message>
    <message>
        <source>Reports exported</source>
        <translation>Reports exported</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n report to %1.</numerusform>
            <numerusform>Wrote %n reports to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Wrote %1 of %2 reports to %3.</source>
        <translation>Cancelled. Wrote %1 of %2 reports to %3.</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 reports to %3.</source>
        <translation>Wrote %1 of %2 reports to %3.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be written:</source>
        <translation>
            <numerusform>%n could not be written:</numerusform>
            <numerusform>%n could not be written:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n file(s) that already existed.</source>
        <translation>
            <numerusform>Kept %n file that already existed.</numerusform>
            <numerusform>Kept %n files that already existed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ReportItemModel</name>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Evidence / note</source>
        <translation>Evidence / note</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::ReportWidget</name>
    <message>
        <source>Radar chart of the four dimensions</source>
        <translation>Radar chart of the four dimensions</translation>
    </message>
    <message>
        <source>Bar chart of the items with gaps</source>
        <translation>Bar chart of the items with gaps</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Assessed by %1</source>
        <translation>Assessed by %1</translation>
    </message>
    <message>
        <source>Before the job</source>
        <translation>Before the job</translation>
    </message>
    <message>
        <source>On the job</source>
        <translation>On the job</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Last updated %1</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 of %2 met</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>There is no %1 assessment of %2 for this role to compare with.</source>
        <translation>There is no %1 assessment of %2 for this role to compare with.</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>assessor</translation>
    </message>
    <message>
        <source>self</source>
        <translation>self</translation>
    </message>
    <message numerus="yes">
        <source>Self-assessment against the assessor&apos;s ratings, side by side (never averaged). %n item(s) differ by 2 levels or more.</source>
        <translation>
            <numerusform>Self-assessment against the assessor&apos;s ratings, side by side (never averaged). %n item differs by 2 levels or more.</numerusform>
            <numerusform>Self-assessment against the assessor&apos;s ratings, side by side (never averaged). %n items differ by 2 levels or more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Radar chart of self against assessor</source>
        <translation>Radar chart of self against assessor</translation>
    </message>
    <message>
        <source>over-estimation</source>
        <translation>over-estimation</translation>
    </message>
    <message>
        <source>under-estimation</source>
        <translation>under-estimation</translation>
    </message>
    <message>
        <source>This is the only %1 of %2 for this role so far. Assess again later to see the progress here.</source>
        <translation>This is the only %1 of %2 for this role so far. Assess again later to see the progress here.</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>self-assessment</translation>
    </message>
    <message>
        <source>assessor assessment</source>
        <translation>assessor assessment</translation>
    </message>
    <message>
        <source>%1 assessments of %2 for this role. Since the previous one, readiness changed by %3.</source>
        <translation>%1 assessments of %2 for this role. Since the previous one, readiness changed by %3.</translation>
    </message>
    <message>
        <source>Line chart of progress</source>
        <translation>Line chart of progress</translation>
    </message>
    <message>
        <source>All %1 roles ranked for this person: ratings are carried to other roles through requirements with the same wording (shared competencies). Coverage is the share of a role&apos;s requirements that could be carried; roles with less than half are listed after the others and not ranked by readiness.</source>
        <translation>All %1 roles ranked for this person: ratings are carried to other roles through requirements with the same wording (shared competencies). Coverage is the share of a role&apos;s requirements that could be carried; roles with less than half are listed after the others and not ranked by readiness.</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Report pages</translation>
    </message>
    <message>
        <source>Changed ratings: %1</source>
        <translation>Changed ratings: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rating changed.</source>
        <translation>No rating changed.</translation>
    </message>
    <message numerus="yes">
        <source>From the latest answers of this person&apos;s %n self-assessment(s); hover over a coverage to see the unanswered items.</source>
        <translation>
            <numerusform>From the latest answers of this person&apos;s %n self-assessment(s); hover over a coverage to see the unanswered items.</numerusform>
            <numerusform>From the latest answers of this person&apos;s %n self-assessment(s); hover over a coverage to see the unanswered items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the latest answers of this person&apos;s %n assessor assessment(s); hover over a coverage to see the unanswered items.</source>
        <translation>
            <numerusform>From the latest answers of this person&apos;s %n assessor assessment(s); hover over a coverage to see the unanswered items.</numerusform>
            <numerusform>From the latest answers of this person&apos;s %n assessor assessment(s); hover over a coverage to see the unanswered items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assess next: no role to suggest (no role has %1 to below %2 of its items answered).</source>
        <translation>Assess next: no role to suggest (no role has %1 to below %2 of its items answered).</translation>
    </message>
    <message>
        <source>Assess next: %1 %2 — it fits best (%3 on the items known so far) of the roles with %4 to below %5 of their items answered, but %6 of its items are unanswered.</source>
        <translation>Assess next: %1 %2 — it fits best (%3 on the items known so far) of the roles with %4 to below %5 of their items answered, but %6 of its items are unanswered.</translation>
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
    <name>iitalent::gui::RoleFitModel</name>
    <message>
        <source>— (low coverage)</source>
        <translation>— (low coverage)</translation>
    </message>
    <message>
        <source>Fewer than half of this role&apos;s requirements could be carried over, so it is not ranked by readiness.</source>
        <translation>Fewer than half of this role&apos;s requirements could be carried over, so it is not ranked by readiness.</translation>
    </message>
    <message>
        <source>The role this assessment was made for.</source>
        <translation>The role this assessment was made for.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Every item of this role is answered.</source>
        <translation>Every item of this role is answered.</translation>
    </message>
    <message>
        <source>Unanswered: %1</source>
        <translation>Unanswered: %1</translation>
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
<context>
    <name>iitalent::gui::RoundPanelModel</name>
    <message>
        <source>Consensus reason: %1</source>
        <translation>Consensus reason: %1</translation>
    </message>
    <message>
        <source>%1 Open disagreement: the ratings are %2 levels apart and no consensus is recorded.</source>
        <translation>%1 Open disagreement: the ratings are %2 levels apart and no consensus is recorded.</translation>
    </message>
    <message>
        <source>The candidate&apos;s own rating: %1 (not counted in the panel&apos;s figures)</source>
        <translation>The candidate&apos;s own rating: %1 (not counted in the panel&apos;s figures)</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combined</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Self (not counted)</source>
        <translation>Self (not counted)</translation>
    </message>
    <message>
        <source>%1 has not rated every item yet.</source>
        <translation>%1 has not rated every item yet.</translation>
    </message>
    <message>
        <source>%1 has rated every item but not submitted the scorecard.</source>
        <translation>%1 has rated every item but not submitted the scorecard.</translation>
    </message>
    <message>
        <source>%1 submitted the scorecard: %2.</source>
        <translation>%1 submitted the scorecard: %2.</translation>
    </message>
    <message>
        <source>%1 submitted the scorecard.</source>
        <translation>%1 submitted the scorecard.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RoundRankingModel</name>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Required: %1</translation>
    </message>
    <message>
        <source>%1 Must-have</source>
        <translation>%1 Must-have</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Combined: %1 (%2)</source>
        <translation>Combined: %1 (%2)</translation>
    </message>
    <message>
        <source>Consensus reason: %1</source>
        <translation>Consensus reason: %1</translation>
    </message>
    <message>
        <source>%1 Open disagreement: the ratings are %2 levels apart.</source>
        <translation>%1 Open disagreement: the ratings are %2 levels apart.</translation>
    </message>
    <message>
        <source>Has a self-assessment in the round (shown beside the panel&apos;s view, not counted).</source>
        <translation>Has a self-assessment in the round (shown beside the panel&apos;s view, not counted).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Hidden until %1 has submitted a scorecard of this candidate: the panel is blind until each member has submitted.</source>
        <translation>Hidden until %1 has submitted a scorecard of this candidate: the panel is blind until each member has submitted.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::RoundsPage</name>
    <message>
        <source>New Hiring Round</source>
        <translation>New Hiring Round</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Must-haves:</source>
        <translation>&amp;Must-haves:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Tick the requirements a candidate must meet (必备要求). A candidate who fails one ranks after every candidate who meets them all.</source>
        <translation>Tick the requirements a candidate must meet (必备要求). A candidate who fails one ranks after every candidate who meets them all.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Hiring &amp;rounds:</source>
        <translation>Hiring &amp;rounds:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Hiring rounds</source>
        <translation>Hiring rounds</translation>
    </message>
    <message>
        <source>&amp;New Round…</source>
        <translation>&amp;New Round…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected round with its consensus and decisions; the assessments stay stored</source>
        <translation>Delete the selected round with its consensus and decisions; the assessments stay stored</translation>
    </message>
    <message>
        <source>Add F&amp;iles…</source>
        <translation>Add F&amp;iles…</translation>
    </message>
    <message>
        <source>Add Fold&amp;er…</source>
        <translation>Add Fold&amp;er…</translation>
    </message>
    <message>
        <source>Add every exchange file in a folder and its subfolders to the selected round</source>
        <translation>Add every exchange file in a folder and its subfolders to the selected round</translation>
    </message>
    <message>
        <source>R&amp;ate a Candidate…</source>
        <translation>R&amp;ate a Candidate…</translation>
    </message>
    <message>
        <source>You can also drop the panel&apos;s files and folders on this page. Only assessments of the round&apos;s role are taken.</source>
        <translation>You can also drop the panel&apos;s files and folders on this page. Only assessments of the round&apos;s role are taken.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>The hiring-meeting document: PDF, HTML, CSV (the ranking) or JSON</source>
        <translation>The hiring-meeting document: PDF, HTML, CSV (the ranking) or JSON</translation>
    </message>
    <message>
        <source>Ran&amp;king</source>
        <translation>Ran&amp;king</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Side by Side</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Ranking of the candidates</source>
        <translation>Ranking of the candidates</translation>
    </message>
    <message>
        <source>Compare Side &amp;by Side</source>
        <translation>Compare Side &amp;by Side</translation>
    </message>
    <message>
        <source>Select 2 to 6 candidates (Ctrl+click or Shift+arrows) and compare them item by item</source>
        <translation>Select 2 to 6 candidates (Ctrl+click or Shift+arrows) and compare them item by item</translation>
    </message>
    <message>
        <source>Open Panel</source>
        <translation>Open Panel</translation>
    </message>
    <message>
        <source>Each interviewer&apos;s levels for the selected candidate (Enter)</source>
        <translation>Each interviewer&apos;s levels for the selected candidate (Enter)</translation>
    </message>
    <message>
        <source>Store the decision and its note with the round (Enter in the note)</source>
        <translation>Store the decision and its note with the round (Enter in the note)</translation>
    </message>
    <message>
        <source>Store the consensus level with its reason; the ratings stay as given (Enter in the reason)</source>
        <translation>Store the consensus level with its reason; the ratings stay as given (Enter in the reason)</translation>
    </message>
    <message>
        <source>Decisi&amp;on:</source>
        <translation>Decisi&amp;on:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>Record Decision</translation>
    </message>
    <message>
        <source>Choose 2 to 6 candidates in the ranking. Each cell is the combined level against the required one; hover for the panel&apos;s levels and evidence. ★ marks a must-have, ≠ a row where the candidates differ.</source>
        <translation>Choose 2 to 6 candidates in the ranking. Each cell is the combined level against the required one; hover for the panel&apos;s levels and evidence. ★ marks a must-have, ≠ a row where the candidates differ.</translation>
    </message>
    <message>
        <source>Only &amp;where they differ</source>
        <translation>Only &amp;where they differ</translation>
    </message>
    <message>
        <source>Candidates side by side</source>
        <translation>Candidates side by side</translation>
    </message>
    <message>
        <source>The panel&apos;s ratings of the candidate</source>
        <translation>The panel&apos;s ratings of the candidate</translation>
    </message>
    <message>
        <source>Evidence and notes of the selected item</source>
        <translation>Evidence and notes of the selected item</translation>
    </message>
    <message>
        <source>Consens&amp;us:</source>
        <translation>Consens&amp;us:</translation>
    </message>
    <message>
        <source>Consensus level</source>
        <translation>Consensus level</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <source>Why the panel agreed on this level (required)</source>
        <translation>Why the panel agreed on this level (required)</translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation>Recorded b&amp;y:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Record Consensus</source>
        <translation>Record Consensus</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Withdraw the consensus of the selected item; the panel&apos;s ratings count again</source>
        <translation>Withdraw the consensus of the selected item; the panel&apos;s ratings count again</translation>
    </message>
    <message>
        <source>No hiring round yet. Create one with New Round…, then add the panel&apos;s questionnaires or rate a candidate here.</source>
        <translation>No hiring round yet. Create one with New Round…, then add the panel&apos;s questionnaires or rate a candidate here.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s); must-haves: %1</source>
        <translation>
            <numerusform>%n candidate; must-haves: %1</numerusform>
            <numerusform>%n candidates; must-haves: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — rank %2; panel: %3</source>
        <translation>%1 — rank %2; panel: %3</translation>
    </message>
    <message>
        <source>The last column is the candidate&apos;s own rating (self-assessment); it never counts in the panel&apos;s figures.</source>
        <translation>The last column is the candidate&apos;s own rating (self-assessment); it never counts in the panel&apos;s figures.</translation>
    </message>
    <message>
        <source>Choose a candidate in the ranking and press Enter to see the panel.</source>
        <translation>Choose a candidate in the ranking and press Enter to see the panel.</translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation>required: %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Combined: %1 (%2)</source>
        <translation>Combined: %1 (%2)</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>the chair</translation>
    </message>
    <message>
        <source>Consensus recorded by %1 on %2. Reason: %3</source>
        <translation>Consensus recorded by %1 on %2. Reason: %3</translation>
    </message>
    <message>
        <source>Choose 2 to 6 candidates in the ranking to compare them side by side.</source>
        <translation>Choose 2 to 6 candidates in the ranking to compare them side by side.</translation>
    </message>
    <message>
        <source>The consensus was not recorded: %1</source>
        <translation>The consensus was not recorded: %1</translation>
    </message>
    <message>
        <source>Recorded the consensus %1 on %2 for %3.</source>
        <translation>Recorded the consensus %1 on %2 for %3.</translation>
    </message>
    <message>
        <source>The consensus was not withdrawn: %1</source>
        <translation>The consensus was not withdrawn: %1</translation>
    </message>
    <message>
        <source>Withdrew the consensus on %1 for %2.</source>
        <translation>Withdrew the consensus on %1 for %2.</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>The decision was not recorded: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Created the hiring round “%1”.</source>
        <translation>Created the hiring round “%1”.</translation>
    </message>
    <message>
        <source>The round was not created: %1</source>
        <translation>The round was not created: %1</translation>
    </message>
    <message>
        <source>Delete Hiring Round</source>
        <translation>Delete Hiring Round</translation>
    </message>
    <message>
        <source>Delete the hiring round “%1” with its must-haves, consensus and decisions? The panel&apos;s assessments stay stored.</source>
        <translation>Delete the hiring round “%1” with its must-haves, consensus and decisions? The panel&apos;s assessments stay stored.</translation>
    </message>
    <message>
        <source>Add Questionnaires to the Round</source>
        <translation>Add Questionnaires to the Round</translation>
    </message>
    <message>
        <source>Add a Folder to the Round</source>
        <translation>Add a Folder to the Round</translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation>The assessment could not be saved: %1</translation>
    </message>
    <message>
        <source>No hiring round is shown.</source>
        <translation>No hiring round is shown.</translation>
    </message>
    <message>
        <source>Export the Hiring-Meeting Document</source>
        <translation>Export the Hiring-Meeting Document</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Create a hiring round for one role, with its must-haves (%1)</source>
        <translation>Create a hiring round for one role, with its must-haves (%1)</translation>
    </message>
    <message>
        <source>%1 — panel: %2</source>
        <translation>%1 — panel: %2</translation>
    </message>
    <message>
        <source>Add the panel&apos;s questionnaires (exchange files, %1) to the selected round</source>
        <translation>Add the panel&apos;s questionnaires (exchange files, %1) to the selected round</translation>
    </message>
    <message>
        <source>iitalent exchange files (%1);;All files (*)</source>
        <translation>iitalent exchange files (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Reopen Scorecard</source>
        <translation>Reopen Scorecard</translation>
    </message>
    <message>
        <source>Reopen your submitted scorecard to change it? The round&apos;s audit trail records it, and a change made now is marked in the panel and the meeting document, since you have seen the other panel members&apos; scorecards.</source>
        <translation>Reopen your submitted scorecard to change it? The round&apos;s audit trail records it, and a change made now is marked in the panel and the meeting document, since you have seen the other panel members&apos; scorecards.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Nobody — I lead the round (see everything)</source>
        <translation>Nobody — I lead the round (see everything)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Someone else…</translation>
    </message>
    <message>
        <source>On a team store you rate as your login; the server keeps the other interviewers&apos; scorecards from you until you submit yours.</source>
        <translation>On a team store you rate as your login; the server keeps the other interviewers&apos; scorecards from you until you submit yours.</translation>
    </message>
    <message>
        <source>Whom this window rates as. Until you submit your scorecard of a candidate, the other panel members&apos; ratings of that candidate and every figure made of them stay hidden. The HR lead who interviews nobody chooses Nobody and sees everything.</source>
        <translation>Whom this window rates as. Until you submit your scorecard of a candidate, the other panel members&apos; ratings of that candidate and every figure made of them stay hidden. The HR lead who interviews nobody chooses Nobody and sees everything.</translation>
    </message>
    <message>
        <source>Rate As</source>
        <translation>Rate As</translation>
    </message>
    <message>
        <source>Your name as an interviewer:</source>
        <translation>Your name as an interviewer:</translation>
    </message>
    <message>
        <source>Fill in your own questionnaire for a candidate of this round, as a panel member. The other members&apos; ratings of that candidate stay hidden until you have submitted your scorecard.</source>
        <translation>Fill in your own questionnaire for a candidate of this round, as a panel member. The other members&apos; ratings of that candidate stay hidden until you have submitted your scorecard.</translation>
    </message>
    <message>
        <source>Panel member here:</source>
        <translation>Panel member here:</translation>
    </message>
    <message>
        <source>Submit Scorecard…</source>
        <translation>Submit Scorecard…</translation>
    </message>
    <message>
        <source>Submit your scorecard of the selected candidate: every item rated or marked not assessed, with your recommendation and a comment. Then it is read-only, and you see the rest of the panel.</source>
        <translation>Submit your scorecard of the selected candidate: every item rated or marked not assessed, with your recommendation and a comment. Then it is read-only, and you see the rest of the panel.</translation>
    </message>
    <message>
        <source>Make your submitted scorecard of the selected candidate editable again (recorded; a change is then marked)</source>
        <translation>Make your submitted scorecard of the selected candidate editable again (recorded; a change is then marked)</translation>
    </message>
    <message>
        <source>Scorecards of every candidate</source>
        <translation>Scorecards of every candidate</translation>
    </message>
    <message>
        <source>Scorecards of the shortlisted</source>
        <translation>Scorecards of the shortlisted</translation>
    </message>
    <message>
        <source>Scorecards of the shortlisted and held</source>
        <translation>Scorecards of the shortlisted and held</translation>
    </message>
    <message>
        <source>Scorecards of the held</source>
        <translation>Scorecards of the held</translation>
    </message>
    <message>
        <source>Scorecards of the rejected</source>
        <translation>Scorecards of the rejected</translation>
    </message>
    <message>
        <source>Whose scorecards the hiring-meeting document prints</source>
        <translation>Whose scorecards the hiring-meeting document prints</translation>
    </message>
    <message>
        <source>Scorecards in the document</source>
        <translation>Scorecards in the document</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Changes to the round: who changed what, oldest first</source>
        <translation>Changes to the round: who changed what, oldest first</translation>
    </message>
    <message>
        <source>the interviewer at this computer (choose Rate as)</source>
        <translation>the interviewer at this computer (choose Rate as)</translation>
    </message>
    <message>
        <source>The round&apos;s changes are shown once you have submitted your scorecards.</source>
        <translation>The round&apos;s changes are shown once you have submitted your scorecards.</translation>
    </message>
    <message>
        <source>The round&apos;s changes cannot be read here: %1</source>
        <translation>The round&apos;s changes cannot be read here: %1</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>submitted the scorecard</source>
        <translation>submitted the scorecard</translation>
    </message>
    <message>
        <source>reopened the scorecard</source>
        <translation>reopened the scorecard</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>joined the round</source>
        <translation>joined the round</translation>
    </message>
    <message>
        <source>left the round</source>
        <translation>left the round</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(nobody named)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first. Nobody can change or delete them; forgetting a person removes theirs.</source>
        <translation>
            <numerusform>%n change, oldest first. Nobody can change or delete them; forgetting a person removes theirs.</numerusform>
            <numerusform>%n changes, oldest first. Nobody can change or delete them; forgetting a person removes theirs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The panel&apos;s agreement is shown once you have submitted your scorecards.</source>
        <translation>The panel&apos;s agreement is shown once you have submitted your scorecards.</translation>
    </message>
    <message>
        <source>Blind until submitted: %1 has not submitted a scorecard of this candidate, so the other members&apos; ratings are hidden.</source>
        <translation>Blind until submitted: %1 has not submitted a scorecard of this candidate, so the other members&apos; ratings are hidden.</translation>
    </message>
    <message>
        <source>The document cannot be exported while a candidate&apos;s panel is hidden here: it holds the scorecards that stay hidden until you have submitted yours.</source>
        <translation>The document cannot be exported while a candidate&apos;s panel is hidden here: it holds the scorecards that stay hidden until you have submitted yours.</translation>
    </message>
    <message>
        <source>The scorecard was not submitted: %1</source>
        <translation>The scorecard was not submitted: %1</translation>
    </message>
    <message>
        <source>Submitted %1&apos;s scorecard of %2.</source>
        <translation>Submitted %1&apos;s scorecard of %2.</translation>
    </message>
    <message>
        <source>The scorecard was not reopened: %1</source>
        <translation>The scorecard was not reopened: %1</translation>
    </message>
    <message>
        <source>Reopened %1&apos;s scorecard of %2.</source>
        <translation>Reopened %1&apos;s scorecard of %2.</translation>
    </message>
    <message>
        <source>Submit Scorecard</source>
        <translation>Submit Scorecard</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of your scorecard of %1 are neither rated nor marked not assessed (key X in the questionnaire): %2</source>
        <translation>
            <numerusform>%n item of your scorecard of %1 is neither rated nor marked not assessed (key X in the questionnaire): %2</numerusform>
            <numerusform>%n items of your scorecard of %1 are neither rated nor marked not assessed (key X in the questionnaire): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your scorecard of %1, as %2. Once submitted it is read-only (you may reopen it; that is recorded) and you see the rest of the panel.</source>
        <translation>Your scorecard of %1, as %2. Once submitted it is read-only (you may reopen it; that is recorded) and you see the rest of the panel.</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommendation:</translation>
    </message>
    <message>
        <source>Your summary of the interview</source>
        <translation>Your summary of the interview</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>the candidate&apos;s self-assessment</source>
        <translation>the candidate&apos;s self-assessment</translation>
    </message>
    <message>
        <source>a panel member&apos;s scorecard</source>
        <translation>a panel member&apos;s scorecard</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::SlideExport</name>
    <message>
        <source>The SVG drawing could not be made.</source>
        <translation>The SVG drawing could not be made.</translation>
    </message>
    <message>
        <source>PNG image, 1920 × 1080 (*.png)</source>
        <translation>PNG image, 1920 × 1080 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing, 16:9 (*.svg)</source>
        <translation>SVG drawing, 16:9 (*.svg)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::SubjectDialog</name>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Assess a candidate</source>
        <translation>Assess a candidate</translation>
    </message>
    <message>
        <source>Rate yourself against &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Rate yourself against &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Assess someone against &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Assess someone against &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the job (employee)</source>
        <translation>On the job (employee)</translation>
    </message>
    <message>
        <source>Before the job (student or job seeker)</source>
        <translation>Before the job (student or job seeker)</translation>
    </message>
    <message>
        <source>Enter the name of the person assessed.</source>
        <translation>Enter the name of the person assessed.</translation>
    </message>
    <message>
        <source>Enter the assessor&apos;s name.</source>
        <translation>Enter the assessor&apos;s name.</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::TeamStoreDialog</name>
    <message>
        <source>Connect to Team Store</source>
        <translation>Connect to Team Store</translation>
    </message>
    <message>
        <source>A team store is a PostgreSQL database that several machines share: a training room&apos;s laptops, an interview panel. Ask its admin for the address and your login.</source>
        <translation>A team store is a PostgreSQL database that several machines share: a training room&apos;s laptops, an interview panel. Ask its admin for the address and your login.</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>empty: from PGPASSWORD or ~/.pgpass</translation>
    </message>
    <message>
        <source>iitalent remembers the address, never the password.</source>
        <translation>iitalent remembers the address, never the password.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>A team store&apos;s address starts with postgresql://</source>
        <translation>A team store&apos;s address starts with postgresql://</translation>
    </message>
</context>
<context>
    <name>iitalent::gui::WorkshopPlanView</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Gap points</source>
        <translation>Gap points</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>There are no participants in this view yet.</source>
        <translation>There are no participants in this view yet.</translation>
    </message>
    <message>
        <source>Every participant meets every required level: there is nothing to plan.</source>
        <translation>Every participant meets every required level: there is nothing to plan.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>This workshop is given by:</source>
        <translation>This workshop is given by:</translation>
    </message>
    <message>
        <source>Only these methods (none ticked: any of theirs):</source>
        <translation>Only these methods (none ticked: any of theirs):</translation>
    </message>
    <message>
        <source>Class rank</source>
        <translation>Class rank</translation>
    </message>
    <message>
        <source>How it is taught here</source>
        <translation>How it is taught here</translation>
    </message>
    <message>
        <source>Why not here (Appendix A)</source>
        <translation>Why not here (Appendix A)</translation>
    </message>
    <message>
        <source>Priorities teachable in this workshop</source>
        <translation>Priorities teachable in this workshop</translation>
    </message>
    <message>
        <source>Priorities that need the workplace or a mentor</source>
        <translation>Priorities that need the workplace or a mentor</translation>
    </message>
    <message>
        <source>The workshop is given by this provider (Appendix A.3)</source>
        <translation>The workshop is given by this provider (Appendix A.3)</translation>
    </message>
    <message>
        <source>The workshop runs this method (Appendix A.2)</source>
        <translation>The workshop runs this method (Appendix A.2)</translation>
    </message>
    <message>
        <source>The requirements where the class falls short most: most gap points first, then fewest met. Methods of the stage most participants are in (%1) that suit each dimension, and who provides them. Tick what this workshop can deliver: what it can teach comes first, what needs the workplace or a mentor is listed apart.</source>
        <translation>The requirements where the class falls short most: most gap points first, then fewest met. Methods of the stage most participants are in (%1) that suit each dimension, and who provides them. Tick what this workshop can deliver: what it can teach comes first, what needs the workplace or a mentor is listed apart.</translation>
    </message>
    <message>
        <source>Teachable here, by %1: %2 of %3 priorities</source>
        <translation>Teachable here, by %1: %2 of %3 priorities</translation>
    </message>
    <message>
        <source>Needs the workplace or a mentor, not this workshop: %1</source>
        <translation>Needs the workplace or a mentor, not this workshop: %1</translation>
    </message>
</context>
</TS>
