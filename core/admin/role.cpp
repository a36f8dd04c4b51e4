#include "role.h"

using namespace Qt::StringLiterals;

namespace ferry::roles {

QString id(Role role)
{
    switch (role) {
    case Role::Viewer: return u"viewer"_s;
    case Role::Operator: return u"operator"_s;
    case Role::Administrator: return u"administrator"_s;
    }
    return {};
}

std::optional<Role> fromId(const QString &id)
{
    for (Role r : {Role::Viewer, Role::Operator, Role::Administrator})
        if (roles::id(r).compare(id, Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

Role lowestFor(Permission permission)
{
    switch (permission) {
    case Permission::Read: return Role::Viewer;
    case Permission::Run:
    case Permission::Change: return Role::Operator;
    case Permission::Administer: return Role::Administrator;
    }
    return Role::Administrator;
}

bool grants(Role role, Permission permission)
{
    return int(role) >= int(lowestFor(permission));
}

} // namespace ferry::roles
