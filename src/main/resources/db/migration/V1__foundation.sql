-- Foundation: opening hours shown on the home page, and the staff bootstrap token.
-- Portable SQL: runs on H2 (PostgreSQL mode) and on PostgreSQL. Ids come from sequences (JPA
-- takes one at a time), which both databases and EclipseLink handle alike.

CREATE SEQUENCE opening_hour_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE staff_bootstrap_token_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE opening_hour (
    id          BIGINT PRIMARY KEY,
    kind        VARCHAR(20) NOT NULL,
    day_of_week INTEGER     NOT NULL,
    opens       TIME        NOT NULL,
    closes      TIME        NOT NULL,
    example     BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT opening_hour_kind CHECK (kind IN ('WALK_IN', 'CONSULTATION')),
    CONSTRAINT opening_hour_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT opening_hour_period CHECK (opens < closes)
);

CREATE TABLE staff_bootstrap_token (
    id         BIGINT PRIMARY KEY,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT staff_bootstrap_token_hash UNIQUE (token_hash)
);
