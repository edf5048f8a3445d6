-- Anonymous questions: a thread found only by a keyed hash of its receipt code; every text sealed
-- (to the organisation, and for the person's own messages and staff answers also to a key derived
-- from the code); the key derived from the code kept only sealed to the organisation (its ciphertext
-- and its data key sealed to the organisation's key), so staff can seal answers for the person. The
-- form token's hash makes a form posted twice one question. Monitoring counts keep no content and no code.
CREATE SEQUENCE question_thread_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE question_message_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE installation_key (
    name       VARCHAR(40)              PRIMARY KEY,
    secret     BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE question_thread (
    id                BIGINT PRIMARY KEY,
    code_hash         VARCHAR(64)              NOT NULL,
    form_token_hash   VARCHAR(64)              NOT NULL,
    topic             VARCHAR(20)              NOT NULL,
    language          VARCHAR(8)               NOT NULL,
    municipality_id   BIGINT REFERENCES municipality (id),
    status            VARCHAR(20)              NOT NULL,
    assignee_id       BIGINT REFERENCES staff_account (id) ON DELETE SET NULL,
    person_key_text   BYTEA                    NOT NULL,
    person_key_sealed BYTEA                    NOT NULL,
    contact_text      BYTEA,
    contact_sealed    BYTEA,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    first_answer_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT question_thread_code UNIQUE (code_hash),
    CONSTRAINT question_thread_form UNIQUE (form_token_hash),
    CONSTRAINT question_thread_status CHECK (status IN ('NEW', 'OPEN', 'WAITING', 'CLOSED')),
    CONSTRAINT question_thread_topic CHECK (topic IN ('HEALTH', 'MONEY', 'RULES', 'SAFETY', 'HOUSING', 'LEAVING', 'OTHER'))
);

CREATE TABLE question_message (
    id               BIGINT PRIMARY KEY,
    thread_id        BIGINT                   NOT NULL REFERENCES question_thread (id) ON DELETE CASCADE,
    author           VARCHAR(10)              NOT NULL,
    staff_id         BIGINT REFERENCES staff_account (id) ON DELETE SET NULL,
    ciphertext       BYTEA                    NOT NULL,
    for_organisation BYTEA                    NOT NULL,
    for_person       BYTEA,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT question_message_author CHECK (author IN ('PERSON', 'STAFF', 'NOTE'))
);

CREATE INDEX question_message_thread ON question_message (thread_id);

-- what monitoring keeps after a thread is deleted: counts by month, topic, language, municipality
-- and the time to the first answer; nothing else
CREATE TABLE question_count (
    year_month           VARCHAR(7)  NOT NULL,
    topic                VARCHAR(20) NOT NULL,
    language             VARCHAR(8)  NOT NULL,
    municipality_id      BIGINT,
    first_answer_seconds BIGINT
);
