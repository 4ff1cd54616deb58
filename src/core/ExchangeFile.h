#pragma once

#include "Assessment.h"

#include <QByteArray>
#include <QStringList>

#include <nlohmann/json_fwd.hpp> // the whole of json.hpp only where the JSON is built or read

#include <optional>

namespace iitalent {

class Catalog;

// A subject as JSON: name, organisation, number, stage (the same in every file iitalent writes).
nlohmann::ordered_json subjectToJson(const Subject &subject);

// What reading an exchange file gave: the assessment, or every problem found, each with where
// it is (e.g. "ratings[3].level: 7 is outside 0..4"). A file with any problem gives no assessment.
struct ParsedAssessment final
{
    std::optional<Assessment> assessment;
    QStringList problems;
    bool ok() const { return assessment.has_value(); }
};

// The exchange file of one assessment, schema "iitalent.assessment/1": how an assessment travels
// from one machine to another (workshop laptops to the instructor). Writing it and reading it back
// gives the same file byte for byte.
class ExchangeFile final
{
public:
    static constexpr const char *Schema = "iitalent.assessment/1";
    // The ending iitalent gives the files it writes; the desktop knows them by it as the MIME type
    // below (and by the schema, where it looks inside). Plain .json files are read as well.
    static constexpr const char *FileExtension = ".iitalent.json";
    static constexpr const char *MimeType = "application/x-iitalent-assessment+json";
    // Whether a file's name says it may be an exchange file: it ends in .json (.iitalent.json is one).
    static bool hasExchangeFileName(const QString &path);
    // The same as name patterns, for folders: *.iitalent.json, *.json; and as a file dialog's
    // filter: "*.iitalent.json *.json".
    static QStringList namePatterns();
    static QString nameFilter();

    static nlohmann::ordered_json toJson(const Assessment &assessment);
    static QByteArray serialize(const Assessment &assessment);

    // Checks everything against the catalog before giving an assessment.
    static ParsedAssessment parse(const QByteArray &bytes, const Catalog &catalog);
    static ParsedAssessment read(const QString &path, const Catalog &catalog);

    // The file name an assessment is exported under: the day it was created, the subject, role,
    // mode and the start of its id, so that two rounds of one person stay apart; ends in FileExtension.
    static QString fileNameFor(const Assessment &assessment);
};

} // namespace iitalent
