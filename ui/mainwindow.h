#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ferry::ui {

class ConsoleContext;

// The console's frame: the navigation pane with the six modules and a stack of their pages.
// It hosts; the pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Module { Overview, DataMigration, DataSynchronization, DataSources, Monitoring, System };

    explicit MainWindow(ConsoleContext *context, QWidget *parent = nullptr);

    void showModule(Module module);
    QWidget *page(Module module) const;

private:
    void addModule(const QString &icon, const QString &title, QWidget *page);

    ConsoleContext *m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_storeStatus;
};

} // namespace ferry::ui
