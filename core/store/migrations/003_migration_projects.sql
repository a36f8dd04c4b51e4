-- Version 3: what migration projects need to run, report and resume.
CREATE TABLE project_step (
    project_id  INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    step        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending',
    started_at  TEXT,
    finished_at TEXT,
    error       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (project_id, step)
);

-- One row per source table -> target table pair of a project.
CREATE TABLE project_table (
    project_id    INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    source_table  TEXT NOT NULL,
    target_table  TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'pending',
    created       INTEGER NOT NULL DEFAULT 0,
    target_had_rows INTEGER NOT NULL DEFAULT 0,
    truncated     INTEGER NOT NULL DEFAULT 0,
    planned       INTEGER NOT NULL DEFAULT 0,
    indexes_done  INTEGER NOT NULL DEFAULT 0,
    rows_estimate INTEGER NOT NULL DEFAULT 0,
    rows_done     INTEGER NOT NULL DEFAULT 0,
    rows_skipped  INTEGER NOT NULL DEFAULT 0,
    bytes_done    INTEGER NOT NULL DEFAULT 0,
    error         TEXT NOT NULL DEFAULT '',
    started_at    TEXT,
    finished_at   TEXT,
    PRIMARY KEY (project_id, source_table)
);

-- The chunk ledger: key ranges of each table and how far each got. A chunk is 'started'
-- before its target transaction opens and 'done' after it commits; a resumed run redoes
-- 'started' chunks after deleting their range in the same target transaction.
CREATE TABLE chunk (
    project_id   INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    source_table TEXT NOT NULL,
    ordinal      INTEGER NOT NULL,
    lower_key    TEXT,
    upper_key    TEXT,
    state        TEXT NOT NULL DEFAULT 'pending',
    rows         INTEGER NOT NULL DEFAULT 0,
    bytes        INTEGER NOT NULL DEFAULT 0,
    attempts     INTEGER NOT NULL DEFAULT 0,
    finished_at  TEXT,
    PRIMARY KEY (project_id, source_table, ordinal)
);

-- The project's own log, shown in its details page.
CREATE TABLE project_log (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    level      TEXT NOT NULL,
    message    TEXT NOT NULL
);
CREATE INDEX project_log_by_project ON project_log(project_id, id);

-- Throughput and lag samples for the project's charts.
CREATE TABLE metric_sample (
    project_id  INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    rows_per_s  REAL NOT NULL DEFAULT 0,
    bytes_per_s REAL NOT NULL DEFAULT 0,
    lag_ms      INTEGER
);
CREATE INDEX metric_sample_by_project ON metric_sample(project_id, at);

ALTER TABLE project ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN progress REAL NOT NULL DEFAULT 0;
