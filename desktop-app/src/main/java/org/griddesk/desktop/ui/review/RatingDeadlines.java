package org.griddesk.desktop.ui.review;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.griddesk.desktop.service.review.ReviewQueueItem;
import org.griddesk.desktop.ui.i18n.Message;

/**
 * The deadline a supervisor works to on a poor rating, counted down in working days as the platform counts them
 * (Monday to Friday, China's time zone): the call-back while the item is open, the rectification once it was agreed.
 */
final class RatingDeadlines {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RatingDeadlines() {
    }

    static Optional<Message> of(ReviewQueueItem item, Instant now) {
        if (!"rating".equals(item.kind())) {
            return Optional.empty();
        }
        boolean rectifying = "rectifying".equals(item.status());
        if (!rectifying && !"open".equals(item.status())) {
            return Optional.empty();
        }
        return parse(rectifying ? item.rectifyDueAt() : item.dueAt()).map(due -> {
            String phase = rectifying ? "rectify" : "callback";
            String shown = SHOWN.format(due.atZone(CHINA));
            if (!due.isAfter(now)) {
                return new Message("review.deadline." + phase + ".overdue", shown);
            }
            long left = workingDaysAfter(now.atZone(CHINA).toLocalDate(), due.atZone(CHINA).toLocalDate());
            return left == 0 ? new Message("review.deadline." + phase + ".today", shown)
                    : new Message("review.deadline." + phase + ".left", shown, left);
        });
    }

    /** Working days after {@code today} up to and including {@code due}. */
    static long workingDaysAfter(LocalDate today, LocalDate due) {
        long days = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    private static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
