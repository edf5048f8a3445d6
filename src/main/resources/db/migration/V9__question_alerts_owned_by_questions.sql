-- Staff alerts for new questions belong to the questions component (issue 11): one row per member who
-- asked for a mail at every new question, deleted when the member leaves. Moved from staff_account.
CREATE TABLE question_alert (
    staff_id BIGINT PRIMARY KEY REFERENCES staff_account (id) ON DELETE CASCADE,
    address  VARCHAR(320) NOT NULL,
    language VARCHAR(8)   NOT NULL
);

INSERT INTO question_alert (staff_id, address, language)
    SELECT id, alert_address, alert_language FROM staff_account
    WHERE alert_address IS NOT NULL AND alert_language IS NOT NULL AND status = 'ACTIVE';

ALTER TABLE staff_account DROP COLUMN alert_address;
ALTER TABLE staff_account DROP COLUMN alert_language;
