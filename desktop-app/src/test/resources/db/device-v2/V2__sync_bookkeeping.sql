-- Sync bookkeeping for the Derby DeviceStore (issue 4). V1 stays as it was; this only adds and relaxes.

-- A record row may hold only a base (pulled, never opened locally) or only a status, so the view is optional.
ALTER TABLE records ALTER COLUMN fields NULL;
-- records.fields/rev/deleted hold the local view; records.base holds the base fields as JSON.
ALTER TABLE records ADD COLUMN base_rev BIGINT;
ALTER TABLE records ADD COLUMN base_deleted BOOLEAN;
ALTER TABLE records ADD COLUMN sync_reason VARCHAR(2000);
ALTER TABLE records ADD COLUMN left_scope BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX records_by_state ON records (sync_state);

-- Each edit keeps the base revision it was made on (values are JSON text).
ALTER TABLE outbox ADD COLUMN base_rev BIGINT NOT NULL DEFAULT 0;
CREATE INDEX outbox_by_record ON outbox (record_type, record_id);

ALTER TABLE conflicts ADD COLUMN rev BIGINT NOT NULL DEFAULT 0;
ALTER TABLE conflicts ADD COLUMN kept VARCHAR(10) NOT NULL DEFAULT 'theirs';
ALTER TABLE conflicts ADD COLUMN mine_author VARCHAR(100);
ALTER TABLE conflicts ADD COLUMN theirs_author VARCHAR(100);
ALTER TABLE conflicts ADD COLUMN mine_hlc VARCHAR(100);
ALTER TABLE conflicts ADD COLUMN theirs_hlc VARCHAR(100);
ALTER TABLE conflicts ADD COLUMN created_at TIMESTAMP;

-- Checkpoints of the sync session: pull cursor, the batch in flight, the last acknowledged batch.
CREATE TABLE sync_checkpoints (
    name  VARCHAR(100) NOT NULL PRIMARY KEY,
    value CLOB
);
