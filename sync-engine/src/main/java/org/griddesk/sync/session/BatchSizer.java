package org.griddesk.sync.session;

import java.time.Duration;

/**
 * Batch sizes that follow the link. A session starts at {@link #FIRST} records (or the configured size, if smaller),
 * what a village 2G line answers well inside its read timeout. A batch answered slowly (a 2G line, a busy platform)
 * makes the next one half as large, so a batch stays well inside the read timeout and a cut costs little to send
 * again; a full batch answered quickly lets the next one double, never past the configured size, which is a ceiling a
 * LAN or good 4G reaches after a few batches. A batch once recorded keeps its entries: only new batches change size.
 */
final class BatchSizer {

    static final Duration SLOW = Duration.ofSeconds(20);
    static final Duration QUICK = Duration.ofSeconds(4);
    static final int SMALLEST = 5;
    /** Where a session starts whatever the ceiling: a large first batch on a 2G line could outlast the timeout. */
    static final int FIRST = 50;

    private final int largest;
    private int current;

    BatchSizer(int largest) {
        this.largest = largest;
        this.current = Math.min(largest, FIRST);
    }

    int size() {
        return current;
    }

    /**
     * The platform refused a batch of {@code sent} records as larger than its body limit: the next one is half of it,
     * down to a single record (which, refused again, is the record's own problem and no longer the batch's).
     */
    void refusedAsTooLarge(int sent) {
        current = Math.max(1, Math.min(current, sent) / 2);
    }

    void answered(int sent, Duration took) {
        if (took.compareTo(SLOW) > 0) {
            current = Math.max(Math.min(SMALLEST, largest), current / 2);
        } else if (took.compareTo(QUICK) < 0 && sent >= current) {
            current = Math.min(largest, current * 2);
        }
    }
}
