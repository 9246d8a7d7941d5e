-- A poor rating called back with a rectification agreed stays with the reviewers until the rectification is done
-- (10 working days from the rating), so that a late rectification is marked and counted like a late call-back.
ALTER TABLE review_items DROP CONSTRAINT IF EXISTS review_items_status_check;
ALTER TABLE review_items ADD CONSTRAINT review_items_status_check
    CHECK (status IN ('open', 'rectifying', 'approved', 'returned', 'resolved', 'decided', 'dispatched'));
