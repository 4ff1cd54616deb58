#include "QuestionnaireWidget.h"

#include "Text.h"
#include "ui_QuestionnaireWidget.h"

#include "AssessmentSession.h"
#include "Catalog.h"
#include "LevelDescriptions.h"
#include "QuestionnaireModel.h"
#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QTimer>

#include <algorithm>

namespace iitalent::gui {

QuestionnaireWidget::QuestionnaireWidget(AssessmentSession *session, Language language, QWidget *parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::QuestionnaireWidget>()),
      m_session(session),
      m_model(new QuestionnaireModel(session, this)),
      m_levels(new QButtonGroup(this)),
      m_language(language)
{
    m_ui->setupUi(this);
    m_model->setLanguage(language);
    m_ui->itemView->setModel(m_model);
    m_ui->itemView->setItemDelegate(
        new WrappingItemDelegate(m_ui->itemView, m_ui->itemView->header(), QuestionnaireModel::TextColumn));
    QHeaderView *header = m_ui->itemView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QuestionnaireModel::IdColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuestionnaireModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QuestionnaireModel::RatingColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuestionnaireModel::RequiredColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuestionnaireModel::EvidenceColumn, QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, m_ui->itemView, [this](int section) {
        if (section == QuestionnaireModel::TextColumn)
            m_ui->itemView->doItemsLayout();
    });
    m_ui->itemView->expandAll();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    QRadioButton *buttons[] = {m_ui->level0Button, m_ui->level1Button, m_ui->level2Button, m_ui->level3Button,
                               m_ui->level4Button};
    for (int level = 0; level < 5; ++level)
        m_levels->addButton(buttons[level], level);
    m_levels->setExclusive(true);
    connect(m_levels, &QButtonGroup::idClicked, this, [this](int level) {
        if (!m_updatingPanel)
            rateCurrent(level);
    });

    const bool assessor = session->assessment().mode == Mode::Assessor;
    // An interviewer may mark an item not assessed (未考察, key X): dealt with, never a figure.
    if (assessor) {
        m_notAssessedButton = new QRadioButton(m_ui->levelBox);
        m_notAssessedButton->setObjectName(QStringLiteral("notAssessedButton"));
        m_ui->levelLayout->addWidget(m_notAssessedButton);
        m_levels->addButton(m_notAssessedButton, NotAssessedId);
        setTabOrder(m_ui->level4Button, m_notAssessedButton);
    }
    // Evidence and note in every mode, as on the command line: a self-assessment has its proof too.
    m_evidenceLeft = new QLabel(m_ui->ratingBox);
    m_evidenceLeft->setObjectName(QStringLiteral("evidenceLeftLabel"));
    m_noteLeft = new QLabel(m_ui->ratingBox);
    m_noteLeft->setObjectName(QStringLiteral("noteLeftLabel"));
    for (QLabel *left : {m_evidenceLeft, m_noteLeft}) {
        left->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont small = left->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        left->setFont(small);
    }
    m_ui->ratingLayout->insertWidget(m_ui->ratingLayout->indexOf(m_ui->evidenceEdit) + 1, m_evidenceLeft);
    m_ui->ratingLayout->insertWidget(m_ui->ratingLayout->indexOf(m_ui->noteEdit) + 1, m_noteLeft);
    m_textLimitLabel = new QLabel(m_ui->ratingBox);
    m_textLimitLabel->setObjectName(QStringLiteral("textLimitLabel"));
    m_textLimitLabel->setWordWrap(true);
    m_textLimitLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid "
                                                   "#ffe69c; border-radius: 4px; padding: 4px; }"));
    m_textLimitLabel->hide();
    m_ui->ratingLayout->insertWidget(m_ui->ratingLayout->indexOf(m_noteLeft) + 1, m_textLimitLabel);
    guardLength(m_ui->evidenceEdit, RatingText::Evidence);
    guardLength(m_ui->noteEdit, RatingText::Note);
    connect(m_ui->evidenceEdit, &QLineEdit::editingFinished, this, &QuestionnaireWidget::saveNotes);
    connect(m_ui->noteEdit, &QLineEdit::editingFinished, this, &QuestionnaireWidget::saveNotes);

    // One progress bar per dimension, side by side below the overall one: two rows, not five,
    // so that the items get the height.
    const Catalog &catalog = session->catalog();
    int column = 0;
    for (const Dimension &d : catalog.dimensions()) {
        auto *label = new QLabel(this);
        auto *bar = new QProgressBar(this);
        bar->setFormat(tr("%v of %m answered"));
        bar->setObjectName(QStringLiteral("progress_") + d.key);
        bar->setProperty("dimension", d.key);
        m_ui->progressLayout->addWidget(label, 1, column);
        m_ui->progressLayout->addWidget(bar, 1, column + 1);
        m_ui->progressLayout->setColumnStretch(column + 1, 1);
        m_dimensionBars.emplace_back(label, bar);
        column += 2;
    }
    m_ui->progressLayout->addWidget(m_ui->overallProgress, 0, 1, 1, std::max(1, column - 1));
    // The item's text keeps three lines' room, so the levels below do not jump from item to item.
    m_ui->itemLabel->setMinimumHeight(3 * m_ui->itemLabel->fontMetrics().lineSpacing());

    connect(m_ui->itemView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QuestionnaireWidget::onCurrentChanged);
    connect(m_ui->previousButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_ui->nextUnansweredButton, &QPushButton::clicked, this, [this] { goToNextUnanswered(); });
    connect(m_ui->reportButton, &QPushButton::clicked, this, &QuestionnaireWidget::reportRequested);
    connect(session, &AssessmentSession::ratingChanged, this, [this] {
        updateProgress();
        updatePanel();
    });
    // The team store out of reach: the answers stay, and the page says they wait to be sent.
    m_unsentLabel = new QLabel(this);
    m_unsentLabel->setObjectName(QStringLiteral("unsentLabel"));
    m_unsentLabel->setWordWrap(true);
    m_unsentLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid "
                                                "#ffe69c; border-radius: 4px; padding: 6px; }"));
    m_unsentLabel->hide();
    m_ui->mainLayout->insertWidget(0, m_unsentLabel);
    connect(session, &AssessmentSession::unsentChanged, this, [this](int count) {
        m_unsent = count;
        retranslateUnsent();
    });

    m_ui->itemView->installEventFilter(this);
    m_ui->ratingBox->installEventFilter(this);
    for (QAbstractButton *b : m_levels->buttons())
        b->installEventFilter(this);

    retranslate();
    // Continue where it stopped: the first unanswered item, or the first item.
    if (!goToNextUnanswered())
        m_ui->itemView->setCurrentIndex(itemIndex(0));
    // Whatever gives the page the focus gives it to the list of items.
    setFocusProxy(m_ui->itemView);
}

void QuestionnaireWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the show has been processed (a tab change moves the focus last), unless the focus
    // is already somewhere on this page (the evidence field, a level button).
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            return;
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !isAncestorOf(focus))
            m_ui->itemView->setFocus(Qt::OtherFocusReason);
    });
}

QuestionnaireWidget::~QuestionnaireWidget() = default;

void QuestionnaireWidget::retranslateUnsent()
{
    m_unsentLabel->setVisible(m_unsent > 0);
    m_unsentLabel->setText(tr("The team store cannot be reached. %n answer(s) are kept here and will be sent as soon "
                              "as it answers; iitalent keeps trying.",
                              nullptr, m_unsent));
}

void QuestionnaireWidget::retranslate()
{
    m_ui->retranslateUi(this);
    if (m_unsentLabel)
        retranslateUnsent();
    const Assessment &a = m_session->assessment();
    const Role &role = m_session->role();
    QString who = isolate(a.subject.name);
    if (!a.subject.organisation.isEmpty())
        who += QStringLiteral(" · ") + isolate(a.subject.organisation);
    m_ui->headerLabel->setText(QStringLiteral("<b>%1</b> — %2 %3<br>%4")
                                   .arg(who.toHtmlEscaped(), role.code, role.name(m_language).toHtmlEscaped(),
                                        a.mode == Mode::Self
                                            ? tr("Self-assessment")
                                            : tr("Assessed by %1").arg(a.assessorName.toHtmlEscaped())));
    const auto &dims = m_session->catalog().dimensions();
    for (size_t i = 0; i < m_dimensionBars.size() && i < dims.size(); ++i) {
        const QString name = dims[i].name(m_language);
        m_dimensionBars[i].first->setText(name);
        m_dimensionBars[i].second->setFormat(tr("%v of %m answered"));
        m_dimensionBars[i].second->setAccessibleName(tr("Progress in %1").arg(name));
    }
    updateProgress();
    updatePanel();
}

void QuestionnaireWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The names of dimensions and levels follow the application's language too.
        m_language = LanguageManager::current();
        m_model->setLanguage(m_language);
        retranslate();
    }
    QWidget::changeEvent(event);
}

int QuestionnaireWidget::itemCount() const
{
    return static_cast<int>(m_session->role().requirements.size());
}

QModelIndex QuestionnaireWidget::itemIndex(int flat) const
{
    if (flat < 0 || flat >= itemCount())
        return {};
    return m_model->indexOf(m_session->role().requirements[static_cast<size_t>(flat)].id);
}

