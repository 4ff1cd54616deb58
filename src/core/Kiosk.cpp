#include "Kiosk.h"

#include "AssessmentStore.h"
#include "Catalog.h"
#include "CoreText.h"
#include "ExchangeFile.h"
#include "FileOutput.h"
#include "RepeatRound.h"

#include <QDir>
#include <QRandomGenerator>

#include <QFileInfo>
#include <algorithm>

namespace iitalent {

Result<Kiosk> Kiosk::start(AssessmentStore &store, const Catalog &catalog, Setup setup)
{
    Kiosk kiosk(store, catalog);
    if (!catalog.role(setup.role))
        return Result<Kiosk>::failure(CoreText::tr("there is no role %1 in the catalog").arg(setup.role));
    if (!setup.collectDir.isEmpty()) {
        if (!QDir().mkpath(setup.collectDir) || !QFileInfo(setup.collectDir).isWritable())
            return Result<Kiosk>::failure(
                CoreText::tr("the folder %1 cannot be written to, so answers could not be collected there")
                    .arg(setup.collectDir));
    }
    if (!setup.cohort.isEmpty()) {
        auto found = store.cohort(setup.cohort);
        if (!found) {
            Cohort c;
            c.name = setup.cohort;
            c.kind = CohortKind::Workshop;
            c.roles = QStringList{setup.role};
            c.date = nowUtc().toLocalTime().date().toString(Qt::ISODate);
            found = store.createCohort(c);
            if (!found)
                return Result<Kiosk>::failure(found.error());
        }
        kiosk.m_cohortId = found->id;
    }
    kiosk.m_setup = std::move(setup);
    return kiosk;
}

namespace {

Subject trimmed(Subject s)
{
    s.name = s.name.trimmed();
    s.number = s.number.trimmed();
    s.organisation = s.organisation.trimmed();
    return s;
}

// A code of four digits, easy to note down; three wrong tries end it (Kiosk::MaxCodeTries).
QString newCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(10000), 4, 10, QLatin1Char('0'));
}

} // namespace

Result<std::optional<Assessment>> Kiosk::unfinished(Subject participant) const
{
    using Out = Result<std::optional<Assessment>>;
    participant = trimmed(std::move(participant));
    const Role *role = m_catalog->role(m_setup.role);
    auto theirs = m_store->assessmentsOf(participant, m_setup.role);
    if (!theirs)
        return Out::failure(theirs.error());
    QStringList inCohort;
    if (m_cohortId) {
        auto members = m_store->cohortMembers(m_cohortId, m_setup.role, Mode::Self);
        if (!members)
            return Out::failure(members.error());
        for (const AssessmentSummary &m : members.value())
            inCohort << m.id;
    }
    // Oldest first: the last that matches exactly is the latest.
    const Assessment *latest = nullptr;
    for (const Assessment &a : theirs.value()) {
        const bool exactly = a.mode == Mode::Self && a.subject.name == participant.name &&
                             a.subject.number == participant.number &&
                             a.subject.organisation == participant.organisation;
        if (exactly && (!m_cohortId || inCohort.contains(a.id)))
            latest = &a;
    }
    if (latest && role && !m_finished.contains(latest->id) && RepeatRound::isUnfinished(*latest, *role))
        return std::optional<Assessment>(*latest);
    return std::optional<Assessment>();
}

