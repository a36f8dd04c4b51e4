-- Version 10: the O&M module's components and metrics history.
-- component: every pipeline component of a live run (any process on this host), written by the
-- run's heartbeat; a run that ends removes its rows, a killed one leaves them to be read as dead.
CREATE TABLE component (
    id            TEXT PRIMARY KEY,
    project_id    INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    run_id        TEXT NOT NULL,
    step          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    pid           INTEGER NOT NULL,
    host          TEXT NOT NULL,
    thread        TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL,
    object        TEXT NOT NULL DEFAULT '',
    position      TEXT NOT NULL DEFAULT '',
    rows          INTEGER NOT NULL DEFAULT 0,
    bytes         INTEGER NOT NULL DEFAULT 0,
    events        INTEGER NOT NULL DEFAULT 0,
    rows_per_s    REAL NOT NULL DEFAULT 0,
    bytes_per_s   REAL NOT NULL DEFAULT 0,
    events_per_s  REAL NOT NULL DEFAULT 0,
    queue_depth   INTEGER NOT NULL DEFAULT 0,
    retries       INTEGER NOT NULL DEFAULT 0,
    errors        INTEGER NOT NULL DEFAULT 0,
    lag_read_ms   INTEGER NOT NULL DEFAULT -1,
    lag_queue_ms  INTEGER NOT NULL DEFAULT -1,
    lag_apply_ms  INTEGER NOT NULL DEFAULT -1,
    interval_ms   INTEGER NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX component_project ON component(project_id, run_id);
-- metric_point: one value of one metric at one moment. resolution 0 is a raw point; 60 and 600
-- are averages over the minute or the 10 minutes starting at `at` (ms since the epoch, UTC).
-- project_id 0 is the host; component '' is the project's total.
CREATE TABLE metric_point (
    at          INTEGER NOT NULL,
    resolution  INTEGER NOT NULL,
    project_id  INTEGER NOT NULL,
    component   TEXT NOT NULL,
    metric      TEXT NOT NULL,
    value       REAL NOT NULL
);
CREATE INDEX metric_point_at ON metric_point(resolution, at);
CREATE INDEX metric_point_series ON metric_point(project_id, metric, at);
