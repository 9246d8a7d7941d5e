package org.griddesk.platform.app;

import java.nio.file.Path;
import org.griddesk.platform.service.blobs.BlobService;
import org.griddesk.platform.store.DatabaseSettings;

/**
 * How to run one county platform: where to listen, which database, which county, whether to publish the built-in
 * application templates first, and the largest blob it takes. Blobs live on disk in {@code blobs/} under the data
 * folder, beside (not inside) the database.
 */
public record PlatformConfig(String host, int port, DatabaseSettings database, String county,
                             boolean builtInTemplates, long maxBlobBytes) {

    public PlatformConfig(String host, int port, DatabaseSettings database, String county) {
        this(host, port, database, county, false, BlobService.DEFAULT_MAX_BYTES);
    }

    public PlatformConfig(String host, int port, DatabaseSettings database, String county, boolean builtInTemplates) {
        this(host, port, database, county, builtInTemplates, BlobService.DEFAULT_MAX_BYTES);
    }

    public PlatformConfig(String host, int port, DatabaseSettings database, String county, long maxBlobBytes) {
        this(host, port, database, county, false, maxBlobBytes);
    }

    /** Loopback, a free port, the embedded database in {@code dataFolder}, the demo county. */
    public static PlatformConfig local(Path dataFolder) {
        return new PlatformConfig("127.0.0.1", 0, DatabaseSettings.embedded(dataFolder), "500101");
    }

    public PlatformConfig withMaxBlobBytes(long bytes) {
        return new PlatformConfig(host, port, database, county, builtInTemplates, bytes);
    }

    public Path blobFolder() {
        return database.dataFolder().resolve("blobs");
    }
}
