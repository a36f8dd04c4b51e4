#include "typepreview.h"

#include "engines/driver.h"
#include "transfer/valuetypes.h"

namespace ferry {

Result<SchemaPlan> previewTypes(const ProjectDefinition &project, const Endpoint &source,
                                const Endpoint &target, const CancelToken &cancel)
{
    const Driver &sourceDriver = Driver::forEngine(source.engine);
    const Dialect &targetDialect = Driver::forEngine(target.engine).dialect();
    auto session = sourceDriver.connect(source);
    if (!session)
        return std::unexpected(session.error());
    auto tables = sourceDriver.readTables(**session, source.effectiveSchema());
    if (!tables)
        return std::unexpected(tables.error());
    auto plan = schemaplan::plan(project.selection(), *tables, source.engine, targetDialect,
                                 target.effectiveSchema(), project.mapping);
    if (!plan)
        return plan;
    if (auto ok = valuetypes::decide(**session, sourceDriver.dialect(), source.engine,
                                     targetDialect, *plan, cancel);
        !ok)
        return std::unexpected(ok.error());
    return plan;
}

} // namespace ferry
