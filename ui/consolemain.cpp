#include "consolemain.h"

#include "admin/parameters.h"
#include "common/language.h"
#include "common/logging.h"
#include "common/paths.h"
#include "consolecontext.h"
#include "mainwindow.h"
#include "migration/migrationpage.h"
#include "migration/projectdetails.h"
#include "monitor/componentrepository.h"
#include "monitor/metricsserver.h"
#include "monitor/prometheustext.h"
#include "monitoring/monitoringpage.h"
#include "store/metastore.h"
#include "system/logindialog.h"
#include "system/systempage.h"
#include "system/traynotifier.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QMessageBox>

static void initFerryResources()
{
    Q_INIT_RESOURCE(ferry);
}

using namespace Qt::StringLiterals;

namespace ferry::ui {

void initResources()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    initFerryResources();
}

void installLanguage(QApplication &app, const QString &language)
{
    ferry::language::install(app, language);
    const QLocale locale(language);
    QLocale::setDefault(QLocale::system().language() == locale.language() ? QLocale::system()
                                                                          : locale);
}

int runConsole(QApplication &app, const QStringList &arguments)
{
    initResources();
    QString storeOption;
    QString pageOption;
    QString projectOption;
    QString tabOption;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--store" && i + 1 < arguments.size())
            storeOption = arguments[i + 1];
        else if (arguments[i].startsWith(u"--store="))
            storeOption = arguments[i].mid(8);
        else if (arguments[i] == u"--page" && i + 1 < arguments.size())
            pageOption = arguments[i + 1];
        else if (arguments[i] == u"--project" && i + 1 < arguments.size())
            projectOption = arguments[i + 1];
        else if (arguments[i] == u"--tab" && i + 1 < arguments.size())
            tabOption = arguments[i + 1];
    }
    const QString storePath = paths::resolveStorePath(storeOption);
    installLogFile(paths::logDirFor(storePath) + QStringLiteral("/ferry.log"), false);
    setVerboseLogging(verboseLoggingRequested(arguments));
    qCInfo(lcUi).noquote() << "console starting on store" << storePath;

    QFile style(QStringLiteral(":/ferry/style/ferry.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
    app.setWindowIcon(QIcon(QStringLiteral(":/ferry/icons/ferry-logo.svg")));

    // Opening the local store is a few milliseconds of SQLite; everything else runs on workers.
    auto store = MetaStore::open(storePath);
    if (!store) {
        QMessageBox::critical(nullptr, QObject::tr("Ferry cannot start"), store.error().text());
        return 1;
    }
    ConsoleContext context(*store);
    // Once admin has a password, somebody signs in before the console opens.
    if (!context.guard()->signedIn()) {
        LoginDialog login(&context);
        if (login.exec() != QDialog::Accepted)
            return 0;
    }
    // /metrics (the components of every run on this machine, from the store), once an
    // administrator has set metrics.bind_address.
    std::unique_ptr<MetricsServer> metrics;
    if (auto bind = Parameters(*store).get(u"metrics.bind_address"_s);
        bind && !bind->isDefault && !bind->value.toString().isEmpty()) {
        metrics = std::make_unique<MetricsServer>(
            [store = *store, host = std::make_shared<HostResources>(storePath)] {
                auto components = ComponentRepository(store).list();
                auto sample = host->sample();
                return prometheusText(components.value_or(QList<ComponentSnapshot>()),
                                      sample ? std::optional<ResourceSample>(*sample)
                                             : std::nullopt);
            });
        if (auto ok = metrics->start(bind->value.toString()); !ok)
            qCWarning(lcUi).noquote() << "/metrics not served:" << ok.error().text();
        else
            qCInfo(lcUi).noquote() << "serving /metrics on" << metrics->url();
    }
    MainWindow window(&context);
    // Alerts: evaluated in the core on their own thread; tray notifications shown here.
    TrayNotifier tray(&context);
    context.startAlerts();
    // --page opens a module directly (scripts take screenshots this way).
    static const QStringList pages = {u"overview"_s,    u"migration"_s,  u"synchronization"_s,
                                      u"datasources"_s, u"monitoring"_s, u"system"_s};
    if (const qsizetype page = pages.indexOf(pageOption); page >= 0)
        window.showModule(MainWindow::Module(page));
    // --page system --tab users|alerts|parameters|audit|installation
    static const QStringList systemTabs = {u"users"_s, u"alerts"_s, u"parameters"_s, u"audit"_s,
                                           u"installation"_s};
    if (pageOption == u"system" && systemTabs.contains(tabOption))
        if (auto *system = qobject_cast<SystemPage *>(window.page(MainWindow::System)))
            system->showTab(SystemPage::Tab(systemTabs.indexOf(tabOption)));
    if (pageOption == u"monitoring" && MonitoringPage::tabIds().contains(tabOption))
        if (auto *monitoring = qobject_cast<MonitoringPage *>(window.page(MainWindow::Monitoring)))
            monitoring->showTab(MonitoringPage::Tab(MonitoringPage::tabIds().indexOf(tabOption)));
    // --project NAME [--tab progress|incremental|checkpoints|verification|log|definition]
    // opens a migration project's details.
    if (!projectOption.isEmpty()) {
        window.showModule(MainWindow::DataMigration);
        auto *migration = qobject_cast<MigrationPage *>(window.page(MainWindow::DataMigration));
        migration->selectProjectNamed(projectOption);
        static const QStringList tabs = {u"progress"_s,     u"incremental"_s, u"checkpoints"_s,
                                         u"verification"_s, u"log"_s,         u"definition"_s};
        if (const qsizetype tab = tabs.indexOf(tabOption); tab >= 0)
            migration->details()->showTab(ProjectDetails::Tab(tab));
    }
    window.show();
    return app.exec();
}

} // namespace ferry::ui
