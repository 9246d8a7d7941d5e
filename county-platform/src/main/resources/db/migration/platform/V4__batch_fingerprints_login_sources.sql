-- The SHA-256 of the changes a stored batch answered: the same batch id with other changes is refused
-- (batch_id_reused) instead of being answered with the first batch's results. Null for older batches.
ALTER TABLE push_batches ADD COLUMN fingerprint TEXT;

-- Where a failed sign-in came from, so that throttling refuses the failing source and not the account's owner.
ALTER TABLE login_failures ADD COLUMN source TEXT NOT NULL DEFAULT '';
CREATE INDEX login_failures_by_source ON login_failures (county_code, source, failed_at);
