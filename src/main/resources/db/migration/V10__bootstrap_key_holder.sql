-- Questions before the first admin (issue 11): the organisation's keyset is made when the bootstrap
-- token is issued and sealed to a holder of its own, whose private half is wrapped under a key derived
-- from the token (printed to the log only; the database keeps the token's hash). The first admin's
-- sign-up with the token hands the keyset on and deletes every bootstrap holder.
ALTER TABLE key_holder ADD COLUMN bootstrap BOOLEAN DEFAULT FALSE NOT NULL;
