-- Canned replies: answers staff start from, per language and (optionally) topic. They are written
-- for everyone, hold nothing about a person, and so are stored as plain text.
CREATE SEQUENCE canned_reply_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE canned_reply (
    id         BIGINT PRIMARY KEY,
    language   VARCHAR(8)               NOT NULL,
    topic      VARCHAR(20),
    title      VARCHAR(120)             NOT NULL,
    body       VARCHAR(4000)            NOT NULL,
    updated_by BIGINT REFERENCES staff_account (id) ON DELETE SET NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT canned_reply_topic CHECK (topic IS NULL OR topic IN ('HEALTH', 'MONEY', 'RULES', 'SAFETY', 'HOUSING', 'LEAVING', 'OTHER'))
);

CREATE INDEX canned_reply_language ON canned_reply (language);

-- A scheduled job runs on one server at a time: a server runs it only after moving claimed_until
-- from the past into the future in one UPDATE, which only one server can do.
CREATE TABLE job_claim (
    name          VARCHAR(40)              PRIMARY KEY,
    claimed_until TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at   TIMESTAMP WITH TIME ZONE
);

INSERT INTO job_claim (name, claimed_until) VALUES ('retention', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');

-- A staff member who wants a mail for every new question (no content, a link to the office) gives
-- a work address and the language of those mails. Empty: no such mail.
ALTER TABLE staff_account ADD COLUMN alert_address VARCHAR(320);
ALTER TABLE staff_account ADD COLUMN alert_language VARCHAR(8);

-- Monitoring counts get an id (nothing has written them yet): one row per deleted thread, still
-- without any content, code or address.
DROP TABLE question_count;
CREATE SEQUENCE question_count_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE question_count (
    id                   BIGINT PRIMARY KEY,
    year_month           VARCHAR(7)  NOT NULL,
    topic                VARCHAR(20) NOT NULL,
    language             VARCHAR(8)  NOT NULL,
    municipality_id      BIGINT,
    first_answer_seconds BIGINT
);
