package org.griddesk.sync.wire;

/** The body of every 4xx answer: {@code {"error": {"code", "message"}}}. */
public record ErrorBody(ErrorDetail error) {

    public static ErrorBody of(String code, String message) {
        return new ErrorBody(new ErrorDetail(code, message));
    }
}
