-- A harmless second version, to watch the backup taken before a successful migration.
CREATE TABLE extra_by_v2 (id INT);
