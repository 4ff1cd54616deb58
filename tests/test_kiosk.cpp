// Kiosk mode (issue 10): participants take turns in one full-screen window. Each one's answers
// are stored, added to the cohort and written to the collect folder; a participant resumes their
// own unfinished assessment and nobody else's; there is no menu or list; leaving needs the PIN.
#include "TestSupport.h"

#include "AssessmentSession.h"
#include "AssessmentStore.h"
#include "AssessmentsPage.h"
#include "CohortReport.h"
#include "ExchangeFile.h"
#include "Kiosk.h"
#include "KioskWindow.h"
#include "Language.h"
#include "QuestionnaireWidget.h"
#include "ReportWidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace iitalent;
using namespace iitalent::gui;
using iitalent::test::bundledCatalog;

namespace {

struct KioskFixture : test::IsolatedSettings
{
    KioskFixture() { LanguageManager::apply(Language::English); }
    QString db() const { return dir.filePath(QStringLiteral("kiosk.sqlite")); }
    QString usb() const { return dir.filePath(QStringLiteral("usb")); }
};

void enter(KioskWindow &w, const char *name, const char *number)
{
    // A question box may have just closed: the window manager gives the window back its activation.
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    REQUIRE(w.currentPage() == QLatin1String("start"));
    auto *nameEdit = w.findChild<QLineEdit *>(QStringLiteral("kioskName"));
    auto *numberEdit = w.findChild<QLineEdit *>(QStringLiteral("kioskNumber"));
    REQUIRE(nameEdit);
    REQUIRE(numberEdit);
    CHECK(nameEdit->text().isEmpty()); // nothing of the participant before
    CHECK(numberEdit->text().isEmpty());
    nameEdit->setText(QString::fromUtf8(name));
    numberEdit->setText(QString::fromUtf8(number));
    QTest::keyClick(numberEdit, Qt::Key_Return);
    REQUIRE(w.currentPage() == QLatin1String("questions"));
}

// Rates `count` items by keyboard, as a participant does.
void rate(KioskWindow &w, int count, Qt::Key key)
{
    QuestionnaireWidget *q = w.questionnaire();
    REQUIRE(q);
    QCoreApplication::processEvents(); // the previous participant's page goes
    // The keys go where the keyboard focus is: in the questionnaire from the moment it opens.
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    REQUIRE(q->isAncestorOf(focus));
    for (int i = 0; i < count; ++i)
        QTest::keyClick(QApplication::focusWidget(), key);
}

// Enters a name that has an unfinished questionnaire: the kiosk asks for its code first.
void enterWithCode(KioskWindow &w, const char *name, const char *number, const QString &code)
{
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    REQUIRE(w.currentPage() == QLatin1String("start"));
    auto *nameEdit = w.findChild<QLineEdit *>(QStringLiteral("kioskName"));
    auto *numberEdit = w.findChild<QLineEdit *>(QStringLiteral("kioskNumber"));
    auto *codeEdit = w.findChild<QLineEdit *>(QStringLiteral("kioskCode"));
    REQUIRE(codeEdit);
    nameEdit->setText(QString::fromUtf8(name));
    numberEdit->setText(QString::fromUtf8(number));
    QTest::keyClick(numberEdit, Qt::Key_Return);
    REQUIRE(w.currentPage() == QLatin1String("start"));
    REQUIRE(w.asksForCode());
    CHECK(w.questionnaire() == nullptr);
    REQUIRE(codeEdit->hasFocus());
    QTest::keyClicks(codeEdit, code);
    QTest::keyClick(codeEdit, Qt::Key_Return);
    REQUIRE(w.currentPage() == QLatin1String("questions"));
}

// Answers the "finish anyway?" question with Yes once it shows.
void acceptNextQuestion()
{
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(QMessageBox::Yes)->click();
    });
}

} // namespace

