#pragma once

#include "Assessment.h"
#include "Language.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QRadioButton;
class QProgressBar;
class QLabel;
class QLineEdit;

namespace Ui {
class QuestionnaireWidget;
}

namespace iitalent::gui {

class AssessmentSession;
class QuestionnaireModel;

// Answering an assessment: the role's items by dimension, a 0..4 choice for the current item
// with what each level means, evidence and note (each with the characters left), and progress per dimension.
// Keyboard first: digits 0..4 rate the current item and move on, arrows move, N jumps to the
// next unanswered item. Every answer is saved by the session as it is given.
class QuestionnaireWidget final : public QWidget
{
    Q_OBJECT

public:
    QuestionnaireWidget(AssessmentSession *session, Language language, QWidget *parent = nullptr);
    ~QuestionnaireWidget() override;

    AssessmentSession *session() const { return m_session; }
    QuestionnaireModel *model() const { return m_model; }
    QString currentRequirement() const;
    void setCurrentRequirement(const QString &id);
    void setShowRequired(bool show);
    // Moves to the next item without a rating (wrapping round); false when all are answered.
    bool goToNextUnanswered();
    int answeredCount() const;
    // The item whose evidence or note is being typed (changed and not yet saved), if any.
    QString editingRequirement() const;
    // Another window or process changed the store: shows every item whose stored rating differs,
    // except the one being typed (AssessmentSession::reloadAll).
    void reloadFromStore();
    void retranslate();

Q_SIGNALS:
    void reportRequested();
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Whenever the page is shown (opened, resumed, its tab chosen), the keys 0–4, ↑/↓ and N work
    // at once: the current item has the keyboard focus unless something on the page has it.
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUnsent();
    void rateCurrent(int level);
    void move(int delta);
    void onCurrentChanged();
    void saveNotes();
    // Evidence and note refuse a text longer than the core's limit (a paste too long leaves the
    // field as it was and says why) and show how many characters are left.
    void guardLength(QLineEdit *edit, RatingText field);
    void updateCharactersLeft();
    void updateProgress();
    void updatePanel();
    QModelIndex itemIndex(int flatPosition) const;
    int flatPosition(const QModelIndex &index) const;
    int itemCount() const;

    std::unique_ptr<Ui::QuestionnaireWidget> m_ui;
    AssessmentSession *m_session;
    QuestionnaireModel *m_model;
    QButtonGroup *m_levels;
    QRadioButton *m_notAssessedButton = nullptr; // assessor mode only
    static constexpr int NotAssessedId = -2;     // its id in m_levels
    Language m_language;
    std::vector<std::pair<QLabel *, QProgressBar *>> m_dimensionBars;
    // Shown while answers wait for the team store to answer again.
    QLabel *m_unsentLabel = nullptr;
    int m_unsent = 0;
    bool m_updatingPanel = false;
    QLabel *m_evidenceLeft = nullptr;
    QLabel *m_noteLeft = nullptr;
    QLabel *m_textLimitLabel = nullptr; // why a text was refused
};

} // namespace iitalent::gui
