package org.griddesk.sync.wire;

/** Stable machine-readable error codes carried in {@code error.code}. */
public final class ErrorCodes {

    public static final String INVALID_FIELD = "invalid_field";
    public static final String INVALID_CHANGE = "invalid_change";
    public static final String OUT_OF_SCOPE = "out_of_scope";
    /**
     * Not applied because the record left the caller's scope, but its values are kept as open conflict review
     * items for the people who now hold the record: the device may let go of the edits.
     */
    public static final String KEPT_FOR_REVIEW = "kept_for_review";
    public static final String SCHEMA_TOO_OLD = "schema_too_old";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String INTERNAL_ERROR = "internal_error";
    /** 409: a batch id already judged came with other changes; the device resends them under a new batch id. */
    public static final String BATCH_ID_REUSED = "batch_id_reused";
    /** A change references a blob (by SHA-256, named in the message) the platform does not hold whole yet. */
    public static final String MISSING_BLOB = "missing_blob";
    /** A body or blob over the platform's size limit (HTTP 413); the message names the limit. */
    public static final String TOO_LARGE = "too_large";

    private ErrorCodes() {
    }
}
