package org.griddesk.sync.client;

/** A sync request failed; {@code code} is the protocol's stable error code. */
public class SyncException extends RuntimeException {

    private final String code;

    public SyncException(String code, String message) {
        super(message);
        this.code = code;
    }

    public SyncException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
