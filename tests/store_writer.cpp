// A helper of test_store: writes ratings into an assessment database the way iitalent does, one
// committed rating at a time, so that two of it can write to one database at once.
//
//   store_writer DB TAG COUNT [READY GO]
//
// With READY and GO: creates the file READY, then waits for the file GO to exist before it opens
// the store, so that the test can start two writers together. Then it inserts assessments of role
// 01 for the subject "writer TAG" and gives COUNT ratings in all (a new assessment every 18), the
// i-th rating at level (i + TAG) % 5. After each insert it prints "new ID", after each committed
// rating "ok ID REQUIREMENT LEVEL", flushing stdout. Exits 0 when all are written, else 1 with
// the error on stderr.
#include "AssessmentStore.h"
#include "Catalog.h"
#include "EmbeddedCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

using namespace iitalent;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "store_writer: %s\n", message.toUtf8().constData());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 3 && args.size() != 5)
        return fail(QStringLiteral("usage: store_writer DB TAG COUNT [READY GO]"));
    const QString path = args[0];
    const int tag = args[1].toInt();
    const int count = args[2].toInt();

    auto catalog = loadEmbeddedCatalog();
    if (!catalog)
        return fail(catalog.error());
    const Role *role = catalog->role(QStringLiteral("01"));
    if (!role)
        return fail(QStringLiteral("no role 01"));

    if (args.size() == 5) {
        QFile ready(args[3]);
        if (!ready.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot create %1").arg(args[3]));
        ready.close();
        // Not a timing: waits (up to two minutes) for the test to say go.
        for (int i = 0; !QFile::exists(args[4]); ++i) {
            if (i > 120000)
                return fail(QStringLiteral("no go"));
            QThread::msleep(1);
        }
    }

    auto store = AssessmentStore::open(path);
    if (!store)
        return fail(store.error());

    const int perAssessment = static_cast<int>(role->requirements.size());
    QString id;
    for (int i = 0; i < count; ++i) {
        if (i % perAssessment == 0) {
            Subject subject;
            subject.name = QStringLiteral("writer %1").arg(tag);
            Assessment a = Assessment::create(role->code, Mode::Self, subject, QString());
            if (Status s = store->insert(a); !s)
                return fail(QStringLiteral("insert: %1").arg(s.error()));
            id = a.id;
            std::printf("new %s\n", id.toLatin1().constData());
            std::fflush(stdout);
        }
        Rating r;
        r.requirement = role->requirements[static_cast<size_t>(i % perAssessment)].id;
        r.level = (i + tag) % 5;
        r.evidence = QStringLiteral("writer %1 rating %2").arg(tag).arg(i);
        if (Status s = store->setRating(id, r, nowUtc()); !s)
            return fail(QStringLiteral("rating %1: %2").arg(i).arg(s.error()));
        std::printf("ok %s %s %d\n", id.toLatin1().constData(), r.requirement.toLatin1().constData(), *r.level);
        std::fflush(stdout);
    }
    return 0;
}
