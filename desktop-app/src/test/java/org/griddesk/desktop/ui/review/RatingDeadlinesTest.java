package org.griddesk.desktop.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.griddesk.desktop.service.review.ReviewQueueItem;
import org.griddesk.desktop.ui.i18n.Message;
import org.junit.jupiter.api.Test;

class RatingDeadlinesTest {
    // Monday 2026-12-07 09:00 in China
    private static final Instant MONDAY = Instant.parse("2026-12-07T01:00:00Z");

    @Test
    void workingDaysSkipTheWeekend() {
        LocalDate friday = LocalDate.of(2026, 12, 11);
        assertEquals(1, RatingDeadlines.workingDaysAfter(friday, LocalDate.of(2026, 12, 14)));
        assertEquals(0, RatingDeadlines.workingDaysAfter(friday, friday));
        assertEquals(10, RatingDeadlines.workingDaysAfter(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 21)));
    }

    @Test
    void anOpenRatingCountsDownToItsCallBack() {
        ReviewQueueItem rating = rating("open", "2026-12-10T01:00:00Z", "2026-12-21T01:00:00Z");
        assertEquals(Optional.of(new Message("review.deadline.callback.left", "2026-12-10 09:00", 3L)),
                RatingDeadlines.of(rating, MONDAY));
        assertEquals(Optional.of(new Message("review.deadline.callback.today", "2026-12-10 09:00")),
                RatingDeadlines.of(rating, Instant.parse("2026-12-10T00:30:00Z")));
        assertEquals(Optional.of(new Message("review.deadline.callback.overdue", "2026-12-10 09:00")),
                RatingDeadlines.of(rating, Instant.parse("2026-12-10T01:00:00Z")));
    }

    @Test
    void anAgreedRectificationCountsDownToItsOwnDeadline() {
        ReviewQueueItem rating = rating("rectifying", "2026-12-10T01:00:00Z", "2026-12-21T01:00:00Z");
        assertEquals(Optional.of(new Message("review.deadline.rectify.left", "2026-12-21 09:00", 7L)),
                RatingDeadlines.of(rating, Instant.parse("2026-12-10T02:00:00Z")));
    }

    @Test
    void onlyRatingsStillWaitingHaveADeadline() {
        assertTrue(RatingDeadlines.of(rating("resolved", "2026-12-10T01:00:00Z", null), MONDAY).isEmpty());
        ReviewQueueItem record = new ReviewQueueItem(1, "record", "open", 1, "resident", "r", "g", "w", null, null,
                null, null, false, "2026-12-10T01:00:00Z", null, null);
        assertTrue(RatingDeadlines.of(record, MONDAY).isEmpty());
    }

    private static ReviewQueueItem rating(String status, String dueAt, String rectifyDueAt) {
        return new ReviewQueueItem(1, "rating", status, 1, "service_rating", "r", "g", "w", null, null, null,
                null, false, dueAt, rectifyDueAt, null);
    }
}
