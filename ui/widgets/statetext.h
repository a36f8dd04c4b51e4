#pragma once

#include "engines/endpoint.h"
#include "pipeline/component.h"
#include "pipeline/stepstate.h"
#include "pipeline/tablestate.h"
#include "project/projectrecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ferry::ui {

// What the console shows for the core's step and state ids (which stay untranslated in the
// store, the project file and --json): the same words in English, translated otherwise.
// UI thread.
class StateText
{
    Q_DECLARE_TR_FUNCTIONS(ferry::ui::StateText)

public:
    // "schema", "full", "incremental", "verify", "reverse"; an unknown id as it is.
    static QString step(const QString &stepId);
    static QString steps(const QStringList &stepIds);
    static QString of(StepState state);
    static QString of(TableState state);
    static QString of(ComponentKind kind);
    // "Not started", "Running", ... (projectStateName's words).
    static QString of(ProjectState state);
    // engines::displayName, its descriptive part translated: "OceanBase (MySQL mode)".
    static QString engine(Engine engine);
};

} // namespace ferry::ui
