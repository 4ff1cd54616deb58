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
// back, empty. There is no menu, no list of assessments and no file dialog; the window cannot be
// closed without the instructor's PIN.
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
    ReportWidget *report() const { return m_report; }
    // Starts for the participant on the start page (what the Start button does).
    void startParticipant();
    // What Finish does.
    void finishParticipant();

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

    QWidget *m_workPage = nullptr;
    QLabel *m_who = nullptr;
    QStackedWidget *m_workStack = nullptr;
    QuestionnaireWidget *m_questionnaire = nullptr;
    ReportWidget *m_report = nullptr;
    QPushButton *m_backToQuestions = nullptr;
    QPushButton *m_finish = nullptr;
    QString m_assessmentId;
};

} // namespace iitalent::gui
