#pragma once

#include "AssessmentStore.h"
#include "Kiosk.h"
#include "Language.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

class QuestionnaireWidget;
class ReportWidget;

// Kiosk mode (iitalent --kiosk --role CODE [--cohort NAME] [--collect DIR]): one full-screen
// window for participants taking turns. A start page asks for a name (and number); the
// participant answers the questionnaire, may look at their own report (the questionnaire's
// Show Report), and presses Finish: their
// assessment joins the cohort and is written to the collect folder, and the start page comes
// back, empty. There is no menu, no list of assessments and no file dialog (the participant's
// report has no export and no print); the window cannot be closed without the instructor's PIN,
// and while it is up it holds the keyboard (on X11), so that no key reaches another window.
// A participant who comes back to an unfinished questionnaire continues it with the code shown
// when they started, or with the instructor's PIN; finished means finished (Kiosk).
class KioskWindow final : public QWidget
{
    Q_OBJECT

public:
    // `pin` is the instructor's PIN (Kiosk::isValidPin); only its hash is kept.
    KioskWindow(const Catalog &catalog, AssessmentStore &store, Kiosk kiosk, const QString &pin, Language language,
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Asks the instructor for a PIN twice (before kiosk mode starts); empty when cancelled.
    static QString choosePin(QWidget *parent);
    // Leaves kiosk mode when `pin` is right.
    bool unlock(const QString &pin);
    bool isUnlocked() const { return m_unlocked; }

    // For tests: the participant's page now ("start", "questions", "report").
    QString currentPage() const;
    QuestionnaireWidget *questionnaire() const { return m_questionnaire; }
    // The code the participant now answering was shown (to continue later); empty on the start page.
    QString turnCode() const { return m_turnCodeText; }
    // Whether the start page asks for a code (the name entered has an unfinished questionnaire).
    bool asksForCode() const;
    // Whether the window holds the keyboard now (false where the platform cannot grab it).
    bool holdsKeyboard() const;
    ReportWidget *report() const { return m_report; }
    // Starts for the participant on the start page (what the Start button does).
    void startParticipant();
    // What Finish does.
    void finishParticipant();
    // What Continue Later does: back to the start page, the questionnaire left unfinished.
    void continueLater();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildStartPage();
    void showStartPage(const QString &message = QString());
    void showQuestions();
    void showOwnReport();
    void askToLeave();
    void clearParticipant();
    void retranslate();
    // The participant's unfinished questionnaire is theirs: with their code, or the instructor's PIN.
    void continueWithCode();
    void continueByInstructor();
    void startAfresh();
    void showResumeChoice(bool on);
    void beginTurn(const Kiosk::Proof &proof);
    Subject enteredSubject() const;
    QByteArray pinHash(const QString &pin) const;

    const Catalog &m_catalog;
    AssessmentStore &m_store;
    Kiosk m_kiosk;
    Language m_language;
    QByteArray m_salt;
    QByteArray m_pinHash;
    bool m_unlocked = false;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_startPage = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_number = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_leave = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_resumeBox = nullptr;
    QLabel *m_resumeText = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_afresh = nullptr;
    QPushButton *m_vouch = nullptr;

    QWidget *m_workPage = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_turnCode = nullptr;
    QStackedWidget *m_workStack = nullptr;
    QuestionnaireWidget *m_questionnaire = nullptr;
    ReportWidget *m_report = nullptr;
    QPushButton *m_backToQuestions = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_later = nullptr;
    QString m_assessmentId;
    QString m_turnCodeText;
    class KeyboardLock;
    KeyboardLock *m_keyboardLock = nullptr;
};

} // namespace iitalent::gui
