#pragma once

#include <QString>

namespace ferry {

// What the DBA decides about a schema change a change stream paused at ("paused-ddl"), the
// same from `ferry ddl` and the console's prompt (ProjectService::decideSchemaChange). Any
// thread.
struct SchemaChangeDecision
{
    enum class Choice {
        Apply, // run the statement on the target as the source logged it
        ApplyEdited, // run `statement` on the target instead (the change in its dialect)
        Skip, // leave the target as it is and go on
        Stop // decide nothing: the project stays stopped at the statement, nothing lost
    };
    Choice choice = Choice::Apply;
    QString statement; // ApplyEdited: what runs on the target

    // What StreamRecord::ddlDecision keeps for it: "apply", "sql:<statement>", "skip"; empty
    // (undecided) for Stop.
    QString recorded() const;
    // "apply as shown", "apply: <statement>", "skip", "stop": the project log's words.
    QString describe() const;
};

} // namespace ferry
