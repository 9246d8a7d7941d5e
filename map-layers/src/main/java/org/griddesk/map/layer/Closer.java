package org.griddesk.map.layer;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes everything it is given, even when one close fails, so a refused file leaves nothing open. */
final class Closer {

    private static final Logger LOG = LoggerFactory.getLogger(Closer.class);

    private Closer() {
    }

    static void closeAll(List<? extends AutoCloseable> resources) {
        for (AutoCloseable r : resources) {
            closeQuietly(r);
        }
    }

    static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("could not close map resource", e);
        }
    }
}
