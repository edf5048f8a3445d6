-- The audit log: who did what to which item, when. Never contents. Append-only (the application
-- only inserts, and deletes what is older than the retention period).
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE audit_entry (
    id           BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)             NOT NULL,
    action       VARCHAR(40)              NOT NULL,
    subject_type VARCHAR(40),
    subject_id   VARCHAR(64)
);

CREATE INDEX audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at);
