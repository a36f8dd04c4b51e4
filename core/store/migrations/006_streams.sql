-- Version 6: where each change stream of a project stands (incremental step, reverse
-- increment): positions, lag, rates and per-table counts, saved by the running stream every few
-- seconds. The applied position's truth is the ferry_position row in the target.
CREATE TABLE stream_state (
    project_id       INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    stream           TEXT NOT NULL,
    state            TEXT NOT NULL,
    read_position    TEXT NOT NULL DEFAULT '',
    applied_position TEXT NOT NULL DEFAULT '',
    last_commit_at   TEXT,
    applied_at       TEXT,
    lag_ms           INTEGER,
    events_per_s     REAL NOT NULL DEFAULT 0,
    transactions     INTEGER NOT NULL DEFAULT 0,
    events           INTEGER NOT NULL DEFAULT 0,
    tables_json      TEXT NOT NULL DEFAULT '{}',
    detail           TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (project_id, stream)
);
