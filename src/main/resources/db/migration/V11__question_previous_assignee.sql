-- Assigning a question can be undone (issue 13): the thread remembers whom it was with before the last
-- change of assignee. Who wrote each answer and note is already kept (question_message.staff_id).
ALTER TABLE question_thread ADD COLUMN previous_assignee_id BIGINT;
ALTER TABLE question_thread ADD CONSTRAINT question_thread_previous_assignee
    FOREIGN KEY (previous_assignee_id) REFERENCES staff_account (id) ON DELETE SET NULL;
