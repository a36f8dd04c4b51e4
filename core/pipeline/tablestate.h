#pragma once

#include "stateid.h"

namespace ferry {

// Where one table of a step stands. The ids ("pending", "copying", ...) are what the store's
// project_table.state holds and what progress shows. Any thread.
enum class TableState { Pending, Planning, Copying, Indexing, Verifying, Done, Failed };

QString stateId(TableState state);
template<>
std::optional<TableState> stateFromId<TableState>(QStringView id);

// Planning, copying, indexing or verifying: a step is working on the table.
bool isActive(TableState state);

} // namespace ferry
