#include "CohortCompareDialog.h"

#include "AssessmentStore.h"
#include "Catalog.h"
#include "CohortExport.h"
#include "CohortSlides.h"
#include "CohortText.h"
#include "ReportExport.h"
#include "SlideExport.h"
#include "SlideView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace iitalent::gui {

namespace {

// When a cohort was held: its date, else the day it was created (yyyy-MM-dd).
QString heldOn(const Cohort &c)
{
    return !c.date.isEmpty() ? c.date : c.created.toLocalTime().date().toString(Qt::ISODate);
}

// How alike two cohorts' names are: the length of their common start ("2026春 大数据班 开课" and
// "2026春 大数据班 结课" belong together). Breaks ties between cohorts held on the same day.
int kinship(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

QTableWidget *newTable(QWidget *parent, const char *name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QListWidget *newList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setUniformItemSizes(true);
    return list;
}

} // namespace

CohortCompareDialog::CohortCompareDialog(AssessmentStore &store, const Catalog &catalog, std::vector<Cohort> cohorts,
                                         const QString &after, const QString &roleCode, Mode mode, bool anonymised,
                                         Language language, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_catalog(catalog),
      m_cohorts(std::move(cohorts)),
      m_roleCode(roleCode),
      m_mode(mode),
      m_anonymised(anonymised),
      m_language(language)
{
    setObjectName(QStringLiteral("cohortCompareDialog"));
    setSizeGripEnabled(true);
    buildLayout();
    const auto known = [this](const QString &name) {
        return std::any_of(m_cohorts.begin(), m_cohorts.end(), [&](const Cohort &c) { return c.name == name; });
    };
    m_after = known(after) ? after : (m_cohorts.empty() ? QString() : m_cohorts.back().name);
    m_before = defaultBefore(m_after);
    if (m_before.isEmpty()) {
        // Nothing was held before the cohort shown: it is the start of a course, compared with
        // the next one held after it.
        m_before = m_after;
        m_after = defaultAfter(m_before);
        if (m_after.isEmpty())
            std::swap(m_before, m_after);
    }
    fillCombos();
    retranslate();
    load();
    const QFontMetrics fm = fontMetrics();
    resize(std::max(fm.averageCharWidth() * 120, 720), std::max(fm.height() * 38, 520));
    m_beforeCombo->setFocus(Qt::OtherFocusReason);
}

CohortCompareDialog::~CohortCompareDialog() = default;

void CohortCompareDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);

