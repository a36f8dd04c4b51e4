-- Version 5: a running run's heartbeat, one row per project while a run lives. A project whose
-- state is 'running' but whose heartbeat is older than 3 intervals, or whose process is gone on
-- this host, was interrupted (kill -9, power loss) and is shown so, resumable.
CREATE TABLE run_heartbeat (
    project_id  INTEGER PRIMARY KEY REFERENCES project(id) ON DELETE CASCADE,
    run_id      TEXT NOT NULL,
    pid         INTEGER NOT NULL,
    host        TEXT NOT NULL,
    at          TEXT NOT NULL,
    interval_ms INTEGER NOT NULL
);
