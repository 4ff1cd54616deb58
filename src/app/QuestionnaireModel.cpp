#include "QuestionnaireModel.h"

#include "AssessmentSession.h"
#include "Catalog.h"
#include "LevelDescriptions.h"

#include <QFont>

namespace iitalent::gui {

QuestionnaireModel::QuestionnaireModel(AssessmentSession *session, QObject *parent)
    : QAbstractItemModel(parent), m_session(session)
{
    const Catalog &catalog = session->catalog();
    const auto &dims = catalog.dimensions();
    for (int d = 0; d < static_cast<int>(dims.size()); ++d) {
        Group g;
        g.dimension = d;
        for (const Requirement &req : session->role().requirements)
            if (req.dimension == dims[static_cast<size_t>(d)].key)
                g.items.push_back(&req);
        m_groups.push_back(std::move(g));
    }
    connect(session, &AssessmentSession::ratingChanged, this, &QuestionnaireModel::onRatingChanged);
}

void QuestionnaireModel::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    // Only the words change: no reset, so the current item and the selection stay.
    announceAllChanged();
}

void QuestionnaireModel::setShowRequired(bool show)
{
    if (m_showRequired == show)
        return;
    m_showRequired = show;
    announceAllChanged();
}

void QuestionnaireModel::announceAllChanged()
{
    const int groups = rowCount();
    if (groups == 0)
        return;
    Q_EMIT dataChanged(index(0, 0), index(groups - 1, ColumnCount - 1));
    for (int g = 0; g < groups; ++g) {
        const QModelIndex group = index(g, 0);
        if (const int items = rowCount(group); items > 0)
            Q_EMIT dataChanged(index(0, 0, group), index(items - 1, ColumnCount - 1, group));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool QuestionnaireModel::requiredVisible(const Requirement &req) const
{
    const Assessment &a = m_session->assessment();
    return m_showRequired || a.mode == Mode::Assessor || a.level(req.id).has_value();
}

void QuestionnaireModel::onRatingChanged(const QString &requirement)
{
    const QModelIndex first = indexOf(requirement, 0);
    if (!first.isValid())
        return;
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    const QModelIndex group = first.parent();
    Q_EMIT dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
}

const Requirement *QuestionnaireModel::requirementAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    return m_groups[static_cast<size_t>(index.internalId() - 1)].items[static_cast<size_t>(index.row())];
}

QModelIndex QuestionnaireModel::indexOf(const QString &requirement, int column) const
{
    for (int g = 0; g < static_cast<int>(m_groups.size()); ++g) {
        const auto &items = m_groups[static_cast<size_t>(g)].items;
        for (int r = 0; r < static_cast<int>(items.size()); ++r)
            if (items[static_cast<size_t>(r)]->id == requirement)
                return createIndex(r, column, static_cast<quintptr>(g + 1));
    }
    return {};
}

QModelIndex QuestionnaireModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex QuestionnaireModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, GroupId);
}

int QuestionnaireModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return static_cast<int>(m_groups[static_cast<size_t>(parent.row())].items.size());
}

int QuestionnaireModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant QuestionnaireModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Assessment &a = m_session->assessment();
    if (index.internalId() == GroupId) {
        const Group &g = m_groups[static_cast<size_t>(index.row())];
        const Dimension &dim = m_session->catalog().dimensions()[static_cast<size_t>(g.dimension)];
        int answered = 0;
        for (const Requirement *req : g.items)
            answered += a.dealtWith(req->id) ? 1 : 0;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == IdColumn)
                return dim.heading(m_language);
            if (index.column() == TextColumn)
                return tr("%1 of %2 answered").arg(answered).arg(g.items.size());
            return {};
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case RequirementIdRole: return QString();
        default: return {};
        }
    }
    const Requirement *req = requirementAt(index);
    const Rating *rating = a.rating(req->id);
    const std::optional<int> level = rating ? rating->level : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return req->id;
        case TextColumn: return req->textZh;
        case RatingColumn:
            if (level && m_session->fromLastTime(req->id))
                return tr("%1 (from last time)").arg(LevelDescriptions::name(*level, m_language));
            return level                           ? LevelDescriptions::name(*level, m_language)
                   : rating && rating->notAssessed ? tr("not assessed")
                                                   : QStringLiteral("—");
        case RequiredColumn:
            return requiredVisible(*req) ? LevelDescriptions::name(req->level, m_language) : QStringLiteral("?");
        case EvidenceColumn: return rating ? rating->evidenceAndNote() : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RequiredColumn && !requiredVisible(*req))
            return tr("Hidden until you have answered, so that it does not steer your answer.");
        if (index.column() == RatingColumn && level && m_session->fromLastTime(req->id))
            return tr("Carried over from the previous round; the mark goes when you change it.");
        return req->textZh;
    case Qt::FontRole:
        if (index.column() == RatingColumn && level) {
            QFont f;
            f.setBold(true);
            f.setItalic(m_session->fromLastTime(req->id)); // carried over, not yet looked at again
            return f;
        }
        return {};
    case RequirementIdRole: return req->id;
    case LevelRole: return level ? QVariant(*level) : QVariant();
    case RequiredLevelRole: return req->level;
    case AnsweredRole: return level.has_value() || (rating && rating->notAssessed);
    case FromLastTimeRole: return level.has_value() && m_session->fromLastTime(req->id);
    default: return {};
    }
}

QVariant QuestionnaireModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Item");
    case TextColumn: return tr("Requirement");
    case RatingColumn: return tr("Rating");
    case RequiredColumn: return tr("Required");
    case EvidenceColumn: return tr("Evidence / note");
    default: return {};
    }
}

} // namespace iitalent::gui
