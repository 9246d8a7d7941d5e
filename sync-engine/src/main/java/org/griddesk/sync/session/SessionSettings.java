package org.griddesk.sync.session;

/** How many records go into one pushed batch and how many records to ask for per pulled page. */
public record SessionSettings(int batchSize, int pageSize) {

    public SessionSettings {
        if (batchSize < 1 || pageSize < 1) {
            throw new IllegalArgumentException("batch and page sizes must be positive");
        }
    }

    /**
     * Each pulled page is one device transaction with its own disk sync, so a first pull of a village takes pages
     * as large as the platform serves (1000 records, some tens of kilobytes gzipped); a cut page is fetched again.
     */
    public static SessionSettings standard() {
        return new SessionSettings(50, 1000);
    }
}
