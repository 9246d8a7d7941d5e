-- 代办: applications being filled in stay on the device until submitted (never synced), and the decisions the
-- worker has already seen, so the list can say what changed since.

CREATE TABLE application_drafts (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    resident_id VARCHAR(64)  NOT NULL,
    template_id VARCHAR(200) NOT NULL,
    body        CLOB         NOT NULL,
    updated_at  TIMESTAMP    NOT NULL
);

CREATE TABLE application_seen (
    id     VARCHAR(64) NOT NULL PRIMARY KEY,
    status VARCHAR(40) NOT NULL
);
