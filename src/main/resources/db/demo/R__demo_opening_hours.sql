-- Demo content: example opening hours, marked as examples (the home page says so). Staff replace
-- them with the real hours. Rerun whenever this file changes; never touches real (non-example) rows.
DELETE FROM opening_hour WHERE example = TRUE;
INSERT INTO opening_hour (id, kind, day_of_week, opens, closes, example) VALUES (NEXTVAL('opening_hour_seq'), 'WALK_IN', 2, TIME '13:00:00', TIME '16:00:00', TRUE);
INSERT INTO opening_hour (id, kind, day_of_week, opens, closes, example) VALUES (NEXTVAL('opening_hour_seq'), 'WALK_IN', 4, TIME '13:00:00', TIME '16:00:00', TRUE);
INSERT INTO opening_hour (id, kind, day_of_week, opens, closes, example) VALUES (NEXTVAL('opening_hour_seq'), 'CONSULTATION', 3, TIME '10:00:00', TIME '12:00:00', TRUE);
