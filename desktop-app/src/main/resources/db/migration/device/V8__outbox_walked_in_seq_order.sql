-- Choosing a push batch walks the entries not yet acknowledged in seq order, a page at a time, and stops once the batch
-- is full. With seq in the index the walk starts at the first such entry and reads only what it takes; before, every
-- batch read and sorted the whole outbox, a third of the device's time in a village's first upload.
DROP INDEX outbox_unacked;
CREATE INDEX outbox_unacked ON outbox (acked_at, seq);
