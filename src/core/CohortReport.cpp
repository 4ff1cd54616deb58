#include "CohortReport.h"

#include "Catalog.h"
#include "CoreText.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace iitalent {

namespace {

// Which of two assessments of one person is the later: updated, then created, then id.
bool later(const AssessmentSummary &x, const AssessmentSummary &y)
{
    if (x.updated != y.updated)
        return x.updated > y.updated;
    if (x.created != y.created)
        return x.created > y.created;
    return x.id > y.id;
}

// Whether `x` rather than `y` is the assessment of a person that a class view counts: the later
// one, except that an assessment without a single answer (a round started and left, or finished
// empty) never hides one with answers.
bool countsOver(const AssessmentSummary &x, const AssessmentSummary &y)
{
    if ((x.answered > 0) != (y.answered > 0))
        return x.answered > 0;
    return later(x, y);
}

// The first 8 bytes of HMAC-SHA256(key, part 0x1f part 0x1f ...) as a number.
quint64 keyedHash(const QByteArray &key, const QStringList &parts)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(parts.join(QChar(0x1f)).toUtf8(), key, QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(mac.constData());
}

// Codes for the participants of a view, and the names it shows, over `people` (one per holder of
// a code), written back through `set`.
template <typename Set>
void codeAndName(const std::vector<Subject> &people, const QByteArray &key, Set set)
{
    const QStringList codes = participantCodes(people, key);
    const QStringList names = viewNames(people);
    for (size_t i = 0; i < people.size(); ++i)
        set(i, codes.at(static_cast<int>(i)), names.at(static_cast<int>(i)));
}

} // namespace

QStringList participantCodes(const std::vector<Subject> &people, const QByteArray &key, size_t first)
{
    const size_t n = people.size();
    const size_t own = first > 0 && first < n ? first : n; // coded as a view of their own
    int width = 3;
    quint64 space = 1000;
    while (space < 10 * quint64(own) || space < 2 * quint64(n)) {
        ++width;
        space *= 10;
    }
    // In the order given (the order people joined): a code taken by someone earlier sends a later
    // one to the next free code, so that nobody's code changes when others join. Only those who
    // collide are ever off their hash's code, which nobody without the key can tell.
    QSet<quint64> taken;
    QStringList codes;
    for (const Subject &s : people) {
        // Name, number and organisation: namesakes get codes of their own, not neighbours.
        quint64 slot = keyedHash(key, {QStringLiteral("person"), s.name, s.number, s.organisation}) % space;
        while (taken.contains(slot))
            slot = (slot + 1) % space;
        taken.insert(slot);
        codes << QStringLiteral("P%1").arg(slot, width, 10, QLatin1Char('0'));
    }
    return codes;
}

QByteArray participantCodeKey(const Cohort &cohort)
{
    return QCryptographicHash::hash(
        QStringLiteral("iitalent participant codes|%1|%2").arg(cohort.id).arg(isoUtc(cohort.created)).toUtf8(),
        QCryptographicHash::Sha256);
}

QStringList viewNames(const std::vector<Subject> &people)
{
    QHash<QString, int> named;
    QHash<QString, int> numbered; // name + number
    for (const Subject &s : people) {
        ++named[s.name];
        ++numbered[s.name + QChar(0x1f) + s.number];
    }
    QStringList names;
    for (const Subject &s : people) {
        if (named.value(s.name) < 2 || s.name.isEmpty()) {
            names << s.name;
            continue;
        }
        QStringList parts;
        if (!s.number.isEmpty())
            parts << s.number;
        if (!s.organisation.isEmpty() && (s.number.isEmpty() || numbered.value(s.name + QChar(0x1f) + s.number) > 1))
            parts << s.organisation;
        names << (parts.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, parts.join(QStringLiteral(", "))));
    }
    return names;
}

HeatCell heatCell(std::optional<int> rating, int required)
{
    if (!rating)
        return HeatCell::Unanswered;
    if (*rating >= required)
        return HeatCell::Met;
    return required - *rating == 1 ? HeatCell::OneBelow : HeatCell::TwoOrMoreBelow;
}

int CohortReport::itemIndex(const QString &requirement) const
{
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].requirement == requirement)
            return static_cast<int>(i);
    return -1;
}

