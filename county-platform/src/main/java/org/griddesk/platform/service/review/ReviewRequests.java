package org.griddesk.platform.service.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the review actions. Each names what the reviewer saw: {@code version} (the item's version) and/or
 * {@code expectedState} (its status); an item changed since gets 409 and is left as it is. Neither given: the item
 * must still be open.
 */
public final class ReviewRequests {
    private ReviewRequests() {
    }

    /** What every action carries. */
    public interface Seen {
        Integer version();

        String expectedState();
    }

    /** {@code resolve}: per conflicting field the value chosen (mine, theirs or a new one), and why. */
    public record Resolve(Map<String, Object> fields, String reason, Integer version, String expectedState)
            implements Seen {
    }

    /** {@code approve} and {@code return}. */
    public record Comment(String comment, Integer version, String expectedState) implements Seen {
    }

    /** {@code merge}: the resident that stays (default: the one registered first, the item's other record). */
    public record Merge(String survivorId, String comment, Integer version, String expectedState) implements Seen {
    }

    /** {@code decide}: accepted, approved, rejected or needs_materials (then {@code missing} lists what). */
    public record Decide(String decision, List<String> missing, String comment, Integer version,
                         String expectedState) implements Seen {
    }

    /** {@code dispatch}: to a worker (username) or a department, with a deadline (ISO date or date-time). */
    public record Dispatch(String worker, String department, String deadline, String comment, Integer version,
                           String expectedState) implements Seen {
    }

    /** {@code callback}: when the resident was called, the outcome, and the rectification agreed (if any). */
    public record Callback(Instant calledAt, String outcome, String rectification, Integer version,
                           String expectedState) implements Seen {
    }

    /** {@code rectify}: what was done to put right what a poor rating was about, and when (default: now). */
    public record Rectify(String comment, Instant rectifiedAt, Integer version, String expectedState)
            implements Seen {
    }

    /** {@code batch}: one action (approve or return) on many items; {@code versions} by item id, as seen. */
    public record Batch(String action, List<Long> ids, String comment, Map<String, Integer> versions) {
    }

    /** The outcome for one item of a batch: done, conflict (with the item as it is now), not_found or refused. */
    public record BatchResult(long id, String outcome, ReviewItem item, String message) {
    }

    /** The answer to a batch, in the order of the ids. */
    public record BatchResults(List<BatchResult> results) {
    }
}
