package org.griddesk.model.record;

import java.util.Optional;
import java.util.function.Function;

/**
 * A supervisor's return of a household, resident or issue to its worker, as the platform writes it into the record
 * itself (so it reaches the device by sync): what to fix, who returned it and when. It stays on the record until a
 * supervisor approves it again, which sets {@code reviewStatus} to {@code approved}.
 */
public record ReviewReturn(String comment, String by, String at) {
    public static final String REVIEW_STATUS = "reviewStatus";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String REVIEWED_BY = "reviewedBy";
    public static final String REVIEWED_AT = "reviewedAt";
    public static final String RETURNED = "returned";

    /** The return written in a record's fields, if the record is returned now. */
    public static Optional<ReviewReturn> of(Function<String, Object> field) {
        if (!RETURNED.equals(field.apply(REVIEW_STATUS))) {
            return Optional.empty();
        }
        return Optional.of(new ReviewReturn(text(field.apply(REVIEW_COMMENT)), text(field.apply(REVIEWED_BY)),
                text(field.apply(REVIEWED_AT))));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
