#pragma once

#include "DisplayLanguage.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace iitalent {

// One of the standard's eight directions (网络, 标识, …), e.g. id "network".
struct Direction final
{
    QString id;
    QString nameZh;
    QString nameEn;
    // The name in a language; the Chinese one where there is no English one.
    QString name(Language language) const
    {
        return language == Language::English && !nameEn.isEmpty() ? nameEn : nameZh;
    }
};

// An element of a dimension in Table 2, e.g. 软能力 of 综合能力.
struct Element final
{
    QString nameZh;
    QString nameEn;
    // The name in a language; the Chinese one where there is no English one.
    QString name(Language language) const
    {
        return language == Language::English && !nameEn.isEmpty() ? nameEn : nameZh;
    }
    QString descriptionZh;
    QString descriptionEn;
};

// One of the four dimensions: key "a" 综合能力, "b" 专业知识, "c" 技术技能, "d" 工程实践.
struct Dimension final
{
    QString key;
    QString nameZh;
    QString nameEn;
    // The name in a language; the Chinese one where there is no English one.
    QString name(Language language) const
    {
        return language == Language::English && !nameEn.isEmpty() ? nameEn : nameZh;
    }
    std::vector<Element> elements;

    // "a）综合能力" / "a) General competence": how a list of requirements heads a dimension.
    QString heading(Language language) const
    {
        return language == Language::English ? QStringLiteral("%1) %2").arg(key, name(language))
                                             : QStringLiteral("%1）%2").arg(key, nameZh);
    }
};

// A requirement item of a role, e.g. "01.a.1", with its required level and the word it came from.
struct Requirement final
{
    QString id;
    QString role;
    QString dimension;
    int number = 0; // 1-based within the role's dimension
    QString textZh;
    int level = 0;
    QString levelWord;  // empty: no level word, the default level applies
    QString competency; // id of the shared competency record
};

// A distinct requirement statement shared by the roles that require it.
struct Competency final
{
    QString id;
    QString statementZh;
};

// One of the 41 roles of Table 1 with its section 5 requirements in catalog order.
struct Role final
{
    QString code;
    QString section;
    QString direction;
    QString nameZh;
    QString nameEn;
    // The name in a language; the Chinese one where there is no English one.
    QString name(Language language) const
    {
        return language == Language::English && !nameEn.isEmpty() ? nameEn : nameZh;
    }
    QStringList aliasesZh;
    QString dutyZh;
    QString dutyEn;
    std::vector<Requirement> requirements;
};

// Appendix A: what improvement covers, its stages and methods, and who provides it.
struct ImprovementContent final
{
    QString dimension;
    QString textZh;
    QString nameEn;
};
struct ImprovementMethod final
{
    QString id;
    QString nameZh;
    QString nameEn;
    // The name in a language; the Chinese one where there is no English one.
    QString name(Language language) const
    {
        return language == Language::English && !nameEn.isEmpty() ? nameEn : nameZh;
    }
    QString textZh;
    // iitalent's own reading of A.1-A.3 (data/catalog/improvement-mapping.json), not the standard:
    // the dimensions this method suits and the providers (A.3) that usually offer it.
    QStringList dimensions;
    QStringList providers;
};
struct ImprovementStage final
{
    QString id; // "pre-job" or "on-job"
    QString nameZh;
    QString nameEn;
    // The name in a language; the Chinese one where there is no English one.
    QString name(Language language) const
    {
        return language == Language::English && !nameEn.isEmpty() ? nameEn : nameZh;
    }
    QString textZh;
    std::vector<ImprovementMethod> methods;
};
struct ImprovementProvider final
{
    QString id;
    QString nameZh;
    QString nameEn;
    // The name in a language; the Chinese one where there is no English one.
    QString name(Language language) const
    {
        return language == Language::English && !nameEn.isEmpty() ? nameEn : nameZh;
    }
    QString textZh;
};
struct Improvement final
{
    QString titleZh;
    QString titleEn;
    QString contentsIntroZh;
    std::vector<ImprovementContent> contents;
    QString stagesIntroZh;
    std::vector<ImprovementStage> stages;
    QString providersIntroZh;
    std::vector<ImprovementProvider> providers;
    QString figureCaptionZh;
    QString figureCaptionEn;
    // Says that the method mapping is iitalent's reading, not the standard's text.
    QString mappingNoteZh;
    QString mappingNoteEn;

