package org.griddesk.sync.clock;

import java.util.Objects;

/**
 * One hybrid-logical-clock time. Its text form {@code <13-digit millis>:<4-digit counter>:<deviceId>}
 * is fixed-width up to the device id, so comparing the strings gives the same order as {@link #compareTo}.
 */
public record Hlc(long millis, int counter, String deviceId) implements Comparable<Hlc> {

    public static final long MAX_MILLIS = 9_999_999_999_999L;
    public static final int MAX_COUNTER = 9_999;

    public Hlc {
        Objects.requireNonNull(deviceId, "deviceId");
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalArgumentException("HLC millis out of range: " + millis);
        }
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("HLC counter out of range: " + counter);
        }
        if (deviceId.isBlank()) {
            throw new IllegalArgumentException("HLC device id is blank");
        }
    }

    public static Hlc parse(String text) {
        Objects.requireNonNull(text, "hlc");
        String[] parts = text.split(":", 3);
        if (parts.length != 3 || parts[0].length() != 13 || parts[1].length() != 4) {
            throw new IllegalArgumentException("Not an HLC: " + text);
        }
        try {
            return new Hlc(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), parts[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an HLC: " + text, e);
        }
    }

    /** The next time after this one on the same device: counter first, then the next millisecond. */
    Hlc successor(String onDevice) {
        if (counter < MAX_COUNTER) {
            return new Hlc(millis, counter + 1, onDevice);
        }
        return new Hlc(millis + 1, 0, onDevice);
    }

    public boolean isAfter(Hlc other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Hlc other) {
        int byMillis = Long.compare(millis, other.millis);
        if (byMillis != 0) {
            return byMillis;
        }
        int byCounter = Integer.compare(counter, other.counter);
        return byCounter != 0 ? byCounter : deviceId.compareTo(other.deviceId);
    }

    @Override
    public String toString() {
        // by hand rather than String.format: the platform writes several of these per stored record
        StringBuilder text = new StringBuilder(19 + deviceId.length());
        padded(text, Long.toString(millis), 13);
        text.append(':');
        padded(text, Integer.toString(counter), 4);
        return text.append(':').append(deviceId).toString();
    }

    private static void padded(StringBuilder text, String digits, int width) {
        text.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }
}
