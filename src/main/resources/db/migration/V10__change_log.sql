-- The change log behind GET /api/v1/changes: one row for every record created, updated or deleted, written in the
-- same transaction as the change itself, so deletes (which the records cannot show) are kept too.
-- seq is handed out under a lock on change_head's single row, held to the end of the writing transaction: so
-- seq order is commit order and has no gaps (a rolled back write takes its numbers back with it), and a reader
-- that has seen seq N will never later find a smaller one appear. Valid on H2 and PostgreSQL.
CREATE TABLE change_head (
    id       INTEGER PRIMARY KEY,
    last_seq BIGINT  NOT NULL
);
INSERT INTO change_head (id, last_seq) VALUES (1, 0);

CREATE TABLE change_log (
    seq         BIGINT                   PRIMARY KEY,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(10)              NOT NULL,
    collection  VARCHAR(40)              NOT NULL,
    record_id   VARCHAR(200)             NOT NULL
);
-- since=<instant> finds its starting point by time
CREATE INDEX change_log_changed_at ON change_log (changed_at);
