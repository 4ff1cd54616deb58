#include "Catalog.h"

#include <algorithm>

#include "Assessment.h"
#include "CoreText.h"
#include "Levels.h"
#include "Sqlite.h"

#include <QFileInfo>
#include <QSet>

namespace iitalent {

namespace {

Status readMeta(SqliteDatabase &db, CatalogBuilder &builder)
{
    auto stmt = db.prepare(QStringLiteral("SELECT key, value FROM meta"));
    if (!stmt)
        return Status::failure(stmt.error());
    QHash<QString, QString> meta;
    while (stmt->step())
        meta.insert(stmt->text(0), stmt->text(1));
    if (stmt->failed())
        return Status::failure(stmt->error());
    bool okVersion = false;
    const int version = meta.value(QStringLiteral("schema_version")).toInt(&okVersion);
    if (!okVersion)
        return Status::failure(CoreText::tr("it has no schema version"));
    if (version != Catalog::SchemaVersion)
        return Status::failure(CoreText::tr("its schema version is %1, this iitalent reads version %2")
                                   .arg(version)
                                   .arg(Catalog::SchemaVersion));
    builder.setTitle(meta.value(QStringLiteral("title_zh")), meta.value(QStringLiteral("title_en")));
    builder.setEdition(meta.value(QStringLiteral("edition")));
    return {};
}

// Runs a query and hands each row to a function; returns the first error.
template <typename Fn>
Status forEachRow(SqliteDatabase &db, const char *sql, Fn fn)
{
    auto stmt = db.prepare(QString::fromUtf8(sql));
    if (!stmt)
        return Status::failure(stmt.error());
    while (stmt->step()) {
        Status s = fn(stmt.value());
        if (!s)
            return s;
    }
    if (stmt->failed())
        return Status::failure(stmt->error());
    return {};
}

Status readCatalog(SqliteDatabase &db, Catalog &catalog)
{
    CatalogBuilder b(catalog);
    if (Status s = readMeta(db, b); !s)
        return s;

    Status s = forEachRow(db, "SELECT id, name_zh, name_en FROM directions ORDER BY ord", [&](SqliteStatement &r) {
        b.directions().push_back({r.text(0), r.text(1), r.text(2)});
        return Status{};
    });
    if (!s)
        return s;

    s = forEachRow(db, "SELECT key, name_zh, name_en FROM dimensions ORDER BY ord", [&](SqliteStatement &r) {
        b.dimensions().push_back({r.text(0), r.text(1), r.text(2), {}});
        return Status{};
    });
    if (!s)
        return s;
    s = forEachRow(db,
                   "SELECT dimension, name_zh, name_en, description_zh, description_en FROM elements "
                   "ORDER BY dimension, ord",
                   [&](SqliteStatement &r) {
                       const QString key = r.text(0);
                       for (Dimension &d : b.dimensions()) {
                           if (d.key == key) {
                               d.elements.push_back({r.text(1), r.text(2), r.text(3), r.text(4)});
                               return Status{};
                           }
                       }
                       return Status::failure(
                           CoreText::tr("element %1 belongs to unknown dimension %2").arg(r.text(1), key));
                   });
    if (!s)
        return s;

    QHash<QString, int> roleRow;
    s = forEachRow(db, "SELECT code, section, direction, name_zh, name_en, duty_zh, duty_en FROM roles ORDER BY ord",
                   [&](SqliteStatement &r) {
                       Role role;
                       role.code = r.text(0);
                       role.section = r.text(1);
                       role.direction = r.text(2);
                       role.nameZh = r.text(3);
                       role.nameEn = r.text(4);
                       role.dutyZh = r.text(5);
                       role.dutyEn = r.text(6);
                       roleRow.insert(role.code, static_cast<int>(b.roles().size()));
                       b.roles().push_back(std::move(role));
                       return Status{};
                   });
    if (!s)
        return s;
    s = forEachRow(db, "SELECT role, alias_zh FROM role_aliases ORDER BY role, ord", [&](SqliteStatement &r) {
        const auto it = roleRow.constFind(r.text(0));
        if (it == roleRow.cend())
            return Status::failure(CoreText::tr("an alias belongs to unknown role %1").arg(r.text(0)));
        b.roles()[static_cast<size_t>(*it)].aliasesZh.append(r.text(1));
        return Status{};
    });
    if (!s)
        return s;

    s = forEachRow(db, "SELECT id, statement_zh FROM competencies ORDER BY id", [&](SqliteStatement &r) {
        b.competencies().push_back({r.text(0), r.text(1)});
        return Status{};
    });
    if (!s)
        return s;

    s = forEachRow(db,
                   "SELECT r.id, r.role, r.dimension, r.number, r.text_zh, r.level, r.level_word, r.competency "
                   "FROM requirements r JOIN dimensions d ON d.key = r.dimension "
                   "ORDER BY r.role, d.ord, r.number",
                   [&](SqliteStatement &r) {
                       Requirement req;
                       req.id = r.text(0);
                       req.role = r.text(1);
                       req.dimension = r.text(2);
                       req.number = static_cast<int>(r.integer(3));
                       req.textZh = r.text(4);
                       // A level far outside 1..4 must not wrap into it when narrowed to int.
                       const qint64 level = r.integer(5);
                       if (level < Level::Aware || level > Level::Max)
                           return Status::failure(
                               CoreText::tr("requirement %1 has level %2, outside 1..4").arg(req.id).arg(level));
                       req.level = static_cast<int>(level);
                       req.levelWord = r.text(6);
                       req.competency = r.text(7);
                       const auto it = roleRow.constFind(req.role);
                       if (it == roleRow.cend())
                           return Status::failure(
                               CoreText::tr("requirement %1 belongs to unknown role %2").arg(req.id, req.role));
                       b.roles()[static_cast<size_t>(*it)].requirements.push_back(std::move(req));
                       return Status{};
                   });
    if (!s)
        return s;

    Improvement &imp = b.improvement();
    s = forEachRow(db, "SELECT key, text_zh, text_en FROM improvement_texts", [&](SqliteStatement &r) {
        const QString key = r.text(0);
        if (key == QLatin1String("title")) {
            imp.titleZh = r.text(1);
            imp.titleEn = r.text(2);
        } else if (key == QLatin1String("contents_intro")) {
            imp.contentsIntroZh = r.text(1);
        } else if (key == QLatin1String("stages_intro")) {
            imp.stagesIntroZh = r.text(1);
        } else if (key == QLatin1String("providers_intro")) {
            imp.providersIntroZh = r.text(1);
        } else if (key == QLatin1String("figure_caption")) {
            imp.figureCaptionZh = r.text(1);
            imp.figureCaptionEn = r.text(2);
        } else if (key == QLatin1String("mapping_note")) {
            imp.mappingNoteZh = r.text(1);
            imp.mappingNoteEn = r.text(2);
        }
        return Status{};
    });
    if (!s)
        return s;
    s = forEachRow(db,
                   "SELECT c.dimension, c.text_zh, c.name_en FROM improvement_contents c "
                   "JOIN dimensions d ON d.key = c.dimension ORDER BY d.ord",
                   [&](SqliteStatement &r) {
                       imp.contents.push_back({r.text(0), r.text(1), r.text(2)});
                       return Status{};
                   });
    if (!s)
        return s;
    s = forEachRow(db, "SELECT id, name_zh, name_en, text_zh FROM improvement_stages ORDER BY ord",
                   [&](SqliteStatement &r) {
                       imp.stages.push_back({r.text(0), r.text(1), r.text(2), r.text(3), {}});
                       return Status{};
                   });
    if (!s)
        return s;
    s = forEachRow(db, "SELECT stage, id, name_zh, name_en, text_zh FROM improvement_methods ORDER BY stage, ord",
                   [&](SqliteStatement &r) {
                       for (ImprovementStage &stage : imp.stages) {
                           if (stage.id == r.text(0)) {
                               stage.methods.push_back({r.text(1), r.text(2), r.text(3), r.text(4), {}, {}});
                               return Status{};
                           }
                       }
                       return Status::failure(
                           CoreText::tr("method %1 belongs to unknown stage %2").arg(r.text(1), r.text(0)));
                   });
    if (!s)
        return s;
    auto findMethod = [&imp](const QString &id) -> ImprovementMethod * {
        for (ImprovementStage &stage : imp.stages)
            for (ImprovementMethod &m : stage.methods)
                if (m.id == id)
                    return &m;
        return nullptr;
    };
    s = forEachRow(db, "SELECT method, dimension FROM improvement_method_dimensions ORDER BY method, ord",
                   [&](SqliteStatement &r) {
                       ImprovementMethod *m = findMethod(r.text(0));
                       if (!m)
                           return Status::failure(
                               CoreText::tr("a dimension is mapped to unknown method %1").arg(r.text(0)));
                       m->dimensions << r.text(1);
                       return Status{};
                   });
    if (!s)
        return s;
    s = forEachRow(
        db, "SELECT method, provider FROM improvement_method_providers ORDER BY method, ord", [&](SqliteStatement &r) {
            ImprovementMethod *m = findMethod(r.text(0));
            if (!m)
                return Status::failure(CoreText::tr("a provider is mapped to unknown method %1").arg(r.text(0)));
            m->providers << r.text(1);
            return Status{};
        });
    if (!s)
        return s;
    s = forEachRow(db, "SELECT id, name_zh, name_en, text_zh FROM improvement_providers ORDER BY ord",
                   [&](SqliteStatement &r) {
                       imp.providers.push_back({r.text(0), r.text(1), r.text(2), r.text(3)});
                       return Status{};
                   });
    if (!s)
        return s;

    return b.finish();
}

Result<Catalog> loadFrom(SqliteDatabase &db, const QString &label)
{
    auto fail = [&](const QString &why) {
        return Result<Catalog>::failure(CoreText::tr("%1 is not a usable iitalent catalog: %2.").arg(label, why));
    };

    // quick_check reads every page: a truncated or damaged file fails here, not half-way in.
    auto check = db.prepare(QStringLiteral("PRAGMA quick_check(10)"));
    if (!check)
        return fail(CoreText::tr("the file is damaged, incomplete or not a database at all (%1)").arg(check.error()));
    QStringList problems;
    while (check->step()) {
        // A row may hold several lines; keep the findings, not SQLite's headings.
        const QStringList lines = check->text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                problems << line.trimmed();
    }
    if (check->failed())
        return fail(CoreText::tr("the file is damaged or incomplete (%1)").arg(check->error()));
    if (!problems.isEmpty()) {
        const int shown = 2;
        QString details = problems.mid(0, shown).join(QStringLiteral("; "));
        if (problems.size() > shown)
            details += QStringLiteral("; …");
        return fail(CoreText::tr("the file is damaged (%1)").arg(details));
    }

    auto appId = db.prepare(QStringLiteral("PRAGMA application_id"));
    if (!appId || !appId->step())
        return fail(db.lastError());
    if (appId->integer(0) != Catalog::ApplicationId)
        return fail(CoreText::tr("it is an SQLite database, but not an iitalent catalog"));

    Catalog catalog;
    if (Status s = readCatalog(db, catalog); !s)
        return fail(s.error());
    CatalogBuilder(catalog).setOrigin(label);
    return catalog;
}

} // namespace

Result<Catalog> Catalog::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<Catalog>::failure(CoreText::tr("The catalog file %1 does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return Result<Catalog>::failure(CoreText::tr("The catalog file %1 cannot be read.").arg(path));
    SqliteDatabase db;
    if (Status s = db.open(path, SqliteDatabase::Mode::ReadOnly); !s)
        return Result<Catalog>::failure(CoreText::tr("%1 is not a usable iitalent catalog: %2.").arg(path, s.error()));
    return loadFrom(db, path);
}

Result<Catalog> Catalog::loadFromBytes(const QByteArray &bytes, const QString &label)
{
    SqliteDatabase db;
    if (Status s = db.openBytes(bytes); !s)
        return Result<Catalog>::failure(CoreText::tr("%1 is not a usable iitalent catalog: %2.").arg(label, s.error()));
    return loadFrom(db, label);
}

Status CatalogBuilder::finish()
{
    Catalog &c = m_catalog;
    if (c.m_directions.empty())
        return Status::failure(CoreText::tr("it has no directions"));
    if (c.m_dimensions.empty())
        return Status::failure(CoreText::tr("it has no dimensions"));
    if (c.m_roles.empty())
        return Status::failure(CoreText::tr("it has no roles"));

    QSet<QString> directionIds;
    for (const Direction &d : c.m_directions) {
        if (d.id.isEmpty() || directionIds.contains(d.id))
            return Status::failure(CoreText::tr("direction id '%1' is empty or repeated").arg(d.id));
        directionIds.insert(d.id);
    }
    QSet<QString> dimensionKeys;
    for (const Dimension &d : c.m_dimensions) {
        if (d.key.isEmpty() || dimensionKeys.contains(d.key))
            return Status::failure(CoreText::tr("dimension key '%1' is empty or repeated").arg(d.key));
        dimensionKeys.insert(d.key);
    }

    c.m_competencyIndex.clear();
    for (int i = 0; i < static_cast<int>(c.m_competencies.size()); ++i) {
        const Competency &comp = c.m_competencies[static_cast<size_t>(i)];
        if (c.m_competencyIndex.contains(comp.id))
            return Status::failure(CoreText::tr("competency %1 is repeated").arg(comp.id));
        c.m_competencyIndex.insert(comp.id, i);
    }

    c.m_roleIndex.clear();
    c.m_requirementIndex.clear();
    for (int i = 0; i < static_cast<int>(c.m_roles.size()); ++i) {
        const Role &role = c.m_roles[static_cast<size_t>(i)];
        if (role.code.isEmpty() || c.m_roleIndex.contains(role.code))
            return Status::failure(CoreText::tr("role code '%1' is empty or repeated").arg(role.code));
        if (role.code.size() > Limits::RoleCodeLength)
            return Status::failure(
                CoreText::tr("role code '%1' is longer than %2 characters, which assessment files cannot name")
                    .arg(role.code)
                    .arg(Limits::RoleCodeLength));
        if (!directionIds.contains(role.direction))
            return Status::failure(CoreText::tr("role %1 is in unknown direction '%2'").arg(role.code, role.direction));
        if (role.nameZh.isEmpty())
            return Status::failure(CoreText::tr("role %1 has no name").arg(role.code));
        c.m_roleIndex.insert(role.code, i);
        for (int j = 0; j < static_cast<int>(role.requirements.size()); ++j) {
            const Requirement &req = role.requirements[static_cast<size_t>(j)];
            const QString expectedId = QStringLiteral("%1.%2.%3").arg(role.code, req.dimension).arg(req.number);
            if (req.id != expectedId)
                return Status::failure(CoreText::tr("requirement id '%1' should be '%2'").arg(req.id, expectedId));
            if (c.m_requirementIndex.contains(req.id))
                return Status::failure(CoreText::tr("requirement %1 is repeated").arg(req.id));
            if (!dimensionKeys.contains(req.dimension))
                return Status::failure(
                    CoreText::tr("requirement %1 is in unknown dimension '%2'").arg(req.id, req.dimension));
            if (req.level < Level::Aware || req.level > Level::Max)
                return Status::failure(
                    CoreText::tr("requirement %1 has level %2, outside 1..4").arg(req.id).arg(req.level));
            if (req.textZh.trimmed().isEmpty())
                return Status::failure(CoreText::tr("requirement %1 has no text").arg(req.id));
            if (!c.m_competencyIndex.contains(req.competency))
                return Status::failure(
                    CoreText::tr("requirement %1 refers to unknown competency '%2'").arg(req.id, req.competency));
            c.m_requirementIndex.insert(req.id, qMakePair(i, j));
        }
    }
    for (const ImprovementStage &stage : c.m_improvement.stages) {
        for (const ImprovementMethod &m : stage.methods) {
            for (const QString &d : m.dimensions)
                if (!dimensionKeys.contains(d))
                    return Status::failure(
                        CoreText::tr("improvement method %1 is mapped to unknown dimension '%2'").arg(m.id, d));
            for (const QString &p : m.providers)
                if (!c.m_improvement.provider(p))
                    return Status::failure(
                        CoreText::tr("improvement method %1 is mapped to unknown provider '%2'").arg(m.id, p));
        }
    }
    return {};
}

const ImprovementStage *Improvement::stage(const QString &id) const
{
    for (const ImprovementStage &s : stages)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ImprovementContent *Improvement::content(const QString &dimension) const
{
    for (const ImprovementContent &c : contents)
        if (c.dimension == dimension)
            return &c;
    return nullptr;
}

const ImprovementProvider *Improvement::provider(const QString &id) const
{
    for (const ImprovementProvider &p : providers)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Direction *Catalog::direction(const QString &id) const
{
    for (const Direction &d : m_directions)
        if (d.id == id)
            return &d;
    return nullptr;
}

const Dimension *Catalog::dimension(const QString &key) const
{
    for (const Dimension &d : m_dimensions)
        if (d.key == key)
            return &d;
    return nullptr;
}

const Role *Catalog::role(const QString &code) const
{
    const auto it = m_roleIndex.constFind(code);
    return it == m_roleIndex.cend() ? nullptr : &m_roles[static_cast<size_t>(*it)];
}

const Requirement *Catalog::requirement(const QString &id) const
{
    const auto it = m_requirementIndex.constFind(id);
    if (it == m_requirementIndex.cend())
        return nullptr;
    return &m_roles[static_cast<size_t>(it->first)].requirements[static_cast<size_t>(it->second)];
}

const Competency *Catalog::competency(const QString &id) const
{
    const auto it = m_competencyIndex.constFind(id);
    return it == m_competencyIndex.cend() ? nullptr : &m_competencies[static_cast<size_t>(*it)];
}

std::vector<const Role *> Catalog::rolesOf(const QString &directionId) const
{
    std::vector<const Role *> result;
    for (const Role &r : m_roles)
        if (r.direction == directionId)
            result.push_back(&r);
    return result;
}

int Catalog::requirementCount() const
{
    int n = 0;
    for (const Role &r : m_roles)
        n += static_cast<int>(r.requirements.size());
    return n;
}

QStringList Catalog::searchVariants(const QString &needle)
{
    // The standard's own typos (its known defects): the right spelling, and the text's.
    static const std::pair<const char16_t *, const char16_t *> kMisspellings[] = {
        {u"Kubernetes", u"Kuberneters"},
        {u"Nagios", u"Nagois"},
        {u"工业无线技术", u"业无线技术"},
    };
    QStringList variants{needle};
    for (const auto &[right, wrong] : kMisspellings) {
        const QString r = QString::fromUtf16(right);
        if (needle.contains(r, Qt::CaseInsensitive)) {
            QString v = needle;
            v.replace(r, QString::fromUtf16(wrong), Qt::CaseInsensitive);
            variants << v;
        }
    }
    return variants;
}

std::vector<SearchHit> Catalog::search(const QString &text) const
{
    std::vector<SearchHit> hits;
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return hits;
    const QStringList variants = searchVariants(needle);
    auto found = [&](const QString &haystack) {
        return std::any_of(variants.begin(), variants.end(),
                           [&](const QString &v) { return haystack.contains(v, Qt::CaseInsensitive); });
    };
    for (const Role &role : m_roles) {
        SearchHit hit;
        hit.role = &role;
        hit.nameMatched = found(role.nameZh) || found(role.nameEn) || role.code == needle ||
                          found(role.aliasesZh.join(QLatin1Char('\n')));
        for (const Requirement &req : role.requirements)
            if (found(req.textZh))
                hit.requirements.push_back(&req);
        if (hit.nameMatched || !hit.requirements.empty())
            hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace iitalent
