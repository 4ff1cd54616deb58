#include "WorkshopOffer.h"

#include "Catalog.h"
#include "CohortReport.h"

namespace iitalent {

namespace {

const QString kEducation = QStringLiteral("education");

QString pick(Language language, const char *zh, const char *en)
{
    return language == Language::English ? QString::fromUtf8(en) : QString::fromUtf8(zh);
}

QString listJoin(const QStringList &parts, Language language)
{
    return parts.join(language == Language::English ? QStringLiteral(", ") : QStringLiteral("、"));
}

// "（…）" in Chinese, " (…)" in English.
QString bracketed(const QString &text, Language language)
{
    return language == Language::English ? QStringLiteral(" (%1)").arg(text) : QStringLiteral("（%1）").arg(text);
}

const ImprovementMethod *findMethod(const Catalog &catalog, const QString &id, int *stageIndex = nullptr,
                                    int *methodIndex = nullptr)
{
    const std::vector<ImprovementStage> &stages = catalog.improvement().stages;
    for (size_t s = 0; s < stages.size(); ++s)
        for (size_t m = 0; m < stages[s].methods.size(); ++m)
            if (stages[s].methods[m].id == id) {
                if (stageIndex)
                    *stageIndex = int(s);
                if (methodIndex)
                    *methodIndex = int(m);
                return &stages[s].methods[m];
            }
    return nullptr;
}

// Words of A.3 a) that name an education institution rather than the provider's title.
bool isEducationWord(const QString &w)
{
    static const QStringList words{QStringLiteral("院校"),           QStringLiteral("高校"),
                                   QStringLiteral("学校"),           QStringLiteral("大学"),
                                   QStringLiteral("职业院校"),       QStringLiteral("教育机构"),
                                   QStringLiteral("school"),         QStringLiteral("college"),
                                   QStringLiteral("university"),     QStringLiteral("training centre"),
                                   QStringLiteral("training center")};
    return words.contains(w, Qt::CaseInsensitive);
}

} // namespace

WorkshopOffer WorkshopOffer::trainingCentre()
{
    WorkshopOffer o;
    o.providers << kEducation;
    return o;
}

WorkshopOffer WorkshopOffer::effective() const
{
    return isEmpty() ? trainingCentre() : *this;
}

bool WorkshopOffer::delivers(const ImprovementMethod &method) const
{
    const WorkshopOffer o = effective();
    if (!o.methods.isEmpty() && !o.methods.contains(method.id))
        return false;
    if (o.providers.isEmpty())
        return true;
    for (const QString &p : method.providers)
        if (o.providers.contains(p))
            return true;
    return false;
}

QString workshopProviderId(const Catalog &catalog, const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty())
        return QString();
    const std::vector<ImprovementProvider> &providers = catalog.improvement().providers;
    for (const ImprovementProvider &p : providers)
        if (p.id.compare(w, Qt::CaseInsensitive) == 0 || p.nameZh == w || p.nameEn.compare(w, Qt::CaseInsensitive) == 0)
            return p.id;
    // A part of a name: 培训机构 and 教育 in 教育、培训机构培养, 企业 in 企业培养, "training".
    for (const ImprovementProvider &p : providers)
        if ((w.size() >= 2 && p.nameZh.contains(w)) || (w.size() >= 4 && p.nameEn.contains(w, Qt::CaseInsensitive)))
            return p.id;
    if (isEducationWord(w))
        for (const ImprovementProvider &p : providers)
            if (p.id == kEducation)
                return p.id;
    return QString();
}

QString workshopMethodId(const Catalog &catalog, const QString &word)
{
    const QString w = word.trimmed();
    for (const ImprovementStage &s : catalog.improvement().stages)
        for (const ImprovementMethod &m : s.methods)
            if (m.id.compare(w, Qt::CaseInsensitive) == 0 || m.nameZh == w ||
                (!m.nameEn.isEmpty() && m.nameEn.compare(w, Qt::CaseInsensitive) == 0))
                return m.id;
    return QString();
}

