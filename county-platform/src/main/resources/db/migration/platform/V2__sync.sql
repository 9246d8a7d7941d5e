-- Sync protocol v1 (DESIGN.md). Every table leads its key with county_code, as in V1.

-- One counter row per county. Its row lock, taken by the UPDATE that hands out a seq, is held until the
-- pushing transaction commits, so the next seq is only given out after the previous one is visible:
-- seq follows commit order and a pulling device never skips a change. Pushes also take a per-county
-- advisory lock for their whole transaction (PushLock), which keeps read-merge-write of records serial.
CREATE TABLE sync_counters (
    county_code CHAR(6) NOT NULL,
    last_seq    BIGINT  NOT NULL,
    PRIMARY KEY (county_code)
);

-- The latest state of every record, with the seq of that state (the pull cursor).
CREATE TABLE sync_records (
    county_code CHAR(6) NOT NULL,
    type        TEXT    NOT NULL,
    id          TEXT    NOT NULL,
    grid        TEXT,
    rev         BIGINT  NOT NULL,
    fields      JSONB   NOT NULL,
    stamps      JSONB   NOT NULL,
    deleted     BOOLEAN NOT NULL,
    seq         BIGINT  NOT NULL,
    PRIMARY KEY (county_code, type, id)
);
CREATE UNIQUE INDEX sync_records_by_seq ON sync_records (county_code, seq);
-- Cross-record rule: the same identity number under two resident ids is a possible duplicate.
CREATE INDEX sync_residents_by_id_number ON sync_records (county_code, (fields ->> 'idNumber'))
    WHERE type = 'resident' AND NOT deleted;

-- Every revision, for the base value of a conflict and to tell whether a record left a caller's scope.
CREATE TABLE sync_record_history (
    county_code CHAR(6) NOT NULL,
    type        TEXT    NOT NULL,
    id          TEXT    NOT NULL,
    rev         BIGINT  NOT NULL,
    grid        TEXT,
    fields      JSONB   NOT NULL,
    stamps      JSONB   NOT NULL,
    deleted     BOOLEAN NOT NULL,
    PRIMARY KEY (county_code, type, id, rev)
);

-- The answer to every judged batch, so that a device that lost it gets the same answer again.
CREATE TABLE push_batches (
    county_code CHAR(6)     NOT NULL,
    device_id   TEXT        NOT NULL,
    batch_id    TEXT        NOT NULL,
    result      JSONB       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (county_code, device_id, batch_id)
);

-- The supervisors' review queue: field conflicts and possible duplicates, open until a person resolves them.
CREATE TABLE review_items (
    county_code   CHAR(6)     NOT NULL,
    id            BIGINT      GENERATED ALWAYS AS IDENTITY,
    kind          TEXT        NOT NULL CHECK (kind IN ('conflict', 'duplicate')),
    record_type   TEXT        NOT NULL,
    record_id     TEXT        NOT NULL,
    record_rev    BIGINT      NOT NULL,
    grid          TEXT,
    field         TEXT        NOT NULL,
    base          JSONB,
    mine          JSONB,
    theirs        JSONB,
    kept          TEXT        CHECK (kept IN ('mine', 'theirs')),
    mine_author   TEXT,
    theirs_author TEXT,
    mine_hlc      TEXT,
    theirs_hlc    TEXT,
    other_record_id TEXT,
    status        TEXT        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (county_code, id)
);
CREATE INDEX review_items_by_status ON review_items (county_code, status, kind, id);
CREATE INDEX review_items_by_record ON review_items (county_code, record_type, record_id);
