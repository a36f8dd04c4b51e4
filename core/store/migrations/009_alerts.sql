-- Version 9: alert rules, silence windows, per-project overrides, incidents, desktop
-- notifications, and two more channel kinds (an SMTP relay, the console's system tray).

-- alert_channel again, with the kinds smtp and tray and their settings (JSON; an SMTP
-- password lives in the secret store, never here). SQLite cannot widen a CHECK in place.
CREATE TABLE alert_channel_v9 (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind       TEXT NOT NULL CHECK (kind IN ('webhook', 'command', 'smtp', 'tray')),
    target     TEXT NOT NULL,
    settings   TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
INSERT INTO alert_channel_v9 (id, name, kind, target, created_at)
SELECT id, name, kind, target, created_at FROM alert_channel;
DROP TABLE alert_channel;
ALTER TABLE alert_channel_v9 RENAME TO alert_channel;

-- Deliveries name the incident they belong to (none for a test alert) and may be a desktop
-- notification that no desktop showed ('not-shown', with why).
CREATE TABLE alert_delivery_v9 (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    channel  TEXT NOT NULL,
    level    TEXT NOT NULL,
    title    TEXT NOT NULL,
    status   TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'not-shown')),
    detail   TEXT NOT NULL,
    incident INTEGER
);
INSERT INTO alert_delivery_v9 (id, at, channel, level, title, status, detail)
SELECT id, at, channel, level, title, status, detail FROM alert_delivery;
DROP TABLE alert_delivery;
ALTER TABLE alert_delivery_v9 RENAME TO alert_delivery;

-- One row per rule kind. threshold: lag in seconds, disk use in percent, hours of source log
-- left; duration_s: how long the lag must stay above it.
CREATE TABLE alert_rule (
    rule       TEXT PRIMARY KEY,
    level      TEXT NOT NULL CHECK (level IN ('info', 'warning', 'critical')),
    enabled    INTEGER NOT NULL DEFAULT 1,
    threshold  INTEGER NOT NULL DEFAULT 0,
    duration_s INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
INSERT INTO alert_rule (rule, level, threshold, duration_s, updated_at, updated_by) VALUES
    ('project-failed', 'critical', 0, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ''),
    ('paused-ddl', 'warning', 0, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ''),
    ('lag', 'warning', 60, 300, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ''),
    ('verify-differences', 'warning', 0, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ''),
    ('log-retention', 'critical', 24, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ''),
    ('disk-full', 'critical', 90, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ''),
    ('component-dead', 'critical', 0, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '');

-- The channels a rule's alerts go to.
CREATE TABLE alert_rule_channel (
    rule       TEXT NOT NULL REFERENCES alert_rule(rule) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES alert_channel(id) ON DELETE CASCADE,
    PRIMARY KEY (rule, channel_id)
);

-- A rule set otherwise for one project: NULL keeps the rule's value.
CREATE TABLE alert_override (
    rule       TEXT NOT NULL REFERENCES alert_rule(rule) ON DELETE CASCADE,
    project    TEXT NOT NULL COLLATE NOCASE,
    enabled    INTEGER,
    level      TEXT CHECK (level IS NULL OR level IN ('info', 'warning', 'critical')),
    threshold  INTEGER,
    duration_s INTEGER,
    PRIMARY KEY (rule, project)
);

-- When alerts are not sent: every day from daily_from to daily_to (local HH:MM, may pass
-- midnight) or once until `until` (UTC); for one rule and/or one project, or all ('').
CREATE TABLE alert_silence (
    id         INTEGER PRIMARY KEY,
    rule       TEXT NOT NULL DEFAULT '',
    project    TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    daily_from TEXT,
    daily_to   TEXT,
    until      TEXT,
    reason     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CHECK ((daily_from IS NOT NULL AND daily_to IS NOT NULL AND until IS NULL)
           OR (daily_from IS NULL AND daily_to IS NULL AND until IS NOT NULL))
);

-- A condition that held: opened once when it started, resolved when it ended. open_key
-- (rule|subject) is unique while open, so of two processes evaluating at once only the one
-- whose INSERT wins sends the alert. notified: the firing alert went out (0 while silenced);
-- claimed with an UPDATE that only one process can win, as is the resolution.
CREATE TABLE alert_incident (
    id          INTEGER PRIMARY KEY,
    rule        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    project     TEXT NOT NULL DEFAULT '',
    level       TEXT NOT NULL,
    title       TEXT NOT NULL,
    text        TEXT NOT NULL,
    opened_at   TEXT NOT NULL,
    resolved_at TEXT,
    notified    INTEGER NOT NULL DEFAULT 0,
    open_key    TEXT UNIQUE
);
CREATE INDEX alert_incident_open ON alert_incident(resolved_at);

-- A condition seen but not yet held for its rule's duration (lag): since when.
CREATE TABLE alert_pending (
    key   TEXT PRIMARY KEY,
    since TEXT NOT NULL
);

-- Desktop notifications for the console's system tray: 'pending' until a console shows it,
-- 'shown', or 'not-shown' with why (a headless run has no desktop; a console shows those
-- recorded while it runs).
CREATE TABLE alert_notification (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    channel  TEXT NOT NULL,
    level    TEXT NOT NULL,
    title    TEXT NOT NULL,
    text     TEXT NOT NULL,
    state    TEXT NOT NULL CHECK (state IN ('pending', 'shown', 'not-shown')),
    detail   TEXT NOT NULL DEFAULT '',
    shown_at TEXT
);
