package org.griddesk.sync.session;

/**
 * How many records one pushed batch may grow to ({@code batchSize}, a ceiling: a session starts smaller and follows the
 * link, see {@link BatchSizer}) and how many records to ask for per pulled page.
 */
public record SessionSettings(int batchSize, int pageSize) {

    public SessionSettings {
        if (batchSize < 1 || pageSize < 1) {
            throw new IllegalArgumentException("batch and page sizes must be positive");
        }
    }

    /**
     * Each pulled page is one device transaction with its own disk sync, so a first pull of a village takes pages
     * as large as the platform serves (1000 records, some tens of kilobytes gzipped); a cut page is fetched again.
     * Pushes start at 50 records and double while full batches are answered within 4 s, up to 500: each pushed batch
     * is one platform transaction with one disk flush, so on a LAN a worker's backlog goes up at 500 a batch, while a
     * 2G line stays at 50 or below (a batch answered in over 20 s halves the next).
     */
    public static SessionSettings standard() {
        return new SessionSettings(500, 1000);
    }
}
