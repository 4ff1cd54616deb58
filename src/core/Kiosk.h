#pragma once

#include "Assessment.h"
#include "Result.h"

#include <QString>

namespace iitalent {

class AssessmentStore;
class Catalog;

// Kiosk mode's rules, for one shared laptop or several: participants come one after another,
// each answers the questionnaire of one role, and on Finish their assessment joins the cohort and
// is written as an exchange file into the collect folder (e.g. a USB stick).
class Kiosk final
{
public:
    struct Setup
    {
        QString role;       // the role everybody answers
        QString cohort;     // a cohort to add each participant to (created as a workshop if new), or empty
        QString collectDir; // a folder to write each finished assessment to, or empty
    };

    // Checks the setup: the role exists, the collect folder exists (it is created) and is
    // writable; creates the cohort when it does not exist yet.
    static Result<Kiosk> start(AssessmentStore &store, const Catalog &catalog, Setup setup);

    const Setup &setup() const { return m_setup; }

    // The assessment a participant works on: their latest unfinished self-assessment of the
    // role — the same name, number and organisation exactly, and in the cohort when there is one
    // — to continue where they stopped; otherwise (nothing started, or finished) a new one,
    // stored now. A participant never reaches anyone else's answers: a namesake without the same
    // number is somebody else here.
    Result<Assessment> begin(Subject participant);

    // Done: the assessment joins the cohort and is written into the collect folder. Returns the
    // file written (empty without a collect folder).
    Result<QString> finish(const QString &assessmentId);

    // A PIN to leave kiosk mode: 4 to 12 digits.
    static bool isValidPin(const QString &pin);

private:
    Kiosk(AssessmentStore &store, const Catalog &catalog) : m_store(&store), m_catalog(&catalog) {}

    AssessmentStore *m_store;
    const Catalog *m_catalog;
    Setup m_setup;
    qint64 m_cohortId = 0;
};

} // namespace iitalent
