// iitalent: the desktop application. A thin start-up: parse options, choose the language, load
// the catalog (the built-in one, a saved choice, or --catalog PATH) and show the main window.
#include "AssessmentStore.h"
#include "DisplayPresence.h"
#include "EmbeddedCatalog.h"
#include "FileHandOff.h"
#include "Kiosk.h"
#include "KioskWindow.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReportWidget.h"
#include "Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLockFile>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

using namespace iitalent;
using namespace iitalent::gui;

namespace {

// Kiosk mode: the store, the kiosk's checks, the instructor's PIN, then the full-screen window.
int runKiosk(const QString &db, const QString &catalogPath, Kiosk::Setup setup, bool exitWhenShown)
{
    auto fail = [](const QString &message) {
        std::fprintf(stderr, "iitalent: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QObject::tr("iitalent"), message);
        return 1;
    };
    if (setup.role.isEmpty()) {
        std::fprintf(stderr, "iitalent: --kiosk needs --role CODE\n");
        return 2;
    }
    auto catalog = catalogPath.isEmpty() ? loadEmbeddedCatalog() : loadCatalog(catalogPath);
    if (!catalog)
        return fail(catalog.error());
    auto store = AssessmentStore::open(AssessmentStore::resolvePath(db));
    if (!store)
        return fail(store.error());
    auto kiosk = Kiosk::start(store.value(), catalog.value(), std::move(setup));
    if (!kiosk)
        return fail(kiosk.error());
    // Never beside a window with the instructor's data: a participant could switch to it. Kiosk
    // mode says so first, then checks (a main window starting meanwhile sees it and stops).
    auto presence = DisplayPresence::registerKiosk();
    if (!presence)
        return fail(QObject::tr("Kiosk mode already runs on this screen."));
    if (const int open = DisplayPresence::mainWindowsOpen(); open > 0)
        return fail(QObject::tr("Kiosk mode does not start while iitalent's main window is open on this screen "
                                "(%n open): it shows everyone's data, and a participant could switch to it. "
                                "Close it, then start kiosk mode again.",
                                nullptr, open));
    const QString pin = KioskWindow::choosePin(nullptr);
    if (pin.isEmpty())
        return 1;
    KioskWindow window(catalog.value(), store.value(), std::move(kiosk).value(), pin, LanguageManager::current());
    window.showFullScreen();
    if (exitWhenShown) {
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QCoreApplication::exit(0);
        });
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    // --help and --version show no window: without a display (over ssh, in a package's checks) they
    // run on the offscreen platform instead of failing to connect to one.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        for (int i = 1; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                break;
            }
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("iitalent"));
    QApplication::setApplicationName(QStringLiteral("iitalent"));
    QApplication::setApplicationDisplayName(QStringLiteral("iitalent"));
    QApplication::setApplicationVersion(QStringLiteral(IITALENT_VERSION));
    // The desktop entry's name (Wayland matches windows to it) and the icon installed with it, or
    // the built-in copy when iitalent runs from a build folder.
    QGuiApplication::setDesktopFileName(QStringLiteral(IITALENT_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(IITALENT_APP_ID), QIcon(QStringLiteral(":/iitalent/icons/iitalent.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Job-competency assessment for Industrial Internet talent\n"
        "\n"
        "The window of iitalent. It shows the 41 roles of the standard 《工业互联网产业人才岗位能力要求》,\n"
        "runs self-assessments and assessors' questionnaires, shows gap reports and the Appendix A\n"
        "improvement path, and keeps workshops' cohorts and hiring rounds. Every answer is saved as it\n"
        "is given. iitalent-cli does the same on the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOpt(QStringLiteral("catalog"), QStringLiteral("Use this catalog file."),
                                        QStringLiteral("path"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language for this run: zh or en."),
                                     QStringLiteral("code"));
    const QCommandLineOption roleOpt(QStringLiteral("role"), QStringLiteral("Select this role at start."),
                                     QStringLiteral("code"));
    const QCommandLineOption searchOpt(QStringLiteral("search"), QStringLiteral("Start with this search text."),
                                       QStringLiteral("text"));
    const QCommandLineOption dbOpt(
        QStringLiteral("db"),
        QStringLiteral("The assessment database (default: IITALENT_DB or the application data folder)."),
        QStringLiteral("path"));
    const QCommandLineOption reportOpt(QStringLiteral("report"),
                                       QStringLiteral("Open the report of this assessment id."), QStringLiteral("id"));
    const QCommandLineOption tabOpt(
        QStringLiteral("report-tab"),
        QStringLiteral(
            "With --report: show this tab (overviewTab, itemsTab, pathTab, compareTab, historyTab, fitTab)."),
        QStringLiteral("name"));
    const QCommandLineOption answerOpt(QStringLiteral("answer"),
                                       QStringLiteral("Open the questionnaire of this assessment id."),
                                       QStringLiteral("id"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QStringLiteral("Save a PNG of the window once shown, then quit (for docs)."),
                                     QStringLiteral("file"));
    // For the launch benchmark (bench/): quit as soon as the window has been shown and painted.
    QCommandLineOption exitOpt(QStringLiteral("exit-when-shown"), QStringLiteral("Quit once the window is shown."));
    exitOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption kioskOpt(
        QStringLiteral("kiosk"),
        QStringLiteral("Kiosk mode for a workshop: participants take turns answering the questionnaire of --role "
                       "in a full-screen window; leaving needs the PIN the instructor chooses at the start."));
    const QCommandLineOption cohortOpt(QStringLiteral("cohort"),
                                       QStringLiteral("With --kiosk: add every participant to this cohort."),
                                       QStringLiteral("name"));
    const QCommandLineOption collectOpt(
        QStringLiteral("collect"),
        QStringLiteral("With --kiosk: write each finished assessment as an exchange file into this folder."),
        QStringLiteral("dir"));
    parser.addOptions({catalogOpt, langOpt, roleOpt, searchOpt, dbOpt, reportOpt, tabOpt, answerOpt, shotOpt, exitOpt,
                       kioskOpt, cohortOpt, collectOpt});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QStringLiteral("Exchange files of assessments (.iitalent.json or .json) to import, after asking."),
        QStringLiteral("[FILE.iitalent.json...]"));
    parser.process(app);

    const QString lang = parser.value(langOpt);
    if (!lang.isEmpty() && lang != QLatin1String("zh") && lang != QLatin1String("en")) {
        std::fprintf(stderr, "iitalent: --lang must be zh or en\n");
        return 2;
    }
    LanguageManager::apply(LanguageManager::resolve(lang.isEmpty() ? LanguageManager::preference() : lang));

    if (parser.isSet(kioskOpt))
        return runKiosk(parser.value(dbOpt), parser.value(catalogOpt),
                        Kiosk::Setup{parser.value(roleOpt), parser.value(cohortOpt), parser.value(collectOpt)},
                        parser.isSet(exitOpt));
    if (parser.isSet(cohortOpt) || parser.isSet(collectOpt)) {
        std::fprintf(stderr, "iitalent: --cohort and --collect go with --kiosk\n");
        return 2;
    }

    // The main window shows everyone's data: never on a screen where kiosk mode runs.
    const auto presence = DisplayPresence::registerMainWindow();
    if (DisplayPresence::kioskRunning()) {
        const QString message = QObject::tr("Kiosk mode runs on this screen. iitalent's main window, which shows "
                                            "everyone's data, opens once the instructor has left kiosk mode.");
        std::fprintf(stderr, "iitalent: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QObject::tr("iitalent"), message);
        return 1;
    }
    MainWindow window(nullptr, parser.value(dbOpt));
    // Files opened while iitalent already runs on this store go to that window, which asks; this
    // window takes those opened later (not a run that quits once shown).
    const QStringList files = parser.positionalArguments();
    const bool quitsOnceShown = parser.isSet(exitOpt) || parser.isSet(shotOpt);
    if (!quitsOnceShown) {
        if (!files.isEmpty() && FileHandOff::handOver(window.storeIdentity(), files))
            return 0;
        window.takeOpenedFiles();
    }
    if (!lang.isEmpty())
        window.showLanguageChoice(lang);
    const Setting<QString> savedCatalog{"catalog/path", QString()};
    const QString path = parser.isSet(catalogOpt) ? parser.value(catalogOpt) : savedCatalog.get();
    auto catalog = loadCatalog(path);
    QString startupError;
    if (!catalog) {
        startupError = catalog.error();
        catalog = loadEmbeddedCatalog();
        if (!catalog) {
            std::fprintf(stderr, "iitalent: %s\n", qPrintable(catalog.error()));
            return 1;
        }
        startupError += QLatin1Char('\n') + QObject::tr("iitalent is using its built-in catalog instead.");
    }
    window.setCatalog(std::move(catalog).value());
    if (parser.isSet(roleOpt))
        window.selectRole(parser.value(roleOpt));
    if (parser.isSet(searchOpt))
        window.setSearchText(parser.value(searchOpt));
    window.show();
    if (!files.isEmpty())
        window.offerImport(files);
    if (parser.isSet(answerOpt))
        window.openQuestionnaire(parser.value(answerOpt));
    if (parser.isSet(reportOpt)) {
        if (ReportWidget *report = window.openReport(parser.value(reportOpt)); report && parser.isSet(tabOpt))
            report->showTab(parser.value(tabOpt));
    }
    if (!startupError.isEmpty()) {
        std::fprintf(stderr, "iitalent: %s\n", qPrintable(startupError));
        QMetaObject::invokeMethod(
            &window, [&window, startupError] { window.showError(startupError); }, Qt::QueuedConnection);
    }

    if (parser.isSet(exitOpt)) {
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QCoreApplication::exit(0);
        });
    }
    if (parser.isSet(shotOpt)) {
        const QString file = parser.value(shotOpt);
        QTimer::singleShot(800, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(file));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
