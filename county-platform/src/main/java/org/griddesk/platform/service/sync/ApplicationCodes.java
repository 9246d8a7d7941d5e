package org.griddesk.platform.service.sync;

/** The push refusals of applications and ratings, beside sync-engine's generic codes (docs/wire-v1-additions.md). */
public final class ApplicationCodes {
    /** The application names a template id and version the platform has not published. */
    public static final String UNKNOWN_TEMPLATE = "unknown_template";
    /** A device may create an application as draft or submitted and move it from draft to submitted, nothing else. */
    public static final String STATUS_NOT_ALLOWED = "status_not_allowed";
    /** A service rating, once made, is never changed or deleted from a device. */
    public static final String RATING_FINAL = "rating_final";

    private ApplicationCodes() {
    }
}
