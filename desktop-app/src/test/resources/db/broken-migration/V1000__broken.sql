-- A deliberately failing migration: the first statement works, the second refers to a missing table.
CREATE TABLE added_by_v2 (id INT);
INSERT INTO no_such_table (id) VALUES (1);
