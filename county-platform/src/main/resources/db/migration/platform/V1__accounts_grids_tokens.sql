-- Every table carries county_code and leads its primary key with it: past one machine the same
-- schema is distributed by county (Citus), and no query ever joins across counties.

CREATE TABLE accounts (
    county_code   CHAR(6)     NOT NULL,
    username      TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('worker', 'supervisor', 'admin')),
    password_hash TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    disabled      BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (county_code, username)
);

CREATE TABLE grids (
    county_code      CHAR(6)     NOT NULL,
    code             CHAR(12)    NOT NULL,
    name             TEXT        NOT NULL,
    boundary_geojson TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (county_code, code)
);

-- Grid assignments are not tied to the grids table: accounts are often set up before the
-- grid boundaries are imported.
CREATE TABLE account_grids (
    county_code CHAR(6)  NOT NULL,
    username    TEXT     NOT NULL,
    grid_code   CHAR(12) NOT NULL,
    PRIMARY KEY (county_code, username, grid_code),
    FOREIGN KEY (county_code, username) REFERENCES accounts (county_code, username) ON DELETE CASCADE
);

CREATE TABLE device_tokens (
    county_code  CHAR(6)     NOT NULL,
    token_hash   TEXT        NOT NULL,
    username     TEXT        NOT NULL,
    device_id    TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    PRIMARY KEY (county_code, token_hash),
    FOREIGN KEY (county_code, username) REFERENCES accounts (county_code, username) ON DELETE CASCADE
);
CREATE INDEX device_tokens_by_account ON device_tokens (county_code, username);

-- One row per failed sign-in; keyed by the name that was tried, known or not, so throttling
-- behaves the same for existing and unknown accounts.
CREATE TABLE login_failures (
    county_code CHAR(6)     NOT NULL,
    username    TEXT        NOT NULL,
    failed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_by_name ON login_failures (county_code, username, failed_at);
