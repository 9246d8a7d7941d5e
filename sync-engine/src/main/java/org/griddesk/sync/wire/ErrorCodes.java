package org.griddesk.sync.wire;

/** Stable machine-readable error codes carried in {@code error.code}. */
public final class ErrorCodes {

    public static final String INVALID_FIELD = "invalid_field";
    public static final String INVALID_CHANGE = "invalid_change";
    public static final String OUT_OF_SCOPE = "out_of_scope";
    public static final String SCHEMA_TOO_OLD = "schema_too_old";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String INTERNAL_ERROR = "internal_error";

    private ErrorCodes() {
    }
}
