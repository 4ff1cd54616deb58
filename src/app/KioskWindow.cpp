#include "KioskWindow.h"

#include "AssessmentSession.h"
#include "Catalog.h"
#include "ImprovementPathView.h"
#include "QuestionnaireWidget.h"
#include "ReportWidget.h"
#include "Text.h"

#include <QCloseEvent>
#include <QCryptographicHash>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace iitalent::gui {

// Holds the keyboard for the kiosk: whichever of this program's windows has the focus grabs it
// (the kiosk, or a question it shows), so that no key combination reaches the window manager
// (Alt+Tab, Super, Ctrl+Alt+arrows, Alt+F2) or another program's window. A window that closes
// loses its grab; the next one to get the focus takes it, and a check twice a second takes it
// back should anything else have taken it. Where the platform cannot grab (Wayland, offscreen)
// nothing is held, and holds() says so: kiosk mode is for an X11 session (Xorg or XWayland
// with QT_QPA_PLATFORM=xcb).
class KioskWindow::KeyboardLock final : public QObject
{
public:
    explicit KeyboardLock(QWidget *kiosk) : QObject(kiosk), m_kiosk(kiosk)
    {
        // Only X11 lets a program hold the keyboard; elsewhere asking would only warn twice a second.
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            return;
        connect(qGuiApp, &QGuiApplication::focusWindowChanged, this, [this](QWindow *) { grab(); });
        m_check.setInterval(500);
        connect(&m_check, &QTimer::timeout, this, &KeyboardLock::grab);
        m_check.start();
    }
    ~KeyboardLock() override
    {
        if (m_holder)
            m_holder->setKeyboardGrabEnabled(false);
    }
    bool holds() const { return m_holder && m_holder->isVisible(); }
    void grab()
    {
        QWindow *w = QGuiApplication::focusWindow();
        if (!w || !w->isVisible())
            w = m_kiosk->windowHandle();
        if (!w || !w->isVisible())
            return;
        // Asking again while held is harmless and renews a grab the window manager may have taken.
        if (w->setKeyboardGrabEnabled(true))
            m_holder = w;
        else if (m_holder == w)
            m_holder = nullptr;
    }

private:
    QWidget *m_kiosk;
    QPointer<QWindow> m_holder;
    QTimer m_check;
};

