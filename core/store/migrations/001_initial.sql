-- Ferry metadata store, version 1: data sources and the projects that reference them.
CREATE TABLE datasource (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    engine          TEXT NOT NULL,
    host            TEXT NOT NULL DEFAULT '',
    port            INTEGER NOT NULL DEFAULT 0,
    user_name       TEXT NOT NULL DEFAULT '',
    database_name   TEXT NOT NULL DEFAULT '',
    schema_name     TEXT NOT NULL DEFAULT '',
    file_path       TEXT NOT NULL DEFAULT '',
    tls_mode        TEXT NOT NULL DEFAULT 'prefer',
    ca_file         TEXT NOT NULL DEFAULT '',
    has_password    INTEGER NOT NULL DEFAULT 0,
    remark          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    last_test_ok    INTEGER,
    last_test_at    TEXT,
    last_test_summary TEXT NOT NULL DEFAULT ''
);

CREATE TABLE project (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL DEFAULT 'migration',
    state       TEXT NOT NULL DEFAULT 'not-started',
    definition  TEXT NOT NULL DEFAULT '{}',
    tags        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Which saved data sources a project uses; a data source with rows here cannot be deleted.
CREATE TABLE project_datasource (
    project_id    INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    datasource_id INTEGER NOT NULL REFERENCES datasource(id) ON DELETE RESTRICT,
    role          TEXT NOT NULL,
    PRIMARY KEY (project_id, role)
);
CREATE INDEX project_datasource_by_source ON project_datasource(datasource_id);
