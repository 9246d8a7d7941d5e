-- The device store: records and their sync bookkeeping. Later issues add columns and tables in new versions.

CREATE TABLE settings (
    name  VARCHAR(100) NOT NULL PRIMARY KEY,
    value VARCHAR(4000)
);

CREATE TABLE records (
    type       VARCHAR(40)  NOT NULL,
    id         VARCHAR(64)  NOT NULL,
    fields     CLOB         NOT NULL,
    rev        BIGINT       NOT NULL DEFAULT 0,
    deleted    BOOLEAN      NOT NULL DEFAULT FALSE,
    base       CLOB,
    sync_state VARCHAR(20)  NOT NULL DEFAULT 'pending',
    updated_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (type, id)
);

CREATE TABLE outbox (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_type VARCHAR(40)  NOT NULL,
    record_id   VARCHAR(64)  NOT NULL,
    field       VARCHAR(100) NOT NULL,
    value       CLOB,
    hlc         VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    acked_at    TIMESTAMP
);

CREATE INDEX outbox_unacked ON outbox (acked_at);

CREATE TABLE conflicts (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    record_type VARCHAR(40)  NOT NULL,
    record_id   VARCHAR(64)  NOT NULL,
    field       VARCHAR(100) NOT NULL,
    base        CLOB,
    mine        CLOB,
    theirs      CLOB,
    status      VARCHAR(20)  NOT NULL DEFAULT 'open'
);

CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMP    NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    record_type VARCHAR(40),
    record_id   VARCHAR(64),
    detail      VARCHAR(2000)
);

CREATE TABLE sync_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  TIMESTAMP   NOT NULL,
    finished_at TIMESTAMP,
    outcome     VARCHAR(20),
    counters    VARCHAR(2000)
);
