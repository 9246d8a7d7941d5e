package org.griddesk.sync.session;

/** How many records go into one pushed batch and how many records to ask for per pulled page. */
public record SessionSettings(int batchSize, int pageSize) {

    public SessionSettings {
        if (batchSize < 1 || pageSize < 1) {
            throw new IllegalArgumentException("batch and page sizes must be positive");
        }
    }

    public static SessionSettings standard() {
        return new SessionSettings(50, 200);
    }
}