    m_viewLabel = new QLabel(this);
    m_viewLabel->setObjectName(QStringLiteral("compareViewLabel"));
    m_viewLabel->setWordWrap(true);
    m_viewLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_viewLabel);

    auto *choices = new QGridLayout;
    m_beforeLabel = new QLabel(this);
    m_beforeLabel->setObjectName(QStringLiteral("compareBeforeLabel"));
    m_beforeCombo = new QComboBox(this);
    m_beforeCombo->setObjectName(QStringLiteral("compareBeforeCombo"));
    m_beforeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_beforeCombo->setMinimumContentsLength(24);
    m_beforeLabel->setBuddy(m_beforeCombo);
    m_afterLabel = new QLabel(this);
    m_afterLabel->setObjectName(QStringLiteral("compareAfterLabel"));
    m_afterCombo = new QComboBox(this);
    m_afterCombo->setObjectName(QStringLiteral("compareAfterCombo"));
    m_afterCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_afterCombo->setMinimumContentsLength(24);
    m_afterLabel->setBuddy(m_afterCombo);
    m_swapButton = new QPushButton(this);
    m_swapButton->setObjectName(QStringLiteral("compareSwapButton"));
    m_swapButton->setAutoDefault(false);
    choices->addWidget(m_beforeLabel, 0, 0);
    choices->addWidget(m_beforeCombo, 0, 1);
    choices->addWidget(m_afterLabel, 1, 0);
    choices->addWidget(m_afterCombo, 1, 1);
    choices->addWidget(m_swapButton, 0, 2, 2, 1, Qt::AlignVCenter);
    choices->setColumnStretch(1, 1);
    layout->addLayout(choices);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->setDocumentMode(true);
    // Before and after as a chart: the slide Save as Slide… writes, drawn by the same code.
    m_chart = new SlideView(m_tabs);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_tabs->addTab(m_chart, QString());
    m_dimensionTable = newTable(m_tabs, "compareDimensionTable");
    m_tabs->addTab(m_dimensionTable, QString());
    m_itemTable = newTable(m_tabs, "compareItemTable");
    m_tabs->addTab(m_itemTable, QString());
    m_participantTable = newTable(m_tabs, "compareParticipantTable");
    m_tabs->addTab(m_participantTable, QString());

    m_absentPage = new QWidget(m_tabs);
    m_absentPage->setObjectName(QStringLiteral("compareAbsentPage"));
    auto *absent = new QHBoxLayout(m_absentPage);
    auto *beforeColumn = new QVBoxLayout;
    m_onlyBeforeLabel = new QLabel(m_absentPage);
    m_onlyBeforeLabel->setObjectName(QStringLiteral("compareOnlyBeforeLabel"));
    m_onlyBeforeLabel->setTextFormat(Qt::PlainText);
    m_onlyBeforeLabel->setWordWrap(true);
    m_onlyBeforeList = newList(m_absentPage, "compareOnlyBeforeList");
    m_onlyBeforeLabel->setBuddy(m_onlyBeforeList);
    beforeColumn->addWidget(m_onlyBeforeLabel);
    beforeColumn->addWidget(m_onlyBeforeList, 1);
    auto *afterColumn = new QVBoxLayout;
    m_onlyAfterLabel = new QLabel(m_absentPage);
    m_onlyAfterLabel->setObjectName(QStringLiteral("compareOnlyAfterLabel"));
    m_onlyAfterLabel->setTextFormat(Qt::PlainText);
    m_onlyAfterLabel->setWordWrap(true);
    m_onlyAfterList = newList(m_absentPage, "compareOnlyAfterList");
    m_onlyAfterLabel->setBuddy(m_onlyAfterList);
    afterColumn->addWidget(m_onlyAfterLabel);
    afterColumn->addWidget(m_onlyAfterList, 1);
    absent->addLayout(beforeColumn, 1);
    absent->addLayout(afterColumn, 1);
    m_tabs->addTab(m_absentPage, QString());
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("compareButtons"));
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("compareExportButton"));
    m_exportButton->setAutoDefault(false);
    m_slideButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_slideButton->setObjectName(QStringLiteral("compareSlideButton"));
    m_slideButton->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("compareCloseButton"));
    layout->addWidget(m_buttons);

    connect(m_beforeCombo, &QComboBox::currentIndexChanged, this, [this] { onComboChanged(m_beforeCombo); });
    connect(m_afterCombo, &QComboBox::currentIndexChanged, this, [this] { onComboChanged(m_afterCombo); });
    connect(m_swapButton, &QPushButton::clicked, this, &CohortCompareDialog::swapCohorts);
    connect(m_exportButton, &QPushButton::clicked, this, &CohortCompareDialog::exportChange);
    connect(m_slideButton, &QPushButton::clicked, this, &CohortCompareDialog::saveSlide);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString CohortCompareDialog::defaultBefore(const QString &after) const
{
    const auto a = std::find_if(m_cohorts.begin(), m_cohorts.end(), [&](const Cohort &c) { return c.name == after; });
    QString best, bestHeld;
    for (const Cohort &c : m_cohorts) {
        if (c.name == after)
            continue;
        const QString held = heldOn(c);
        if (a == m_cohorts.end() || held > heldOn(*a))
            continue;
        if (best.isEmpty() || held > bestHeld || (held == bestHeld && kinship(c.name, after) > kinship(best, after))) {
            best = c.name;
            bestHeld = held;
        }
    }
    return best;
}

