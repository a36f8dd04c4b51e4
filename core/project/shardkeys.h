#pragma once

#include "common/canceltoken.h"
#include "common/error.h"
#include "schema/schemaplan.h"

#include <QList>
#include <QStringList>

namespace ferry {

class Dialect;
class Session;

// A key that two source tables feeding one target table (many-to-one: shards of a logical
// table merged) both hold: in the target one of the rows would be refused or overwrite the
// other.
struct KeyCollision
{
    QString target; // the target table
    QStringList keyColumns; // the key, by source column name
    QString first, second; // the two source tables
    QStringList key; // the key's values, as text
};

// The collisions of every many-to-one target of `plan`, at most `limit` per target. Each
// target's sources are read together on the source (they live in one database): a source
// table without a key, or with another key than its siblings, is left out (nothing to
// collide by). Tables whose single integer key ranges do not overlap are not read further:
// they cannot collide. Reads every key of the overlapping tables otherwise.
Result<QList<KeyCollision>> findKeyCollisions(Session &source, const Dialect &dialect,
                                              const SchemaPlan &plan, int limit,
                                              const CancelToken &cancel);

} // namespace ferry
