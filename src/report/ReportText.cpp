#include "ReportText.h"

#include "Catalog.h"
#include "ImprovementPlan.h"
#include "Levels.h"
#include "Text.h"

namespace iitalent::report {

namespace {

const QString kDash = QStringLiteral("—");

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : kDash;
}

} // namespace

ReportText::ReportText(const ReportInput &input) : m_in(input) {}

QString ReportText::documentTitle() const
{
    return m_in.report.assessment.mode == Mode::Self ? tr("Self-assessment report") : tr("Assessment report");
}

QString ReportText::roleTitle() const
{
    const Role *role = m_in.report.role;
    if (!role)
        return m_in.report.assessment.role;
    return QStringLiteral("%1 %2").arg(role->code, role->name(language()));
}

std::vector<Field> ReportText::headerFields() const
{
    const Assessment &a = m_in.report.assessment;
    const Role *role = m_in.report.role;
    const Direction *direction = role ? m_in.catalog->direction(role->direction) : nullptr;
    std::vector<Field> f;
    f.push_back({tr("Subject"), a.subject.name});
    f.push_back({tr("Organisation"), a.subject.organisation.isEmpty() ? kDash : a.subject.organisation});
    f.push_back({tr("Number"), a.subject.number.isEmpty() ? kDash : a.subject.number});
    f.push_back({tr("Role"), roleTitle()});
    f.push_back({tr("Direction"), direction ? direction->name(language()) : kDash});
    f.push_back({tr("Mode"), modeName()});
    f.push_back({tr("Assessor"), a.mode == Mode::Self       ? tr("(the subject)")
                                 : a.assessorName.isEmpty() ? kDash
                                                            : a.assessorName});
    f.push_back({tr("Stage"), stageName()});
    f.push_back({tr("Date"), localTime(a.updated)});
    f.push_back({tr("Assessment id"), a.id});
    return f;
}

QString ReportText::stageName() const
{
    // Appendix A.2's words in Chinese; plain English in English.
    return m_in.report.assessment.subject.stage == Stage::PreJob ? tr("Before the job") : tr("On the job");
}

QString ReportText::modeName() const
{
    return m_in.report.assessment.mode == Mode::Self ? tr("Self-assessment") : tr("Assessor's assessment");
}

QString ReportText::runningHeader() const
{
    // The name isolated: a right-to-left name must not pull the separator and the role into its run.
    return QStringLiteral("%1 · %2").arg(isolate(m_in.report.assessment.subject.name), roleTitle());
}

QString ReportText::editionLine() const
{
    return tr("%1 · catalog: %2")
        .arg(chinese() ? m_in.catalog->title() : m_in.catalog->titleEn(), m_in.catalog->edition());
}

