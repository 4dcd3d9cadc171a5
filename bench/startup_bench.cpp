// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start: from process start to the first painted rows of the lead list (crego-desk on its built-in
// sandbox, on a data file seeded before the runs), beside a bare Qt window with a table of as many rows
// (this program with --bare), each timed from outside over several runs, alternating.
#include "firstpaintreporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

int bareWindow(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    auto* table = new QTableView(&window);
    auto* model = new QStandardItemModel(50, 10, table);
    for (int row = 0; row < 50; ++row) {
        for (int column = 0; column < 10; ++column) {
            model->setItem(row, column, new QStandardItem(QStringLiteral("Row %1, column %2").arg(row).arg(column)));
        }
    }
    table->setModel(model);
    window.setCentralWidget(table);
    window.resize(1280, 800);
    new Crego::Widgets::FirstPaintReporter(table);
    window.show();
    return application.exec();
}

//! Milliseconds from starting \a program to its "first-paint" line; -1 when it never came.
double timeToFirstPaint(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double elapsed = -1;
    while (process.waitForReadyRead(60000)) {
        if (process.readAllStandardOutput().contains("first-paint")) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    return elapsed;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double fastest(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--bare") == 0) {
        return bareWindow(argc, argv);
    }
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 7;
    QTemporaryDir home; // settings, caches and the sandbox's data of these runs only
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char* variable : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" }) {
        environment.insert(QString::fromLatin1(variable), home.path());
    }
    const QStringList appArguments { QStringLiteral("--sandbox"), QStringLiteral("--leads"), QStringLiteral("200"),
        QStringLiteral("--data"), home.filePath(QStringLiteral("sandbox.sqlite")),
        QStringLiteral("--exit-after-first-paint") };
    const QString app = QStringLiteral(CREGO_DESK_PROGRAM);
    const QString bare = QCoreApplication::applicationFilePath();

    if (timeToFirstPaint(app, appArguments, environment) < 0) { // seeds the data file; not counted
        out << "crego-desk did not paint its lead list" << Qt::endl;
        return 1;
    }
    QList<double> appTimes;
    QList<double> bareTimes;
    for (int run = 0; run < runs; ++run) {
        bareTimes.append(timeToFirstPaint(bare, { QStringLiteral("--bare") }, environment));
        appTimes.append(timeToFirstPaint(app, appArguments, environment));
    }
    const double ratio = median(appTimes) / std::max(1.0, median(bareTimes));
    out << QStringLiteral("bare Qt window with a table: first %1 ms, median %2 ms, fastest %3 ms of %4 runs")
               .arg(bareTimes.first(), 0, 'f', 0)
               .arg(median(bareTimes), 0, 'f', 0)
               .arg(fastest(bareTimes), 0, 'f', 0)
               .arg(runs)
        << Qt::endl;
    out << QStringLiteral("crego-desk, lead list on the sandbox: first %1 ms, median %2 ms, fastest %3 ms")
               .arg(appTimes.first(), 0, 'f', 0)
               .arg(median(appTimes), 0, 'f', 0)
               .arg(fastest(appTimes), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("fastest runs: ratio %1x")
               .arg(fastest(appTimes) / std::max(1.0, fastest(bareTimes)), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("medians: ratio %1x, limit 1.50x — %2")
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 1.5 ? QStringLiteral("within") : QStringLiteral("OVER"))
        << Qt::endl;
    return 0;
}
