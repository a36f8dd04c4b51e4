-- Version 7: a stream paused at a schema change keeps the position of the transaction that holds
-- it and, once the DBA decided, what to do with it: 'skip', 'apply' (the statement as the source
-- logged it) or 'sql:<statement>' (an edited statement, run on the target instead).
ALTER TABLE stream_state ADD COLUMN held_position TEXT NOT NULL DEFAULT '';
ALTER TABLE stream_state ADD COLUMN ddl_decision TEXT NOT NULL DEFAULT '';
