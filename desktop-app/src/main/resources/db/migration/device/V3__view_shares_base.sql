-- A pulled record with nothing pending has a local view whose fields are its base's: such a row keeps the JSON once
-- (in base) and marks the view as sharing it, which halves the text a first pull writes. Rows written before this
-- version keep their own copy of the view (the mark is false for them), so nothing needs rewriting.
ALTER TABLE records ADD COLUMN view_is_base BOOLEAN NOT NULL DEFAULT FALSE;
