#pragma once

#include "Assessment.h"
#include "Result.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

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

    // One participant's turn.
    struct Turn
    {
        Assessment assessment;
        QString code;         // what continues this questionnaire later (shown to its owner only)
        bool resumed = false; // an unfinished questionnaire continued
    };

    // How a participant shows that an unfinished questionnaire is theirs.
    struct Proof
    {
        QString code;            // the code they were shown when they started
        bool instructor = false; // the instructor vouched for them (the window checked the PIN)
        bool afresh = false;     // leave it and start a new questionnaire instead
    };

    // The unfinished questionnaire `participant` would continue here: their latest self-assessment
    // of the role — the same name, number and organisation exactly, and in the cohort when there
    // is one — that is unfinished (RepeatRound::isUnfinished) and was not finished at this kiosk.
    // None otherwise (a namesake without the same number is somebody else).
    Result<std::optional<Assessment>> unfinished(Subject participant) const;

    // A participant's turn. With an unfinished questionnaire (unfinished()), it is continued only
    // with its code or the instructor's word; a wrong code fails (after MaxCodeTries wrong codes
    // only the instructor can continue it), and with neither it fails asking for one. Otherwise —
    // nothing started, everything answered, finished here, or `proof.afresh` — a new assessment,
    // stored now (a member of the cohort from the start, so that the instructor sees who is
    // answering), with a new code. Nobody reaches another person's answers by typing their name.
    Result<Turn> begin(Subject participant, const Proof &proof);
    Result<Turn> begin(Subject participant) { return begin(std::move(participant), Proof()); }

    struct Finished
    {
        bool kept = false; // false: nothing was answered, so nothing was stored
        QString file;      // the exchange file written (empty without a collect folder)
    };

    // Done, answered or not: the questionnaire is never continued at this kiosk again. An
    // assessment without a single answer is not kept (it is removed from the cohort and the
    // store, where the seat may delete: on a team store only an admin may, and there it stays,
    // empty, never counted over an answered one); any other joins the cohort and is written into
    // the collect folder.
    Result<Finished> finish(const QString &assessmentId);

    static constexpr int MaxCodeTries = 3;

    // A PIN to leave kiosk mode: 4 to 12 digits.
    static bool isValidPin(const QString &pin);

private:
    Kiosk(AssessmentStore &store, const Catalog &catalog) : m_store(&store), m_catalog(&catalog) {}

    AssessmentStore *m_store;
    const Catalog *m_catalog;
    Result<Turn> startAfresh(const Subject &participant);

    Setup m_setup;
    qint64 m_cohortId = 0;
    // What this kiosk knows of its turns (kept in memory only: after a restart, an unfinished
    // questionnaire is continued with the instructor's PIN).
    QHash<QString, QString> m_codes;  // assessment id -> its code
    QHash<QString, int> m_wrongCodes; // assessment id -> wrong codes tried
    QSet<QString> m_finished;         // assessments finished here
    QSet<QString> m_startedHere;      // assessments this kiosk created
};

} // namespace iitalent
