#include "CohortText.h"

#include "Catalog.h"
#include "Levels.h"
#include "Scoring.h"

#include <QDateTime>
#include <QHash>

namespace iitalent::report {

namespace {

// Over the participants in both cohorts: the mean readiness and each dimension's mean attainment,
// before and after (none when nobody is in both).
struct MatchedMeans
{
    std::optional<double> before;
    std::optional<double> after;
    std::vector<std::optional<double>> dimensionBefore; // per dimension of the change
    std::vector<std::optional<double>> dimensionAfter;
};

MatchedMeans matchedMeans(const CohortChange &c)
{
    QHash<QString, const CohortParticipant *> before, after;
    for (const CohortParticipant &p : c.before.participants)
        before.insert(p.assessmentId, &p);
    for (const CohortParticipant &p : c.after.participants)
        after.insert(p.assessmentId, &p);
    const size_t dims = c.dimensions.size();
    MatchedMeans m;
    m.dimensionBefore.assign(dims, std::nullopt);
    m.dimensionAfter.assign(dims, std::nullopt);
    if (c.matched.empty())
        return m;
    const double k = double(c.matched.size());
    double sumBefore = 0.0, sumAfter = 0.0;
    std::vector<double> dimBefore(dims, 0.0), dimAfter(dims, 0.0);
    auto attainment = [](const CohortParticipant *p, size_t d) {
        return p && d < p->score.dimensions.size() ? p->score.dimensions[d].attainment : 0.0;
    };
    for (const CohortChange::Participant &p : c.matched) {
        sumBefore += p.before;
        sumAfter += p.after;
        const CohortParticipant *b = before.value(p.beforeId);
        const CohortParticipant *a = after.value(p.afterId);
        for (size_t d = 0; d < dims; ++d) {
            dimBefore[d] += attainment(b, d);
            dimAfter[d] += attainment(a, d);
        }
    }
    m.before = sumBefore / k;
    m.after = sumAfter / k;
    for (size_t d = 0; d < dims; ++d) {
        m.dimensionBefore[d] = dimBefore[d] / k;
        m.dimensionAfter[d] = dimAfter[d] / k;
    }
    return m;
}

QString signedNumber(int value)
{
    return value == 0 ? QStringLiteral("0") : QString::asprintf("%+d", value);
}

} // namespace

CohortText::CohortText(const Catalog &catalog, Language language) : m_catalog(catalog), m_language(language) {}

QString CohortText::join(const QStringList &parts) const
{
    return parts.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString CohortText::dash()
{
    return QStringLiteral("—");
}

QString CohortText::roleTitle(const CohortReport &report) const
{
    return report.role ? QStringLiteral("%1 %2").arg(report.role->code, report.role->name(m_language))
                       : report.roleCode;
}

QString CohortText::modeName(Mode mode) const
{
    return mode == Mode::Self ? ReportText::tr("Self-assessment") : ReportText::tr("Assessor's assessment");
}

QString CohortText::kindName(CohortKind kind)
{
    switch (kind) {
    case CohortKind::Workshop: return tr("Workshop");
    case CohortKind::Team: return tr("Team");
    case CohortKind::Hiring: return tr("Hiring round");
    }
    return QString();
}

QString CohortText::stageName(Stage stage) const
{
    if (const ImprovementStage *s = m_catalog.improvement().stage(stageId(stage)))
        return s->name(m_language);
    return stage == Stage::PreJob ? ReportText::tr("Before the job") : ReportText::tr("On the job");
}

QString CohortText::dimensionName(const QString &key) const
{
    const Dimension *d = m_catalog.dimension(key);
    return d ? d->name(m_language) : key;
}

QString CohortText::dimensionLabel(const QString &key) const
{
    const Dimension *d = m_catalog.dimension(key);
    return d ? d->heading(m_language) : key;
}

QString CohortText::itemLabel(const CohortItem &item)
{
    return QStringLiteral("%1.%2").arg(item.dimension).arg(item.number);
}

QString CohortText::editionLine() const
{
    return ReportText::tr("%1 · catalog: %2")
        .arg(chinese() ? m_catalog.title() : m_catalog.titleEn(), m_catalog.edition());
}

QString CohortText::pageText(int page, int pageCount) const
{
    return ReportText::tr("Page %1 of %2").arg(page).arg(pageCount);
}

QString CohortText::generatedLine() const
{
    return ReportText::tr("Made by iitalent on %1.")
        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString CohortText::cohortName(const Cohort &cohort) const
{
    return cohort.date.isEmpty() ? cohort.name : QStringLiteral("%1 (%2)").arg(cohort.name, cohort.date);
}

QString CohortText::reportTitle() const
{
    return tr("Class report");
}

QString CohortText::runningHeader(const CohortReport &report) const
{
    return QStringLiteral("%1 · %2").arg(report.cohort.name, roleTitle(report));
}

std::vector<Field> CohortText::reportFields(const CohortReport &r) const
{
    std::vector<Field> f;
    f.push_back({tr("Cohort"), r.cohort.name});
    f.push_back({tr("Kind"), kindName(r.cohort.kind)});
    f.push_back({ReportText::tr("Date"), r.cohort.date.isEmpty() ? dash() : r.cohort.date});
    f.push_back({ReportText::tr("Role"), roleTitle(r)});
    f.push_back({ReportText::tr("Mode"), modeName(r.mode)});
    f.push_back({tr("Participants"), QString::number(r.participants.size())});
    f.push_back({tr("Stage of the plan"), stageName(r.stage)});
    if (!r.anonymised && !r.cohort.note.isEmpty())
        f.push_back({ReportText::tr("Note"), r.cohort.note});
    return f;
}

QString CohortText::anonymisedNote() const
{
    return tr("Anonymised: participants are shown by their numbers (P417, P052, …) only, without names, "
              "organisations or staff and student numbers.");
}

QString CohortText::noParticipants() const
{
    return tr("No participant of this cohort has an assessment of this role in this mode.");
}

QString CohortText::overviewTitle() const
{
    return ReportText::tr("Overview");
}

QString CohortText::readinessLine(const CohortReport &r) const
{
    if (r.participants.empty() || !r.readinessMean || !r.readinessMedian)
        return noParticipants();
    return tr("Mean readiness %1, median %2, over %n participant(s).", nullptr, static_cast<int>(r.participants.size()))
        .arg(percentText(*r.readinessMean), percentText(*r.readinessMedian));
}

QString CohortText::histogramTitle() const
{
    return tr("Readiness across the class");
}

QString CohortText::histogramAxis() const
{
    return tr("Participants");
}

QStringList CohortText::histogramBins()
{
    return {QStringLiteral("0–20%"), QStringLiteral("20–40%"), QStringLiteral("40–60%"), QStringLiteral("60–80%"),
            QStringLiteral("80–100%")};
}

QString CohortText::histogramNote() const
{
    return tr("A participant on a band's lower bound counts in that band; 100% counts in the last.");
}

QString CohortText::dimensionsTitle() const
{
    return tr("Mean attainment per dimension");
}

QString CohortText::heatmapTitle() const
{
    return tr("Heatmap: participants × requirements");
}

QString CohortText::heatmapIntro() const
{
    return tr("One row per participant and one column per requirement of the role, in catalog order; a "
              "column's head gives the item (dimension and number) and its required level. Each cell shows a mark "
              "and the rating, 0 to 4, so that it reads without colour.");
}

QString CohortText::legendText(HeatCell cell) const
{
    switch (cell) {
    case HeatCell::Met: return tr("met (rating at or above the required level)");
    case HeatCell::OneBelow: return tr("one level below");
    case HeatCell::TwoOrMoreBelow: return tr("two or more levels below");
    case HeatCell::Unanswered: return tr("not answered (counts as 0)");
    }
    return QString();
}

QString CohortText::codeHeader() const
{
    return ReportText::tr("No.");
}

QString CohortText::participantHeader() const
{
    return tr("Participant");
}

QString CohortText::readinessHeader() const
{
    return ReportText::tr("Readiness");
}

QString CohortText::metRowLabel(int participants) const
{
    return tr("Met (of %1)").arg(participants);
}

QString CohortText::requiredRowLabel() const
{
    return ReportText::tr("Required level");
}

QString CohortText::columnsCaption(int first, int last, int total) const
{
    return tr("Requirements %1–%2 of %3").arg(first).arg(last).arg(total);
}

QString CohortText::itemTooltip(const CohortItem &item) const
{
    const Requirement *req = m_catalog.requirement(item.requirement);
    return tr("%1 %2 (required level %3)")
        .arg(item.requirement, req ? req->textZh : QString(), Level::display(item.required, m_language));
}

QString CohortText::planTitle() const
{
    return tr("Class priorities and workshop plan (Appendix A)");
}

QString CohortText::planIntro(const CohortReport &r) const
{
    if (r.participants.empty())
        return noParticipants();
    if (r.plan.empty())
        return tr("Every participant meets every requirement: there is nothing to plan.");
    return tr("%n requirement(s) where the class falls short, the most gap points first, then the fewest met. A "
              "gap point is one level that one participant is below the required level (unanswered counts as 0). "
              "The methods and providers are those of the stage most participants are at, %1; which method suits "
              "which dimension is iitalent's own reading (*). What this workshop can teach comes first; what "
              "needs the workplace or a mentor follows separately.",
              nullptr, static_cast<int>(r.plan.size()))
        .arg(stageName(r.stage));
}

QString CohortText::planOfferLine(const CohortReport &r) const
{
    return tr("This workshop delivers: %1. Teachable here: %2 of %3 priorities.")
        .arg(workshopOfferText(m_catalog, r.workshop.offer, m_language))
        .arg(r.workshop.teachableHere.size())
        .arg(r.plan.size());
}

TextTable CohortText::planTable(const CohortReport &r) const
{
    TextTable t;
    t.headers = {ReportText::tr("#"),          ReportText::tr("Requirement"),
                 ReportText::tr("Dimension"),  tr("Gap points"),
                 ReportText::tr("Met"),        tr("Class rank"),
                 tr("How it is taught here *")};
    t.widths = {4, 40, 10, 7, 7, 7, 25};
    t.textColumns = {1, 2, 6};
    const int n = static_cast<int>(r.participants.size());
    for (const WorkshopPlacement &p : r.workshop.teachableHere) {
        const WorkshopStep &s = r.plan[static_cast<size_t>(p.step)];
        const Requirement *req = m_catalog.requirement(s.requirement);
        t.rows.push_back(
            {QString::number(p.rank), req ? QStringLiteral("%1 %2").arg(s.requirement, req->textZh) : s.requirement,
             dimensionName(s.dimension), QString::number(s.gapPoints), ReportText::tr("%1 of %2").arg(s.met).arg(n),
             QString::number(s.order), workshopHowText(m_catalog, p, m_language)});
        t.emphasised.push_back(false);
    }
    return t;
}

QString CohortText::elsewhereTitle() const
{
    return tr("Needs the workplace or a mentor (not taught in this workshop)");
}

QString CohortText::elsewhereIntro(const CohortReport &r) const
{
    return tr("%n priority(ies) that no method this workshop delivers suits, in the class's order, each with "
              "the methods and providers Appendix A gives for it.",
              nullptr, static_cast<int>(r.workshop.elsewhere.size()));
}

TextTable CohortText::elsewhereTable(const CohortReport &r) const
{
    TextTable t;
    t.headers = {ReportText::tr("#"),
                 ReportText::tr("Requirement"),
                 ReportText::tr("Dimension"),
                 tr("Gap points"),
                 ReportText::tr("Met"),
                 tr("Class rank"),
                 tr("Why not here (Appendix A) *")};
    t.widths = {4, 34, 10, 7, 7, 7, 31};
    t.textColumns = {1, 2, 6};
    const int n = static_cast<int>(r.participants.size());
    for (const WorkshopPlacement &p : r.workshop.elsewhere) {
        const WorkshopStep &s = r.plan[static_cast<size_t>(p.step)];
        const Requirement *req = m_catalog.requirement(s.requirement);
        t.rows.push_back(
            {QString::number(p.rank), req ? QStringLiteral("%1 %2").arg(s.requirement, req->textZh) : s.requirement,
             dimensionName(s.dimension), QString::number(s.gapPoints), ReportText::tr("%1 of %2").arg(s.met).arg(n),
             QString::number(s.order), workshopReasonText(m_catalog, p, m_language)});
        t.emphasised.push_back(false);
    }
    return t;
}

QString CohortText::mappingNote() const
{
    return tr("* Which method suits which dimension, and who usually provides it, is iitalent's own reading of "
              "Appendix A.1–A.3, not the standard's text.");
}

QString CohortText::changeTitle() const
{
    return tr("Class report: before and after");
}

QString CohortText::runningHeader(const CohortChange &c) const
{
    return QStringLiteral("%1 → %2 · %3").arg(c.before.cohort.name, c.after.cohort.name, roleTitle(c.after));
}

std::vector<Field> CohortText::changeFields(const CohortChange &c) const
{
    std::vector<Field> f;
    f.push_back({tr("Before"), cohortName(c.before.cohort)});
    f.push_back({tr("After"), cohortName(c.after.cohort)});
    f.push_back({ReportText::tr("Role"), roleTitle(c.after)});
    f.push_back({ReportText::tr("Mode"), modeName(c.after.mode)});
    f.push_back({statusText(0), QString::number(c.matched.size())});
    f.push_back({statusText(1), QString::number(c.onlyBefore.size())});
    f.push_back({statusText(2), QString::number(c.onlyAfter.size())});
    return f;
}

QString CohortText::changeSummary(const CohortChange &c) const
{
    const MatchedMeans m = matchedMeans(c);
    if (!m.before || !m.after)
        return tr("Nobody took part in both, so there is nothing to compare.");
    return tr("Mean readiness of the %n participant(s) in both: %1 before, %2 after (%3).", nullptr,
              static_cast<int>(c.matched.size()))
        .arg(percentText(*m.before), percentText(*m.after),
             pointChangeText(c.meanDelta.value_or(*m.after - *m.before), m_language));
}

QString CohortText::changeDimensionsTitle() const
{
    return tr("Readiness and dimensions, before and after");
}

TextTable CohortText::changeDimensionTable(const CohortChange &c) const
{
    const MatchedMeans m = matchedMeans(c);
    TextTable t;
    t.headers = {ReportText::tr("Dimension"), tr("Before"), tr("After"), tr("Change")};
    t.widths = {46, 18, 18, 18};
    t.textColumns = {0};
    // The change is the core's exact one (CohortChange's mean of the participants' changes), the
    // number the JSON holds, rounded once.
    auto row = [&](const QString &label, const std::optional<double> &before, const std::optional<double> &after,
                   const std::optional<double> &change) {
        if (before && after)
            t.rows.push_back({label, percentText(*before), percentText(*after),
                              pointChangeText(change.value_or(*after - *before), m_language)});
        else
            t.rows.push_back({label, dash(), dash(), dash()});
        t.emphasised.push_back(false);
    };
    row(ReportText::tr("Readiness"), m.before, m.after, c.meanDelta);
    for (size_t d = 0; d < c.dimensions.size(); ++d)
        row(dimensionLabel(c.dimensions[d].key), m.dimensionBefore[d], m.dimensionAfter[d], c.dimensions[d].meanDelta);
    return t;
}

QString CohortText::changeItemsTitle() const
{
    return tr("Requirements met, before and after (participants in both)");
}

TextTable CohortText::changeItemTable(const CohortChange &c) const
{
    TextTable t;
    t.headers = {ReportText::tr("No."),
                 ReportText::tr("Requirement"),
                 ReportText::tr("Required"),
                 tr("Met before"),
                 tr("Met after"),
                 tr("Change")};
    t.widths = {8, 50, 12, 10, 10, 10};
    t.textColumns = {1};
    const int k = static_cast<int>(c.matched.size());
    for (const CohortChange::Item &i : c.items) {
        const Requirement *req = m_catalog.requirement(i.requirement);
        t.rows.push_back({i.requirement, req ? req->textZh : QString(), Level::display(i.required, m_language),
                          ReportText::tr("%1 of %2").arg(i.metBefore).arg(k),
                          ReportText::tr("%1 of %2").arg(i.metAfter).arg(k), signedNumber(i.metAfter - i.metBefore)});
        t.emphasised.push_back(i.metAfter < i.metBefore);
    }
    return t;
}

QString CohortText::changeParticipantsTitle() const
{
    return tr("Participants in both");
}

TextTable CohortText::changeParticipantTable(const CohortChange &c) const
{
    const bool anonymised = c.after.anonymised || c.before.anonymised;
    TextTable t;
    t.headers = {participantHeader(), tr("Before"), tr("After"), tr("Change")};
    t.widths = {46, 18, 18, 18};
    t.textColumns = {0};
    for (const CohortChange::Participant &p : c.matched) {
        t.rows.push_back(
            {p.label(anonymised), percentText(p.before), percentText(p.after), pointChangeText(p.delta, m_language)});
        t.emphasised.push_back(p.delta < 0);
    }
    return t;
}

QString CohortText::onlyBeforeTitle(const CohortChange &c) const
{
    return tr("Only in %1 (%n)", nullptr, static_cast<int>(c.onlyBefore.size())).arg(c.before.cohort.name);
}

QString CohortText::onlyAfterTitle(const CohortChange &c) const
{
    return tr("Only in %1 (%n)", nullptr, static_cast<int>(c.onlyAfter.size())).arg(c.after.cohort.name);
}

QStringList CohortText::absentLabels(const CohortChange &c, bool before)
{
    const bool anonymised = c.after.anonymised || c.before.anonymised;
    QStringList labels;
    for (const CohortChange::Absent &a : before ? c.onlyBefore : c.onlyAfter)
        labels << a.label(anonymised);
    return labels;
}

QString CohortText::nobody() const
{
    return tr("Nobody.");
}

QString CohortText::statusText(int status) const
{
    switch (status) {
    case 0: return tr("In both");
    case 1: return tr("Only before");
    default: return tr("Only after");
    }
}

} // namespace iitalent::report