TEST_CASE("Kiosk: participants take turns; answers are stored, collected and kept apart", "[gui][kiosk]")
{
    KioskFixture f;
    AssessmentStore store = AssessmentStore::open(f.db()).value();
    auto kiosk = Kiosk::start(store, bundledCatalog(), {QStringLiteral("16"), QStringLiteral("workshop A"), f.usb()});
    INFO(kiosk.error());
    REQUIRE(kiosk.ok());
    KioskWindow w(bundledCatalog(), store, std::move(kiosk).value(), QStringLiteral("2468"), Language::English);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    const int items = static_cast<int>(bundledCatalog().role(QStringLiteral("16"))->requirements.size());

    // Nothing but the participant's page: no menus, no list of assessments.
    CHECK(w.findChildren<QMenuBar *>().isEmpty());
    CHECK(w.findChildren<AssessmentsPage *>().isEmpty());

    // 甲 answers everything by keyboard and finishes.
    enter(w, "甲", "001");
    rate(w, items, Qt::Key_3);
    CHECK(w.questionnaire()->answeredCount() == items);
    w.questionnaire()->findChild<QPushButton *>(QStringLiteral("reportButton"))->click();
    CHECK(w.currentPage() == QLatin1String("report"));
    // Nothing on the participant's report opens a file dialog (it could overwrite the others'
    // collected files): no save button, no enabled save action.
    for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
        CHECK_FALSE((!b->isHidden() && b->isEnabled() && b->objectName().startsWith(QLatin1String("save"))));
    for (QAction *a : w.findChildren<QAction *>())
        CHECK_FALSE((a->isEnabled() && a->text().contains(QLatin1String("Save"), Qt::CaseInsensitive)));
    w.finishParticipant();
    CHECK(w.currentPage() == QLatin1String("start"));
    CHECK(w.questionnaire() == nullptr);

    auto cohort = store.cohort(QStringLiteral("workshop A"));
    REQUIRE(cohort.ok());
    auto members = store.cohortMembers(cohort->id);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 1);
    const QString first = members->front().id;
    CHECK(members->front().answered == items);
    // The exchange file in the collect folder is the stored assessment.
    const QStringList files = QDir(f.usb()).entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(files.size() == 1);
    auto parsed = ExchangeFile::read(QDir(f.usb()).filePath(files.first()), bundledCatalog());
    REQUIRE(parsed.ok());
    CHECK(parsed.assessment->sameContent(store.load(first).value()));

    // 乙 answers two items and stops for now, to continue later with the code shown.
    enter(w, "乙", "");
    rate(w, 2, Qt::Key_1);
    const QString code = w.turnCode();
    CHECK(code.size() == 4);
    acceptNextQuestion();
    w.continueLater();
    REQUIRE(w.currentPage() == QLatin1String("start"));

    // Another 甲 (a different number) is somebody else: a fresh questionnaire, not 甲 001's.
    enter(w, "甲", "002");
    CHECK(w.questionnaire()->answeredCount() == 0);
    CHECK(w.questionnaire()->session()->assessment().id != first);
    acceptNextQuestion();
    w.finishParticipant();

    // 乙 comes back: the name alone shows nothing; with the code they continue where they stopped.
    enterWithCode(w, "乙", "", code);
    CHECK(w.questionnaire()->answeredCount() == 2);
    rate(w, items - 2, Qt::Key_2);
    CHECK(w.questionnaire()->answeredCount() == items);
    acceptNextQuestion(); // (only asked if something is left unanswered)
    w.finishParticipant();

    // 甲 001 finished before: a second round starts.
    enter(w, "甲", "001");
    CHECK(w.questionnaire()->answeredCount() == 0);
    CHECK(w.questionnaire()->session()->assessment().id != first);
    // Escape does not leave the participant's page.
    QTest::keyClick(&w, Qt::Key_Escape);
    CHECK(w.currentPage() == QLatin1String("questions"));
    acceptNextQuestion();
    w.finishParticipant();

    members = store.cohortMembers(cohort->id);
    REQUIRE(members.ok());
    // 甲 001 once (the second round had no answer: not kept), 甲 002 had none either; 乙 once.
    CHECK(members->size() == 2);
    CHECK(QDir(f.usb()).entryList({QStringLiteral("*.json")}, QDir::Files).size() == 2);

    // Leaving needs the PIN: closing without it keeps the window open.
    // The PIN question is asked; cancel it.
    bool asked = false;
    QTimer::singleShot(50, [&asked] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            asked = true;
            dialog->close();
        }
    });
    CHECK_FALSE(w.close());
    QTest::qWait(200);
    CHECK(asked);
    CHECK(w.isVisible());
    CHECK_FALSE(w.unlock(QStringLiteral("1357")));
    CHECK_FALSE(w.isUnlocked());
    CHECK(w.unlock(QStringLiteral("2468")));
    CHECK(w.close());
    CHECK_FALSE(w.isVisible());
}

