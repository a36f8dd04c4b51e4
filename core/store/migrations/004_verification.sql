-- Version 4: verification results, kept so the console can show and export them later.
CREATE TABLE verification (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    consistent  INTEGER NOT NULL,
    summary     TEXT NOT NULL,
    report      TEXT NOT NULL
);
CREATE INDEX verification_by_project ON verification(project_id, id);
