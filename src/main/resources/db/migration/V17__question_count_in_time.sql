-- Monitoring reports the share of questions answered within the first-answer target (working days, holidays left
-- out). A count row keeps whether its thread's first answer came in time, decided when the thread is removed (null for
-- rows written before this column: they count in the median, not in the share).
ALTER TABLE question_count ADD COLUMN answered_in_time BOOLEAN;
