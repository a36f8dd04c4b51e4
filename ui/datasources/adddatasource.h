#pragma once

#include "datasource/datasource.h"

#include <functional>

class QWidget;

namespace ferry::ui {

class ConsoleContext;

// Opens the Add dialog filled with `initial` and saves what the user confirms on a worker,
// asking for the vault only when a password is to be kept. `added` runs with the stored data
// source just before the context announces dataSourcesChanged. Used by the Data Source
// Management page and by the wizard's "New data source…".
void addDataSourceInteractively(QWidget *parent, ConsoleContext *context, const DataSource &initial,
                                std::function<void(const DataSource &)> added);

} // namespace ferry::ui