Result<CohortReport> CohortReport::build(const Catalog &catalog, const Cohort &cohort, const QString &roleCode,
                                         Mode mode, const std::vector<AssessmentSummary> &members)
{
    CohortReport r;
    r.cohort = cohort;
    r.roleCode = roleCode;
    r.mode = mode;
    r.role = catalog.role(roleCode);
    if (!r.role)
        return Result<CohortReport>::failure(CoreText::tr("there is no role %1 in the catalog").arg(roleCode));
    const Role &role = *r.role;

    // One participant per person, in the order the person first joined the cohort, with the
    // person's latest assessment of the role in the mode.
    std::vector<const AssessmentSummary *> counted;
    for (const AssessmentSummary &m : members)
        if (m.role == roleCode && m.mode == mode)
            counted.push_back(&m);
    std::vector<Subject> subjects;
    subjects.reserve(counted.size());
    for (const AssessmentSummary *m : counted)
        subjects.push_back(m->subject);
    const std::vector<int> person = personIndexes(subjects);
    std::vector<int> slotOfPerson;
    std::vector<const AssessmentSummary *> latest;
    for (size_t i = 0; i < counted.size(); ++i) {
        const size_t p = static_cast<size_t>(person[i]);
        if (p >= slotOfPerson.size())
            slotOfPerson.resize(p + 1, -1);
        if (slotOfPerson[p] < 0) {
            slotOfPerson[p] = static_cast<int>(latest.size());
            latest.push_back(counted[i]);
        } else if (countsOver(*counted[i], *latest[static_cast<size_t>(slotOfPerson[p])])) {
            latest[static_cast<size_t>(slotOfPerson[p])] = counted[i];
        }
    }

    QHash<QString, int> itemOf;
    for (size_t i = 0; i < role.requirements.size(); ++i)
        itemOf.insert(role.requirements[i].id, static_cast<int>(i));
    const int n = static_cast<int>(latest.size());
    r.participants.reserve(latest.size());
    int onJob = 0;
    for (int i = 0; i < n; ++i) {
        const AssessmentSummary &a = *latest[static_cast<size_t>(i)];
        CohortParticipant p;
        p.subject = a.subject;
        p.assessmentId = a.id;
        p.updated = a.updated;
        p.levels.assign(role.requirements.size(), std::nullopt);
        for (const Rating &rating : a.levels) {
            const auto it = itemOf.constFind(rating.requirement);
            if (it != itemOf.cend() && rating.level)
                p.levels[static_cast<size_t>(*it)] = *rating.level;
        }
        const Requirement *first = role.requirements.data();
        p.score = Scoring::scoreWith(catalog, role, [&](const Requirement &req) {
            return std::optional<std::optional<int>>(p.levels[static_cast<size_t>(&req - first)]);
        });
        if (a.subject.stage == Stage::OnJob)
            ++onJob;
        r.participants.push_back(std::move(p));
    }
    r.stage = onJob * 2 >= n ? Stage::OnJob : Stage::PreJob;
    std::vector<Subject> people;
    people.reserve(r.participants.size());
    for (const CohortParticipant &p : r.participants)
        people.push_back(p.subject);
    codeAndName(people, participantCodeKey(cohort), [&](size_t i, const QString &code, const QString &name) {
        r.participants[i].code = code;
        r.participants[i].shownName = name;
    });

    // Each item across the class.
    std::vector<long long> ratingSums(role.requirements.size(), 0);
    for (const Requirement &req : role.requirements) {
        CohortItem item;
        item.requirement = req.id;
        item.dimension = req.dimension;
        item.number = req.number;
        item.required = req.level;
        r.items.push_back(item);
    }
    for (const CohortParticipant &p : r.participants) {
        for (size_t i = 0; i < r.items.size(); ++i) {
            CohortItem &item = r.items[i];
            const int level = p.levels[i].value_or(0);
            if (p.levels[i]) {
                ++item.answered;
                ratingSums[i] += level;
            }
            if (level >= item.required)
                ++item.met;
            else
                item.gapPoints += item.required - level;
        }
    }
    for (size_t i = 0; i < r.items.size(); ++i) {
        CohortItem &item = r.items[i];
        item.meanGap = n > 0 ? double(item.gapPoints) / n : 0.0;
        if (item.answered > 0)
            item.meanRating = double(ratingSums[i]) / item.answered;
    }

    // The dimensions and readiness across the class.
    for (size_t d = 0; d < catalog.dimensions().size(); ++d) {
        CohortDimension dim;
        dim.key = catalog.dimensions()[d].key;
        double sum = 0.0;
        for (const CohortParticipant &p : r.participants)
            sum += d < p.score.dimensions.size() ? p.score.dimensions[d].attainment : 0.0;
        dim.meanAttainment = n > 0 ? sum / n : 0.0;
        r.dimensions.push_back(dim);
    }
    if (n > 0) {
        std::vector<double> readiness;
        readiness.reserve(static_cast<size_t>(n));
        double sum = 0.0;
        for (const CohortParticipant &p : r.participants) {
            readiness.push_back(p.score.readiness);
            sum += p.score.readiness;
            const int bin = std::clamp(static_cast<int>(p.score.readiness * 5.0), 0, 4);
            ++r.histogram[static_cast<size_t>(bin)];
        }
        std::sort(readiness.begin(), readiness.end());
        const size_t mid = readiness.size() / 2;
        r.readinessMean = sum / n;
        r.readinessMedian = readiness.size() % 2 ? readiness[mid] : (readiness[mid - 1] + readiness[mid]) / 2.0;
    }

    // The priorities: most gap points first, then fewest met, then catalog order.
    std::vector<size_t> order;
    for (size_t i = 0; i < r.items.size(); ++i)
        if (r.items[i].gapPoints > 0)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        if (r.items[x].gapPoints != r.items[y].gapPoints)
            return r.items[x].gapPoints > r.items[y].gapPoints;
        return r.items[x].met < r.items[y].met;
    });
    const ImprovementStage *stage = catalog.improvement().stage(stageId(r.stage));
    for (size_t i : order) {
        const CohortItem &item = r.items[i];
        r.priorities << item.requirement;
        WorkshopStep step;
        step.order = static_cast<int>(r.plan.size()) + 1;
        step.requirement = item.requirement;
        step.dimension = item.dimension;
        step.gapPoints = item.gapPoints;
        step.met = item.met;
        if (stage) {
            // The same mapping as the personal plan (ImprovementPlanner).
            for (const ImprovementMethod &m : stage->methods) {
                if (!m.dimensions.contains(item.dimension))
                    continue;
                step.methods << m.id;
                for (const QString &provider : m.providers)
                    if (!step.providers.contains(provider))
                        step.providers << provider;
            }
        }
        r.plan.push_back(std::move(step));
    }
    r.planWorkshop(catalog, WorkshopOffer());
    return r;
}

