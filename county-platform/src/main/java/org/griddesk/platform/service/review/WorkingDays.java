package org.griddesk.platform.service.review;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Deadlines counted in working days, Monday to Friday in China's time zone, at the same time of day. Public
 * holidays and the weekend days worked in their stead are not known here: a deadline may fall a day early.
 */
final class WorkingDays {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private WorkingDays() {
    }

    static Instant after(Instant start, int days) {
        ZonedDateTime at = start.atZone(CHINA);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toInstant();
    }
}
