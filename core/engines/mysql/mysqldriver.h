#pragma once

#include "engines/driver.h"

namespace ferry {

// MySQL, MariaDB and OceanBase (MySQL mode) through MariaDB Connector/C.
class MySqlDriver : public Driver
{
public:
    EngineFamily family() const override { return EngineFamily::MySql; }
    Result<std::unique_ptr<Session>> connect(const Endpoint &endpoint) const override;
    Result<ProbeReport> probe(Session &session) const override;
};

} // namespace ferry
