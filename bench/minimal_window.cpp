// The floor the launch of iitalent is compared with (issue 4): a minimal Qt Widgets window
// showing one QtCharts chart, started and stopped the same way as `iitalent --exit-when-shown`.
// `--title TEXT` sets the chart's title (default "minimal"); with Chinese text the window also
// pays for finding and loading a CJK font, as every Chinese window does.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    auto *series = new QLineSeries;
    for (int i = 0; i < 10; ++i)
        series->append(i, (i * 7) % 5);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    const QStringList args = QCoreApplication::arguments();
    const int title = static_cast<int>(args.indexOf(QStringLiteral("--title")));
    chart->setTitle(title > 0 && title + 1 < args.size() ? args.at(title + 1) : QStringLiteral("minimal"));
    QMainWindow window;
    window.setCentralWidget(new QChartView(chart));
    window.resize(1200, 760);
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        window.repaint();
        QCoreApplication::exit(0);
    });
    return QApplication::exec();
}
