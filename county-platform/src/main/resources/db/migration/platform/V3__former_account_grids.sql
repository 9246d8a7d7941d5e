-- The grids an administrator took from an account, kept so that an offline edit the account made to a
-- record of such a grid (one it had only read) still reaches the people who hold the record now, as review
-- items, instead of being refused. Evidence for keeping an edit only: it never widens what an account reads.
-- A grid given back leaves this table; taken again, it comes back with the new time.
CREATE TABLE former_account_grids (
    county_code CHAR(6)     NOT NULL,
    username    TEXT        NOT NULL,
    grid_code   CHAR(12)    NOT NULL,
    taken_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (county_code, username, grid_code),
    FOREIGN KEY (county_code, username) REFERENCES accounts (county_code, username) ON DELETE CASCADE
);
