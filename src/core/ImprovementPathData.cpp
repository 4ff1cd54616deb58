#include "ImprovementPathData.h"
#include "Scoring.h"

#include "Catalog.h"
#include "ReportJson.h"

#include <algorithm>

namespace iitalent {

namespace {

QString pick(bool english, const char *zh, const char *en)
{
    return english ? QString::fromUtf8(en) : QString::fromUtf8(zh);
}

// The standard's list items end with "；" or "。": a figure label does without them.
QString withoutListPunctuation(QString text)
{
    while (!text.isEmpty() && (text.endsWith(QChar(0xFF1B)) || text.endsWith(QChar(0x3002)) ||
                               text.endsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text.trimmed();
}

} // namespace

const PathLane *ImprovementPathData::currentLane() const
{
    for (const PathLane &lane : lanes)
        if (lane.current)
            return &lane;
    return nullptr;
}

const PathMethod *ImprovementPathData::method(const QString &id) const
{
    for (const PathLane &lane : lanes)
        for (const PathMethod &m : lane.methods)
            if (m.id == id)
                return &m;
    return nullptr;
}

const PathDimension *ImprovementPathData::dimension(const QString &key) const
{
    for (const PathDimension &d : dimensions)
        if (d.key == key)
            return &d;
    return nullptr;
}

ImprovementPathData ImprovementPathData::build(const Catalog &catalog, const Report &report, bool english)
{
    const Improvement &imp = catalog.improvement();
    ImprovementPathData data;
    data.english = english;
    data.caption = english ? imp.figureCaptionEn : imp.figureCaptionZh;
    if (data.caption.isEmpty())
        data.caption = imp.figureCaptionZh;
    data.captionLabel = pick(english, "图A.1", "Figure A.1");
    data.redrawnNote = pick(english,
                            "由 iitalent 依据标准附录 A.1～A.3 的文字重绘（原图 A.1 未随文本保留）；"
                            "标 * 处为 iitalent 自己的内容",
                            "Redrawn by iitalent from the text of Appendix A.1–A.3 (the original Figure A.1 "
                            "did not survive in the text); items marked * are iitalent's own");
    data.currentStage = report.plan.stage.isEmpty() ? stageId(report.assessment.subject.stage) : report.plan.stage;
    data.totalGaps = int(report.score.gaps.size());

    // A.1: the four kinds of content, tied to the person's dimensions.
    for (const Dimension &dim : catalog.dimensions()) {
        PathDimension d;
        d.key = dim.key;
        d.name = english ? dim.nameEn : dim.nameZh;
        if (const ImprovementContent *c = imp.content(dim.key))
            d.content = english ? c->nameEn : withoutListPunctuation(c->textZh);
        for (const DimensionScore &s : report.score.dimensions) {
            if (s.key == dim.key) {
                d.items = s.items;
                d.attainment = s.attainment;
            }
        }
        for (const Gap &g : report.score.gaps)
            if (g.dimension == dim.key)
                ++d.gaps;
        data.dimensions.push_back(d);
    }

    // A.2: the stages as lanes; the person's plan goes into the methods of their stage.
    int stageNumber = 0;
    for (const ImprovementStage &stage : imp.stages) {
        PathLane lane;
        lane.stageId = stage.id;
        lane.name = english ? stage.nameEn : stage.nameZh;
        lane.clause = QStringLiteral("A.2 %1)").arg(QChar(QLatin1Char('a').unicode() + stageNumber++));
        lane.current = stage.id == data.currentStage;
        for (const ImprovementMethod &m : stage.methods) {
            PathMethod pm;
            pm.id = m.id;
            pm.name = english ? m.nameEn : m.nameZh;
            pm.dimensions = m.dimensions;
            pm.providers = m.providers;
            if (lane.current) {
                for (const PlanStep &step : report.plan.steps) {
                    if (!step.methods.contains(m.id))
                        continue;
                    ++pm.gapCount;
                    pm.requirements << step.requirement;
                    const int di = pathDimensionIndex(step.dimension);
                    if (di >= 0 && di < int(pm.gapsPerDimension.size()))
                        ++pm.gapsPerDimension[std::size_t(di)];
                    if (pm.topItems.size() < 3) {
                        PathItem item;
                        item.requirement = step.requirement;
                        item.dimension = step.dimension;
                        item.from = step.from;
                        item.to = step.to;
                        item.gap = step.to - step.from;
                        if (const Requirement *req = catalog.requirement(step.requirement))
                            item.textZh = withoutListPunctuation(req->textZh);
                        pm.topItems.push_back(item);
                    }
                }
            }
            lane.methods.push_back(pm);
        }
        data.lanes.push_back(lane);
    }
    for (const PlanStep &step : report.plan.steps)
        if (step.methods.isEmpty())
            ++data.unassignedGaps;

    // A.3: the providers, with the person's gaps that one of their methods suits.
    for (const ImprovementProvider &p : imp.providers) {
        PathProvider pp;
        pp.id = p.id;
        pp.name = english ? p.nameEn : p.nameZh;
        for (const PlanStep &step : report.plan.steps)
            if (step.providers.contains(p.id))
                ++pp.gapCount;
        data.providers.push_back(pp);
    }

    // The person: who, which role, which stage, readiness and gaps.
    QStringList parts;
    if (!report.assessment.subject.name.trimmed().isEmpty())
        parts << report.assessment.subject.name.trimmed();
    if (report.role)
        parts << report.role->code + QLatin1Char(' ') + (english ? report.role->nameEn : report.role->nameZh);
    if (const PathLane *lane = data.currentLane())
        parts << lane->name;
    parts << (english ? QStringLiteral("readiness %1").arg(percentText(report.score.readiness))
                      : QStringLiteral("准备度 %1").arg(percentText(report.score.readiness)));
    parts << (english ? QStringLiteral("%1 gap(s)*").arg(data.totalGaps)
                      : QStringLiteral("差距 %1 项*").arg(data.totalGaps));
    data.subjectLine = parts.join(QStringLiteral("  ·  "));

    data.footnote =
        pick(english,
             "* iitalent 自己的内容，不是标准原文：各提升方式适合的维度和供给方（iitalent 对附录 A "
             "的解读，可在目录中修改）、个人的达成度、差距计数、最大的 3 项差距和“您在这里”。"
             "一项差距可能适合同一阶段的几种方式，在每种适合的方式下各计一次，因此各方式的数字之和可以大于差距总数。"
             "0→3：当前等级 → 要求等级。",
             "* iitalent's own, not the standard's text: which dimensions and providers each method suits "
             "(iitalent's reading of Appendix A, changeable in a catalog), the person's attainment, gap "
             "counts, largest three gaps and \"you are here\". A gap can suit several methods of a stage and "
             "is counted under each of them, so the methods' counts can add up to more than the number of "
             "gaps. 0→3: current level → required level.");
    if (data.unassignedGaps > 0)
        data.footnote += english ? QStringLiteral(" %1 gap(s) suit no method of this stage.").arg(data.unassignedGaps)
                                 : QStringLiteral("有 %1 项差距没有适合本阶段的方式。").arg(data.unassignedGaps);
    return data;
}

int pathDimensionIndex(const QString &key)
{
    if (key.size() == 1 && key.at(0) >= QLatin1Char('a') && key.at(0) <= QLatin1Char('z'))
        return key.at(0).unicode() - 'a';
    return 0;
}

} // namespace iitalent
