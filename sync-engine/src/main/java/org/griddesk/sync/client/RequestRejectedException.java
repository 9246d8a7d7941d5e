package org.griddesk.sync.client;

/** Any other 4xx answer: the request itself is wrong and retrying it would not help. */
public final class RequestRejectedException extends SyncException {

    private final int httpStatus;

    public RequestRejectedException(int httpStatus, String code, String message) {
        super(code, message);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
