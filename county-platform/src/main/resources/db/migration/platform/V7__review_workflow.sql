-- Supervisor review (issue 13): every kind of item a person must judge, its states, and an append-only history.

ALTER TABLE review_items DROP CONSTRAINT IF EXISTS review_items_kind_check;
ALTER TABLE review_items ADD CONSTRAINT review_items_kind_check
    CHECK (kind IN ('conflict', 'duplicate', 'record', 'application', 'issue', 'rating'));
ALTER TABLE review_items DROP CONSTRAINT IF EXISTS review_items_status_check;
ALTER TABLE review_items ADD CONSTRAINT review_items_status_check
    CHECK (status IN ('open', 'approved', 'returned', 'resolved', 'decided', 'dispatched'));
-- only conflicts and duplicates are about one field
ALTER TABLE review_items ALTER COLUMN field DROP NOT NULL;

-- worker: who made the change the item is about; version: goes up with every action, so that a supervisor acting
-- on what they saw gets 409 once another has acted; detail: what the kind needs (changed fields, decision, …).
ALTER TABLE review_items
    ADD COLUMN worker         TEXT,
    ADD COLUMN version        INTEGER     NOT NULL DEFAULT 1,
    ADD COLUMN updated_at     TIMESTAMPTZ,
    ADD COLUMN updated_by     TEXT,
    ADD COLUMN due_at         TIMESTAMPTZ,
    ADD COLUMN rectify_due_at TIMESTAMPTZ,
    ADD COLUMN detail         JSONB       NOT NULL DEFAULT '{}'::jsonb;
UPDATE review_items SET worker = mine_author WHERE kind = 'conflict' AND worker IS NULL;

-- The queue page (status, kind, grid, keyset on id) and the counts per kind read only this index.
DROP INDEX IF EXISTS review_items_by_status;
CREATE INDEX review_items_queue ON review_items (county_code, status, grid, kind, id);
CREATE INDEX review_items_open_by_kind ON review_items (county_code, kind, id) WHERE status = 'open';

-- Every event of every item, never changed nor removed.
CREATE TABLE review_events (
    county_code CHAR(6)     NOT NULL,
    item_id     BIGINT      NOT NULL,
    event_no    INTEGER     NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    comment     TEXT,
    detail      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (county_code, item_id, event_no),
    FOREIGN KEY (county_code, item_id) REFERENCES review_items (county_code, id)
);

CREATE FUNCTION review_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'review_events is append-only';
END;
$$;
CREATE TRIGGER review_events_no_change BEFORE UPDATE OR DELETE ON review_events
    FOR EACH ROW EXECUTE FUNCTION review_events_append_only();

-- Which record types and fields need a supervisor's look (review rules --type T --fields F --new). A county with
-- no row for a type uses the default: new residents and changes of idNumber, name or householdId.
CREATE TABLE review_rules (
    county_code CHAR(6) NOT NULL,
    record_type TEXT    NOT NULL,
    fields      TEXT[]  NOT NULL,
    on_new      BOOLEAN NOT NULL,
    PRIMARY KEY (county_code, record_type)
);

-- Merging duplicates points records that name a resident at the survivor.
CREATE INDEX sync_records_by_resident ON sync_records (county_code, (fields ->> 'residentId'))
    WHERE fields ? 'residentId';
