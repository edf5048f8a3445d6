-- The mail outbox: mail queued with the change that causes it, delivered by the scheduled sender.
CREATE SEQUENCE mail_outbox_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE mail_outbox (
    id              BIGINT PRIMARY KEY,
    recipient       VARCHAR(320)             NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    gave_up_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at);
