#pragma once

#include <QString>

#include <optional>

namespace ferry {

// What a user may do. Ordered: each role may do everything the one before it may.
enum class Role {
    Viewer, // reads everything, changes nothing
    Operator, // creates, changes, runs and removes projects and data sources
    Administrator, // everything, users and system parameters included
};

// What an action needs; the core services ask Guard::require() for one before they act.
enum class Permission {
    Read, // see projects, data sources, logs, the audit
    Run, // start, pause, verify, switch over a project; test a data source
    Change, // create, edit, clone, release, reset, remove projects and data sources
    Administer, // users, roles, passwords of others, system parameters
};

namespace roles {
// "administrator", "operator", "viewer": the store's and the command line's words.
QString id(Role role);
std::optional<Role> fromId(const QString &id);
// The lowest role that grants `permission`.
Role lowestFor(Permission permission);
bool grants(Role role, Permission permission);
} // namespace roles

} // namespace ferry
