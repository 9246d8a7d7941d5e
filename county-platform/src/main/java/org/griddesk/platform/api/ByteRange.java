package org.griddesk.platform.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a {@code Range: bytes=…} request header, resolved against the blob's size: {@code a-b}, {@code a-}
 * (to the end, how a device resumes a download) or {@code -n} (the last n bytes). Several ranges are not served.
 */
record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return last - first + 1;
    }

    /**
     * @return empty when the header asks for no satisfiable range of {@code size} bytes
     * @throws IllegalArgumentException when the header is not one byte range
     */
    static Optional<ByteRange> parse(String header, long size) {
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            throw new IllegalArgumentException("Range must be one byte range: bytes=FIRST-[LAST] or bytes=-SUFFIX");
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 || size == 0 ? Optional.empty()
                        : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (first >= size || last < first) {
                return Optional.empty();
            }
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Range numbers are too large", e);
        }
    }
}
