package org.griddesk.desktop.service.issues;

/** Field names of an {@code issue} record (事件); the first nine are fixed by wire format v1. */
public final class IssueFields {

    public static final String TYPE = "issue";

    public static final String GRID = "grid";
    public static final String CATEGORY = "category";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String LOCATION = "location";
    public static final String STATUS = "status";
    public static final String PRIORITY = "priority";
    /** SHA-256 names of the photo blobs. */
    public static final String PHOTOS = "photos";
    public static final String RESIDENT_IDS = "residentIds";
    public static final String REPORTER = "reporter";
    /** One JSON object per step, as a list of strings: the whole history travels with the record. */
    public static final String TIMELINE = "timeline";

    private IssueFields() {
    }
}