WorkshopSplit WorkshopSplit::build(const Catalog &catalog, Stage stage, const std::vector<WorkshopStep> &plan,
                                   const WorkshopOffer &offer)
{
    WorkshopSplit split;
    split.offer = offer;
    const ImprovementStage *st = catalog.improvement().stage(stageId(stage));
    for (size_t i = 0; i < plan.size(); ++i) {
        const WorkshopStep &step = plan[i];
        WorkshopPlacement p;
        p.step = int(i);
        for (const QString &id : step.methods) {
            const ImprovementMethod *m = nullptr;
            if (st)
                for (const ImprovementMethod &candidate : st->methods)
                    if (candidate.id == id)
                        m = &candidate;
            if (!m)
                m = findMethod(catalog, id);
            if (m && offer.delivers(*m))
                p.methodsHere << id;
        }
        if (!p.methodsHere.isEmpty()) {
            p.rank = int(split.teachableHere.size()) + 1;
            split.teachableHere.push_back(std::move(p));
        } else {
            p.neededMethods = step.methods;
            p.neededProviders = step.providers;
            p.rank = int(split.elsewhere.size()) + 1;
            split.elsewhere.push_back(std::move(p));
        }
    }
    return split;
}

QString improvementMethodClause(const Catalog &catalog, const QString &methodId)
{
    int s = -1, m = -1;
    if (!findMethod(catalog, methodId, &s, &m))
        return QString();
    return QStringLiteral("A.2 %1) %2)").arg(QChar(QLatin1Char('a').unicode() + s)).arg(m + 1);
}

QString improvementProviderClause(const Catalog &catalog, const QString &providerId)
{
    const std::vector<ImprovementProvider> &providers = catalog.improvement().providers;
    for (size_t i = 0; i < providers.size(); ++i)
        if (providers[i].id == providerId)
            return QStringLiteral("A.3 %1)").arg(QChar(QLatin1Char('a').unicode() + int(i)));
    return QString();
}

QString improvementMethodLabel(const Catalog &catalog, const QString &methodId, Language language)
{
    const ImprovementMethod *m = findMethod(catalog, methodId);
    if (!m)
        return methodId;
    return m->name(language) + bracketed(improvementMethodClause(catalog, methodId), language);
}

QString improvementProviderLabel(const Catalog &catalog, const QString &providerId, Language language)
{
    const ImprovementProvider *p = catalog.improvement().provider(providerId);
    if (!p)
        return providerId;
    return p->name(language) + bracketed(improvementProviderClause(catalog, providerId), language);
}

QString workshopOfferText(const Catalog &catalog, const WorkshopOffer &offer, Language language)
{
    const WorkshopOffer o = offer.effective();
    QStringList providers, methods;
    for (const QString &id : o.providers)
        providers << improvementProviderLabel(catalog, id, language);
    for (const QString &id : o.methods)
        methods << improvementMethodLabel(catalog, id, language);
    QString text;
    if (!providers.isEmpty())
        text = listJoin(providers, language);
    if (!methods.isEmpty()) {
        if (!text.isEmpty())
            text += pick(language, "；方式：", "; methods: ");
        text += listJoin(methods, language);
    }
    if (offer.isEmpty())
        text += pick(language, "（默认）", " (default)");
    return text;
}

QString workshopHowText(const Catalog &catalog, const WorkshopPlacement &placement, Language language)
{
    QStringList methods;
    for (const QString &id : placement.methodsHere)
        methods << improvementMethodLabel(catalog, id, language);
    return listJoin(methods, language);
}

QString workshopReasonText(const Catalog &catalog, const WorkshopPlacement &placement, Language language)
{
    if (placement.neededMethods.isEmpty())
        return pick(language, "附录 A.2 中本阶段没有适合这一维度的提升方式",
                    "No improvement method of this stage in Appendix A.2 suits this dimension");
    QStringList needs;
    for (const QString &id : placement.neededMethods) {
        const ImprovementMethod *m = findMethod(catalog, id);
        QStringList providers;
        if (m)
            for (const QString &p : m->providers)
                providers << improvementProviderLabel(catalog, p, language);
        QString part = improvementMethodLabel(catalog, id, language);
        if (!providers.isEmpty())
            part += language == Language::English
                        ? QStringLiteral(", provided by %1").arg(providers.join(QStringLiteral(" or ")))
                        : QStringLiteral("，由%1提供").arg(providers.join(QStringLiteral("或")));
        needs << part;
    }
    return language == Language::English ? QStringLiteral("Needs %1").arg(needs.join(QStringLiteral("; or ")))
                                         : QStringLiteral("需要%1").arg(needs.join(QStringLiteral("；或")));
}

} // namespace iitalent
