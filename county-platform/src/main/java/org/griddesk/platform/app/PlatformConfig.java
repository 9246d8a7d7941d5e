package org.griddesk.platform.app;

import org.griddesk.platform.store.DatabaseSettings;

/**
 * How to run one county platform: where to listen, which database, which county, and whether to publish the
 * built-in application templates first.
 */
public record PlatformConfig(String host, int port, DatabaseSettings database, String county,
                             boolean builtInTemplates) {

    public PlatformConfig(String host, int port, DatabaseSettings database, String county) {
        this(host, port, database, county, false);
    }

    /** Loopback, a free port, the embedded database in {@code dataFolder}, the demo county. */
    public static PlatformConfig local(java.nio.file.Path dataFolder) {
        return new PlatformConfig("127.0.0.1", 0, DatabaseSettings.embedded(dataFolder), "500101");
    }
}
