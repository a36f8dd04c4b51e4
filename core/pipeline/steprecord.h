#pragma once

#include "stepstate.h"

#include <QDateTime>
#include <QString>

namespace ferry {

// One step of a project as the store keeps it.
struct StepRecord
{
    QString step;
    StepState state = StepState::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString error;
};

} // namespace ferry
