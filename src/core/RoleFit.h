#pragma once

#include "Scoring.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace iitalent {

struct Assessment;

// How well a person fits one role, from the ratings carried over through shared competencies.
struct RoleFitEntry final
{
    QString role;
    int requirements = 0; // the role's requirements
    int covered = 0;      // requirements whose competency the person was rated on
    double coverage = 0.0;
    double readiness = 0.0; // Scoring's readiness over the covered requirements only
    bool lowCoverage = false;
    bool source = false;    // the role the assessment was made for
    QStringList unanswered; // the role's requirements not covered (ids, catalog order)
};

// Role fit for a person: every role ranked from all the answers the person gave in one mode.
struct PersonFit final
{
    std::vector<RoleFitEntry> entries; // ranked as RoleFit::rank ranks them
    QStringList assessments;           // the ids whose answers were merged, oldest first
    std::optional<QString> assessNext; // the role to assess next (RoleFit::assessNext), if any
};

// Ranks every role of the catalog for one assessment. A requirement is covered when the person
// has an answered rating of a requirement with the same competency (the highest such level counts).
// Roles whose coverage is below LowCoverage are marked and ranked after the others, by coverage.
class RoleFit final
{
public:
    static constexpr double LowCoverage = 0.5;
    // The rule for "assess next" (assessNext): among the roles whose coverage is at least
    // AssessNextFrom (enough answers for the readiness to say something) and below AssessNextBelow
    // (most of it still unknown), the one with the highest readiness over its covered items; ties
    // go to the higher coverage, then to the catalog order. Assessing it completes the best-fitting
    // role of which least is known. None when no role is in that range.
    static constexpr double AssessNextFrom = 0.2;
    static constexpr double AssessNextBelow = 0.6;

    // From one assessment alone (a file, a kiosk's report).
    static std::vector<RoleFitEntry> rank(const Catalog &catalog, const Assessment &assessment);
    // From several assessments' answers, `sourceRole` marked as the assessed role. For each
    // competency the latest answer counts: that of the assessment updated last (a rating carries
    // no time of its own here), of those updated in the same second the one later in the list;
    // within one assessment the highest level of the competency, as with a single assessment.
    static std::vector<RoleFitEntry> rank(const Catalog &catalog, const std::vector<const Assessment *> &assessments,
                                          const QString &sourceRole);
    // The fit of the person `assessment` is of, from their assessments in `others` (e.g. all the
    // store holds of them, any role, oldest first): the same person as the reports' history and
    // comparison take it (ofSamePerson), the same mode only (self and assessor stay apart), and
    // `assessment` itself as given (it may be newer than its stored copy).
    static PersonFit forPerson(const Catalog &catalog, const Assessment &assessment,
                               const std::vector<Assessment> &others);
    // The role to assess next among `entries`, by the rule above.
    static std::optional<QString> assessNext(const Catalog &catalog, const std::vector<RoleFitEntry> &entries);
};

} // namespace iitalent
