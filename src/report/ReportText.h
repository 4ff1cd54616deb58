#pragma once

#include "Comparison.h"
#include "DisplayLanguage.h"
#include "ReportJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <vector>

namespace iitalent {
class Catalog;
}

namespace iitalent::report {

// What one report document shows: the assessment's report and, when the subject has been
// assessed in the other mode too, the comparison of self against assessor.
struct ReportInput final
{
    const Catalog *catalog = nullptr;
    Report report;
    std::optional<Comparison> comparison;
    Language language = Language::Chinese;
};

// The compiled translation of iitalent's words for `language` (the GUI's and the reports'), a
// resource of this library: ":/i18n/iitalent_zh_CN.qm" or ":/i18n/iitalent_en.qm".
inline QString translationResource(Language language)
{
    return language == Language::Chinese ? QStringLiteral(":/i18n/iitalent_zh_CN.qm")
                                         : QStringLiteral(":/i18n/iitalent_en.qm");
}

// A labelled value of the report's header block.
struct Field final
{
    QString label;
    QString value;
};

// A table of plain text as the documents lay it out (PDF and HTML alike).
struct TextTable final
{
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<bool> emphasised; // per row: shown in bold (a gap, a flagged difference)
    std::vector<int> widths;      // per column, percent of the table's width
    std::vector<int> textColumns; // columns of running text, never bold

    bool isText(int column) const
    {
        return std::find(textColumns.begin(), textColumns.end(), column) != textColumns.end();
    }
};

// The words of a report in its language: labels, the plain-language summary and the tables the
// PDF and HTML documents show. All text is plain (documents escape it as their format needs).
// Translated with tr() under the context "ReportText"; the texts from the catalog (names,
// requirement wording) come in the report's language or, for requirements, in the standard's Chinese.
class ReportText final
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    explicit ReportText(const ReportInput &input);

    const ReportInput &input() const { return m_in; }
    bool chinese() const { return m_in.language == Language::Chinese; }
    Language language() const { return m_in.language; }
    // The subject's stage (岗前提升 / 在岗提升; "Before the job" / "On the job") and the mode.
    QString stageName() const;
    QString modeName() const;

    QString documentTitle() const;
    QString roleTitle() const; // "06 工业互联网平台运维工程师"
    std::vector<Field> headerFields() const;
    QString runningHeader() const; // subject · role, on every page
    QString editionLine() const;   // the catalog's title and edition, on every page
    QString pageText(int page, int pageCount) const;
    QString generatedLine(const QDateTime &when) const;

    QString dimensionName(const QString &key) const;
    QString dimensionLabel(const QString &key) const;          // "a）综合能力" / "a) General competence"
    QString level(int level) const;                            // "3 掌握"
    QString ratingText(const std::optional<int> &level) const; // "—" when unanswered
    QString summary() const;

    // Headline: readiness, completeness, met, in this order, as label and printed value.
    std::vector<Field> headline() const;
    TextTable dimensionTable() const;
    // The items of one dimension; `withEvidence` adds the assessor's evidence and note.
    // Evidence and note longer than LongEvidence characters are not squeezed into the table's
    // narrow column: the cell shows their start and where they stand in full.
    TextTable itemTable(const QString &dimension, bool withEvidence) const;
    bool hasEvidence() const;
    static constexpr int LongEvidence = 200;
    // The long ones at full width, at the end under evidenceTitle(): per item, its number and
    // requirement as a heading, and the evidence and note.
    struct LongEvidenceItem
    {
        QString heading;
        QString text;
    };
    std::vector<LongEvidenceItem> longEvidence() const;
    QString evidenceTitle() const;
    QString dimensionHeading(const DimensionScore &d) const;

    QString planIntro() const;
    TextTable planTable() const;
    QString pathCaption() const;

    QString compareIntro() const;
    // One side's completeness: "Assessor: 5 of 17 items answered; not assessed: Technical skills."
    QString completenessNote(const Score &score, const QString &side) const;
    TextTable compareTable() const;
    QString selfLabel() const;
    QString assessorLabel() const;

    QString methodNote() const;

    // Section titles.
    QString overviewTitle() const;
    QString itemsTitle() const;
    QString planTitle() const;
    QString pathTitle() const;
    QString compareTitle() const;

private:
    QString methodNames(const QStringList &ids) const;
    QString providerNames(const QStringList &ids) const;

    const ReportInput &m_in;
};

} // namespace iitalent::report