void CohortReport::planWorkshop(const Catalog &catalog, const WorkshopOffer &offer)
{
    workshop = WorkshopSplit::build(catalog, stage, plan, offer);
}

Result<CohortReport> CohortReport::load(AssessmentStore &store, const Catalog &catalog, const QString &cohortName,
                                        const QString &roleCode, Mode mode)
{
    auto cohort = store.cohort(cohortName);
    if (!cohort)
        return Result<CohortReport>::failure(cohort.error());
    if (!catalog.role(roleCode))
        return Result<CohortReport>::failure(CoreText::tr("there is no role %1 in the catalog").arg(roleCode));
    auto members = store.cohortMembers(cohort->id, roleCode, mode);
    if (!members)
        return Result<CohortReport>::failure(members.error());
    return build(catalog, cohort.value(), roleCode, mode, members.value());
}

void CohortReport::anonymise()
{
    anonymised = true;
    cohort.note.clear();
    for (CohortParticipant &p : participants) {
        const Stage stage = p.subject.stage;
        p.subject = Subject();
        p.subject.stage = stage;
        p.shownName.clear();
    }
    // Joining order is seat order: an anonymised view lists by code.
    std::stable_sort(participants.begin(), participants.end(),
                     [](const CohortParticipant &x, const CohortParticipant &y) { return x.code < y.code; });
}

void CohortReport::orderParticipants(const QStringList &assessmentIds)
{
    QHash<QString, int> rank;
    for (int i = 0; i < assessmentIds.size(); ++i)
        if (!rank.contains(assessmentIds.at(i)))
            rank.insert(assessmentIds.at(i), i);
    const int last = static_cast<int>(assessmentIds.size());
    std::stable_sort(participants.begin(), participants.end(),
                     [&](const CohortParticipant &x, const CohortParticipant &y) {
                         return rank.value(x.assessmentId, last) < rank.value(y.assessmentId, last);
                     });
}

