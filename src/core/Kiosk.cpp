#include "Kiosk.h"

#include "AssessmentStore.h"
#include "Catalog.h"
#include "CoreText.h"
#include "ExchangeFile.h"
#include "FileOutput.h"

#include <QDir>
#include <QFileInfo>

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

Result<Assessment> Kiosk::begin(Subject participant)
{
    participant.name = participant.name.trimmed();
    participant.number = participant.number.trimmed();
    participant.organisation = participant.organisation.trimmed();
    if (participant.name.isEmpty())
        return Result<Assessment>::failure(CoreText::tr("please enter your name"));
    if (participant.name.size() > Limits::NameLength || participant.number.size() > Limits::NameLength ||
        participant.organisation.size() > Limits::NameLength)
        return Result<Assessment>::failure(CoreText::tr("a name has at most %1 characters").arg(Limits::NameLength));
    const Role *role = m_catalog->role(m_setup.role);
    auto theirs = m_store->assessmentsOf(participant, m_setup.role);
    if (!theirs)
        return Result<Assessment>::failure(theirs.error());
    QStringList inCohort;
    if (m_cohortId) {
        auto members = m_store->cohortMembers(m_cohortId, m_setup.role, Mode::Self);
        if (!members)
            return Result<Assessment>::failure(members.error());
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
    if (latest && role && latest->answeredCount() < static_cast<int>(role->requirements.size()))
        return *latest;
    Assessment fresh = Assessment::create(m_setup.role, Mode::Self, participant, QString());
    if (Status s = m_store->insert(fresh); !s)
        return Result<Assessment>::failure(s.error());
    if (m_cohortId) {
        // A member from the start, so that the instructor's view shows who is answering.
        if (auto added = m_store->addToCohort(m_cohortId, {fresh.id}); !added)
            return Result<Assessment>::failure(added.error());
    }
    return fresh;
}

Result<QString> Kiosk::finish(const QString &assessmentId)
{
    auto a = m_store->load(assessmentId);
    if (!a)
        return Result<QString>::failure(a.error());
    if (m_cohortId) {
        if (auto added = m_store->addToCohort(m_cohortId, {assessmentId}); !added)
            return Result<QString>::failure(added.error());
    }
    if (m_setup.collectDir.isEmpty())
        return QString();
    const QString path = QDir(m_setup.collectDir).filePath(ExchangeFile::fileNameFor(a.value()));
    // A second Finish of the same assessment writes the file again with the latest answers.
    if (Status s = writeFileAtomically(path, ExchangeFile::serialize(a.value()), true); !s)
        return Result<QString>::failure(
            CoreText::tr("your answers are saved on this computer, but could not be written to %1: %2")
                .arg(path, s.error()));
    return path;
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
