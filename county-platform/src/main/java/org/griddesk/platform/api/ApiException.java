package org.griddesk.platform.api;

/** A request refused by the HTTP layer itself, before any use case runs. */
public final class ApiException extends RuntimeException {
    public static final String UNAVAILABLE = "unavailable";
    /** Seconds a client should wait before trying again after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException invalidRequest(String message) {
        return new ApiException(400, "invalid_request", message);
    }

    /** 503: the database is down for a moment; the answer carries Retry-After. */
    public static ApiException unavailable() {
        return new ApiException(503, UNAVAILABLE, "The platform's database is not reachable at the moment; "
                + "try again shortly (nothing was changed)");
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "unauthorized", "A valid device token is required");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
