// Kiosk mode (issue 10): participants take turns in one full-screen window. Each one's answers
// are stored, added to the cohort and written to the collect folder; a participant resumes their
// own unfinished assessment and nobody else's; there is no menu or list; leaving needs the PIN.
#include "TestSupport.h"

#include "AssessmentSession.h"
#include "AssessmentStore.h"
#include "AssessmentsPage.h"
#include "ExchangeFile.h"
#include "Kiosk.h"
#include "KioskWindow.h"
#include "Language.h"
#include "QuestionnaireWidget.h"
#include "ReportWidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
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

    // 乙 answers two items and leaves unfinished.
    enter(w, "乙", "");
    rate(w, 2, Qt::Key_1);
    acceptNextQuestion();
    w.finishParticipant();
    REQUIRE(w.currentPage() == QLatin1String("start"));

    // Another 甲 (a different number) is somebody else: a fresh questionnaire, not 甲 001's.
    enter(w, "甲", "002");
    CHECK(w.questionnaire()->answeredCount() == 0);
    CHECK(w.questionnaire()->session()->assessment().id != first);
    acceptNextQuestion();
    w.finishParticipant();

    // 乙 comes back and continues where they stopped.
    enter(w, "乙", "");
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
    CHECK(members->size() == 4); // 甲 001 twice, 甲 002, 乙 once
    CHECK(QDir(f.usb()).entryList({QStringLiteral("*.json")}, QDir::Files).size() == 4);

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