QString CohortCompareDialog::defaultAfter(const QString &before) const
{
    const auto b = std::find_if(m_cohorts.begin(), m_cohorts.end(), [&](const Cohort &c) { return c.name == before; });
    QString best, bestHeld;
    for (const Cohort &c : m_cohorts) {
        if (c.name == before || b == m_cohorts.end())
            continue;
        const QString held = heldOn(c);
        if (held < heldOn(*b))
            continue;
        if (best.isEmpty() || held < bestHeld ||
            (held == bestHeld && kinship(c.name, before) > kinship(best, before))) {
            best = c.name;
            bestHeld = held;
        }
    }
    return best;
}

void CohortCompareDialog::fillCombos()
{
    m_filling = true;
    for (QComboBox *combo : {m_beforeCombo, m_afterCombo}) {
        combo->clear();
        for (const Cohort &c : m_cohorts)
            combo->addItem(c.date.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.date), c.name);
    }
    m_beforeCombo->setCurrentIndex(m_beforeCombo->findData(m_before));
    m_afterCombo->setCurrentIndex(m_afterCombo->findData(m_after));
    m_filling = false;
}

void CohortCompareDialog::onComboChanged(QComboBox *changed)
{
    if (m_filling)
        return;
    const QString chosen = changed->currentData().toString();
    if (changed == m_beforeCombo) {
        // Choosing the after cohort as before exchanges the two.
        if (chosen == m_after)
            m_after = m_before;
        m_before = chosen;
    } else {
        if (chosen == m_before)
            m_before = m_after;
        m_after = chosen;
    }
    fillCombos();
    load();
}

QString CohortCompareDialog::beforeName() const
{
    return m_before;
}

QString CohortCompareDialog::afterName() const
{
    return m_after;
}

bool CohortCompareDialog::setCohorts(const QString &before, const QString &after)
{
    if (before == after || m_beforeCombo->findData(before) < 0 || m_afterCombo->findData(after) < 0)
        return false;
    m_before = before;
    m_after = after;
    fillCombos();
    load();
    return true;
}

void CohortCompareDialog::swapCohorts()
{
    if (m_before.isEmpty() || m_after.isEmpty())
        return;
    std::swap(m_before, m_after);
    fillCombos();
    load();
}

void CohortCompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString CohortCompareDialog::roleTitle() const
{
    const Role *role = m_catalog.role(m_roleCode);
    return role ? QStringLiteral("%1 %2").arg(role->code, role->name(m_language)) : m_roleCode;
}

QString CohortCompareDialog::modeText() const
{
    return m_mode == Mode::Self ? tr("self-assessments") : tr("assessor assessments");
}

