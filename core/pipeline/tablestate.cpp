#include "tablestate.h"

using namespace Qt::StringLiterals;

namespace ferry {

namespace {

constexpr TableState kTableStates[] = {
    TableState::Pending,   TableState::Planning, TableState::Copying, TableState::Indexing,
    TableState::Verifying, TableState::Done,     TableState::Failed};

} // namespace

QString stateId(TableState state)
{
    switch (state) {
    case TableState::Pending: return u"pending"_s;
    case TableState::Planning: return u"planning"_s;
    case TableState::Copying: return u"copying"_s;
    case TableState::Indexing: return u"indexing"_s;
    case TableState::Verifying: return u"verifying"_s;
    case TableState::Done: return u"done"_s;
    case TableState::Failed: return u"failed"_s;
    }
    return u"pending"_s;
}

template<>
std::optional<TableState> stateFromId<TableState>(QStringView id)
{
    return findStateById<TableState>(kTableStates, id);
}

bool isActive(TableState state)
{
    return state == TableState::Planning || state == TableState::Copying
        || state == TableState::Indexing || state == TableState::Verifying;
}

} // namespace ferry
