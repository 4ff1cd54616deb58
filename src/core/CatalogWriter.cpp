#include "CatalogWriter.h"

#include "Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace iitalent {

namespace {

const char *const kSchema = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE directions(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL);
CREATE TABLE dimensions(key TEXT PRIMARY KEY, ord INTEGER NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL);
CREATE TABLE elements(dimension TEXT NOT NULL REFERENCES dimensions(key), ord INTEGER NOT NULL,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL, description_zh TEXT NOT NULL, description_en TEXT NOT NULL,
  PRIMARY KEY(dimension, ord));
CREATE TABLE roles(code TEXT PRIMARY KEY, ord INTEGER NOT NULL, section TEXT NOT NULL,
  direction TEXT NOT NULL REFERENCES directions(id), name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
  duty_zh TEXT NOT NULL, duty_en TEXT NOT NULL);
CREATE TABLE role_aliases(role TEXT NOT NULL REFERENCES roles(code), ord INTEGER NOT NULL, alias_zh TEXT NOT NULL,
  PRIMARY KEY(role, ord));
CREATE TABLE competencies(id TEXT PRIMARY KEY, statement_zh TEXT NOT NULL UNIQUE);
CREATE TABLE requirements(id TEXT PRIMARY KEY, role TEXT NOT NULL REFERENCES roles(code),
  dimension TEXT NOT NULL REFERENCES dimensions(key), number INTEGER NOT NULL, text_zh TEXT NOT NULL,
  level INTEGER NOT NULL CHECK(level BETWEEN 1 AND 4), level_word TEXT NOT NULL,
  competency TEXT NOT NULL REFERENCES competencies(id), UNIQUE(role, dimension, number));
CREATE INDEX requirements_competency ON requirements(competency);
CREATE TABLE improvement_texts(key TEXT PRIMARY KEY, text_zh TEXT NOT NULL, text_en TEXT NOT NULL);
CREATE TABLE improvement_contents(dimension TEXT PRIMARY KEY REFERENCES dimensions(key), text_zh TEXT NOT NULL,
  name_en TEXT NOT NULL);
CREATE TABLE improvement_stages(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL, text_zh TEXT NOT NULL);
CREATE TABLE improvement_methods(id TEXT PRIMARY KEY, stage TEXT NOT NULL REFERENCES improvement_stages(id),
  ord INTEGER NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL, text_zh TEXT NOT NULL);
CREATE TABLE improvement_method_dimensions(method TEXT NOT NULL REFERENCES improvement_methods(id),
  ord INTEGER NOT NULL, dimension TEXT NOT NULL REFERENCES dimensions(key), PRIMARY KEY(method, ord));
CREATE TABLE improvement_method_providers(method TEXT NOT NULL REFERENCES improvement_methods(id),
  ord INTEGER NOT NULL, provider TEXT NOT NULL REFERENCES improvement_providers(id), PRIMARY KEY(method, ord));
CREATE TABLE improvement_providers(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL, text_zh TEXT NOT NULL);
)SQL";

// Prepares one INSERT and runs it for each row given; remembers the first error.
class Inserter
{
public:
    Inserter(SqliteDatabase &db, const char *sql) : m_stmt(db.prepare(QString::fromUtf8(sql))) {}
    template <typename... Args>
    void row(Args... args)
    {
        if (!m_error.isEmpty())
            return;
        if (!m_stmt) {
            m_error = m_stmt.error();
            return;
        }
        int index = 0;
        (bindOne(++index, args), ...);
        if (Status s = m_stmt->run(); !s)
            m_error = s.error();
    }
    const QString &error() const { return m_error; }

private:
    void bindOne(int index, const QString &v) { m_stmt->bind(index, v); }
    void bindOne(int index, int v) { m_stmt->bind(index, static_cast<qint64>(v)); }
    Result<SqliteStatement> m_stmt;
    QString m_error;
};

