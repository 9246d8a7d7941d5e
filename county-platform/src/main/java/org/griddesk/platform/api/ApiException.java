package org.griddesk.platform.api;

/** A request refused by the HTTP layer itself, before any use case runs. */
public final class ApiException extends RuntimeException {
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
