package org.griddesk.desktop.service.sync;

import java.util.Locale;

import org.griddesk.sync.session.SyncCounters;

/** How a sync run ended and what it did; {@code failure} is set only when it failed. */
public record SyncReport(Ending ending, SyncCounters counters, SyncFailure failure, String detail) {

    public enum Ending { COMPLETED, CANCELLED, FAILED }

    public boolean completed() {
        return ending == Ending.COMPLETED;
    }

    /** The one line the command line prints and the sync log keeps. */
    public static String countersLine(SyncCounters c) {
        return String.format(Locale.ROOT, "pushed %d, applied %d, merged %d, conflicts %d, rejected %d, pulled %d",
                c.pushed(), c.applied(), c.merged(), c.conflicts(), c.rejected(), c.pulled());
    }

    /** Reads a line written by {@link #countersLine}; anything unreadable counts as zero. */
    public static SyncCounters parseCounters(String line) {
        if (line == null) {
            return SyncCounters.ZERO;
        }
        int[] n = new int[6];
        String[] parts = line.split(",");
        for (int i = 0; i < Math.min(6, parts.length); i++) {
            String[] words = parts[i].trim().split(" ");
            try {
                n[i] = Integer.parseInt(words[words.length - 1]);
            } catch (NumberFormatException e) {
                n[i] = 0;
            }
        }
        return new SyncCounters(n[0], n[1], n[2], n[3], n[4], n[5]);
    }
}
