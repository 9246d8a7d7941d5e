package org.griddesk.desktop.service.review;

/** The platform answered with an error: {@code code} is its stable error code (out_of_scope, unauthorized, …). */
public final class ReviewRefusedException extends Exception {
    private final int status;
    private final String code;

    public ReviewRefusedException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
