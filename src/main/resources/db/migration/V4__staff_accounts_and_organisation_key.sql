-- Staff accounts (password hash, second factor wrapped under the password-derived key), the
-- organisation's key pair (public part in the clear, private part only wrapped), recovery codes.
CREATE SEQUENCE staff_account_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE organisation_key_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE key_wrapper_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE recovery_code_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE staff_account (
    id                    BIGINT PRIMARY KEY,
    username              VARCHAR(64)              NOT NULL,
    status                VARCHAR(20)              NOT NULL,
    roles                 VARCHAR(200)             NOT NULL,
    password_hash         VARCHAR(200),
    key_salt              BYTEA,
    totp_secret_wrapped   BYTEA,
    totp_last_step        BIGINT                   NOT NULL DEFAULT 0,
    invitation_hash       VARCHAR(64),
    invitation_expires_at TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_at          TIMESTAMP WITH TIME ZONE,
    deactivated_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT staff_account_username UNIQUE (username),
    CONSTRAINT staff_account_invitation UNIQUE (invitation_hash),
    CONSTRAINT staff_account_status CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED'))
);

CREATE TABLE organisation_key (
    id             BIGINT PRIMARY KEY,
    public_keyset  BYTEA                    NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE key_wrapper (
    id         BIGINT PRIMARY KEY,
    key_id     BIGINT                   NOT NULL REFERENCES organisation_key (id),
    kind       VARCHAR(20)              NOT NULL,
    staff_id   BIGINT REFERENCES staff_account (id) ON DELETE CASCADE,
    wrapped    BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT key_wrapper_kind CHECK (kind IN ('STAFF', 'INVITATION', 'RECOVERY'))
);

CREATE TABLE recovery_code (
    id        BIGINT PRIMARY KEY,
    staff_id  BIGINT                   NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    code_hash VARCHAR(64)              NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT recovery_code_hash UNIQUE (code_hash)
);