TEST_CASE("Kiosk: the setup is checked before anyone starts", "[kiosk]")
{
    KioskFixture f;
    AssessmentStore store = AssessmentStore::open(f.db()).value();
    CHECK_FALSE(Kiosk::start(store, bundledCatalog(), {QStringLiteral("99"), QString(), QString()}).ok());
    CHECK(Kiosk::isValidPin(QStringLiteral("2468")));
    CHECK_FALSE(Kiosk::isValidPin(QStringLiteral("123")));
    CHECK_FALSE(Kiosk::isValidPin(QStringLiteral("12a4")));
    auto k = Kiosk::start(store, bundledCatalog(), {QStringLiteral("16"), QString(), QString()});
    REQUIRE(k.ok());
    CHECK_FALSE(k->begin(Subject()).ok()); // a name is needed
}

TEST_CASE("Kiosk: finished means finished; an unfinished questionnaire is its owner's alone", "[gui][kiosk]")
{
    KioskFixture f;
    AssessmentStore store = AssessmentStore::open(f.db()).value();
    auto kiosk = Kiosk::start(store, bundledCatalog(), {QStringLiteral("16"), QStringLiteral("W"), f.usb()});
    REQUIRE(kiosk.ok());
    KioskWindow w(bundledCatalog(), store, std::move(kiosk).value(), QStringLiteral("2468"), Language::English);
    w.show();
    const int items = static_cast<int>(bundledCatalog().role(QStringLiteral("16"))->requirements.size());

    // 钱芳 answers 19 of 20 and finishes, confirming.
    enter(w, "钱芳", "ZZ2612-31");
    rate(w, items - 1, Qt::Key_2);
    const QString hers = w.questionnaire()->session()->assessment().id;
    acceptNextQuestion();
    w.finishParticipant();
    REQUIRE(w.currentPage() == QLatin1String("start"));

    // The next person types her name and number: an empty questionnaire of their own, none of hers.
    enter(w, "钱芳", "ZZ2612-31");
    CHECK_FALSE(w.asksForCode());
    CHECK(w.questionnaire()->answeredCount() == 0);
    CHECK(w.questionnaire()->session()->assessment().id != hers);
    acceptNextQuestion();
    w.finishParticipant(); // nothing answered: nothing kept
    REQUIRE(store.load(hers).ok());
    CHECK(store.load(hers)->answeredCount() == items - 1);

    // 孙丽 stops for now; a classmate types her name: asked for the code, three wrong codes end it.
    enter(w, "孙丽", "ZZ2612-08");
    rate(w, 3, Qt::Key_1);
    const QString code = w.turnCode();
    const QString sunLi = w.questionnaire()->session()->assessment().id;
    acceptNextQuestion();
    w.continueLater();
    auto *nameEdit = w.findChild<QLineEdit *>(QStringLiteral("kioskName"));
    auto *numberEdit = w.findChild<QLineEdit *>(QStringLiteral("kioskNumber"));
    auto *codeEdit = w.findChild<QLineEdit *>(QStringLiteral("kioskCode"));
    auto *message = w.findChild<QLabel *>(QStringLiteral("kioskMessage"));
    nameEdit->setText(QStringLiteral("孙丽"));
    numberEdit->setText(QStringLiteral("ZZ2612-08"));
    QTest::keyClick(numberEdit, Qt::Key_Return);
    REQUIRE(w.asksForCode());
    const QString wrong = code == QLatin1String("0000") ? QStringLiteral("1111") : QStringLiteral("0000");
    for (int i = 0; i < Kiosk::MaxCodeTries; ++i) {
        QTest::keyClicks(codeEdit, wrong);
        QTest::keyClick(codeEdit, Qt::Key_Return);
        CHECK(w.currentPage() == QLatin1String("start"));
        CHECK(w.questionnaire() == nullptr);
    }
    CHECK(message->text().contains(QLatin1String("instructor")));
    // Now not even the right code opens it: only the instructor can.
    QTest::keyClicks(codeEdit, code);
    QTest::keyClick(codeEdit, Qt::Key_Return);
    CHECK(w.currentPage() == QLatin1String("start"));
    // The instructor vouches with the PIN: 孙丽 continues, with a new code.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            dialog->setTextValue(QStringLiteral("2468"));
            dialog->accept();
        }
    });
    w.findChild<QPushButton *>(QStringLiteral("kioskVouch"))->click();
    REQUIRE(w.currentPage() == QLatin1String("questions"));
    CHECK(w.questionnaire()->session()->assessment().id == sunLi);
    CHECK(w.questionnaire()->answeredCount() == 3);
    CHECK(w.turnCode() != code);
    acceptNextQuestion();
    w.finishParticipant();

    // Finished: from now on her name starts a new questionnaire, with or without a code.
    enter(w, "孙丽", "ZZ2612-08");
    CHECK(w.questionnaire()->session()->assessment().id != sunLi);
    acceptNextQuestion();
    w.finishParticipant();
}

