-- The sounding board's members (klankbordgroep). A member joins with a one-time invitation code handed over in person
-- (only its keyed hash is kept), under a pseudonym that is unique in any case, with a password (Argon2id) and an
-- optional second step (TOTP): the second step's secret and the optional address for "there is a new consultation"
-- are encrypted under keys derived from the installation's receipt key, which lives outside the database. A signed-in
-- member's session is a row found by the keyed hash of the cookie's token; it ends after 30 idle minutes. Only the
-- day of joining is kept. Nothing here is a staff account: a member never reaches the office.
CREATE SEQUENCE member_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE member_invitation_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE member (
    id             BIGINT PRIMARY KEY,
    pseudonym      VARCHAR(40)  NOT NULL,
    pseudonym_key  VARCHAR(40)  NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    totp_secret    BYTEA,
    totp_last_step BIGINT       NOT NULL DEFAULT 0,
    language       VARCHAR(8)   NOT NULL,
    address        BYTEA,
    joined_on      DATE         NOT NULL,
    CONSTRAINT member_pseudonym UNIQUE (pseudonym_key)
);

-- an invitation to join, or (member_id set) to choose a new password for an existing member
CREATE TABLE member_invitation (
    id         BIGINT PRIMARY KEY,
    code_hash  VARCHAR(64)              NOT NULL,
    member_id  BIGINT REFERENCES member (id) ON DELETE CASCADE,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT member_invitation_code UNIQUE (code_hash)
);

CREATE TABLE member_session (
    token_hash   VARCHAR(64)              PRIMARY KEY,
    member_id    BIGINT                   NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    second_step  BOOLEAN                  NOT NULL,
    signed_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX member_session_of ON member_session (member_id);
