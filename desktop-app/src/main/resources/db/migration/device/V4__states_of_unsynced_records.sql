-- Only records that are not simply synced (pending, rejected, in conflict) keep a sync state, in a table of their
-- own: an index on records.sync_state, where all but a handful of rows read 'synced', cost a quarter of a first
-- pull's inserts, and the lists that need the states read only this small table. A record without a row here is
-- synced.
CREATE TABLE record_states (
    type   VARCHAR(40)  NOT NULL,
    id     VARCHAR(64)  NOT NULL,
    state  VARCHAR(20)  NOT NULL,
    reason VARCHAR(2000),
    PRIMARY KEY (type, id)
);

INSERT INTO record_states (type, id, state, reason)
    SELECT type, id, sync_state, sync_reason FROM records WHERE sync_state <> 'synced';

-- A row that only carried a state has nothing left to carry.
DELETE FROM records WHERE base IS NULL AND fields IS NULL AND view_is_base = FALSE AND left_scope = FALSE;

DROP INDEX records_by_state;
ALTER TABLE records DROP COLUMN sync_reason;
ALTER TABLE records DROP COLUMN sync_state;