TEST_CASE("Kiosk: a restarted kiosk continues an unfinished questionnaire only with the instructor", "[kiosk]")
{
    KioskFixture f;
    AssessmentStore store = AssessmentStore::open(f.db()).value();
    const Kiosk::Setup setup{QStringLiteral("16"), QStringLiteral("W"), QString()};
    Subject zhou;
    zhou.name = QStringLiteral("周强");
    QString id;
    {
        auto first = Kiosk::start(store, bundledCatalog(), setup);
        REQUIRE(first.ok());
        auto turn = first->begin(zhou);
        REQUIRE(turn.ok());
        id = turn->assessment.id;
        REQUIRE(store.setRating(id, RatingChange::levelOnly(QStringLiteral("16.a.1"), 2), nowUtc()).ok());
    } // the kiosk ends (its codes with it)
    auto second = Kiosk::start(store, bundledCatalog(), setup);
    REQUIRE(second.ok());
    auto asked = second->begin(zhou);
    REQUIRE_FALSE(asked.ok());
    CHECK(asked.error().contains(QLatin1String("instructor")));
    Kiosk::Proof guess;
    guess.code = QStringLiteral("1234");
    CHECK_FALSE(second->begin(zhou, guess).ok());
    Kiosk::Proof instructor;
    instructor.instructor = true;
    auto resumed = second->begin(zhou, instructor);
    REQUIRE(resumed.ok());
    CHECK(resumed->resumed);
    CHECK(resumed->assessment.id == id);
    CHECK(resumed->assessment.answeredCount() == 1);
}

TEST_CASE("Kiosk: an empty round is not kept and never hides an answered one", "[gui][kiosk]")
{
    KioskFixture f;
    AssessmentStore store = AssessmentStore::open(f.db()).value();
    auto kiosk = Kiosk::start(store, bundledCatalog(), {QStringLiteral("16"), QStringLiteral("W"), f.usb()});
    REQUIRE(kiosk.ok());
    KioskWindow w(bundledCatalog(), store, std::move(kiosk).value(), QStringLiteral("2468"), Language::English);
    w.show();
    const int items = static_cast<int>(bundledCatalog().role(QStringLiteral("16"))->requirements.size());

    enter(w, "孔亮", "ZZ2612-05");
    rate(w, items, Qt::Key_2);
    w.finishParticipant();
    const auto classView = [&] {
        auto view = CohortReport::load(store, bundledCatalog(), QStringLiteral("W"), QStringLiteral("16"), Mode::Self);
        REQUIRE(view.ok());
        return std::move(view).value();
    };
    const CohortReport before = classView();
    REQUIRE(before.participants.size() == 1);
    const double readiness = before.participants.front().score.readiness;
    CHECK(readiness > 0.0);

    // He comes back and presses Finish with nothing answered.
    enter(w, "孔亮", "ZZ2612-05");
    CHECK(w.questionnaire()->answeredCount() == 0);
    // Meanwhile (the turn has begun) the class view still shows his answered round.
    CHECK(classView().participants.front().score.readiness == readiness);
    acceptNextQuestion();
    w.finishParticipant();
    CHECK(w.findChild<QLabel *>(QStringLiteral("kioskMessage"))->text().contains(QLatin1String("nothing was kept")));
    auto mine = store.assessmentsOf(Subject{QStringLiteral("孔亮"), QString(), QStringLiteral("ZZ2612-05")},
                                    QStringLiteral("16"));
    REQUIRE(mine.ok());
    CHECK(mine->size() == 1);
    CHECK(QDir(f.usb()).entryList({QStringLiteral("*.json")}, QDir::Files).size() == 1);
    CHECK(classView().participants.front().score.readiness == readiness);
}

