#pragma once

#include "DisplayLanguage.h"

#include <QStringList>

#include <vector>

namespace iitalent {

class Catalog;
struct ImprovementMethod;
struct WorkshopStep;
enum class Stage;

// What one workshop can deliver (issue 21): the A.3 providers it stands for and/or the A.2
// methods it runs. A method of the class plan is delivered here when it is one of `methods` (if
// any are chosen) and one of its providers (iitalent's mapping, improvement-mapping.json) is one of
// `providers` (if any are chosen). Nothing chosen means a training centre, A.3 a) 教育、培训机构培养
// ("education"): an instructor running a workshop is one, so it is the default everywhere (the
// window, the documents, the JSON and the CLI).
struct WorkshopOffer final
{
    QStringList providers; // A.3 provider ids: "education", "enterprise", "individual"
    QStringList methods;   // A.2 method ids, e.g. "external-training"

    bool isEmpty() const { return providers.isEmpty() && methods.isEmpty(); }
    // The default: a training centre (A.3 a), "education").
    static WorkshopOffer trainingCentre();
    // This offer, or trainingCentre() when nothing is chosen.
    WorkshopOffer effective() const;
    // Whether the workshop (its effective offer) delivers a method.
    bool delivers(const ImprovementMethod &method) const;

    bool operator==(const WorkshopOffer &o) const { return providers == o.providers && methods == o.methods; }
    bool operator!=(const WorkshopOffer &o) const { return !(*this == o); }
};

// A provider id from what an instructor types: the id ("education"), the catalog's name in either
// language or a part of it (培训机构, 教育, 企业, 个人, training), or a word of A.3 a) for an
// education institution (院校, 高校, 学校, 大学, school, college, university). Case-insensitive;
// empty when nothing matches.
QString workshopProviderId(const Catalog &catalog, const QString &word);
// A method id (of any stage) from its id or its name in either language. Empty when nothing matches.
QString workshopMethodId(const Catalog &catalog, const QString &word);

// Where one class priority goes: taught in this workshop, or elsewhere (the workplace, a mentor,
// the person), with what Appendix A says it needs.
struct WorkshopPlacement final
{
    int step = -1;               // index into the plan (CohortReport::plan)
    int rank = 0;                // 1-based within its list
    QStringList methodsHere;     // taught here: the step's A.2 methods this workshop delivers
    QStringList neededMethods;   // elsewhere: the step's A.2 methods (none delivered here)
    QStringList neededProviders; // elsewhere: the A.3 providers of those methods
};

// The class plan split by what this workshop can deliver: what is teachable here first (the top
// of this list is what to teach), and separately what needs the workplace or a mentor. Both keep
// the class priority order (most gap points first). The one rule for the window, the documents,
// the JSON and the CLI.
struct WorkshopSplit final
{
    WorkshopOffer offer; // the offer as chosen (empty: the default, a training centre)
    std::vector<WorkshopPlacement> teachableHere;
    std::vector<WorkshopPlacement> elsewhere;

    static WorkshopSplit build(const Catalog &catalog, Stage stage, const std::vector<WorkshopStep> &plan,
                               const WorkshopOffer &offer);
};

// Where Appendix A lists a method, "A.2 b) 3)", or a provider, "A.3 a)"; empty when unknown.
QString improvementMethodClause(const Catalog &catalog, const QString &methodId);
QString improvementProviderClause(const Catalog &catalog, const QString &providerId);
// A method's or provider's name in a language, with its clause: "项目实践或导师辅导（A.2 b) 3)）".
QString improvementMethodLabel(const Catalog &catalog, const QString &methodId, Language language);
QString improvementProviderLabel(const Catalog &catalog, const QString &providerId, Language language);

// The offer in words: "教育、培训机构培养（A.3 a)）", with the methods when any are chosen, and
// "(default)" when nothing is chosen.
QString workshopOfferText(const Catalog &catalog, const WorkshopOffer &offer, Language language);
// How a step is taught here: the methods delivered, "外部脱岗培训（A.2 b) 2)）".
QString workshopHowText(const Catalog &catalog, const WorkshopPlacement &placement, Language language);
// Why a step is not taught here, from Appendix A: the methods it needs and who provides them,
// "需要项目实践或导师辅导（A.2 b) 3)），由企业培养（A.3 b)）、个人培养（A.3 c)）提供".
QString workshopReasonText(const Catalog &catalog, const WorkshopPlacement &placement, Language language);

} // namespace iitalent
