#pragma once

#include "CohortDocuments.h"
#include "ReportText.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace iitalent::report {

// The words of the cohort documents in one language: headings, labels, the legend and the tables
// that the PDF and the HTML show alike. All text is plain (each document escapes it as its format
// needs). Translated with tr() under the context "CohortText"; a word the personal report already
// has comes from ReportText's context, so that both documents say it alike. People are named only
// through participantLabel and friends, which give P-numbers when the view is anonymised.
class CohortText final
{
    Q_DECLARE_TR_FUNCTIONS(CohortText)

public:
    CohortText(const Catalog &catalog, Language language);

    const Catalog &catalog() const { return m_catalog; }
    Language language() const { return m_language; }
    bool chinese() const { return m_language == Language::Chinese; }
    QString join(const QStringList &parts) const; // "、" in Chinese, ", " in English
    static QString dash();

    // Common words.
    QString roleTitle(const CohortReport &report) const; // "16 工业大数据架构师"
    QString modeName(Mode mode) const;
    // A cohort's kind in words (the window's list and dialog use it too).
    static QString kindName(CohortKind kind);
    QString stageName(Stage stage) const; // Appendix A.2's stage name, as the catalog gives it
    QString dimensionName(const QString &key) const;
    QString dimensionLabel(const QString &key) const; // "a）综合能力" / "a) General competence"
    static QString itemLabel(const CohortItem &item); // "a.1": the dimension and the item's number
    QString editionLine() const;
    QString pageText(int page, int pageCount) const;
    QString generatedLine() const;
    QString cohortName(const Cohort &cohort) const; // the name, and the date when it has one

    // The class report.
    QString reportTitle() const;
    QString runningHeader(const CohortReport &report) const; // cohort · role
    std::vector<Field> reportFields(const CohortReport &report) const;
    QString anonymisedNote() const;
    QString noParticipants() const;
    QString overviewTitle() const;
    QString readinessLine(const CohortReport &report) const;
    QString histogramTitle() const;
    QString histogramAxis() const;
    static QStringList histogramBins(); // "0–20%" ... "80–100%"
    QString histogramNote() const;
    QString dimensionsTitle() const;
    QString heatmapTitle() const;
    QString heatmapIntro() const;
    QString legendText(HeatCell cell) const;
    QString codeHeader() const;
    QString participantHeader() const;
    QString readinessHeader() const;
    QString metRowLabel(int participants) const;
    QString requiredRowLabel() const;
    QString columnsCaption(int first, int last, int total) const; // "Requirements 1–11 of 22"
    QString itemTooltip(const CohortItem &item) const;            // "16.a.1 熟悉…（要求等级 2）"
    QString planTitle() const;
    QString planIntro(const CohortReport &report) const;
    // What this workshop can deliver (CohortReport::workshop's offer), in a line.
    QString planOfferLine(const CohortReport &report) const;
    // The priorities teachable here (WorkshopSplit::teachableHere): the top rows are what to teach.
    TextTable planTable(const CohortReport &report) const;
    // The priorities that need the workplace or a mentor, each with its reason from Appendix A.
    QString elsewhereTitle() const;
    QString elsewhereIntro(const CohortReport &report) const;
    TextTable elsewhereTable(const CohortReport &report) const;
    QString mappingNote() const;

    // Before and after.
    QString changeTitle() const;
    QString runningHeader(const CohortChange &change) const;
    std::vector<Field> changeFields(const CohortChange &change) const;
    QString changeSummary(const CohortChange &change) const;
    QString changeDimensionsTitle() const;
    TextTable changeDimensionTable(const CohortChange &change) const;
    QString changeItemsTitle() const;
    TextTable changeItemTable(const CohortChange &change) const;
    QString changeParticipantsTitle() const;
    TextTable changeParticipantTable(const CohortChange &change) const;
    QString onlyBeforeTitle(const CohortChange &change) const;
    QString onlyAfterTitle(const CohortChange &change) const;
    static QStringList absentLabels(const CohortChange &change, bool before); // P-numbers when anonymised
    QString nobody() const;

    QString statusText(int status) const; // 0 in both, 1 only before, 2 only after

private:
    const Catalog &m_catalog;
    Language m_language;
};

} // namespace iitalent::report