int QuestionnaireWidget::flatPosition(const QModelIndex &index) const
{
    const Requirement *req = m_model->requirementAt(index.siblingAtColumn(0));
    if (!req)
        return -1;
    const auto &reqs = m_session->role().requirements;
    for (size_t i = 0; i < reqs.size(); ++i)
        if (reqs[i].id == req->id)
            return static_cast<int>(i);
    return -1;
}

QString QuestionnaireWidget::currentRequirement() const
{
    const Requirement *req = m_model->requirementAt(m_ui->itemView->currentIndex().siblingAtColumn(0));
    return req ? req->id : QString();
}

void QuestionnaireWidget::setCurrentRequirement(const QString &id)
{
    const QModelIndex idx = m_model->indexOf(id);
    if (idx.isValid()) {
        m_ui->itemView->setCurrentIndex(idx);
        m_ui->itemView->scrollTo(idx);
    }
}

void QuestionnaireWidget::setShowRequired(bool show)
{
    m_model->setShowRequired(show);
    m_ui->itemView->expandAll();
    updatePanel();
}

int QuestionnaireWidget::answeredCount() const
{
    return m_session->assessment().answeredCount();
}

bool QuestionnaireWidget::goToNextUnanswered()
{
    const int n = itemCount();
    // From the item after the current one (from the first when there is none), wrapping round.
    const int current = flatPosition(m_ui->itemView->currentIndex());
    const int start = std::max(0, current);
    for (int step = 1; step <= n; ++step) {
        const int pos = (current + step + n) % n;
        const QString id = m_session->role().requirements[static_cast<size_t>(pos)].id;
        if (!m_session->assessment().level(id)) {
            setCurrentRequirement(id);
            return true;
        }
    }
    // The current one itself may be the only unanswered item.
    if (n > 0 && !m_session->assessment().level(m_session->role().requirements[static_cast<size_t>(start)].id)) {
        setCurrentRequirement(m_session->role().requirements[static_cast<size_t>(start)].id);
        return true;
    }
    return false;
}

void QuestionnaireWidget::move(int delta)
{
    int pos = flatPosition(m_ui->itemView->currentIndex());
    if (pos < 0)
        pos = delta > 0 ? -1 : itemCount();
    const QModelIndex next = itemIndex(std::clamp(pos + delta, 0, itemCount() - 1));
    if (next.isValid()) {
        m_ui->itemView->setCurrentIndex(next);
        m_ui->itemView->scrollTo(next);
    }
}

void QuestionnaireWidget::rateCurrent(int level)
{
    const QString id = currentRequirement();
    if (id.isEmpty())
        return;
    saveNotes();
    const Status s = level == NotAssessedId ? m_session->markNotAssessed(id) : m_session->setLevel(id, level);
    if (!s) {
        Q_EMIT errorOccurred(tr("The rating could not be saved: %1").arg(s.error()));
        return;
    }
    move(+1);
}

void QuestionnaireWidget::saveNotes()
{
    if (m_updatingPanel)
        return;
    const QString id = m_ui->evidenceEdit->property("requirement").toString();
    if (id.isEmpty())
        return;
    if (Status s = m_session->setNotes(id, m_ui->evidenceEdit->text().trimmed(), m_ui->noteEdit->text().trimmed()); !s)
        Q_EMIT errorOccurred(tr("The evidence could not be saved: %1").arg(s.error()));
    m_ui->evidenceEdit->setModified(false); // given: no longer being typed
    m_ui->noteEdit->setModified(false);
}

QString QuestionnaireWidget::editingRequirement() const
{
    if (!m_ui->evidenceEdit->isModified() && !m_ui->noteEdit->isModified())
        return QString();
    return m_ui->evidenceEdit->property("requirement").toString();
}

void QuestionnaireWidget::reloadFromStore()
{
    m_session->reloadAll(editingRequirement());
}

void QuestionnaireWidget::guardLength(QLineEdit *edit, RatingText field)
{
    // The last text that fits, however it came (typed, set, loaded).
    connect(edit, &QLineEdit::textChanged, this, [this, edit, field](const QString &text) {
        if (checkRatingText(field, text)) {
            edit->setProperty("acceptedText", text);
            updateCharactersLeft();
        }
    });
    connect(edit, &QLineEdit::textEdited, this, [this, edit, field](const QString &text) {
        if (Status s = checkRatingText(field, text); !s) {
            // Refused whole, never cut: the field keeps what it had, and the page says why.
            const QString accepted = edit->property("acceptedText").toString();
            const int cursor = edit->cursorPosition() - static_cast<int>(text.size() - accepted.size());
            edit->setText(accepted);
            edit->setModified(true); // still being typed: what it holds is not yet saved
            edit->setCursorPosition(std::clamp(cursor, 0, static_cast<int>(accepted.size())));
            m_textLimitLabel->setText(s.error());
            m_textLimitLabel->show();
            return;
        }
        m_textLimitLabel->hide();
    });
}