Status writeAll(SqliteDatabase &db, const Catalog &c)
{
    if (Status s = db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA journal_mode = OFF; BEGIN;")
                               .arg(Catalog::ApplicationId));
        !s)
        return s;
    if (Status s = db.exec(QString::fromUtf8(kSchema)); !s)
        return s;

    std::vector<QString> errors;
    {
        Inserter meta(db, "INSERT INTO meta VALUES (?, ?)");
        meta.row(QStringLiteral("schema_version"), QString::number(Catalog::SchemaVersion));
        meta.row(QStringLiteral("title_zh"), c.title());
        meta.row(QStringLiteral("title_en"), c.titleEn());
        meta.row(QStringLiteral("edition"), c.edition());
        errors.push_back(meta.error());
    }
    {
        Inserter ins(db, "INSERT INTO directions VALUES (?, ?, ?, ?)");
        int ord = 0;
        for (const Direction &d : c.directions())
            ins.row(d.id, ord++, d.nameZh, d.nameEn);
        errors.push_back(ins.error());
    }
    {
        Inserter dims(db, "INSERT INTO dimensions VALUES (?, ?, ?, ?)");
        Inserter elems(db, "INSERT INTO elements VALUES (?, ?, ?, ?, ?, ?)");
        int ord = 0;
        for (const Dimension &d : c.dimensions()) {
            dims.row(d.key, ord++, d.nameZh, d.nameEn);
            int eord = 0;
            for (const Element &e : d.elements)
                elems.row(d.key, eord++, e.nameZh, e.nameEn, e.descriptionZh, e.descriptionEn);
        }
        errors.push_back(dims.error());
        errors.push_back(elems.error());
    }
    {
        Inserter comps(db, "INSERT INTO competencies VALUES (?, ?)");
        for (const Competency &comp : c.competencies())
            comps.row(comp.id, comp.statementZh);
        errors.push_back(comps.error());
    }
    {
        Inserter roles(db, "INSERT INTO roles VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        Inserter aliases(db, "INSERT INTO role_aliases VALUES (?, ?, ?)");
        Inserter reqs(db, "INSERT INTO requirements VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        int ord = 0;
        for (const Role &r : c.roles()) {
            roles.row(r.code, ord++, r.section, r.direction, r.nameZh, r.nameEn, r.dutyZh, r.dutyEn);
            int aord = 0;
            for (const QString &alias : r.aliasesZh)
                aliases.row(r.code, aord++, alias);
            for (const Requirement &q : r.requirements)
                reqs.row(q.id, q.role, q.dimension, q.number, q.textZh, q.level, q.levelWord, q.competency);
        }
        errors.push_back(roles.error());
        errors.push_back(aliases.error());
        errors.push_back(reqs.error());
    }
    {
        const Improvement &imp = c.improvement();
        Inserter texts(db, "INSERT INTO improvement_texts VALUES (?, ?, ?)");
        texts.row(QStringLiteral("title"), imp.titleZh, imp.titleEn);
        texts.row(QStringLiteral("contents_intro"), imp.contentsIntroZh, QString());
        texts.row(QStringLiteral("stages_intro"), imp.stagesIntroZh, QString());
        texts.row(QStringLiteral("providers_intro"), imp.providersIntroZh, QString());
        texts.row(QStringLiteral("figure_caption"), imp.figureCaptionZh, imp.figureCaptionEn);
        texts.row(QStringLiteral("mapping_note"), imp.mappingNoteZh, imp.mappingNoteEn);
        Inserter contents(db, "INSERT INTO improvement_contents VALUES (?, ?, ?)");
        for (const ImprovementContent &ic : imp.contents)
            contents.row(ic.dimension, ic.textZh, ic.nameEn);
        Inserter stages(db, "INSERT INTO improvement_stages VALUES (?, ?, ?, ?, ?)");
        Inserter methods(db, "INSERT INTO improvement_methods VALUES (?, ?, ?, ?, ?, ?)");
        Inserter methodDims(db, "INSERT INTO improvement_method_dimensions VALUES (?, ?, ?)");
        Inserter methodProviders(db, "INSERT INTO improvement_method_providers VALUES (?, ?, ?)");
        int ord = 0;
        for (const ImprovementStage &st : imp.stages) {
            stages.row(st.id, ord++, st.nameZh, st.nameEn, st.textZh);
            int mord = 0;
            for (const ImprovementMethod &m : st.methods) {
                methods.row(m.id, st.id, mord++, m.nameZh, m.nameEn, m.textZh);
                int dord = 0;
                for (const QString &d : m.dimensions)
                    methodDims.row(m.id, dord++, d);
                int pord = 0;
                for (const QString &p : m.providers)
                    methodProviders.row(m.id, pord++, p);
            }
        }
        Inserter providers(db, "INSERT INTO improvement_providers VALUES (?, ?, ?, ?, ?)");
        ord = 0;
        for (const ImprovementProvider &p : imp.providers)
            providers.row(p.id, ord++, p.nameZh, p.nameEn, p.textZh);
        for (const Inserter *i : {&texts, &contents, &stages, &methods, &methodDims, &methodProviders, &providers})
            errors.push_back(i->error());
    }
    for (const QString &e : errors)
        if (!e.isEmpty())
            return Status::failure(e);
    return db.exec(QStringLiteral("COMMIT;"));
}

} // namespace

Status CatalogWriter::write(const Catalog &catalog, const QString &path)
{
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return Status::failure(QStringLiteral("cannot create the folder %1").arg(target.absolutePath()));
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    {
        SqliteDatabase db;
        if (Status s = db.open(temp, SqliteDatabase::Mode::ReadWriteCreate); !s)
            return Status::failure(QStringLiteral("%1: %2").arg(temp, s.error()));
        if (Status s = writeAll(db, catalog); !s) {
            db.close();
            QFile::remove(temp);
            return Status::failure(QStringLiteral("%1: %2").arg(path, s.error()));
        }
        if (Status s = db.exec(QStringLiteral("VACUUM;")); !s) {
            db.close();
            QFile::remove(temp);
            return Status::failure(QStringLiteral("%1: %2").arg(path, s.error()));
        }
    }
    // rename(2) replaces the target in one step: a reader sees the old catalog or the new one.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temp);
        return Status::failure(QStringLiteral("cannot move %1 into place: %2").arg(path, why));
    }
    return {};
}

} // namespace iitalent