QString ReportText::pageText(int page, int pageCount) const
{
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

QString ReportText::generatedLine(const QDateTime &when) const
{
    return tr("Made by iitalent on %1.").arg(localTime(when));
}

QString ReportText::dimensionName(const QString &key) const
{
    const Dimension *d = m_in.catalog->dimension(key);
    return d ? d->name(language()) : key;
}

QString ReportText::dimensionLabel(const QString &key) const
{
    return chinese() ? QStringLiteral("%1）%2").arg(key, dimensionName(key))
                     : QStringLiteral("%1) %2").arg(key, dimensionName(key));
}

QString ReportText::level(int level) const
{
    return Level::display(level, m_in.language);
}

QString ReportText::ratingText(const std::optional<int> &level) const
{
    return level ? this->level(*level) : kDash;
}

QString ReportText::summary() const
{
    const Score &s = m_in.report.score;
    if (!m_in.report.role)
        return QString();
    QStringList parts;
    // One arg() call for all: a "%2" in a person's name stays text.
    parts << tr("%1 meets %2 of the %3 requirements of %4; readiness is %5.")
                 .arg(m_in.report.assessment.subject.name, QString::number(s.met), QString::number(s.items),
                      m_in.report.role->name(language()), percentText(s.readiness));
    if (s.answered < s.items)
        parts << tr("%1 of the %2 items are not answered yet and count as 0.").arg(s.items - s.answered).arg(s.items);
    // The sentence follows the plan's order (ImprovementPlanner::start): when the plan's first steps
    // are not in the weakest dimension, it says why and names that dimension's first items too.
    const PlanStart start = ImprovementPlanner::start(s);
    if (!start.weakestDimension.isEmpty())
        parts << tr("The largest gap is in %1 (%2 attained).")
                     .arg(dimensionName(start.weakestDimension), percentText(start.weakestAttainment));
    auto steps = [&](const std::vector<Gap> &gaps) {
        QStringList list;
        for (const Gap &g : gaps)
            list << tr("%1 from %2 to %3").arg(g.requirement, level(g.rating), level(g.required));
        return list.join(chinese() ? QStringLiteral("；") : QStringLiteral("; "));
    };
    if (s.gaps.empty()) {
        parts << tr("Every requirement is met.");
    } else if (start.inWeakest.empty()) {
        parts << tr("Start with: %1.").arg(steps(start.first));
    } else {
        parts << tr("The plan takes the items with the largest gaps first, whatever their dimension, so it "
                    "starts with: %1.")
                     .arg(steps(start.first));
        parts << tr("In %1 it starts with: %2.").arg(dimensionName(start.weakestDimension), steps(start.inWeakest));
    }
    return parts.join(chinese() ? QString() : QStringLiteral(" "));
}

std::vector<Field> ReportText::headline() const
{
    const Score &s = m_in.report.score;
    return {{tr("Readiness"), percentText(s.readiness)},
            {tr("Completeness"), percentText(s.completeness)},
            {tr("Requirements met"), tr("%1 of %2").arg(s.met).arg(s.items)}};
}

TextTable ReportText::dimensionTable() const
{
    TextTable t;
    t.headers = {tr("Dimension"), tr("Items"), tr("Answered"), tr("Met"), tr("Points"), tr("Attainment")};
    t.widths = {40, 10, 12, 10, 14, 14};
    for (const DimensionScore &d : m_in.report.score.dimensions) {
        t.rows.push_back({dimensionLabel(d.key), QString::number(d.items), QString::number(d.answered),
                          QString::number(d.met), QStringLiteral("%1 / %2").arg(d.attainedPoints).arg(d.requiredPoints),
                          percentText(d.attainment)});
        t.emphasised.push_back(d.attainment < 1.0);
    }
    return t;
}

bool ReportText::hasEvidence() const
{
    for (const Rating &r : m_in.report.assessment.ratings)
        if (!r.evidence.isEmpty() || !r.note.isEmpty())
            return true;
    return false;
}

QString ReportText::dimensionHeading(const DimensionScore &d) const
{
    return tr("%1 — %2 attained, %3 of %4 met")
        .arg(dimensionLabel(d.key), percentText(d.attainment))
        .arg(d.met)
        .arg(d.items);
}

TextTable ReportText::itemTable(const QString &dimension, bool withEvidence) const
{
    TextTable t;
    t.headers = {tr("No."), tr("Requirement"), tr("Required"), tr("Rating"), tr("Gap")};
    t.widths = withEvidence ? std::vector<int>{7, 43, 11, 11, 6, 22} : std::vector<int>{8, 58, 13, 13, 8};
    t.textColumns = {1, 5};
    if (withEvidence)
        t.headers << tr("Evidence · note");
    if (!m_in.report.role)
        return t;
    const Assessment &a = m_in.report.assessment;
    for (const Requirement &req : m_in.report.role->requirements) {
        if (req.dimension != dimension)
            continue;
        const Rating *r = a.rating(req.id);
        const std::optional<int> rated = r ? r->level : std::nullopt;
        const int gap = std::max(0, req.level - rated.value_or(0));
        QStringList row{req.id, req.textZh, level(req.level), ratingText(rated),
                        gap > 0 ? QString::number(gap) : QStringLiteral("0")};
        if (withEvidence) {
            const QString notes = r ? r->evidenceAndNote() : QString();
            row << (notes.size() <= LongEvidence
                        ? notes
                        : notes.left(60) + QStringLiteral("… ") + tr("(in full under “%1”)").arg(evidenceTitle()));
        }
        t.rows.push_back(row);
        t.emphasised.push_back(gap > 0);
    }
    return t;
}

std::vector<ReportText::LongEvidenceItem> ReportText::longEvidence() const
{
    std::vector<LongEvidenceItem> items;
    if (!m_in.report.role)
        return items;
    for (const Requirement &req : m_in.report.role->requirements) {
        const Rating *r = m_in.report.assessment.rating(req.id);
        if (r && r->evidenceAndNote().size() > LongEvidence)
            items.push_back({req.id + QStringLiteral("  ") + req.textZh, r->evidenceAndNote()});
    }
    return items;
}

QString ReportText::evidenceTitle() const
{
    return tr("Evidence and notes");
}

QString ReportText::methodNames(const QStringList &ids) const
{
    const Improvement &imp = m_in.catalog->improvement();
    QStringList names;
    for (const ImprovementStage &stage : imp.stages)
        for (const ImprovementMethod &m : stage.methods)
            if (ids.contains(m.id) && stage.id == m_in.report.plan.stage)
                names << m.name(language());
    return names.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString ReportText::providerNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids)
        if (const ImprovementProvider *p = m_in.catalog->improvement().provider(id))
            names << p->name(language());
    return names.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString ReportText::planIntro() const
{
    const ImprovementPlan &plan = m_in.report.plan;
    if (plan.steps.empty())
        return tr("Every requirement is met: there is nothing to improve for this role.");
    const ImprovementStage *stage = m_in.catalog->improvement().stage(plan.stage);
    const QString stageName = stage ? stage->name(language()) : plan.stage;
    return tr("%n step(s) at the stage %1 of Appendix A, largest gap first. The kind of improvement comes from "
              "A.1, the methods from A.2 and the providers from A.3; which method suits which dimension is "
              "iitalent's own reading (*).",
              nullptr, static_cast<int>(plan.steps.size()))
        .arg(stageName);
}

TextTable ReportText::planTable() const
{
    TextTable t;
    t.headers = {tr("#"), tr("Requirement"), tr("From → to"), tr("Improve"), tr("Methods *"), tr("Providers")};
    t.widths = {5, 35, 14, 16, 16, 14};
    t.textColumns = {1, 3, 4, 5};
    const Improvement &imp = m_in.catalog->improvement();
    for (const PlanStep &s : m_in.report.plan.steps) {
        const Requirement *req = m_in.catalog->requirement(s.requirement);
        const ImprovementContent *content = imp.content(s.dimension);
        t.rows.push_back(
            {QString::number(s.order), req ? QStringLiteral("%1 %2").arg(s.requirement, req->textZh) : s.requirement,
             QStringLiteral("%1 → %2").arg(level(s.from), level(s.to)),
             content ? (chinese() || content->nameEn.isEmpty() ? content->textZh : content->nameEn) : QString(),
             methodNames(s.methods), providerNames(s.providers)});
        t.emphasised.push_back(s.to - s.from >= 2);
    }
    return t;
}

QString ReportText::pathCaption() const
{
    const Improvement &imp = m_in.catalog->improvement();
    return tr("%1, redrawn from A.1–A.3 and made personal; the parts marked * are iitalent's own.")
        .arg(chinese() || imp.figureCaptionEn.isEmpty() ? imp.figureCaptionZh : imp.figureCaptionEn);
}

QString ReportText::selfLabel() const
{
    return tr("Self");
}

QString ReportText::assessorLabel() const
{
    return tr("Assessor");
}

QString ReportText::compareIntro() const
{
    if (!m_in.comparison)
        return QString();
    const Comparison &c = *m_in.comparison;
    return tr("The subject's self-assessment against the assessor's ratings, side by side (never averaged): "
              "self readiness %1, assessor readiness %2. %n item(s) differ by 2 levels or more (in bold).",
              nullptr, c.flagged)
               .arg(percentText(c.firstScore.readiness), percentText(c.secondScore.readiness)) +
           QLatin1Char(' ') + completenessNote(c.firstScore, selfLabel()) + QLatin1Char(' ') +
           completenessNote(c.secondScore, assessorLabel());
}

QString ReportText::completenessNote(const Score &score, const QString &side) const
{
    QString note = tr("%1: %2 of %3 items answered").arg(side).arg(score.answered).arg(score.items);
    QStringList names;
    for (const QString &key : unassessedDimensions(score))
        names << dimensionName(key);
    if (!names.isEmpty())
        note = tr("%1; not assessed: %2").arg(note, names.join(tr(", ")));
    return note + tr(".");
}

TextTable ReportText::compareTable() const
{
    TextTable t;
    t.headers = {tr("No."), tr("Requirement"), tr("Required"), selfLabel(), assessorLabel(), tr("Difference")};
    t.widths = {7, 47, 11, 11, 11, 13};
    t.textColumns = {1};
    if (!m_in.comparison)
        return t;
    for (const ComparedItem &i : m_in.comparison->items) {
        const Requirement *req = m_in.catalog->requirement(i.requirement);
        QString diff = !i.difference        ? kDash
                       : *i.difference == 0 ? QStringLiteral("0")
                                            : QString::asprintf("%+d", *i.difference);
        if (i.flag == QLatin1String("over-estimation"))
            diff += QLatin1Char(' ') + tr("over-estimation");
        else if (i.flag == QLatin1String("under-estimation"))
            diff += QLatin1Char(' ') + tr("under-estimation");
        t.rows.push_back({i.requirement, req ? req->textZh : QString(), level(i.required), ratingText(i.first),
                          ratingText(i.second), diff});
        t.emphasised.push_back(!i.flag.isEmpty());
    }
    return t;
}

QString ReportText::methodNote() const
{
    return tr(
        "How the figures are worked out: each requirement's required level comes from its wording: 了解 1, "
        "熟悉 2, 掌握 3, 精通 4; also 熟练掌握, 熟练使用 and 熟练操作 3, 具备一定的 2, 具备丰富的 and 具备相当的 4, "
        "and 具备 alone 3. The earliest of these words in the item counts (the longer one where two start "
        "together); an item with none counts as 熟悉 2. A rating above the required level adds nothing; an "
        "unanswered item counts as 0. A dimension's attainment is its attained points over its required "
        "points; readiness is the mean of the four dimensions' attainments.");
}

QString ReportText::overviewTitle() const
{
    return tr("Overview");
}

QString ReportText::itemsTitle() const
{
    return tr("Requirements by dimension");
}

QString ReportText::planTitle() const
{
    return tr("Improvement plan (Appendix A)");
}

QString ReportText::pathTitle() const
{
    return tr("Improvement path");
}

QString ReportText::compareTitle() const
{
    return tr("Self against assessor");
}

} // namespace iitalent::report
