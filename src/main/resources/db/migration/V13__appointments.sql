-- Anonymous appointments. Staff plan places (the public sees only the town or the kind; the details are
-- for holders of a code), services (texts per language), where each service is offered, weekly hours,
-- one-off closures and extra hours. Free times are computed, never stored. An appointment is found only
-- by the keyed hash of a receipt code (shared with the person's questions); what the person wrote is
-- sealed to the organisation and to the code's key, a contact address and the internal note only to
-- the organisation. A taken seat of a time is unique: two people never get the same place of a time.
CREATE SEQUENCE appointment_place_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE appointment_service_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE appointment_hours_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE appointment_day_change_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE appointment_cancel_reason_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE appointment_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE appointment_count_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE appointment_place (
    id         BIGINT PRIMARY KEY,
    kind       VARCHAR(10)              NOT NULL,
    name       VARCHAR(120)             NOT NULL,
    town       VARCHAR(80),
    details    VARCHAR(2000)            NOT NULL,
    active     BOOLEAN                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appointment_place_kind CHECK (kind IN ('OFFICE', 'OUTREACH', 'PHONE', 'VIDEO'))
);

CREATE TABLE appointment_service (
    id                 BIGINT PRIMARY KEY,
    duration_minutes   INTEGER                  NOT NULL,
    pause_minutes      INTEGER                  NOT NULL,
    min_notice_minutes INTEGER                  NOT NULL,
    horizon_days       INTEGER                  NOT NULL,
    capacity           INTEGER                  NOT NULL,
    interpreter        BOOLEAN                  NOT NULL,
    confirm_first      BOOLEAN                  NOT NULL,
    active             BOOLEAN                  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appointment_service_duration CHECK (duration_minutes BETWEEN 5 AND 480),
    CONSTRAINT appointment_service_pause CHECK (pause_minutes BETWEEN 0 AND 240),
    CONSTRAINT appointment_service_notice CHECK (min_notice_minutes BETWEEN 0 AND 43200),
    CONSTRAINT appointment_service_horizon CHECK (horizon_days BETWEEN 1 AND 366),
    CONSTRAINT appointment_service_capacity CHECK (capacity BETWEEN 1 AND 100)
);

CREATE TABLE appointment_service_text (
    service_id  BIGINT        NOT NULL REFERENCES appointment_service (id) ON DELETE CASCADE,
    language    VARCHAR(8)    NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    bring       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (service_id, language)
);

CREATE TABLE appointment_offer (
    service_id BIGINT NOT NULL REFERENCES appointment_service (id) ON DELETE CASCADE,
    place_id   BIGINT NOT NULL REFERENCES appointment_place (id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, place_id)
);

CREATE TABLE appointment_hours (
    id          BIGINT PRIMARY KEY,
    service_id  BIGINT  NOT NULL,
    place_id    BIGINT  NOT NULL,
    day_of_week INTEGER NOT NULL,
    starts_at   TIME    NOT NULL,
    ends_at     TIME    NOT NULL,
    CONSTRAINT appointment_hours_offer FOREIGN KEY (service_id, place_id)
        REFERENCES appointment_offer (service_id, place_id) ON DELETE CASCADE,
    CONSTRAINT appointment_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT appointment_hours_order CHECK (ends_at > starts_at)
);

CREATE TABLE appointment_day_change (
    id         BIGINT PRIMARY KEY,
    service_id BIGINT      NOT NULL,
    place_id   BIGINT      NOT NULL,
    on_date    DATE        NOT NULL,
    kind       VARCHAR(10) NOT NULL,
    starts_at  TIME,
    ends_at    TIME,
    CONSTRAINT appointment_day_change_offer FOREIGN KEY (service_id, place_id)
        REFERENCES appointment_offer (service_id, place_id) ON DELETE CASCADE,
    CONSTRAINT appointment_day_change_kind CHECK (kind IN ('CLOSED', 'EXTRA')),
    CONSTRAINT appointment_day_change_times CHECK ((starts_at IS NULL AND ends_at IS NULL AND kind = 'CLOSED')
        OR (starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at > starts_at))
);

CREATE TABLE appointment_cancel_reason (
    id         BIGINT PRIMARY KEY,
    active     BOOLEAN                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE appointment_cancel_reason_text (
    reason_id BIGINT       NOT NULL REFERENCES appointment_cancel_reason (id) ON DELETE CASCADE,
    language  VARCHAR(8)   NOT NULL,
    text      VARCHAR(500) NOT NULL,
    PRIMARY KEY (reason_id, language)
);

CREATE TABLE appointment (
    id                    BIGINT PRIMARY KEY,
    service_id            BIGINT                   NOT NULL REFERENCES appointment_service (id),
    place_id              BIGINT                   NOT NULL REFERENCES appointment_place (id),
    starts_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    seat                  INTEGER,
    status                VARCHAR(20)              NOT NULL,
    code_hash             VARCHAR(64)              NOT NULL,
    form_token_hash       VARCHAR(64)              NOT NULL,
    page_language         VARCHAR(8)               NOT NULL,
    language              VARCHAR(8)               NOT NULL,
    interpreter_wanted    BOOLEAN                  NOT NULL,
    person_text           BYTEA                    NOT NULL,
    person_sealed         BYTEA                    NOT NULL,
    person_for_code       BYTEA                    NOT NULL,
    contact_text          BYTEA,
    contact_sealed        BYTEA,
    note_text             BYTEA,
    note_sealed           BYTEA,
    cancel_reason_id      BIGINT REFERENCES appointment_cancel_reason (id) ON DELETE SET NULL,
    booked_by_staff       BOOLEAN                  NOT NULL,
    reminder_mail_id      BIGINT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT appointment_seat_taken UNIQUE (service_id, place_id, starts_at, seat),
    CONSTRAINT appointment_form UNIQUE (form_token_hash),
    CONSTRAINT appointment_seat_set CHECK (seat IS NULL OR seat >= 1),
    CONSTRAINT appointment_status CHECK (status IN ('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED_BY_PERSON',
        'CANCELLED_BY_XENIA', 'ATTENDED', 'NO_SHOW'))
);

CREATE INDEX appointment_code ON appointment (code_hash);
CREATE INDEX appointment_starts ON appointment (starts_at);

-- what monitoring keeps after an appointment is deleted: counts only
CREATE TABLE appointment_count (
    id                 BIGINT PRIMARY KEY,
    year_month         VARCHAR(7)  NOT NULL,
    service_id         BIGINT      NOT NULL,
    place_kind         VARCHAR(10) NOT NULL,
    language           VARCHAR(8)  NOT NULL,
    interpreter_wanted BOOLEAN     NOT NULL,
    outcome            VARCHAR(20) NOT NULL
);
