-- Peer meetups. Staff plan occurrences (one-off, or a weekly or monthly series whose occurrences each keep their own
-- places and RSVPs), with texts per language, a public area for everyone and the exact address only for those who
-- said they come: the address is encrypted under a key derived from the installation's receipt key, which lives
-- outside the database. An RSVP is found only by the keyed hash of a receipt code (shared with the person's questions
-- and appointments); the nickname is sealed to the organisation and to the code's key, a contact address only to the
-- organisation. A place of an occurrence is unique: the database never lets two RSVPs hold the same one.
CREATE SEQUENCE meetup_series_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE meetup_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE meetup_reason_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE meetup_notice_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE meetup_rsvp_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE meetup_count_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE meetup_series (
    id         BIGINT PRIMARY KEY,
    repetition VARCHAR(10)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meetup_series_repetition CHECK (repetition IN ('WEEKLY', 'MONTHLY'))
);

CREATE TABLE meetup (
    id               BIGINT PRIMARY KEY,
    series_id        BIGINT REFERENCES meetup_series (id) ON DELETE SET NULL,
    host_kind        VARCHAR(5)               NOT NULL,
    host_name        VARCHAR(80)              NOT NULL,
    languages        VARCHAR(100)             NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    area             VARCHAR(120)             NOT NULL,
    online           BOOLEAN                  NOT NULL,
    address          BYTEA                    NOT NULL,
    capacity         INTEGER                  NOT NULL,
    waiting_list     BOOLEAN                  NOT NULL,
    status           VARCHAR(10)              NOT NULL,
    reason_id        BIGINT,
    came             INTEGER,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meetup_host_kind CHECK (host_kind IN ('PEER', 'STAFF')),
    CONSTRAINT meetup_status CHECK (status IN ('PLANNED', 'CANCELLED')),
    CONSTRAINT meetup_capacity CHECK (capacity BETWEEN 1 AND 500),
    CONSTRAINT meetup_order CHECK (ends_at > starts_at),
    CONSTRAINT meetup_came CHECK (came IS NULL OR came >= 0)
);

CREATE INDEX meetup_starts ON meetup (starts_at);
CREATE INDEX meetup_series_of ON meetup (series_id);

CREATE TABLE meetup_text (
    meetup_id   BIGINT        NOT NULL REFERENCES meetup (id) ON DELETE CASCADE,
    language    VARCHAR(8)    NOT NULL,
    title       VARCHAR(120)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    PRIMARY KEY (meetup_id, language)
);

-- why an occurrence is cancelled or moved, as the people who come read it: texts per language kept by staff
CREATE TABLE meetup_reason (
    id         BIGINT PRIMARY KEY,
    active     BOOLEAN                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE meetup_reason_text (
    reason_id BIGINT       NOT NULL REFERENCES meetup_reason (id) ON DELETE CASCADE,
    language  VARCHAR(8)   NOT NULL,
    text      VARCHAR(500) NOT NULL,
    PRIMARY KEY (reason_id, language)
);

ALTER TABLE meetup ADD CONSTRAINT meetup_reason_of FOREIGN KEY (reason_id) REFERENCES meetup_reason (id)
    ON DELETE SET NULL;

-- what changed after people said they come: shown to them with their code
CREATE TABLE meetup_notice (
    id                 BIGINT PRIMARY KEY,
    meetup_id          BIGINT                   NOT NULL REFERENCES meetup (id) ON DELETE CASCADE,
    kind               VARCHAR(10)              NOT NULL,
    reason_id          BIGINT REFERENCES meetup_reason (id) ON DELETE SET NULL,
    previous_starts_at TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meetup_notice_kind CHECK (kind IN ('MOVED', 'CANCELLED', 'PLACE'))
);

CREATE INDEX meetup_notice_of ON meetup_notice (meetup_id);

CREATE TABLE meetup_rsvp (
    id              BIGINT PRIMARY KEY,
    meetup_id       BIGINT                   NOT NULL REFERENCES meetup (id) ON DELETE CASCADE,
    status          VARCHAR(10)              NOT NULL,
    place           INTEGER,
    waited          BOOLEAN                  NOT NULL,
    promoted_at     TIMESTAMP WITH TIME ZONE,
    code_hash       VARCHAR(64)              NOT NULL,
    form_token_hash VARCHAR(64)              NOT NULL,
    page_language   VARCHAR(8)               NOT NULL,
    person_text     BYTEA                    NOT NULL,
    person_sealed   BYTEA                    NOT NULL,
    person_for_code BYTEA                    NOT NULL,
    contact_text    BYTEA,
    contact_sealed  BYTEA,
    held_mail_id    BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meetup_rsvp_place_taken UNIQUE (meetup_id, place),
    CONSTRAINT meetup_rsvp_form UNIQUE (form_token_hash),
    CONSTRAINT meetup_rsvp_place_set CHECK ((status = 'COMING' AND place >= 1) OR (status <> 'COMING' AND place IS NULL)),
    CONSTRAINT meetup_rsvp_status CHECK (status IN ('COMING', 'WAITING', 'LEFT'))
);

CREATE INDEX meetup_rsvp_code ON meetup_rsvp (code_hash);
CREATE INDEX meetup_rsvp_of ON meetup_rsvp (meetup_id, status);

-- what monitoring keeps after an occurrence is deleted: counts only, one row per occurrence
CREATE TABLE meetup_count (
    id         BIGINT PRIMARY KEY,
    year_month VARCHAR(7) NOT NULL,
    language   VARCHAR(8) NOT NULL,
    host_kind  VARCHAR(5) NOT NULL,
    held       BOOLEAN    NOT NULL,
    rsvps      INTEGER    NOT NULL,
    waited     INTEGER    NOT NULL,
    came       INTEGER
);