    const ImprovementStage *stage(const QString &id) const;
    const ImprovementContent *content(const QString &dimension) const;
    const ImprovementProvider *provider(const QString &id) const;
};

// Where a search term was found in the catalog: a role, and the requirement ids that contain it
// (empty when only the role's name or duty matched).
struct SearchHit final
{
    const Role *role = nullptr;
    bool nameMatched = false;
    std::vector<const Requirement *> requirements;
};

// The job-competency catalog: directions, dimensions, roles and their requirements, Appendix A.
// Loaded read-only from an SQLite catalog file (the bundled one or one given by the user);
// plain values, cheap to query, no database handle kept open.
class Catalog final
{
public:
    static constexpr int SchemaVersion = 1;
    // PRAGMA application_id of a catalog file ("iitc").
    static constexpr int ApplicationId = 0x69697463;

    // Loads a catalog file. A file that is missing, not SQLite, damaged, of another schema
    // version or inconsistent gives an error that names the file and says what is wrong.
    static Result<Catalog> load(const QString &path);
    // Loads a catalog from the bytes of a catalog file (the one embedded in the program).
    static Result<Catalog> loadFromBytes(const QByteArray &bytes, const QString &label);

    QString title() const { return m_titleZh; }
    QString titleEn() const { return m_titleEn; }
    QString edition() const { return m_edition; }
    QString origin() const { return m_origin; }

    const std::vector<Direction> &directions() const { return m_directions; }
    const std::vector<Dimension> &dimensions() const { return m_dimensions; }
    const std::vector<Role> &roles() const { return m_roles; }
    const std::vector<Competency> &competencies() const { return m_competencies; }
    const Improvement &improvement() const { return m_improvement; }

    const Direction *direction(const QString &id) const;
    const Dimension *dimension(const QString &key) const;
    const Role *role(const QString &code) const;
    const Requirement *requirement(const QString &id) const;
    const Competency *competency(const QString &id) const;
    std::vector<const Role *> rolesOf(const QString &directionId) const;
    int requirementCount() const;

    // Case-insensitive search over role codes, names, aliases and requirement texts. A term the
    // standard misspells (searchVariants) also finds the misspelt text.
    std::vector<SearchHit> search(const QString &text) const;
    // The text to look for when searching for `needle`: the needle itself and, for each word of it
    // that the standard's text misspells (its known defects, ../shared/standard/README.md item 6:
    // Kuberneters, Nagois, 业无线技术), the needle with the misspelling in its place, so that a
    // search for "Kubernetes" finds roles 34 and 35. Case-insensitive; the needle first.
    static QStringList searchVariants(const QString &needle);

private:
    friend class CatalogBuilder;
    void rebuildIndex();

    QString m_titleZh;
    QString m_titleEn;
    QString m_edition;
    QString m_origin;
    std::vector<Direction> m_directions;
    std::vector<Dimension> m_dimensions;
    std::vector<Role> m_roles;
    std::vector<Competency> m_competencies;
    Improvement m_improvement;

    QHash<QString, int> m_roleIndex;
    QHash<QString, QPair<int, int>> m_requirementIndex;
    QHash<QString, int> m_competencyIndex;
};

// Gives the catalog source reader and the loader write access to a Catalog under construction.
class CatalogBuilder final
{
public:
    explicit CatalogBuilder(Catalog &catalog) : m_catalog(catalog) {}
    void setTitle(const QString &zh, const QString &en)
    {
        m_catalog.m_titleZh = zh;
        m_catalog.m_titleEn = en;
    }
    void setEdition(const QString &edition) { m_catalog.m_edition = edition; }
    void setOrigin(const QString &origin) { m_catalog.m_origin = origin; }
    std::vector<Direction> &directions() { return m_catalog.m_directions; }
    std::vector<Dimension> &dimensions() { return m_catalog.m_dimensions; }
    std::vector<Role> &roles() { return m_catalog.m_roles; }
    std::vector<Competency> &competencies() { return m_catalog.m_competencies; }
    Improvement &improvement() { return m_catalog.m_improvement; }
    // Checks the catalog's consistency and builds its look-up indexes; call once at the end.
    Status finish();

private:
    Catalog &m_catalog;
};

} // namespace iitalent