KioskWindow::KioskWindow(const Catalog &catalog, AssessmentStore &store, Kiosk kiosk, const QString &pin,
                         Language language, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_store(store), m_kiosk(std::move(kiosk)), m_language(language)
{
    setObjectName(QStringLiteral("kioskWindow"));
    for (int i = 0; i < 16; ++i)
        m_salt.append(static_cast<char>(QRandomGenerator::system()->bounded(256)));
    m_pinHash = pinHash(pin);

    m_stack = new QStackedWidget(this);
    m_startPage = buildStartPage();
    m_stack->addWidget(m_startPage);

    m_workPage = new QWidget(this);
    auto *work = new QVBoxLayout(m_workPage);
    auto *bar = new QHBoxLayout;
    m_who = new QLabel(m_workPage);
    QFont big = m_who->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_who->setFont(big);
    m_backToQuestions = new QPushButton(m_workPage);
    m_backToQuestions->setObjectName(QStringLiteral("backToQuestionsButton"));
    m_turnCode = new QLabel(m_workPage);
    m_turnCode->setObjectName(QStringLiteral("kioskTurnCode"));
    m_turnCode->setFont(big); // noted down by the participant: as large as their name
    m_turnCode->setTextInteractionFlags(Qt::NoTextInteraction);
    m_later = new QPushButton(m_workPage);
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_finish = new QPushButton(m_workPage);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setDefault(false);
    bar->addWidget(m_who, 1);
    bar->addWidget(m_turnCode);
    bar->addWidget(m_backToQuestions);
    bar->addWidget(m_later);
    bar->addWidget(m_finish);
    work->addLayout(bar);
    m_workStack = new QStackedWidget(m_workPage);
    work->addWidget(m_workStack, 1);
    m_stack->addWidget(m_workPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_backToQuestions, &QPushButton::clicked, this, &KioskWindow::showQuestions);
    connect(m_finish, &QPushButton::clicked, this, &KioskWindow::finishParticipant);
    connect(m_later, &QPushButton::clicked, this, &KioskWindow::continueLater);
    retranslate();
    showStartPage();
    m_keyboardLock = new KeyboardLock(this);
}

KioskWindow::~KioskWindow() = default;

bool KioskWindow::holdsKeyboard() const
{
    return m_keyboardLock && m_keyboardLock->holds();
}

bool KioskWindow::asksForCode() const
{
    return m_stack->currentWidget() == m_startPage && !m_resumeBox->isHidden();
}

QWidget *KioskWindow::buildStartPage()
{
    auto *page = new QWidget(this);
    // Read from a step away, on a laptop passed round the room.
    QFont larger = page->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.4);
    page->setFont(larger);
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    auto *box = new QWidget(page);
    box->setMaximumWidth(720);
    auto *v = new QVBoxLayout(box);
    m_title = new QLabel(box);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_intro = new QLabel(box);
    m_intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("kioskName"));
    m_name->setMaxLength(Limits::NameLength);
    m_number = new QLineEdit(box);
    m_number->setObjectName(QStringLiteral("kioskNumber"));
    m_number->setMaxLength(Limits::NameLength);
    m_nameLabel = new QLabel(box);
    m_nameLabel->setBuddy(m_name);
    m_numberLabel = new QLabel(box);
    m_numberLabel->setBuddy(m_number);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_numberLabel, m_number);
    m_start = new QPushButton(box);
    m_start->setObjectName(QStringLiteral("kioskStart"));
    m_start->setDefault(true);
    m_message = new QLabel(box);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("kioskMessage"));
    // A participant with an unfinished questionnaire proves it is theirs before seeing it.
    m_resumeBox = new QWidget(box);
    m_resumeBox->setObjectName(QStringLiteral("kioskResume"));
    auto *resume = new QVBoxLayout(m_resumeBox);
    resume->setContentsMargins(0, 0, 0, 0);
    m_resumeText = new QLabel(m_resumeBox);
    m_resumeText->setWordWrap(true);
    m_code = new QLineEdit(m_resumeBox);
    m_code->setObjectName(QStringLiteral("kioskCode"));
    m_code->setMaxLength(8);
    m_code->setEchoMode(QLineEdit::Password);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_codeLabel = new QLabel(m_resumeBox);
    m_codeLabel->setBuddy(m_code);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_code, 1);
    m_continue = new QPushButton(m_resumeBox);
    m_continue->setObjectName(QStringLiteral("kioskContinue"));
    codeRow->addWidget(m_continue);
    auto *otherRow = new QHBoxLayout;
    m_afresh = new QPushButton(m_resumeBox);
    m_afresh->setObjectName(QStringLiteral("kioskAfresh"));
    m_vouch = new QPushButton(m_resumeBox);
    m_vouch->setObjectName(QStringLiteral("kioskVouch"));
    otherRow->addWidget(m_afresh);
    otherRow->addWidget(m_vouch);
    otherRow->addStretch(1);
    resume->addWidget(m_resumeText);
    resume->addLayout(codeRow);
    resume->addLayout(otherRow);
    m_resumeBox->hide();
    v->addWidget(m_title);
    v->addWidget(m_intro);
    v->addLayout(form);
    v->addWidget(m_start, 0, Qt::AlignLeft);
    v->addWidget(m_resumeBox);
    v->addWidget(m_message);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    m_leave = new QPushButton(page);
    m_leave->setObjectName(QStringLiteral("kioskLeave"));
    m_leave->setFlat(true);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_leave);
    outer->addLayout(bottom);

    connect(m_start, &QPushButton::clicked, this, &KioskWindow::startParticipant);
    connect(m_name, &QLineEdit::returnPressed, this, &KioskWindow::startParticipant);
    connect(m_number, &QLineEdit::returnPressed, this, &KioskWindow::startParticipant);
    connect(m_leave, &QPushButton::clicked, this, &KioskWindow::askToLeave);
    connect(m_continue, &QPushButton::clicked, this, &KioskWindow::continueWithCode);
    connect(m_code, &QLineEdit::returnPressed, this, &KioskWindow::continueWithCode);
    connect(m_afresh, &QPushButton::clicked, this, &KioskWindow::startAfresh);
    connect(m_vouch, &QPushButton::clicked, this, &KioskWindow::continueByInstructor);
    // Another name is another person: the question about the earlier questionnaire goes.
    connect(m_name, &QLineEdit::textEdited, this, [this] { showResumeChoice(false); });
    connect(m_number, &QLineEdit::textEdited, this, [this] { showResumeChoice(false); });
    return page;
}