Result<Kiosk::Turn> Kiosk::begin(Subject participant, const Proof &proof)
{
    participant = trimmed(std::move(participant));
    if (participant.name.isEmpty())
        return Result<Turn>::failure(CoreText::tr("please enter your name"));
    if (participant.name.size() > Limits::NameLength || participant.number.size() > Limits::NameLength ||
        participant.organisation.size() > Limits::NameLength)
        return Result<Turn>::failure(CoreText::tr("a name has at most %1 characters").arg(Limits::NameLength));
    if (proof.afresh)
        return startAfresh(participant);
    auto open = unfinished(participant);
    if (!open)
        return Result<Turn>::failure(open.error());
    if (!open.value())
        return startAfresh(participant);
    const Assessment &a = *open.value();
    if (proof.instructor) {
        // The instructor vouched: a new code, since the old one may be lost or known to others.
        m_wrongCodes.remove(a.id);
        m_codes.insert(a.id, newCode());
        return Turn{a, m_codes.value(a.id), true};
    }
    const QString known = m_codes.value(a.id);
    const int wrong = m_wrongCodes.value(a.id);
    if (proof.code.trimmed().isEmpty() || known.isEmpty() || wrong >= MaxCodeTries) {
        if (known.isEmpty() || wrong >= MaxCodeTries)
            return Result<Turn>::failure(
                CoreText::tr("you have started this questionnaire before. To continue it, ask the instructor; "
                             "or start again with an empty one"));
        return Result<Turn>::failure(
            CoreText::tr("you have started this questionnaire before. To continue it, enter the code you were "
                         "shown when you started; or start again with an empty one"));
    }
    if (proof.code.trimmed() != known) {
        m_wrongCodes.insert(a.id, wrong + 1);
        if (wrong + 1 >= MaxCodeTries)
            return Result<Turn>::failure(CoreText::tr(
                "that is not the code. To continue, ask the instructor; or start again with an empty one"));
        return Result<Turn>::failure(
            CoreText::tr("that is not the code (%n tries left)", nullptr, MaxCodeTries - wrong - 1));
    }
    m_wrongCodes.remove(a.id);
    return Turn{a, known, true};
}

Result<Kiosk::Turn> Kiosk::startAfresh(const Subject &participant)
{
    Assessment fresh = Assessment::create(m_setup.role, Mode::Self, participant, QString());
    if (Status s = m_store->insert(fresh); !s)
        return Result<Turn>::failure(s.error());
    if (m_cohortId) {
        // A member from the start, so that the instructor's view shows who is answering.
        if (auto added = m_store->addToCohort(m_cohortId, {fresh.id}); !added)
            return Result<Turn>::failure(added.error());
    }
    m_startedHere.insert(fresh.id);
    const QString code = newCode();
    m_codes.insert(fresh.id, code);
    return Turn{std::move(fresh), code, false};
}

Result<Kiosk::Finished> Kiosk::finish(const QString &assessmentId)
{
    auto a = m_store->load(assessmentId);
    if (!a)
        return Result<Finished>::failure(a.error());
    m_finished.insert(assessmentId);
    m_codes.remove(assessmentId);
    m_wrongCodes.remove(assessmentId);
    const bool nothing = std::all_of(a->ratings.begin(), a->ratings.end(), [](const Rating &r) { return r.isEmpty(); });
    if (nothing && m_startedHere.contains(assessmentId)) {
        // An empty round is no round: it must not reach the collect folder, and it goes from the
        // store. A seat of a team store may not delete (only an admin does): there it stays, empty,
        // and the class view's rule keeps it from standing in for the person's answered one.
        (void)m_store->remove(assessmentId);
        return Finished{false, QString()};
    }
    if (m_cohortId) {
        if (auto added = m_store->addToCohort(m_cohortId, {assessmentId}); !added)
            return Result<Finished>::failure(added.error());
    }
    if (m_setup.collectDir.isEmpty())
        return Finished{true, QString()};
    const QString path = QDir(m_setup.collectDir).filePath(ExchangeFile::fileNameFor(a.value()));
    // A second Finish of the same assessment writes the file again with the latest answers.
    if (Status s = writeFileAtomically(path, ExchangeFile::serialize(a.value()), true); !s)
        return Result<Finished>::failure(
            CoreText::tr("your answers are saved on this computer, but could not be written to %1: %2")
                .arg(path, s.error()));
    return Finished{true, path};
}

bool Kiosk::isValidPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    for (QChar c : pin)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace iitalent
