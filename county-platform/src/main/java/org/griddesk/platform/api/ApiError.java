package org.griddesk.platform.api;

/** The wire shape of every error: {@code {"error": {"code", "message"}}}. */
public record ApiError(Detail error) {
    public static ApiError of(String code, String message) {
        return new ApiError(new Detail(code, message));
    }

    public record Detail(String code, String message) {
    }
}