void KioskWindow::retranslate()
{
    const Role *role = m_catalog.role(m_kiosk.setup().role);
    const QString roleName = role ? QStringLiteral("%1 %2").arg(role->code, role->name(m_language)) : QString();
    m_title->setText(tr("Self-assessment: %1").arg(roleName));
    m_intro->setText(tr("Enter your name (and your staff or student number if you have one), then press Start. "
                        "When you start you are shown a code: with it you can come back and continue, until you "
                        "press Finish."));
    m_resumeText->setText(tr("You have started this questionnaire before and not finished it. Enter the code you "
                             "were shown to continue it, or start again with an empty one."));
    m_codeLabel->setText(tr("&Code:"));
    m_continue->setText(tr("C&ontinue"));
    m_afresh->setText(tr("Start &again"));
    m_vouch->setText(tr("Instructor: continue with the PIN…"));
    if (!m_turnCodeText.isEmpty())
        m_turnCode->setText(tr("Your code, to continue later: %1").arg(m_turnCodeText));
    m_nameLabel->setText(tr("&Name:"));
    m_numberLabel->setText(tr("N&umber (optional):"));
    m_start->setText(tr("&Start"));
    m_leave->setText(tr("Instructor: leave kiosk mode…"));
    m_backToQuestions->setText(tr("Back to the &questions"));
    m_finish->setText(tr("&Finish"));
    m_later->setText(tr("Continue &later"));
    setWindowTitle(tr("iitalent — kiosk"));
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QByteArray KioskWindow::pinHash(const QString &pin) const
{
    return QCryptographicHash::hash(m_salt + pin.toUtf8(), QCryptographicHash::Sha256);
}

QString KioskWindow::choosePin(QWidget *parent)
{
    for (;;) {
        bool ok = false;
        const QString pin = QInputDialog::getText(
            parent, tr("Kiosk mode"),
            tr("Choose a PIN of 4 to 12 digits. It is needed to leave kiosk mode; participants should not see it."),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return QString();
        if (!Kiosk::isValidPin(pin)) {
            QMessageBox::warning(parent, tr("Kiosk mode"), tr("A PIN has 4 to 12 digits."));
            continue;
        }
        const QString again = QInputDialog::getText(parent, tr("Kiosk mode"), tr("Enter the PIN again:"),
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return QString();
        if (again == pin)
            return pin;
        QMessageBox::warning(parent, tr("Kiosk mode"), tr("The two PINs differ. Please choose it again."));
    }
}

bool KioskWindow::unlock(const QString &pin)
{
    if (pinHash(pin) != m_pinHash)
        return false;
    m_unlocked = true;
    return true;
}

void KioskWindow::askToLeave()
{
    bool ok = false;
    const QString pin = QInputDialog::getText(this, tr("Leave kiosk mode"), tr("Instructor's PIN:"),
                                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (!unlock(pin)) {
        QMessageBox::warning(this, tr("Leave kiosk mode"), tr("That is not the PIN. Kiosk mode stays on."));
        return;
    }
    close();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_unlocked) {
        event->accept();
        return;
    }
    // Alt+F4 or the window manager: only with the PIN.
    event->ignore();
    QMetaObject::invokeMethod(this, &KioskWindow::askToLeave, Qt::QueuedConnection);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    // Escape never leaves full screen or the participant's page.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString KioskWindow::currentPage() const
{
    if (m_stack->currentWidget() == m_startPage)
        return QStringLiteral("start");
    return m_workStack->currentWidget() == m_report ? QStringLiteral("report") : QStringLiteral("questions");
}

void KioskWindow::showStartPage(const QString &message)
{
    m_name->clear();
    m_number->clear();
    showResumeChoice(false);
    m_message->setText(message);
    m_stack->setCurrentWidget(m_startPage);
    m_name->setFocus();
}

void KioskWindow::clearParticipant()
{
    // Nothing of the participant stays behind for the next one.
    if (m_questionnaire) {
        m_workStack->removeWidget(m_questionnaire);
        m_questionnaire->deleteLater();
        m_questionnaire = nullptr;
    }
    if (m_report) {
        m_workStack->removeWidget(m_report);
        m_report->deleteLater();
        m_report = nullptr;
    }
    m_assessmentId.clear();
    m_turnCodeText.clear();
    m_who->clear();
    m_turnCode->clear();
}

Subject KioskWindow::enteredSubject() const
{
    Subject s;
    s.name = m_name->text();
    s.number = m_number->text();
    return s;
}

void KioskWindow::showResumeChoice(bool on)
{
    m_code->clear();
    m_resumeBox->setVisible(on);
    m_start->setVisible(!on);
    if (on)
        m_code->setFocus();
}

void KioskWindow::startParticipant()
{
    if (m_stack->currentWidget() != m_startPage)
        return;
    if (!m_resumeBox->isHidden()) {
        continueWithCode();
        return;
    }
    auto open = m_kiosk.unfinished(enteredSubject());
    if (!open) {
        m_message->setText(open.error());
        return;
    }
    if (open.value() && !enteredSubject().name.trimmed().isEmpty()) {
        // Somebody's answers: only for whoever knows the code.
        m_message->clear();
        showResumeChoice(true);
        return;
    }
    beginTurn({});
}

void KioskWindow::continueWithCode()
{
    Kiosk::Proof proof;
    proof.code = m_code->text();
    beginTurn(proof);
}

void KioskWindow::continueByInstructor()
{
    bool ok = false;
    const QString pin = QInputDialog::getText(this, tr("Continue a questionnaire"), tr("Instructor's PIN:"),
                                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (pinHash(pin) != m_pinHash) {
        QMessageBox::warning(this, tr("Continue a questionnaire"), tr("That is not the PIN."));
        return;
    }
    Kiosk::Proof proof;
    proof.instructor = true;
    beginTurn(proof);
}

void KioskWindow::startAfresh()
{
    Kiosk::Proof proof;
    proof.afresh = true;
    beginTurn(proof);
}

void KioskWindow::beginTurn(const Kiosk::Proof &proof)
{
    if (m_stack->currentWidget() != m_startPage)
        return;
    auto begun = m_kiosk.begin(enteredSubject(), proof);
    if (!begun) {
        m_message->setText(begun.error());
        if (!m_resumeBox->isHidden()) {
            m_code->clear();
            m_code->setFocus();
        } else {
            m_name->setFocus();
        }
        return;
    }
    clearParticipant();
    const Kiosk::Turn turn = begun.value();
    const Assessment &a = turn.assessment;
    m_assessmentId = a.id;
    m_turnCodeText = turn.code;
    m_who->setText(a.subject.number.isEmpty()
                       ? a.subject.name
                       : QStringLiteral("%1 (%2)").arg(isolate(a.subject.name), isolate(a.subject.number)));
    m_turnCode->setText(tr("Your code, to continue later: %1").arg(m_turnCodeText));
    auto *session = new AssessmentSession(m_catalog, m_store, a);
    m_questionnaire = new QuestionnaireWidget(session, m_language, m_workStack);
    session->setParent(m_questionnaire);
    connect(m_questionnaire, &QuestionnaireWidget::reportRequested, this, &KioskWindow::showOwnReport);
    connect(m_questionnaire, &QuestionnaireWidget::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("iitalent"), message); });
    // The questionnaire opens on the first unanswered item: a participant who resumes goes on there.
    m_workStack->addWidget(m_questionnaire);
    m_stack->setCurrentWidget(m_workPage);
    showQuestions();
}

void KioskWindow::showQuestions()
{
    if (!m_questionnaire)
        return;
    m_workStack->setCurrentWidget(m_questionnaire);
    m_backToQuestions->setVisible(false);
    m_questionnaire->setFocus();
}

void KioskWindow::showOwnReport()
{
    if (m_assessmentId.isEmpty())
        return;
    auto loaded = m_store.load(m_assessmentId);
    if (!loaded) {
        QMessageBox::warning(this, tr("iitalent"), loaded.error());
        return;
    }
    if (m_report) {
        m_workStack->removeWidget(m_report);
        m_report->deleteLater();
    }
    // No store: the report shows this assessment only, never a comparison or a history that
    // could hold somebody else's answers.
    m_report = new ReportWidget(m_catalog, std::move(loaded).value(), nullptr, m_language, m_workStack);
    // No file dialog either: it could overwrite the files collected from the others.
    m_report->setFileActionsAllowed(false);
    m_workStack->addWidget(m_report);
    m_workStack->setCurrentWidget(m_report);
    m_backToQuestions->setVisible(true);
    m_backToQuestions->setFocus();
}

void KioskWindow::continueLater()
{
    if (m_assessmentId.isEmpty())
        return;
    // Nothing is finished: the answers stay, for whoever knows the code.
    const QString code = m_turnCodeText;
    const auto choice = QMessageBox::question(
        this, tr("Continue later"),
        tr("Your answers so far are saved. To continue later, enter your name and number again, and this code: "
           "%1\n\nNote it down now. Stop for now?")
            .arg(code),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (choice != QMessageBox::Yes)
        return;
    clearParticipant();
    showStartPage(tr("Your answers are saved. The next participant can start now."));
}

void KioskWindow::finishParticipant()
{
    if (m_assessmentId.isEmpty())
        return;
    const int answered = m_questionnaire ? m_questionnaire->answeredCount() : 0;
    const Role *role = m_catalog.role(m_kiosk.setup().role);
    const int items = role ? static_cast<int>(role->requirements.size()) : 0;
    if (answered < items) {
        const QString question =
            answered == 0 ? tr("You have not answered any item, so nothing will be kept. Finish anyway?")
                          : tr("You have answered %1 of %2 items. Finish anyway? Once you finish, your answers "
                               "cannot be changed here any more.")
                                .arg(answered)
                                .arg(items);
        const auto choice =
            QMessageBox::question(this, tr("Finish"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (choice != QMessageBox::Yes)
            return;
    }
    auto done = m_kiosk.finish(m_assessmentId);
    clearParticipant();
    if (!done) {
        showStartPage(done.error());
        return;
    }
    showStartPage(done->kept ? tr("Thank you. Your answers are saved. The next participant can start now.")
                             : tr("Nothing was answered, so nothing was kept. The next participant can start now."));
}

} // namespace iitalent::gui
