package org.griddesk.desktop.app;

import java.nio.file.Path;
import java.util.Map;

/** Where GridDesk keeps its data when the command line does not say. */
public final class DataFolders {

    public static final String DATA_ENV = "GRIDDESK_DATA";

    private DataFolders() {
    }

    /** $GRIDDESK_DATA, or ~/.griddesk. */
    public static Path defaultDataDir(Map<String, String> environment) {
        String configured = environment.get(DATA_ENV);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".griddesk");
    }

    /** ./demo-data beside wherever the demo was started. */
    public static Path defaultDemoDir() {
        return Path.of("demo-data");
    }
}
