-- Blobs (photos, scans) live on disk under the data folder, not here. These indexes let a download be checked
-- against the records that reference the blob (issue.photos, application.attachments) without a scan.
CREATE INDEX sync_issue_photos ON sync_records USING gin ((fields -> 'photos'))
    WHERE type = 'issue';
CREATE INDEX sync_application_attachments ON sync_records USING gin ((fields -> 'attachments'))
    WHERE type = 'application';
