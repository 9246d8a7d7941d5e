package org.griddesk.desktop.store;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Derby's own log to SLF4J at debug level instead of a derby.log file in whatever folder the app was
 * started from, where it would leak the store's location and mix with the worker's files.
 */
public final class DerbyLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.apache.derby");

    /** Read by Derby through the derby.stream.error.field property. */
    public static final OutputStream SINK = new LineLogger();

    private DerbyLog() {
    }

    static void install() {
        if (System.getProperty("derby.stream.error.field") == null
                && System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.field", DerbyLog.class.getName() + ".SINK");
        }
    }

    private static final class LineLogger extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                flushLine();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void flush() {
            flushLine();
        }

        private void flushLine() {
            if (line.size() > 0) {
                LOG.debug(line.toString(StandardCharsets.UTF_8));
                line.reset();
            }
        }
    }
}