void QuestionnaireWidget::updateCharactersLeft()
{
    const QLocale numbers(QLocale::English); // grouped digits, as the core's message writes them
    for (auto [edit, left] : {std::pair{m_ui->evidenceEdit, m_evidenceLeft}, std::pair{m_ui->noteEdit, m_noteLeft}}) {
        const auto remaining = static_cast<qlonglong>(std::max<qsizetype>(0, Limits::TextLength - edit->text().size()));
        left->setText(
            tr("%1 of %2 characters left").arg(numbers.toString(remaining), numbers.toString(Limits::TextLength)));
    }
}

void QuestionnaireWidget::onCurrentChanged()
{
    // The fields still belong to the previous item; a refusal spoke of its text.
    saveNotes();
    m_textLimitLabel->hide();
    updatePanel();
}

void QuestionnaireWidget::updateProgress()
{
    const Assessment &a = m_session->assessment();
    const auto &dims = m_session->catalog().dimensions();
    int total = 0;
    int answered = 0;
    for (size_t d = 0; d < dims.size(); ++d) {
        int items = 0;
        int done = 0;
        for (const Requirement &req : m_session->role().requirements) {
            if (req.dimension != dims[d].key)
                continue;
            ++items;
            done += a.dealtWith(req.id) ? 1 : 0;
        }
        total += items;
        answered += done;
        if (d < m_dimensionBars.size()) {
            m_dimensionBars[d].second->setMaximum(std::max(items, 1));
            m_dimensionBars[d].second->setValue(done);
        }
    }
    m_ui->overallProgress->setMaximum(std::max(total, 1));
    m_ui->overallProgress->setValue(answered);
}

void QuestionnaireWidget::updatePanel()
{
    m_updatingPanel = true;
    const QString id = currentRequirement();
    const Requirement *req = id.isEmpty() ? nullptr : m_session->catalog().requirement(id);
    m_ui->ratingBox->setEnabled(req != nullptr);
    if (!req) {
        m_ui->itemLabel->setText(tr("Choose an item on the left."));
        m_ui->requiredLabel->clear();
        for (QAbstractButton *b : m_levels->buttons())
            b->setAccessibleDescription(QString());
        m_updatingPanel = false;
        return;
    }
    const Rating *rating = m_session->assessment().rating(id);
    m_ui->itemLabel->setText(QStringLiteral("<b>%1</b>  %2").arg(req->id, req->textZh.toHtmlEscaped()));
    m_ui->requiredLabel->setText(m_model->requiredVisible(*req)
                                     ? tr("Required level: %1").arg(LevelDescriptions::name(req->level, m_language))
                                     : tr("The required level is shown once you have answered."));
    if (m_session->fromLastTime(id))
        m_ui->requiredLabel->setText(m_ui->requiredLabel->text() + QLatin1Char('\n') +
                                     tr("This answer is from last time: change it if it changed."));
    const int level = rating && rating->level         ? *rating->level
                      : rating && rating->notAssessed ? NotAssessedId
                                                      : -1; // -1: not rated
    // An exclusive group cannot be emptied by unchecking the checked button.
    m_levels->setExclusive(false);
    // A screen reader on a rating button also hears which item it rates.
    const QString rates = tr("Rates %1: %2").arg(req->id, req->textZh);
    for (QAbstractButton *b : m_levels->buttons()) {
        const int l = m_levels->id(b);
        b->setChecked(level == l);
        b->setAccessibleDescription(rates);
        if (l == NotAssessedId) {
            b->setText(tr("X  Not assessed — this interview did not cover it (never counted)"));
            continue;
        }
        b->setText(
            QStringLiteral("&%1  %2 — %3")
                .arg(l)
                .arg(LevelDescriptions::name(l, m_language).mid(2), LevelDescriptions::meaning(l, req->dimension)));
    }
    m_levels->setExclusive(true);
    // Evidence or a note being typed for this item stays: a change made elsewhere does not wipe it.
    const bool typing = editingRequirement() == id;
    m_ui->evidenceEdit->setProperty("requirement", id);
    if (!typing) {
        m_ui->evidenceEdit->setText(rating ? rating->evidence : QString());
        m_ui->noteEdit->setText(rating ? rating->note : QString());
    }
    updateCharactersLeft();
    m_updatingPanel = false;
}

bool QuestionnaireWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_4) {
            rateCurrent(key->key() - Qt::Key_0);
            return true;
        }
        if (key->key() == Qt::Key_X && m_notAssessedButton) {
            rateCurrent(NotAssessedId);
            return true;
        }
        if (key->key() == Qt::Key_N) {
            goToNextUnanswered();
            return true;
        }
        // Up and down move between items, skipping the dimension headings.
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            move(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace iitalent::gui
