#pragma once

#include <QWidget>

namespace ferry::ui {

class ConsoleContext;

// Data Synchronization: change streams into message queues (not available yet).
class SynchronizationPage : public QWidget
{
    Q_OBJECT

public:
    explicit SynchronizationPage(ConsoleContext *context, QWidget *parent = nullptr);
};

} // namespace ferry::ui
