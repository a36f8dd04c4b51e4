#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "schema/schemaplan.h"

#include <optional>

namespace ferry {

class Dialect;
class Session;

// Target types chosen from the source's values where the lossless type depends on them: a
// MySQL TINYINT(1) holding 2, a TIME holding -838:59:59, a BIGINT UNSIGNED whose values all fit
// a signed bigint, an SQLite column whose declared type says little about what it holds.
namespace valuetypes {

// What one query saw in a column (every row the project moves).
struct Profile
{
    std::optional<QString> min; // as the source prints it; nullopt: no value (all NULL, no row)
    std::optional<QString> max;
    qint64 nonIntegers = 0; // SQLite: values stored as something other than an integer
};

// Whether the lossless target type of a column of `type` depends on its values, given the
// dialect's choice for it.
bool dependsOnValues(const ColumnType &type, Engine source, const TypeChoice &choice);

// The narrowest neutral type that holds every value the profile saw, and why ("2" for a boolean
// that holds 2); nullopt when the profile cannot be read (the dialect's choice stays).
struct Narrowest
{
    ColumnType type;
    QString held; // the value that decided, for the reason: "2", "-838:59:59", "only 0 and 1"
};
std::optional<Narrowest> narrowest(const ColumnType &type, Engine source, const Profile &profile);

// Looks at the values of every column of `plan` whose target type depends on them and that has
// neither an override nor a recorded decision: one query per table (MIN, MAX and, for SQLite,
// a count of non-integers per such column, over the rows the project moves). Each such column
// gets its declaration from `target` (lossy no more), the reason ("holds 2 → smallint") and
// decidedFromValues. Blocking: runs on the caller's (worker) thread.
Status decide(Session &source, const Dialect &sourceDialect, Engine sourceEngine,
              const Dialect &target, SchemaPlan &plan, const CancelToken &cancel);

} // namespace valuetypes
} // namespace ferry