CohortChange CohortChange::build(CohortReport before, CohortReport after)
{
    CohortChange c;
    c.before = std::move(before);
    c.after = std::move(after);
    // The same person in both: the one rule, over both cohorts' participants at once.
    std::vector<Subject> subjects;
    for (const CohortParticipant &p : c.before.participants)
        subjects.push_back(p.subject);
    for (const CohortParticipant &p : c.after.participants)
        subjects.push_back(p.subject);
    const std::vector<int> person = personIndexes(subjects);
    const size_t nb = c.before.participants.size();
    QHash<int, size_t> beforeOf; // person -> before participant (the first, if a person is two there)
    for (size_t i = 0; i < nb; ++i)
        if (!beforeOf.contains(person[i]))
            beforeOf.insert(person[i], i);
    std::vector<bool> beforeMatched(nb, false);
    const size_t na = c.after.participants.size();
    std::vector<int> partner(na, -1); // after participant -> the before participant who is the same person
    for (size_t j = 0; j < na; ++j) {
        const auto it = beforeOf.constFind(person[nb + j]);
        if (it != beforeOf.cend() && !beforeMatched[*it]) {
            beforeMatched[*it] = true;
            partner[j] = static_cast<int>(*it);
        }
    }
    // One code per person of the comparison, with the before cohort's key: the before cohort's
    // participants, then those only after. A person in both takes their code (and the name shown)
    // into the after cohort, so that both cohorts' views agree, and each stays unique.
    std::vector<Subject> people;
    std::vector<size_t> holderOfAfter(na, 0);
    for (const CohortParticipant &p : c.before.participants)
        people.push_back(p.subject);
    for (size_t j = 0; j < na; ++j) {
        if (partner[j] >= 0) {
            holderOfAfter[j] = static_cast<size_t>(partner[j]);
            continue;
        }
        holderOfAfter[j] = people.size();
        people.push_back(c.after.participants[j].subject);
    }
    const QStringList codes = participantCodes(people, participantCodeKey(c.before.cohort), nb);
    const QStringList names = viewNames(people);
    for (size_t i = 0; i < nb; ++i) {
        c.before.participants[i].code = codes.at(static_cast<int>(i));
        c.before.participants[i].shownName = names.at(static_cast<int>(i));
    }
    for (size_t j = 0; j < na; ++j) {
        c.after.participants[j].code = codes.at(static_cast<int>(holderOfAfter[j]));
        c.after.participants[j].shownName = names.at(static_cast<int>(holderOfAfter[j]));
    }
    const size_t dims = c.after.dimensions.size();
    std::vector<double> dimSums(dims, 0.0);
    double deltaSum = 0.0;
    for (size_t j = 0; j < na; ++j) {
        const CohortParticipant &a = c.after.participants[j];
        if (partner[j] < 0) {
            c.onlyAfter.push_back({a.code, a.subject, a.shownName});
            continue;
        }
        const CohortParticipant &b = c.before.participants[static_cast<size_t>(partner[j])];
        Participant m;
        m.code = a.code;
        m.subject = a.subject;
        m.shownName = a.shownName;
        m.beforeId = b.assessmentId;
        m.afterId = a.assessmentId;
        m.before = b.score.readiness;
        m.after = a.score.readiness;
        m.delta = m.after - m.before;
        for (size_t d = 0; d < dims; ++d) {
            const double x = d < b.score.dimensions.size() ? b.score.dimensions[d].attainment : 0.0;
            const double y = d < a.score.dimensions.size() ? a.score.dimensions[d].attainment : 0.0;
            m.dimensionDeltas.push_back(y - x);
            dimSums[d] += y - x;
        }
        deltaSum += m.delta;
        c.matched.push_back(std::move(m));
    }
    for (size_t i = 0; i < nb; ++i)
        if (!beforeMatched[i])
            c.onlyBefore.push_back(
                {c.before.participants[i].code, c.before.participants[i].subject, c.before.participants[i].shownName});
    const size_t k = c.matched.size();
    if (k > 0)
        c.meanDelta = deltaSum / double(k);
    for (size_t d = 0; d < dims; ++d) {
        DimensionDelta dd;
        dd.key = c.after.dimensions[d].key;
        if (k > 0)
            dd.meanDelta = dimSums[d] / double(k);
        c.dimensions.push_back(dd);
    }
    // Per item, met before and after over the matched participants only.
    QHash<QString, size_t> afterIndex, beforeIndex;
    for (size_t i = 0; i < c.after.participants.size(); ++i)
        afterIndex.insert(c.after.participants[i].assessmentId, i);
    for (size_t i = 0; i < nb; ++i)
        beforeIndex.insert(c.before.participants[i].assessmentId, i);
    for (size_t i = 0; i < c.after.items.size(); ++i) {
        const CohortItem &ai = c.after.items[i];
        Item item;
        item.requirement = ai.requirement;
        item.dimension = ai.dimension;
        item.required = ai.required;
        for (const Participant &m : c.matched) {
            const CohortParticipant &b = c.before.participants[beforeIndex.value(m.beforeId)];
            const CohortParticipant &a = c.after.participants[afterIndex.value(m.afterId)];
            if (b.levels[i].value_or(0) >= ai.required)
                ++item.metBefore;
            if (a.levels[i].value_or(0) >= ai.required)
                ++item.metAfter;
        }
        c.items.push_back(item);
    }
    return c;
}

void CohortChange::anonymise()
{
    before.anonymise();
    after.anonymise();
    auto clear = [](Subject &s) {
        const Stage stage = s.stage;
        s = Subject();
        s.stage = stage;
    };
    for (Participant &m : matched) {
        clear(m.subject);
        m.shownName.clear();
    }
    for (std::vector<Absent> *list : {&onlyBefore, &onlyAfter}) {
        for (Absent &a : *list) {
            clear(a.subject);
            a.shownName.clear();
        }
        std::stable_sort(list->begin(), list->end(), [](const Absent &x, const Absent &y) { return x.code < y.code; });
    }
    std::stable_sort(matched.begin(), matched.end(),
                     [](const Participant &x, const Participant &y) { return x.code < y.code; });
}

} // namespace iitalent
