#pragma once

#include <QWidget>

namespace ferry::ui {

class ConsoleContext;

// Data Migration: migration projects.
class MigrationPage : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationPage(ConsoleContext *context, QWidget *parent = nullptr);
};

} // namespace ferry::ui
