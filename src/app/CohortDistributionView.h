#pragma once

#include "CohortReport.h"
#include "Language.h"

#include <QWidget>

#include <memory>

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

// The distributions of a cohort view, painted to the widget's font (large in projector mode):
// the readiness histogram in five bins with the mean and median, and each dimension's mean
// attainment across the class. The same figures are its accessible description.
class CohortDistributionView final : public QWidget
{
    Q_OBJECT

public:
    explicit CohortDistributionView(QWidget *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    void setReport(std::shared_ptr<const CohortReport> report);
    void setLanguage(Language language);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The figures in words (the accessible description).
    QString description() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString dimensionName(const QString &key) const;
    static QString binLabel(int bin);
    void paintHistogram(QPainter &painter, const QRect &area) const;
    void paintDimensions(QPainter &painter, const QRect &area) const;
    void updateDescription();

    const Catalog *m_catalog = nullptr;
    std::shared_ptr<const CohortReport> m_report;
    Language m_language = Language::Chinese;
};

} // namespace iitalent::gui
