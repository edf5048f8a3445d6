-- Key custody (issue 10). The organisation's private keyset is no longer wrapped under secrets that
-- travel (invitation codes): every holder (a staff member, or the printed recovery key) has a key pair
-- of its own, whose private half is wrapped under the holder's secret (password-derived key, recovery
-- key); the organisation's keyset (every generation, the newest primary) is sealed to each holder's
-- public key, by the first admin at set-up and afterwards by an admin's session. Public keys carry a
-- pin (HMAC under a key kept outside the database), so a write to the database alone cannot make the
-- portal seal to another key.
--
-- Wrappers of the earlier design (under passwords, invitation codes, the recovery key) cannot be
-- carried over by SQL; no installation holds real data yet, so they are removed with the key pairs
-- they wrap: an earlier database is set up anew (README).
DROP TABLE key_wrapper;
DROP SEQUENCE key_wrapper_seq;
DELETE FROM organisation_key;
ALTER TABLE organisation_key ADD COLUMN pin BYTEA;

CREATE SEQUENCE key_holder_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE key_holder (
    id              BIGINT PRIMARY KEY,
    staff_id        BIGINT REFERENCES staff_account (id) ON DELETE CASCADE,
    public_keyset   BYTEA                    NOT NULL,
    private_wrapped BYTEA                    NOT NULL,
    pin             BYTEA                    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT key_holder_staff UNIQUE (staff_id)
);

CREATE SEQUENCE key_wrapper_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE key_wrapper (
    id         BIGINT PRIMARY KEY,
    holder_id  BIGINT                   NOT NULL REFERENCES key_holder (id) ON DELETE CASCADE,
    key_id     BIGINT                   NOT NULL REFERENCES organisation_key (id),
    wrapped    BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT key_wrapper_holder UNIQUE (holder_id)
);

-- The outbox keeps recipient and body only sealed under a key that is not in the database
-- (xenia.outbox.key, or a key in the server's memory); key_ref names that key (a keyed hash of it),
-- so mail sealed under a key this server no longer has is recognised, dropped and counted. Mail
-- queued before this change carried them in plain text: it is deleted.
DELETE FROM mail_outbox;
ALTER TABLE mail_outbox DROP COLUMN recipient;
ALTER TABLE mail_outbox DROP COLUMN body;
ALTER TABLE mail_outbox ADD COLUMN sealed BYTEA NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN key_ref VARCHAR(44) NOT NULL;