TEST_CASE("Kiosk: the participant's report opens no dialog of files or printers, whatever the keys", "[gui][kiosk]")
{
    KioskFixture f;
    AssessmentStore store = AssessmentStore::open(f.db()).value();
    auto kiosk = Kiosk::start(store, bundledCatalog(), {QStringLiteral("16"), QStringLiteral("W"), f.usb()});
    REQUIRE(kiosk.ok());
    KioskWindow w(bundledCatalog(), store, std::move(kiosk).value(), QStringLiteral("2468"), Language::English);
    w.show();
    const int items = static_cast<int>(bundledCatalog().role(QStringLiteral("16"))->requirements.size());
    enter(w, "甲", "001");
    rate(w, items, Qt::Key_3);
    w.questionnaire()->findChild<QPushButton *>(QStringLiteral("reportButton"))->click();
    REQUIRE(w.currentPage() == QLatin1String("report"));
    ReportWidget *report = w.report();
    REQUIRE(report);
    CHECK_FALSE(report->fileActionsAllowed());
    for (const char *name : {"exportReportButton", "printButton", "previewButton"}) {
        auto *b = report->findChild<QPushButton *>(QString::fromLatin1(name));
        REQUIRE(b);
        CHECK(b->isHidden());
        CHECK_FALSE(b->isEnabled());
    }
    // Called anyway (a shortcut, a stray signal): nothing opens.
    report->exportReport();
    report->print();
    report->printPreview();
    CHECK(QApplication::activeModalWidget() == nullptr);

    // Every key, alone and with Ctrl, Alt, Shift and their pairs, where the focus is on the report
    // page: no file or print dialog, no other window. A question (Finish) is answered No.
    const QList<Qt::KeyboardModifiers> modifiers{Qt::NoModifier,
                                                 Qt::ControlModifier,
                                                 Qt::AltModifier,
                                                 Qt::ShiftModifier,
                                                 Qt::ControlModifier | Qt::ShiftModifier,
                                                 Qt::AltModifier | Qt::ShiftModifier,
                                                 Qt::ControlModifier | Qt::AltModifier};
    QList<int> keys;
    for (int k = Qt::Key_A; k <= Qt::Key_Z; ++k)
        keys << k;
    for (int k = Qt::Key_0; k <= Qt::Key_9; ++k)
        keys << k;
    for (int k = Qt::Key_F1; k <= Qt::Key_F12; ++k)
        keys << k;
    keys << Qt::Key_Print << Qt::Key_Menu << Qt::Key_Plus << Qt::Key_Minus;
    // Whatever modal window a key opens is dealt with while it is open (a question's own event
    // loop runs this timer too): a question is answered No, anything else counts and is closed.
    int dialogs = 0;
    QTimer closer;
    closer.setInterval(5);
    QObject::connect(&closer, &QTimer::timeout, [&dialogs] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (QAbstractButton *no = box->button(QMessageBox::No))
                no->click();
            else
                box->reject();
        } else {
            ++dialogs;
            modal->close();
        }
    });
    closer.start();
    for (Qt::KeyboardModifiers m : modifiers) {
        for (int key : keys) {
            if (w.currentPage() != QLatin1String("report")) {
                // A key went back to the questions or the start page: go back to the report.
                if (w.currentPage() == QLatin1String("start")) {
                    // Alt+F finished the turn: the next participant, answered, on their report.
                    enter(w, "乙", "002");
                    rate(w, items, Qt::Key_2);
                }
                w.questionnaire()->findChild<QPushButton *>(QStringLiteral("reportButton"))->click();
                REQUIRE(w.currentPage() == QLatin1String("report"));
            }
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
            QTest::keyClick(target, static_cast<Qt::Key>(key), m);
            QCoreApplication::processEvents();
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top == &w || !top->isVisible())
                    continue;
                INFO("a window opened: " << top->metaObject()->className() << " after key " << key);
                CHECK(qobject_cast<QMessageBox *>(top) != nullptr);
                top->close();
            }
        }
    }
    CHECK(dialogs == 0);
}
