package org.griddesk.platform.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops a small request (or a gzip bomb inside one) from growing without bound. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long remaining;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            consume(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            consume(n);
        }
        return n;
    }

    private void consume(long n) throws BodyTooLargeException {
        remaining -= n;
        if (remaining < 0) {
            throw new BodyTooLargeException(limit);
        }
    }
}
