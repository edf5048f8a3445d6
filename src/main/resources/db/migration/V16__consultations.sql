-- Consultations of the sounding board. Staff write a consultation (texts per language, questions of four kinds with
-- their options, optional sessions whose place is encrypted like a meetup's address), open it for a time, and publish
-- an outcome. Answers are given anonymously or under the pseudonym, as the consultation says.
--
-- Anonymous means unlinkable. That a member answered is recorded in consultation_participation (one answer each, the
-- participation record); what was answered is in consultation_answer_set/consultation_answer, with random ids, no
-- member, no time and no order that joins the two: until the close a member's response (draft, or sent) waits in
-- consultation_response, encrypted under a key derived from the installation's receipt key (outside the database);
-- at the close all sent anonymous responses are written as answer sets in one transaction, in random order, and every
-- response row is deleted. Answers under the pseudonym are answer sets with the member's id, replaced when changed.
-- Open answers are sealed to the organisation's key. No sequence numbers an answer.
CREATE SEQUENCE consultation_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE consultation_question_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE consultation_option_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE consultation_session_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE consultation (
    id                BIGINT PRIMARY KEY,
    anonymous         BOOLEAN                  NOT NULL,
    opens_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    published         BOOLEAN                  NOT NULL,
    closed            BOOLEAN                  NOT NULL,
    outcome_published BOOLEAN                  NOT NULL,
    outcome_public    BOOLEAN                  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT consultation_order CHECK (closes_at > opens_at)
);

CREATE TABLE consultation_text (
    consultation_id BIGINT        NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    language        VARCHAR(8)    NOT NULL,
    title           VARCHAR(160)  NOT NULL,
    background      VARCHAR(20000) NOT NULL,
    outcome_said    VARCHAR(20000),
    outcome_did     VARCHAR(20000),
    outcome_not_did VARCHAR(20000),
    PRIMARY KEY (consultation_id, language)
);

CREATE TABLE consultation_question (
    id              BIGINT PRIMARY KEY,
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    position        INTEGER     NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    required        BOOLEAN     NOT NULL,
    CONSTRAINT consultation_question_kind CHECK (kind IN ('OPEN', 'ONE', 'SEVERAL', 'SCALE'))
);

CREATE INDEX consultation_question_of ON consultation_question (consultation_id);

CREATE TABLE consultation_question_text (
    question_id BIGINT       NOT NULL REFERENCES consultation_question (id) ON DELETE CASCADE,
    language    VARCHAR(8)   NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    scale_low   VARCHAR(80),
    scale_high  VARCHAR(80),
    PRIMARY KEY (question_id, language)
);

CREATE TABLE consultation_option (
    id          BIGINT PRIMARY KEY,
    question_id BIGINT  NOT NULL REFERENCES consultation_question (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL
);

CREATE INDEX consultation_option_of ON consultation_option (question_id);

CREATE TABLE consultation_option_text (
    option_id BIGINT       NOT NULL REFERENCES consultation_option (id) ON DELETE CASCADE,
    language  VARCHAR(8)   NOT NULL,
    label     VARCHAR(200) NOT NULL,
    PRIMARY KEY (option_id, language)
);

-- a meeting about the consultation, shown only to members; where it is (a place or a link) is encrypted
CREATE TABLE consultation_session (
    id              BIGINT PRIMARY KEY,
    consultation_id BIGINT                   NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    online          BOOLEAN                  NOT NULL,
    place           BYTEA                    NOT NULL,
    CONSTRAINT consultation_session_order CHECK (ends_at > starts_at)
);

CREATE INDEX consultation_session_of ON consultation_session (consultation_id);

CREATE TABLE consultation_signup (
    session_id BIGINT  NOT NULL REFERENCES consultation_session (id) ON DELETE CASCADE,
    member_id  BIGINT  NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    attended   BOOLEAN NOT NULL,
    PRIMARY KEY (session_id, member_id)
);

-- that a member answered (sent a response), nothing about what or when
CREATE TABLE consultation_participation (
    consultation_id BIGINT NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    member_id       BIGINT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    PRIMARY KEY (consultation_id, member_id)
);

-- a member's response until the close: a draft, or sent (anonymous ones wait here for the close)
CREATE TABLE consultation_response (
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    member_id       BIGINT      NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    sent            BOOLEAN     NOT NULL,
    content         BYTEA       NOT NULL,
    PRIMARY KEY (consultation_id, member_id)
);

CREATE TABLE consultation_answer_set (
    id              VARCHAR(36) PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    member_id       BIGINT REFERENCES member (id) ON DELETE SET NULL
);

CREATE INDEX consultation_answer_set_of ON consultation_answer_set (consultation_id);

CREATE TABLE consultation_answer (
    id            VARCHAR(36) PRIMARY KEY,
    answer_set_id VARCHAR(36) NOT NULL REFERENCES consultation_answer_set (id) ON DELETE CASCADE,
    question_id   BIGINT      NOT NULL REFERENCES consultation_question (id) ON DELETE CASCADE,
    option_id     BIGINT REFERENCES consultation_option (id) ON DELETE CASCADE,
    scale         INTEGER,
    text_sealed   BYTEA,
    text_for_org  BYTEA,
    CONSTRAINT consultation_answer_scale CHECK (scale IS NULL OR scale BETWEEN 1 AND 5)
);

CREATE INDEX consultation_answer_of ON consultation_answer (answer_set_id);
CREATE INDEX consultation_answer_question ON consultation_answer (question_id);
