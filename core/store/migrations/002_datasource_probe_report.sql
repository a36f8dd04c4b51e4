-- Version 2: keep the whole capability probe of the last connection test, not only its
-- summary, so the console shows the findings after a restart.
ALTER TABLE datasource ADD COLUMN last_test_report TEXT NOT NULL DEFAULT '';