void CohortCompareDialog::retranslate()
{
    setWindowTitle(m_anonymised ? tr("Before and After — Anonymised") : tr("Before and After"));
    QString view = tr("Role %1, %2. A person in both cohorts (same name and number) is compared by their latest "
                      "assessment in each.")
                       .arg(roleTitle(), modeText());
    if (m_anonymised)
        view +=
            QLatin1Char(' ') + tr("Anonymised: participants are shown by their numbers only, and so is the export.");
    m_viewLabel->setText(view);
    m_beforeLabel->setText(tr("&Before:"));
    m_beforeCombo->setAccessibleName(tr("Cohort before the course"));
    m_afterLabel->setText(tr("&After:"));
    m_afterCombo->setAccessibleName(tr("Cohort after the course"));
    m_swapButton->setText(tr("S&wap"));
    m_swapButton->setToolTip(tr("Exchange the before and after cohorts"));
    m_swapButton->setAccessibleName(tr("Swap before and after"));
    m_tabs->setTabText(m_tabs->indexOf(m_chart), tr("C&hart"));
    m_chart->setAccessibleName(tr("Readiness and each dimension, before and after, as a chart"));
    m_tabs->setTabText(m_tabs->indexOf(m_dimensionTable), tr("&Dimensions"));
    m_tabs->setTabText(m_tabs->indexOf(m_itemTable), tr("&Requirements"));
    m_tabs->setTabText(m_tabs->indexOf(m_participantTable), tr("&Participants"));
    m_tabs->setTabText(m_tabs->indexOf(m_absentPage), tr("&Only in one"));
    m_tabs->setAccessibleName(tr("Before and after"));
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the comparison"));
    m_dimensionTable->setAccessibleName(tr("Readiness and dimensions, before and after"));
    m_itemTable->setAccessibleName(tr("Requirements met, before and after"));
    m_participantTable->setAccessibleName(tr("Participants in both cohorts"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(m_anonymised ? tr("Save the comparison, anonymised, as PDF, HTML, CSV or JSON")
                                            : tr("Save the comparison as PDF, HTML, CSV or JSON"));
    m_exportButton->setAccessibleName(tr("Export the comparison"));
    m_slideButton->setText(tr("Save as S&lide…"));
    m_slideButton->setAccessibleName(tr("Save before and after as a slide"));
    m_slideButton->setToolTip(tr("Save readiness and each dimension, before and after, as a 16:9 chart for a "
                                 "presentation: PNG (1920 × 1080) or SVG; anonymised when the dialog is"));
    showChange();
}

void CohortCompareDialog::load()
{
    m_change.reset();
    m_loadError.clear();
    if (m_before.isEmpty() || m_after.isEmpty() || m_before == m_after) {
        m_loadError = tr("Choose two different cohorts.");
        showChange();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto before = CohortReport::load(m_store, m_catalog, m_before, m_roleCode, m_mode);
    auto after = before ? CohortReport::load(m_store, m_catalog, m_after, m_roleCode, m_mode)
                        : Result<CohortReport>::failure(QString());
    if (before && after) {
        // Matched by name and number first; only then are the names removed.
        CohortChange change = CohortChange::build(std::move(before).value(), std::move(after).value());
        if (m_anonymised)
            change.anonymise();
        m_change = std::move(change);
    } else {
        m_loadError = tr("The cohorts could not be read: %1").arg(before ? after.error() : before.error());
    }
    QGuiApplication::restoreOverrideCursor();
    showChange();
}

void CohortCompareDialog::fillTable(QTableWidget *table, const report::TextTable &text)
{
    table->clear();
    table->setColumnCount(static_cast<int>(text.headers.size()));
    table->setHorizontalHeaderLabels(text.headers);
    table->setRowCount(static_cast<int>(text.rows.size()));
    int stretch = -1;
    for (int c = 0; c < table->columnCount(); ++c)
        if (text.isText(c) && stretch < 0)
            stretch = c;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QStringList &row = text.rows[static_cast<size_t>(r)];
        const bool bold = static_cast<size_t>(r) < text.emphasised.size() && text.emphasised[static_cast<size_t>(r)];
        for (int c = 0; c < table->columnCount() && c < row.size(); ++c) {
            auto *item = new QTableWidgetItem(row.at(c));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            // Figures right-aligned; names and texts left.
            if (c > 0 && !text.isText(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (text.isText(c))
                item->setToolTip(row.at(c));
            if (bold && !text.isText(c)) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            table->setItem(r, c, item);
        }
    }
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(stretch < 0);
    for (int c = 0; c < table->columnCount(); ++c)
        header->setSectionResizeMode(c, c == stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

void CohortCompareDialog::showChange()
{
    const bool ready = m_change.has_value();
    m_exportButton->setEnabled(ready);
    m_slideButton->setEnabled(ready);
    m_tabs->setEnabled(ready);
    if (ready)
        m_chart->setPainter([this](QPainter &p, const QRectF &rect) {
            if (m_change)
                paintChangeSlide(p, rect, m_catalog, *m_change, m_language);
        });
    else
        m_chart->setPainter({});
    if (!ready) {
        m_summary->setText(m_loadError);
        for (QTableWidget *t : {m_dimensionTable, m_itemTable, m_participantTable}) {
            t->clear();
            t->setRowCount(0);
            t->setColumnCount(0);
        }
        m_onlyBeforeList->clear();
        m_onlyAfterList->clear();
        m_onlyBeforeLabel->clear();
        m_onlyAfterLabel->clear();
        return;
    }
    const CohortChange &c = *m_change;
    const report::CohortText text(m_catalog, m_language);
    QStringList summary;
    summary << tr("%n participant(s) in both.", nullptr, static_cast<int>(c.matched.size()))
            << tr("Only in %1: %2; only in %3: %4.")
                   .arg(c.before.cohort.name, QString::number(c.onlyBefore.size()), c.after.cohort.name,
                        QString::number(c.onlyAfter.size()));
    summary << text.changeSummary(c);
    m_summary->setText(summary.join(QLatin1Char(' ')));

    fillTable(m_dimensionTable, text.changeDimensionTable(c));
    fillTable(m_itemTable, text.changeItemTable(c));
    fillTable(m_participantTable, text.changeParticipantTable(c));

    const auto fillList = [&](QLabel *label, QListWidget *list, bool before) {
        label->setText(before ? text.onlyBeforeTitle(c) : text.onlyAfterTitle(c));
        list->setAccessibleName(label->text());
        list->clear();
        const QStringList labels = report::CohortText::absentLabels(c, before);
        if (labels.isEmpty()) {
            auto *item = new QListWidgetItem(text.nobody(), list);
            item->setFlags(Qt::ItemIsEnabled);
        } else {
            list->addItems(labels);
        }
    };
    fillList(m_onlyBeforeLabel, m_onlyBeforeList, true);
    fillList(m_onlyAfterLabel, m_onlyAfterList, false);
}

Status CohortCompareDialog::writeChange(const QString &path, report::Format format, bool overwrite) const
{
    if (!m_change)
        return Status::failure(m_loadError);
    const CohortChange &change = *m_change;
    const Catalog &catalog = m_catalog;
    const Language language = m_language;
    return CohortExport::write([&](report::Format f) { return CohortExport::render(catalog, change, f, language); },
                               format, path, overwrite);
}

Status CohortCompareDialog::writeSlide(const QString &path, bool overwrite) const
{
    if (!m_change)
        return Status::failure(m_loadError);
    const CohortChange &change = *m_change;
    return SlideExport::write(
        [&](QPainter &p, const QRectF &rect) { paintChangeSlide(p, rect, m_catalog, change, m_language); },
        changeSlideName(), path, overwrite);
}

QString CohortCompareDialog::saveSlide()
{
    if (!m_change)
        return QString();
    const CohortChange &change = *m_change;
    const QString title = m_anonymised ? tr("Save as Slide — Anonymised") : tr("Save as Slide");
    const QString path = SlideExport::save(
        this, title, CohortExport::baseName(change) + QStringLiteral(" - ") + changeSlideName(), changeSlideName(),
        [&](QPainter &p, const QRectF &rect) { paintChangeSlide(p, rect, m_catalog, change, m_language); });
    if (!path.isEmpty())
        Q_EMIT statusMessage(m_anonymised
                                 ? tr("Saved the slide, anonymised, to %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("Saved the slide to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

QString CohortCompareDialog::exportChange()
{
    if (!m_change)
        return QString();
    const CohortChange &change = *m_change;
    const QString title = m_anonymised ? tr("Export Before and After — Anonymised") : tr("Export Before and After");
    const QString path =
        CohortExport::save(this, title, CohortExport::baseName(change), [this, &change](report::Format f) {
            return CohortExport::render(m_catalog, change, f, m_language);
        });
    if (!path.isEmpty())
        Q_EMIT statusMessage(
            m_anonymised ? tr("Exported before and after, anonymised, to %1.").arg(QDir::toNativeSeparators(path))
                         : tr("Exported before and after to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace iitalent::gui
